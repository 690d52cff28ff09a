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
