"""A posting's requirement as documents show it: one term, or its alternatives joined as a reader says them, and
every spelling that meets it."""

from __future__ import annotations

from toolkit.models.posting import EDUCATION_LEVELS, PostingRequirement, PostingTerm


def _requirement(*terms: str) -> PostingRequirement:
    return PostingRequirement(alternatives=[PostingTerm(term=term) for term in terms])


def test_a_requirement_is_shown_as_its_term_or_its_alternatives():
    assert _requirement("RHIT").term == "RHIT"
    assert _requirement("RHIT", "CCA").term == "RHIT or CCA"
    assert _requirement("CPC", "CCS", "CCA").term == "CPC, CCS or CCA"


def test_any_spelling_of_any_alternative_meets_it():
    requirement = PostingRequirement(
        alternatives=[
            PostingTerm(term="Registered Health Information Technician", spellings=["RHIT"]),
            PostingTerm(term="CCA"),
        ]
    )
    assert requirement.spellings() == ["Registered Health Information Technician", "RHIT", "CCA"]


def test_education_levels_run_lowest_to_highest():
    assert EDUCATION_LEVELS.index("bachelor") > EDUCATION_LEVELS.index("associate") > 0
