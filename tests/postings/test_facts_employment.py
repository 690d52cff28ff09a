"""Employment type only from words that state it (round 6): a short fact line, a sentence calling the job so, a
board's remark in brackets; never a word in passing, a label without its value, or a measure of pay."""

from __future__ import annotations

import pytest

from toolkit.postings.facts import employment_from_body, employment_in, employment_of


@pytest.mark.parametrize(
    ("line", "employment"),
    [
        ("Part-time, 20 hours a week", "part-time"),
        ("Weekly pay! Full-time, 40 hours, Monday to Friday 3:00 p.m. to 11:30 p.m. with overtime", "full-time"),
        (
            "The City wants to add a full-time Permit Technician to its team, working with the public daily.",
            "full-time",
        ),
        (
            "Teaching Assistant £24,404 pro rata 1 year temporary contract 37 hours per week, term time only",
            "temporary",
        ),
        (
            "Position Type: Teacher Assistants - Caregiver (Part-time) Date Posted: 2/27/2026 Location: Academy",
            "part-time",
        ),
        ("The role is not mainly supervisory, but it can include overseeing seasonal staff and crews.", None),
        ("Note: Although this position qualifies for part-time telework, regular on-site presence is required.", None),
    ],
)
def test_a_line_states_the_employment_type_only_in_so_many_words(line, employment):
    assert employment_in([line]) == employment


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        ("Full Time Equivalent Salary: £28,859 - £31,111", None),
        ("Salary £20,000 pro rata, based on full time hours", None),
        ("Full time, all year round", "full-time"),
    ],
)
def test_a_full_time_measure_of_pay_is_no_employment_type(text, employment):
    assert employment_of(text) == employment


def test_a_label_over_its_value_is_no_employment_type():
    assert employment_from_body("Deadline\n13 Jul 2025\nContract Type\nPermanent\n") is None
    assert employment_from_body("Deadline\n13 Jul 2025\nContract\nApply by Friday\n") == "contract"
