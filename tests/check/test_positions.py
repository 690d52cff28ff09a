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


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        # must: an organisation named only by its initials keeps the unit before it (UK civil-service CV)
        ("Analytical Lead, Medicines Analysis Team, NHSEI", "Analytical Lead", "Medicines Analysis Team, NHSEI"),
        (
            "Operational Research Manager, Central Analytical Unit, DfE",
            "Operational Research Manager",
            "Central Analytical Unit, DfE",
        ),
        # must not: an organisation named in full stands alone; a unit word inside a title keeps it a title
        ("Professor, Computer Science Department, University of Tennessee", "Professor", "University of Tennessee"),
        ("Head of Team, Phoenix Robotics Team of UNICAMP", "Head of Team", "Phoenix Robotics Team of UNICAMP"),
        ("Data Analyst, Northwind Inc., NYC", "Data Analyst", "Northwind Inc."),
    ],
)
def test_a_unit_goes_with_an_organisation_named_by_its_initials(line, title, employer):
    assert title_and_employer([line]) == (title, employer)


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        # must: a state university's campus names which university it is
        (
            "Adjunct Assistant Professor, Department of Computer Science, University of California, San Diego",
            "Adjunct Assistant Professor",
            "University of California, San Diego",
        ),
        (
            "Research Associate, University of Tennessee, Knoxville",
            "Research Associate",
            "University of Tennessee, Knoxville",
        ),
        # must not: after another university's name, or after a company, the city is only its place
        ("Research Associate, University of Bremen, Hamburg", "Research Associate", "University of Bremen"),
        ("Data Analyst, Northwind Inc., San Diego", "Data Analyst", "Northwind Inc."),
    ],
)
def test_a_state_university_keeps_its_campus(line, title, employer):
    assert title_and_employer([line], 0) == (title, employer)
