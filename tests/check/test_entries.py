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


@pytest.mark.parametrize(
    ("lines", "count", "last_named"),
    [
        # must: after a bullet that ran on without a full stop, a line over a line of dates alone names an entry
        (
            [
                "Skykit, Minneapolis, MN — Quality Assurance Engineer",
                "April 2019 - PRESENT",
                "● Work with the UX designer on usability tests and exercises",
                "Epic Systems, Madison, WI — QA and User Experience Analyst",
                "June 2015 - April 2019",
                "● Coordinated 4 to 5 usability tests per year",
            ],
            2,
            ("QA and User Experience Analyst", "Epic Systems"),
        ),
        # must not: a bullet's sentence wrapped onto the next line still goes on (no dates alone under it)
        (
            [
                "Skykit, Minneapolis, MN — Quality Assurance Engineer",
                "April 2019 - PRESENT",
                "● Wrote and reviewed the test plans for the signage software, with the",
                "Product Owner and the developers of the team",
                "Epic Systems, Madison, WI — QA and User Experience Analyst",
                "June 2015 - April 2019",
            ],
            2,
            ("QA and User Experience Analyst", "Epic Systems"),
        ),
    ],
)
def test_a_line_over_a_line_of_dates_alone_names_an_entry_after_a_running_bullet(lines, count, last_named):
    entries = entries_of(lines, TODAY)
    assert len(entries) == count
    assert title_and_employer(entries[-1].heading, entries[-1].dated_line) == last_named
    assert all("Product Owner" not in line for entry in entries for line in entry.heading)


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: Pages sets a tab between a list's bullet and its text; the bullet is the entry's text still
        (
            [
                "ELEKTRONIKER, MICHAEL KORN, 25548 KELLINGHUSEN – 09.2021",
                "•\tElektroniker für Energie- und Gebäudetechnik",
                "•\tSteckdosen-Einbau und Kabel-Verwaltung.",
            ],
            ("ELEKTRONIKER", "MICHAEL KORN"),
        ),
        # must not: a tab inside a bullet's text sets a name apart from its place (a bulleted entry's name)
        (
            ["• Google\tMountain View, CA", "Software Engineer\t2019 – 2021", "• Built the search index"],
            ("Software Engineer", "Google"),
        ),
    ],
)
def test_a_tab_after_a_bullet_sets_nothing_apart(lines, named):
    entry = entries_of(lines, TODAY)[0]
    assert title_and_employer(entry.heading, entry.dated_line) == named
