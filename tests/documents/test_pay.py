"""Pay ranges: `--salary auto` bands derived only from a pack's sourced figures, by a stated rule; odd ranges warned."""

from __future__ import annotations

import re

import pytest

from toolkit.api import render_job_description
from toolkit.cli import cli
from toolkit.documents.pay import SalaryError, derived_band, parse_salary, plausibility_warnings
from toolkit.inputs.roles import builtin_role_ids, load_role

ROLES = [role for role in builtin_role_ids() if not load_role(role).abstract]


def _bands(role: str) -> dict[str, object]:
    pack = load_role(role)
    found = {}
    for level in pack.level_ids():
        try:
            found[level] = derived_band(pack, level)
        except SalaryError as error:
            found[level] = error
    return found


@pytest.mark.parametrize("role", ROLES)
def test_every_derived_band_is_stated_sourced_and_rises_with_the_level(role):
    pack = load_role(role)
    bands = _bands(role)
    derived = [(level, *bands[level]) for level in pack.level_ids() if not isinstance(bands[level], SalaryError)]
    previous = None
    for level, band, how in derived:
        assert 0 < band.minimum < band.maximum, (role, level)
        # Says where the figures come from and when, and which rule made the band.
        assert any(source.short_name() in how for source in pack.sources), how
        assert re.search(r"\b(19|20)\d\d\b", how), how
        assert not re.search(r"\d(1th|2th|3th)\b|\b1[1-3](st|nd|rd)\b", how), how  # "23rd", never "23th"
        if previous is not None:
            assert band.minimum >= previous.maximum * 0.999, (role, level)  # each level starts where the last ends
        previous = band
    for outcome in bands.values():
        if isinstance(outcome, SalaryError):
            message = str(outcome)
            assert "--salary MIN-MAX" in message and "--salary none" in message, message
            assert pack.id in message


def test_which_roles_get_a_band_and_which_a_refusal():
    derived = {
        role: sorted(level for level, band in _bands(role).items() if not isinstance(band, SalaryError))
        for role in ROLES
    }
    assert derived["medical-records-specialist"] == sorted(load_role("medical-records-specialist").level_ids())
    assert derived["health-information-technician"] == sorted(load_role("health-information-technician").level_ids())
    # A technologists' survey says nothing about the pay of those who manage them.
    assert derived["health-data-analyst"] == sorted(["junior", "mid", "senior", "lead"])
    assert derived["cancer-registrar"] == sorted(["junior", "mid", "senior"])
    for role in ("cdi-specialist", "medical-coder", "him-director", "release-of-information-specialist"):
        assert derived[role] == [], role


def test_the_medians_rule_halves_the_distance_to_each_neighbour():
    band, how = derived_band(load_role("medical-records-specialist"), "senior")
    # Medians: mid $46,000, senior $55,000, supervisor $63,000.
    assert (band.minimum, band.maximum) == (50500, 59000)
    assert "around the Senior Medical Records Specialist median of $55,000" in how


def test_the_percentile_rule_splits_only_the_covered_levels():
    band, how = derived_band(load_role("cancer-registrar"), "mid")
    assert "the 37th to 63rd percentile" in how and "the 3 levels it covers (junior, mid and senior)" in how
    assert 46000 <= band.minimum < band.maximum <= 67000


def _warnings(salary: str, role: str = "medical-records-specialist", level: str = "mid") -> list[str]:
    return render_job_description(role=role, level=level, company="X", salary=salary, fmt="md").warnings


def test_hourly_amounts_for_a_yearly_job_are_warned_with_the_likely_meaning():
    warnings = [str(item) for item in _warnings("45-52")]
    assert warnings == [
        "--salary 45-52 is read as $45 – $52 an hour (about $93,600 – $108,160 a year full time), while the "
        "role's yearly figures for this level are $42,000 – $50,500 a year; if you meant $45,000 – $52,000 a year, "
        "write 45k-52k"
    ]
    # Without the pack's own band, the reading is checked against the nation's OEWS wages for the level.
    assert "if you meant $45,000 – $52,000 a year, write 45k-52k" in str(_warnings("45-52", role="medical-coder")[0])


def test_a_range_typed_in_thousands_for_an_hourly_job_is_warned():
    """The trial's "52,60" (salary_min 52, salary_max 60) for a job OEWS pays by the hour, $19-25 in Jackson."""
    warnings = render_job_description(
        role="patient-access-representative",
        level="mid",
        company="X",
        location="Jackson, MS",
        salary="52-60",
        fmt="md",
    ).warnings
    assert len(warnings) == 1
    assert "is read as $52 – $60 an hour" in str(warnings[0]) and "write 52k-60k" in str(warnings[0])


def test_a_yearly_range_no_job_pays_is_warned():
    warnings = [str(item) for item in _warnings("480-520")]
    assert len(warnings) == 1 and warnings[0].startswith("$480 – $520 a year is no job's yearly pay; check the amounts")


@pytest.mark.parametrize("salary", ["22-26.50", "42000-50000", "45k-52k"])
def test_plausible_ranges_get_no_warning(salary):
    assert _warnings(salary) == []


def test_pay_below_the_federal_minimum_is_warned():
    assert any(
        "below the US federal minimum wage" in item
        for item in plausibility_warnings(parse_salary("5-6"), load_role("general"), "mid")
    )


def test_a_full_time_yearly_range_below_the_federal_minimum_is_warned():
    # $12,000 a year full time is $5.77 an hour: only "far from the role's figures" was said.
    role = load_role("general")
    low = [str(item) for item in plausibility_warnings(parse_salary("12000-14000"), role, "mid", full_time=True)]
    assert any("below the US federal minimum wage" in item and "$15,080" in item for item in low)
    part_time = plausibility_warnings(parse_salary("12000-14000"), role, "mid", full_time=False)
    assert not any("federal minimum" in str(item) for item in part_time)  # part-time yearly pay may be lawful
    assert not any(
        "federal minimum" in str(item)
        for item in plausibility_warnings(parse_salary("15080-18000"), role, "mid", full_time=True)
    )


@pytest.mark.parametrize("salary", ["50-60k", "500-60K", "$22-26k"])
def test_a_thousands_mark_on_one_end_only_is_refused(salary):
    # "50-60k" was read as $50 - $60,000 a year, without a word: no one's pay, posted as a lawful range.
    with pytest.raises(SalaryError, match="'k' on one end only; write both ends alike"):
        parse_salary(salary)


@pytest.mark.parametrize("salary, low", [("45000-60k", 45000), ("50k-60k", 50000), ("45k-60000", 45000)])
def test_both_ends_in_thousands_may_be_written_either_way(salary, low):
    pay = parse_salary(salary)
    assert (pay.minimum, pay.maximum) == (low, 60000) and not pay.hourly


def test_warnings_reach_the_terminal_as_warnings(runner):
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            "medical-records-specialist",
            "--level",
            "mid",
            "--company",
            "X",
            "--salary",
            "45-52",
            "-f",
            "md",
            "-o",
            "-",
        ],
    )
    assert result.exit_code == 0
    assert "warning: --salary 45-52 is read as $45 – $52 an hour" in result.stderr
    assert "$45 – $52 an hour" in result.stdout  # the range is written as given: the recruiter decides
