"""A word the scraped page cut off at its end (toolkit/postings/cut_words.py) is left out of what a posting asks,
while a whole word or a name the lexicon knows is kept.
"""

from __future__ import annotations

import pytest

from toolkit.postings.cut_words import PostingWords


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Skills desired for the Customer Service Represen", "Skills desired for the Customer Service"),
        ("Experience with PostgreSQL and Redis", "Experience with PostgreSQL and Redis"),  # a name the lexicon knows
        ("know a logic model and a program budget", "know a logic model and a program budget"),  # a whole word
    ],
)
def test_a_word_cut_where_the_page_was_cut_is_left_out(text, kept):
    words = PostingWords(text + "\nRepresentative Redistribute Budgets")
    assert words.without_cut_word(text) == kept
