"""The posting reader's words, read from templates/language/ (toolkit/postings/words.py): every word is text as
written (YAML reads a bare "no" as false, and "No night shifts" then stated a night shift), the US states are
all there, and a number written as a word is its figure."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text, words


def test_every_word_list_holds_words_as_written():
    lists = {name: value for name, value in vars(words).items() if name.isupper() and isinstance(value, frozenset)}
    not_text = {
        name: sorted(map(repr, value)) for name, value in lists.items() if not all(isinstance(w, str) for w in value)
    }
    assert len(lists) > 40 and not_text == {}


def test_no_before_a_shift_denies_it():
    posting = posting_from_text("Cook\nShift: No night shifts\n\nDuties\n- Prep food\n", "posting.txt")
    assert posting.shift == ""
    assert posting_from_text("Cook\nShift: Night shifts\n\nDuties\n- Prep food\n", "posting.txt").shift == "night shift"


def test_the_states_and_dc_by_their_postal_codes():
    assert len(words.US_STATES) == 51 and words.US_STATES["OR"] == "Oregon" and words.US_STATES["DC"]
    assert "oregon" in words.STATE_NAMES  # compared with a posting's folded words


@pytest.mark.parametrize(("word", "figure"), [("two", 2), ("seven", 7)])
def test_a_number_written_as_a_word_is_its_figure(word, figure):
    assert words.NUMBER_WORDS[word] == figure
