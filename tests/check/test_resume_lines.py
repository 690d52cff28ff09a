"""The years of work a resume shows (toolkit/check/resume_lines.py), counted from its experience section only."""

from __future__ import annotations

from datetime import date

from toolkit.check.resume_lines import resume_years

TODAY = date(2026, 6, 1)


def test_work_is_an_experience_heading():
    years, _ = resume_years("Work\nClerk, Acme\n2019 - 2021\nEducation\nB.A., 2010 - 2014\n", None, TODAY)
    assert 2.5 < years < 3.5  # 2019 to 2021 counts whole years; the degree's 2010 - 2014 is not work
