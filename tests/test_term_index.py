"""TermIndex finds, in one reading of a text, what find_keyword finds term by term."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.matching import TextIndex, find_held_credential, find_keyword, held_credential_spellings, keyword_score
from toolkit.models.role import Keyword
from toolkit.term_index import MAX_TERM_WORDS, TermIndex

WORDS = ["nurse", "nurses", "nursees", "epic", "ehr", "icd", "10", "cm", "care", "s", "es", "records", "record"]
_spelling = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
_keyword = st.builds(
    lambda term, synonyms, weight: Keyword(term=term, synonyms=synonyms, weight=weight, category="skills"),
    _spelling,
    st.lists(_spelling, max_size=3),
    st.integers(1, 3),
)
_text = st.lists(st.sampled_from([*WORDS, "ICD-10-CM", "Nurses,", "EPIC.", "and"]), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_keyword, min_size=1, max_size=6), _text)
def test_found_is_what_find_keyword_finds_for_every_term(keywords, text):
    index = TermIndex(keywords)
    expected = {
        position: surface
        for position, keyword in enumerate(keywords)
        if (surface := find_keyword(TextIndex.of(text), keyword))
    }
    assert index.found(text) == expected
    assert index.score(text) == keyword_score(text, keywords)


@settings(max_examples=100, deadline=None)
@given(st.lists(_keyword, min_size=1, max_size=6), _text)
def test_held_credential_spellings_work_the_same(keywords, text):
    index = TermIndex(keywords, spellings=held_credential_spellings)
    expected = {
        position: surface
        for position, keyword in enumerate(keywords)
        if (surface := find_held_credential(TextIndex.of(text), keyword))
    }
    assert index.found(text) == expected


def test_a_spelling_longer_than_any_term_is_not_looked_for():
    long = " ".join(["word"] * (MAX_TERM_WORDS + 1))
    index = TermIndex([Keyword(term=long, category="skills"), Keyword(term="word", category="skills")])
    assert index.found(long + " word") == {1: "word"}
