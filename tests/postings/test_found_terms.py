"""Requirements from the terms a stretch of text names (toolkit/postings/found_terms.py): a soft quality is none, a
credential weighs twice a skill, a caller may keep only some, and prose gives only its names."""

from __future__ import annotations

from toolkit.models.posting import PostingTerm
from toolkit.postings.found_terms import names_only, plausible, requirements_in


def read(text: str, **options) -> list[tuple[str, str, int]]:
    found = requirements_in(text, {"Python"}, importance="required", line=1, source=text, lead_in=False, **options)
    return [(item.alternatives[0].term, item.kind, item.weight) for item in found]


def test_skills_and_credentials_are_requirements_and_soft_qualities_are_not():
    assert read("Python and CPR certification") == [("Python", "keyword", 1), ("CPR", "credential", 2)]
    assert read("Strong communication skills, Python") == [("Python", "keyword", 1)]


def test_a_caller_keeps_only_what_it_asks_for():
    assert read("Python and CPR certification", keep=lambda term, credential: not credential) == [
        ("Python", "keyword", 1)
    ]


def test_a_term_an_abbreviation_spells_is_plausible():
    assert plausible(PostingTerm(term="Patient Safety Indicators", spellings=["PSI"]))
    assert not plausible(PostingTerm(term="Completion"))


def test_prose_gives_only_names():
    assert names_only(PostingTerm(term="GitHub feature")) == PostingTerm(term="GitHub", spellings=["GitHub feature"])
    assert names_only(PostingTerm(term="GitHub's OAuth app")).term == "OAuth"
    assert names_only(PostingTerm(term="the feature")) is None
