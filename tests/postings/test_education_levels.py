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


@pytest.mark.parametrize(
    ("requirements", "expected"),
    [
        ("- Bachelor's degree in Nursing required, Master's preferred\n", ("bachelor", "master")),
        ("- Bachelor's degree required, Master's degree desired.\n", ("bachelor", "master")),
    ],
)
def test_required_then_preferred_in_one_line_keeps_each_qualifier(requirements, expected):
    assert levels(requirements) == expected


def test_a_line_that_prefers_only_keeps_its_level_preferred():
    assert levels("- Master's degree preferred, with a thesis\n") == (None, "master")


# --- "OR" on a line of its own between ways in -------------------------------------------------------------


def test_or_alone_on_a_line_is_no_heading():
    from toolkit.postings.sections import heading_kind

    assert heading_kind("OR") is None
    assert heading_kind("Qualifications") == "required"


def test_a_degree_before_an_or_line_whose_way_names_no_level_is_no_level_asked():
    requirements = (
        "Bachelor's degree in accounting and two years of payroll experience.\nOR\n"
        "Sixty (60) semester units of college coursework and four years of payroll experience.\n"
    )
    posting = posting_from_text("Payroll Clerk\n\nMinimum Qualifications\n" + requirements, "posting.txt")
    assert posting.education_required is None
    assert posting.years_required == 2
    assert "Sixty semester" not in {term.term for item in posting.requirements for term in item.alternatives}


def test_degrees_on_both_sides_of_an_or_line_ask_the_lower():
    requirements = (
        "Bachelor's degree and two years of payroll experience.\nOR\n"
        "Associate degree and four years of payroll experience.\n"
    )
    assert levels(requirements)[0] == "associate"


def test_a_degree_with_no_or_line_after_it_is_asked():
    assert levels("Bachelor's degree in accounting.\nTwo years of payroll experience.\n")[0] == "bachelor"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Qualifications that will be accepted include high school graduation plus office experience.", "high-school"),
        ("Minimum qualifications are an associate degree in drafting.", "associate"),
        ("Our staff include graduates of the local high school.", None),
    ],
)
def test_a_prose_qualifications_sentence_in_the_summary_asks_its_level(sentence, level):
    text = f"Permit Clerk\n\nAbout the job\n{sentence}\n\nRequirements\n- Typing\n"
    assert posting_from_text(text, "posting.txt").education_required == level


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Associate or other higher education experience or degree preferred", ["associate"]),
        ("associate's or bachelor's degree in accounting", ["associate", "bachelor"]),
        ("Retail Associate or Cashier with a degree", []),
        ("Sales Associate or Cashier experience", []),
    ],
)
def test_an_associate_named_first_in_a_list_of_degrees_is_a_level(text, found):
    from toolkit.postings.education import education_levels

    assert education_levels(text) == found
