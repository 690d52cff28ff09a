"""Labels a requirement line opens with (toolkit/postings/labels.py): a skill's own name is a term, a kind of
qualification or a board's field is not, a skills label says a list follows, and a physical-demands label leaves
nothing to ask."""

from __future__ import annotations

import pytest

from toolkit.postings.labels import names_a_subject, without_sentence_label


@pytest.mark.parametrize(
    ("label", "subject"),
    [("GitHub APIs", True), ("Algorithms and data structures", True), ("Education", False),
     ("Knowledge, Skills & Abilities", False), ("Nice to have", False), ("Security clearance", False)],
)  # fmt: skip
def test_a_label_that_names_a_skill_is_a_subject_and_a_kind_of_qualification_is_not(label, subject):
    assert names_a_subject(label) is subject


@pytest.mark.parametrize(
    ("sentence", "read", "list_follows"),
    [
        ("Knowledge, Skills, & Abilities: Written communication; Excel", "Written communication; Excel", True),
        ("5.Education: Bachelor degree", "Bachelor degree", False),  # a number a scraped page ran into the label
        ("Physical Activities: Lift 50 pounds", "", False),  # a demand of the job, not a skill asked
        ("Experience with Excel and Word", "Experience with Excel and Word", False),
    ],
)
def test_a_sentences_label_is_taken_off_and_says_what_follows(sentence, read, list_follows):
    assert without_sentence_label(sentence, False) == (read, list_follows)
