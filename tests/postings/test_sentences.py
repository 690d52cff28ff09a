"""A posting line's sentences and label: an abbreviation or an initial ends no sentence."""

from __future__ import annotations

import pytest

from toolkit.postings.sentences import LABEL, split_sentences


def test_a_line_is_cut_at_each_sentence_end():
    assert split_sentences("Code charts in ICD-10. 3 years required. (Remote) work is fine!") == [
        "Code charts in ICD-10",
        "3 years required",
        "(Remote) work is fine",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Manage billing for St. Mary clinic",
        "Work with Dr. Lee on audits",
        "Hold a B.S. Degree in accounting",
        "Report to J. Smith weekly",
        "Acme Inc. Hires coders",
    ],
)
def test_an_abbreviation_or_an_initial_ends_no_sentence(line):
    assert split_sentences(line) == [line]


def test_a_line_of_stops_only_has_no_sentence():
    assert split_sentences(" ... ") == []


@pytest.mark.parametrize(("line", "label"), [("Location: Denver, CO", "Location"), ("Pay range: $20/hr", "Pay range")])
def test_a_label_before_a_colon_is_read(line, label):
    found = LABEL.match(line)
    assert found is not None and found.group(1) == label


@pytest.mark.parametrize("line", ["https://example.com/jobs", "Note:", "9:00 to 5:00"])
def test_a_colon_without_a_label_and_text_after_it_is_no_label(line):
    assert LABEL.match(line) is None
