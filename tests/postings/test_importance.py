"""Whether a clause asks for something as required or preferred (toolkit/postings/importance.py, its words in
templates/language/importance_words.yaml): the clause's own words override its section's importance (rule R2)."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.importance import OF_HIRE, clause_importance


@pytest.mark.parametrize(
    ("clause", "section", "importance"),
    [
        ("Spanish speakers welcome", "required", "preferred"),
        ("Bilingual candidates are welcome", "required", "preferred"),
        ("Epic experience a plus", "required", "preferred"),
        ("QuickBooks experience is helpful", "required", "preferred"),
        ("Valid driver's license required", "preferred", "required"),
        ("Must hold a CDL", "preferred", "required"),
        ("Experience with Excel", "required", "required"),
        ("Experience with Excel", "preferred", "preferred"),
        ("All are welcome to apply", "required", "required"),  # an invitation, not a qualifier
    ],
)
def test_a_clause_says_its_own_importance(clause, section, importance):
    assert clause_importance(clause, section) == importance


@pytest.mark.parametrize(
    ("clause", "later"),
    [
        ("CPR certification within 90 days of hire", True),
        ("We will certify you on the forklift", True),
        ("Current CPR certification", False),
    ],
)
def test_a_credential_that_may_be_earned_after_hire_is_told(clause, later):
    assert bool(OF_HIRE.search(clause)) is later


def test_a_welcome_skill_is_preferred_and_named_without_the_word():
    text = "Plumber Helper\n\nRequirements\n\n- Valid driver's license\n- Spanish speakers welcome\n"
    read = {
        term.term: item.importance
        for item in posting_from_text(text, "posting.txt").requirements
        for term in item.alternatives
    }
    assert read.get("driver's license") == "required"
    assert [importance for term, importance in read.items() if term.startswith("Spanish")] == ["preferred"]


def read(line: str) -> dict[str, str]:
    posting = posting_from_text(f"Equipment Operator\n\nRequirements\n\n- {line}\n", "posting.txt")
    return {term.term: item.importance for item in posting.requirements for term in item.alternatives}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a sentence that asks at hire is required, though the next may be met within months
        (
            "Must possess a valid Class A CDL at time of hire. Must obtain a flagger certification within six "
            "months of hire.",
            {"Class A CDL": "required", "flagger certification": "preferred"},
        ),
        ("BLS certification. Must be obtained within 30 days of hire.", {"BLS": "preferred"}),
        ("ACLS required upon hire", {"ACLS": "required"}),  # "upon hire" is no part of the term
        ("CPR certification prior to hire", {"CPR": "required"}),
        # a span from now, said without "of hire"
        ("PCCN within 18 months", {"PCCN": "preferred"}),
        # the next sentence goes on about the credential, or another sentence asks for something else later
        ("Forklift certification. Must be obtained within 30 days of hire.", {"Forklift certification": "preferred"}),
        (
            "Valid driver's license. The selected candidate must complete safety training within 30 days of hire.",
            {"driver's license": "required"},
        ),
        # Indeed's footer: the label's skill takes the qualifier after it
        ("Restaurant management: 1 year (Preferred)", {"Restaurant management": "preferred"}),
        ("Customer service: 2 years (Required)", {"Customer service": "required"}),
    ],
)
def test_a_credential_asked_at_hire_is_required_and_one_earned_later_preferred(line, expected):
    assert read(line) == expected


def test_years_in_one_sentence_stay_required_when_another_allows_a_credential_later():
    posting = posting_from_text(
        "Warehouse Associate\n\nRequirements\n\n- Two years of warehouse experience. Forklift certification within "
        "30 days.\n",
        "posting.txt",
    )
    assert (posting.years_required, posting.years_preferred) == (2.0, None)
