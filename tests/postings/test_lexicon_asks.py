"""Skills the lexicon knows that a clause names in lower case (toolkit/postings/lexicon_asks.py): found wherever
they stand, joined by "or" into one requirement, never asked twice, and a trade named as a setting is no skill."""

from __future__ import annotations

from toolkit.postings.found_terms import requirements_in
from toolkit.postings.lexicon_asks import lexicon_requirements


def asks(text: str, read=None) -> list[list[str]]:
    found = lexicon_requirements(text, read if read is not None else [], "required", 1, text)
    return [[term.term for term in item.alternatives] for item in found]


def test_lower_case_skills_are_found_and_or_joins_them():
    text = "Customer service and/or crisis intervention experience; knife skills"
    assert asks(text) == [["Customer service", "crisis intervention"], ["knife skills"]]


def test_a_term_already_read_is_not_asked_again_and_its_alternative_joins_it():
    text = "Experience with Excel or Microsoft Office and customer service"
    read = requirements_in("Experience with Excel", set(), importance="required", line=1, source=text, lead_in=False)
    assert asks(text, read) == [["customer service"]]
    assert [[term.term for term in item.alternatives] for item in read] == [["Excel", "Microsoft Office"]]


def test_where_one_worked_is_no_skill():
    assert asks("Knowledge of HVAC repair") == [["HVAC"]]
    assert asks("Knowledge of the methods of the HVAC trade") == []
