"""Title and employer on an entry's heading lines, however the producer sets them apart."""

from __future__ import annotations

import pytest

from toolkit.check.positions import title_and_employer


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        # Word web template "Job title • Company" filled with two titles for one employment
        (
            "Retail assistant • Duty manager • Iceland Frozen Foods",
            "Retail assistant • Duty manager",
            "Iceland Frozen Foods",
        ),
        ("Butcher • butcher • Perry Follows Butchers", "Butcher", "Perry Follows Butchers"),  # one title twice
        ("Nurse | Charge Nurse | St Mary's Hospital", "Nurse | Charge Nurse", "St Mary's Hospital"),
        # must not: a place or a unit beside the title is no second title
        ("Software Engineer | Acme Corp | Berlin", "Software Engineer", "Acme Corp"),
        ("Professor, Computer Science Department, University of Tennessee", "Professor", "University of Tennessee"),
        ("Data Analyst, Northwind Inc.", "Data Analyst", "Northwind Inc."),
    ],
)
def test_a_second_title_beside_the_first_is_kept_with_it(line, title, employer):
    assert title_and_employer([line]) == (title, employer)
