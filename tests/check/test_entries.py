"""Where one entry of a section ends and the next begins, and which lines name it."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.entries import entries_of
from toolkit.check.positions import title_and_employer

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: the dated line names the employer and its place only; the title stands above it (docx JS CV)
        (
            ["Senior Staff RN / Charge Nurse", "Dell Seton Medical Center at UT, Austin, TX | Jan 2020 – Present"],
            ("Senior Staff RN / Charge Nurse", "Dell Seton Medical Center at UT"),
        ),
        (
            ["Charge Nurse", "St David's Medical Center, Austin, TX | Jun 2016 – Dec 2019"],
            ("Charge Nurse", "St David's Medical Center"),
        ),
        # must not: a dated line naming a title and an employer is the entry's own name, whatever stands above
        (
            ["Led the team", "Data Analyst at Northwind Inc. | 2019 – 2021"],
            ("Data Analyst", "Northwind Inc."),
        ),
        (
            ["Shipped the app", "Software Engineer, Acme Corp, Berlin | 2018 – 2020"],
            ("Software Engineer", "Acme Corp"),
        ),
    ],
)
def test_a_dated_line_naming_no_title_takes_the_title_above(lines, named):
    entries = entries_of(lines, TODAY)
    assert len(entries) == 1
    assert title_and_employer(entries[0].heading, entries[0].dated_line) == named
