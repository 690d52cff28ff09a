"""What a person's years are years of: the line of work a reader counts, named only by titles the person held."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.documents.levels import line_of_work
from toolkit.models.profile import Profile

TODAY = date(2026, 12, 1)


def _profile(label: str, *jobs: tuple[str, str, str | None]) -> Profile:
    work = [
        {"name": f"Employer {number}", "position": position, "startDate": start, **({"endDate": end} if end else {})}
        for number, (position, start, end) in enumerate(jobs)
    ]
    return Profile.model_validate({"basics": {"name": "Ana Ruiz", "label": label}, "work": work})


def test_prep_cook_years_are_not_called_line_cook_years():
    # 2.9 years as a line cook after 4 as a prep cook, and a cashier job before: 6.9 years in kitchens.
    profile = _profile(
        "Line Cook",
        ("Line Cook", "2024-01", None),
        ("Prep Cook", "2020-01", "2023-12"),
        ("Cashier", "2018-01", "2019-12"),
    )
    line = line_of_work(profile, TODAY)
    assert line.years is not None and 6.8 < line.years < 7.0
    assert line.of == ("Line Cook", "Prep Cook")  # each title as held, the person's own first
    assert line.kind == "cook"  # the word both titles end in: "as a cook", never "as a Line Cook"


def test_the_own_title_speaks_for_a_job_whose_title_ends_in_it():
    # "Senior Line Cook" is a line cook's job; with it alone counted, the years are all "as a Line Cook".
    profile = _profile(
        "Line Cook",
        ("Line Cook", "2024-01", None),
        ("Senior Line Cook", "2021-01", "2023-12"),
        ("Cashier", "2018-01", "2020-12"),
    )
    line = line_of_work(profile, TODAY)
    assert line.of == ("Line Cook",) and line.kind == ""


@pytest.mark.parametrize(
    ("jobs", "of"),
    [
        # A rank word before the shared words: an assistant store manager was no store manager; both are named.
        (
            [("Assistant Store Manager", "2023-01", None), ("Store Manager", "2018-02", "2022-12")],
            ("Assistant Store Manager", "Store Manager"),
        ),
        # Titles of one line of work that share no last word are named, not folded into the person's label.
        (
            [("Software Developer", "2022-01", None), ("Software Engineer", "2018-09", "2021-12")],
            ("Software Developer", "Software Engineer"),
        ),
    ],
)
def test_titles_that_share_no_word_naming_the_work_are_each_named(jobs, of):
    label = jobs[0][0] if jobs[0][0].startswith("Software") else "Retail Manager"
    profile = _profile(label, *jobs, ("Library Aide", "2015-01", "2016-12"))
    line = line_of_work(profile, TODAY)
    assert line.kind == ""
    assert line.of == of


def test_all_dated_work_in_one_line_needs_no_naming():
    profile = _profile("Truck Driver", ("Delivery Driver", "2025-01", None), ("Truck Driver", "2019-03", "2024-12"))
    line = line_of_work(profile, TODAY)
    assert line.of == () and line.kind == ""
    assert line.years is not None and 7.6 < line.years < 7.8
