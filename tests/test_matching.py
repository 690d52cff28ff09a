"""Matching terms in free text: whole words, synonyms, plurals, the writer's own spelling, one weighting."""

from __future__ import annotations

from toolkit.matching import (
    TextIndex,
    distinct_spellings,
    find_keyword,
    find_word_forms,
    fold,
    importance_weight,
    keyword_score,
    posting_terms,
    text_around,
)
from toolkit.models.role import Keyword
from toolkit.postings import posting_from_text

EHR = Keyword(term="EHR", synonyms=["electronic health records"], weight=3, category="systems")
CCA = Keyword(term="CCA", synonyms=["Certified Coding Associate"], weight=2, category="certification")


def test_a_match_quotes_the_text_as_written():
    assert find_keyword(TextIndex.of("Kept Electronic Health Records current"), EHR) == "Electronic Health Records"


def test_terms_match_whole_words_and_a_plural_only():
    assert find_keyword(TextIndex.of("Passed the CCAT"), CCA) is None
    assert find_keyword(TextIndex.of("two CCAs on staff"), CCA) == "CCAs"
    assert find_keyword(TextIndex.of("EHR-based audits"), EHR) == "EHR"


def test_required_counts_double_and_nothing_else_weighs_terms():
    assert importance_weight(3, "required") == 6
    assert importance_weight(3, "preferred") == 3
    assert keyword_score("EHR and CCA holder", [EHR, CCA]) == 5


def test_a_term_only_preferred_in_a_posting_stays_preferred():
    posting = posting_from_text(
        "Records Clerk\nAcme Clinic\n\nRequirements\n- EHR experience\n\nPreferred\n- CCA credential\n", "p.txt"
    )
    assert dict((keyword.term, importance) for keyword, importance in posting_terms(posting, [EHR, CCA])) == {
        "EHR": "required",
        "CCA": "preferred",
    }


def test_where_a_term_was_found_is_quoted_around_it_with_ellipses_where_cut():
    line = "Coded 40 charts a day, " * 3 + "with EHR audits every quarter, " + "and trained two clerks. " * 3
    quoted = text_around(line, "EHR", width=30)
    assert quoted.startswith("…") and quoted.endswith("…") and "EHR" in quoted
    assert len(quoted) <= 32  # at most 30 characters of the line and an ellipsis each side
    inner = quoted.strip("…")
    assert all(word in line.split() for word in inner.split()), "cut between words, never inside one"
    assert text_around("EHR audits", "EHR", width=30) == "EHR audits", "a short line is quoted whole"


def test_spellings_that_differ_only_in_case_and_punctuation_count_once():
    assert fold("ICD-10-CM") == fold("icd 10 cm") == "icd 10 cm"
    assert fold("Release-of-Information") == fold("release of information")
    spellings = [" electronic health records ", "EHR", "Electronic Health Records", "e.h.r."]
    assert distinct_spellings(spellings, "EHR") == ["electronic health records", "e.h.r."]


def test_word_forms_of_a_role_or_field_are_found_in_a_row():
    assert find_word_forms(TextIndex.of("Staff Accountant, Lakeside"), "accounting") == "Accountant"
    assert find_word_forms(TextIndex.of("Accounts Assistant"), "accounting") == "Accounts"
    assert find_word_forms(TextIndex.of("Line Cooks (Grill)"), "line cook") == "Line Cooks"
    assert find_word_forms(TextIndex.of("Cook on the line"), "line cook") is None
    assert find_word_forms(TextIndex.of("going"), "Go") is None  # short words stay whole
