"""The gaps of an application: what the posting asks that the resume does not show, with where the profile states it
(true to fill) or nothing (add only if true); a credential still being earned is not held."""

from __future__ import annotations

from datetime import date

from toolkit.check.report import CheckReport, Requirement
from toolkit.gaps import find_gaps
from toolkit.inputs.profiles import load_profile

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says


def test_a_credential_the_profile_holds_under_its_full_name_is_true_to_fill(write_profile):
    """A resume made elsewhere left out the ServSafe certificate: the profile holds it, so it is true to fill."""
    path = write_profile(
        {
            "basics": {"name": "Rosa Delgado"},
            "certificates": [{"name": "ServSafe Food Protection Manager", "issuer": "National Restaurant Association"}],
        }
    )
    report = CheckReport("resume.pdf", "pdf", 1, "Rosa Delgado")
    report.requirements = [
        Requirement("ServSafe certification", "certification", "preferred", 2, False),
        Requirement("Epic certification", "certification", "preferred", 2, False),
    ]
    gaps = {gap.term: gap for gap in find_gaps(report, load_profile(path).profile, [], today=TODAY)}
    assert gaps["ServSafe certification"].in_profile == 'certificates[0].name: "ServSafe Food Protection Manager"'
    assert gaps["Epic certification"].in_profile == ""


def _report(*requirements: Requirement) -> CheckReport:
    report = CheckReport("resume.pdf", "pdf", 1, "Rosa Delgado")
    report.requirements = list(requirements)
    return report


def test_a_credential_still_being_earned_is_not_true_to_fill(write_profile):
    path = write_profile(
        {"basics": {"name": "Rosa Delgado"}, "certificates": [{"name": "ServSafe Manager (in progress)"}]}
    )
    report = _report(Requirement("ServSafe certification", "certification", "required", 2, False))
    [gap] = find_gaps(report, load_profile(path).profile, [], today=TODAY)
    assert (gap.term, gap.in_profile) == ("ServSafe certification", "")


def test_a_term_the_profile_states_is_found_where_it_says_it(write_profile):
    path = write_profile(
        {
            "basics": {"name": "Rosa Delgado"},
            "work": [{"name": "Harbor Grill", "position": "Line Cook", "highlights": ["Ran the grill station."]}],
            "skills": [{"name": "Kitchen", "keywords": ["Knife skills"]}],
        }
    )
    report = _report(
        Requirement("knife skills", "keyword", "preferred", 1, False),
        Requirement("grill station", "keyword", "required", 1, False),
        Requirement("knife skills", "keyword", "preferred", 1, False),  # asked twice, one gap
        Requirement("inventory", "keyword", "required", 1, True),  # the resume shows it: no gap
    )
    gaps = find_gaps(report, load_profile(path).profile, [], today=TODAY)
    assert [(gap.term, gap.importance, gap.in_profile) for gap in gaps] == [
        ("grill station", "required", 'work[0].highlights[0]: "Ran the grill station."'),
        ("knife skills", "preferred", 'skills[0].keywords[0]: "Knife skills"'),
    ]
