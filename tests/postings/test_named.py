"""Which words can name a skill (toolkit/postings/named.py): a fragment of a sentence or a shouted misspelling is
no term, while tools, skills and initials are.
"""

from __future__ import annotations

import pytest

from toolkit.postings.named import is_name_word, is_plausible_term


@pytest.mark.parametrize(
    ("term", "plausible"),
    [
        ("Excel", True),
        ("medical terminology", True),
        ("RN license", True),
        ("SELECTIVE QUALIFICATIONS", False),
        ("2-page Resume requirement", False),
        ("See Documents below", False),
        ("RNs", False),
        ("Completion", False),
        ("methods", False),
        ("Earn a", False),
    ],
)
def test_a_plausible_term_can_name_a_skill(term, plausible):
    assert is_plausible_term(term) is plausible


@pytest.mark.parametrize(
    "term",
    [
        "MUST be",
        "Under variable",
        "make decisions",
        "Carry objects up",
        "Long hours sometimes",
        "passing scores",
        "similar role",
        "pertinent regulatory guidelines",
        "applicable policies",
        "safe use",
        "Works well",
        "drug store environment",
        "DUI",
        "EOE",
    ],
)
def test_a_fragment_of_a_sentence_is_no_term(term):
    assert not is_plausible_term(term)


@pytest.mark.parametrize(
    "term",
    [
        "Make-up artistry",
        "Kubernetes",
        "forklift",
        "lift truck operation",
        "Push notifications",
        "OSHA 10",
        "SQL",
        "ADA",
        "relevant HIPAA regulations",
        "applicable Epic modules",
        "FMLA",
        "Role-based access control",
    ],
)
def test_a_name_or_skill_is_still_a_term(term):
    assert is_plausible_term(term)


@pytest.mark.parametrize("word", ["RESPONSIBLITIES", "QUALIFICATONS", "REQUIREMENTSS"])
def test_a_long_shouted_word_is_no_acronym(word):
    assert not is_name_word(word)


@pytest.mark.parametrize("word", ["MEDITECH", "QUICKBOOKS", "HIPAA", "NAACCR", "OSHA"])
def test_initials_and_shouted_tool_names_still_name_things(word):
    assert is_name_word(word)
