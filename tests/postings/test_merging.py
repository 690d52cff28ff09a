"""One requirement per thing a posting asks (toolkit/postings/merging.py): a term named twice is asked once at
its stronger importance, a term inside a group of alternatives is that group, and "RHIT or RHIA accepted in lieu
of CCS" widens the CCS requirement."""

from __future__ import annotations

from toolkit.models.posting import PostingRequirement, PostingTerm
from toolkit.postings.merging import merge_requirements


def asking(*terms: str, importance: str = "required", line: int = 1) -> PostingRequirement:
    alternatives = [PostingTerm(term=term) for term in terms]
    return PostingRequirement(alternatives=alternatives, importance=importance, line=line, source=" or ".join(terms))


def shown(requirements: list[PostingRequirement]) -> list[tuple[list[str], str]]:
    return [([term.term for term in item.alternatives], item.importance) for item in requirements]


def test_a_term_named_twice_is_one_requirement_at_its_stronger_importance():
    merged = merge_requirements([asking("CPR", importance="preferred"), asking("CPR", line=2), asking("BLS")])
    assert shown(merged) == [(["CPR"], "required"), (["BLS"], "required")]


def test_a_term_that_is_one_alternative_of_a_group_is_that_group():
    merged = merge_requirements([asking("RHIT", "CCA"), asking("CCA", importance="preferred", line=2)])
    assert shown(merged) == [(["RHIT", "CCA"], "required")]


def test_credentials_accepted_in_lieu_join_the_requirement_they_stand_for():
    in_lieu = [([PostingTerm(term="RHIT"), PostingTerm(term="RHIA")], "CCS certification")]
    merged = merge_requirements([asking("CCS"), asking("Epic")], in_lieu)
    assert shown(merged) == [(["CCS", "RHIT", "RHIA"], "required"), (["Epic"], "required")]
    assert shown(merge_requirements([asking("Epic")], in_lieu)) == [(["Epic"], "required")]  # nothing to widen
