"""Soft qualities, conditions of work and the employer's own name (toolkit/postings/qualities.py) are no skill a
resume must show.
"""

from __future__ import annotations

import pytest

from toolkit.postings.qualities import is_condition_of_work, is_soft_quality, names_the_employer_or_board


@pytest.mark.parametrize(
    "term",
    [
        "communication and teamwork",
        "Good communication and teamwork skills",
        "time-management and multitasking abilities",
        "hand eye coordination",
        "Clean and organized work habits",
        "a positive attitude",
        "written and verbal communication",
        "problem-solving skills",
    ],
)
def test_soft_qualities_are_no_skill(term):
    assert is_soft_quality(term)


@pytest.mark.parametrize(
    "term",
    ["customer service", "project management", "data entry", "Excel", "communication systems", "CPR", "leadership"],
)
def test_skills_are_no_soft_quality(term):
    assert is_soft_quality(term) is (term == "leadership")


@pytest.mark.parametrize(
    ("term", "condition"), [("nights", True), ("12-hour shifts", True), ("shift scheduling", False)]
)
def test_the_jobs_hours_are_conditions_not_skills(term, condition):
    assert is_condition_of_work(term) is condition


@pytest.mark.parametrize(
    ("term", "company", "pointing_at_itself"),
    [
        ("Acme Consulting", "Acme Consulting", True),
        ("Acme Consulting logo", "Acme Consulting", True),
        ("LinkedIn page", "", True),
        ("Indeed", "", True),
        ("Workday", "", False),  # a board's name that is also software people use
        ("Epic", "Acme Consulting", False),
        ("Acme", "Acme", True),
    ],
)
def test_the_employer_and_the_board_are_no_terms(term, company, pointing_at_itself):
    assert names_the_employer_or_board(term, company) is pointing_at_itself
