"""Education levels on the unseen posting kinds of round 5: made-up lines each rule must and must not read so."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text


def levels(requirements: str) -> tuple[str | None, str | None]:
    posting = posting_from_text("Records Clerk\n\nRequirements\n" + requirements, "posting.txt")
    return posting.education_required, posting.education_preferred


def test_levels_each_listed_as_required_ask_the_highest():
    assert levels("- High school diploma or GED\n- Associate's degree in Office Administration\n") == (
        "associate",
        None,
    )


@pytest.mark.parametrize(
    ("requirements", "expected"),
    [
        # another way in after the degree: the lowest way's level
        ("- Bachelor's degree in Accounting; or an associate degree plus 4 years of experience.\n", "associate"),
        # a level that opens a list of ways is not asked alone
        (
            "- High school diploma plus EITHER:\n- (A) An associate degree plus two years of experience\n"
            "- OR (B) Four years of experience\n",
            "high-school",
        ),
    ],
)
def test_a_level_that_is_one_way_in_is_not_raised(requirements, expected):
    assert levels(requirements)[0] == expected


def test_a_preferred_level_stays_preferred():
    assert levels("- High school diploma or GED\n- Associate degree preferred\n") == ("high-school", "associate")
