"""Matching terms in free text: whole words, synonyms, plurals, the writer's own spelling, one weighting."""

from __future__ import annotations

from toolkit.inputs.postings import posting_from_text
from toolkit.matching import TextIndex, find_keyword, importance_weight, keyword_score, posting_terms
from toolkit.models.role import Keyword

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
