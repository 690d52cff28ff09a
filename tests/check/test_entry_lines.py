"""The parts of a resume entry's lines (toolkit/check/entry_lines.py): bullets, prose, and the name left
when dates and places are taken out."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.entry_lines import heading_text, is_bullet, is_prose, without_bullet

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Senior Analyst, Acme Corp\tJan 2019 – Present", "Senior Analyst, Acme Corp"),
        ("Line Cook\t03/2020 – 08/2023", "Line Cook"),
    ],
)
def test_the_heading_is_what_is_left_without_the_dates(line, named):
    assert " ".join(heading_text(line, TODAY).split()) == named


def test_a_sentence_is_prose_and_a_name_line_is_not():
    assert is_prose("Led a team of five analysts to build dashboards used by the finance office every week.")
    assert not is_prose("Senior Data Analyst, Acme Corp")


def test_a_bullet_is_known_and_taken_off():
    assert is_bullet("• Built the schedule") and not is_bullet("Built the schedule")
    assert without_bullet("• Built the schedule") == "Built the schedule"
