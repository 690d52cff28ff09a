"""The pay a job description states: by the hour for a job that is not full time, the nation's OEWS wages where the
place and the pack's own figures are missing, and a refusal naming the fix when there is nothing to go on."""

from __future__ import annotations

import pytest

from toolkit.api import render_job_description
from toolkit.cli import cli


@pytest.mark.parametrize("employment", ["part-time", "per-diem", "temporary", "internship"])
def test_a_job_that_is_not_full_time_is_priced_by_the_hour(employment):
    # OEWS yearly wages are full-time, year-round pay: "$51,000 - $63,500 a year" on a part-time or per-diem
    # posting said the job pays what it does not.

    def header(kind: str) -> str:
        made = render_job_description(
            role="health-data-analyst", level="mid", company="Acme", location="Chicago, IL", employment=kind, fmt="md"
        )
        return next(line for line in made.content.decode().splitlines() if line.startswith("Chicago, IL ·"))

    assert header("full-time").endswith(" a year")
    assert header(employment).endswith(" an hour")


@pytest.mark.parametrize(
    "role, level, source",
    [
        ("cdi-specialist", "mid", "Health Information Technologists and Medical Registrars in the United States"),
        ("medical-coder", "mid", "Medical Records Specialists in the United States"),
        ("health-data-analyst", "director", "Medical and Health Services Managers in the United States"),
    ],
)
def test_a_level_without_the_packs_own_figures_gets_national_oews_pay(runner, role, level, source):
    """Where the place is not known and the pack has no figures for the level, the nation's OEWS wages serve."""
    result = runner.invoke(
        cli, ["job-description", "--role", role, "--level", level, "--company", "X", "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert f"Based on BLS OEWS May 2025 wages for {source}." in result.stdout


def test_a_pack_without_soc_codes_or_figures_is_refused_with_the_fix(runner, tmp_path):
    pack = tmp_path / "plain.yaml"
    pack.write_text(
        "format: 2\nid: plain\nextends: medical-records-specialist\ntitle: Plain Records Clerk\nsoc: []\n"
        "reference: {pay: []}\n"
    )
    result = runner.invoke(
        cli, ["job-description", "--role", str(pack), "--level", "mid", "--company", "X", "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert "names no SOC code for its mid level" in message and "`jobkit pay search WORDS`" in message
    assert "Traceback" not in result.output
