"""A word a scraped page cut in half where its text was cut: "What skills are desired for the Customer Service
Represen". Such a word is the front of a longer word the same posting writes in full elsewhere ("Representative")
and names nothing; a whole word ("budget" beside "budgets") or one the skills lexicon knows ("Redis") is never one.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import is_english_word, lexicon_terms

_CUT_WORD = 4  # letters a cut word keeps at least
_WORD = re.compile(r"[A-Za-z]{4,40}")
# The last word of a text with nothing after it.
_LAST_WORD = re.compile(r"\b([A-Za-z]{4,30})\s*$")
_TAIL = 40  # characters at the end of a text looked at


class PostingWords:
    """The words a posting writes, folded, in order: whether a word is the front of a longer one it writes."""

    def __init__(self, text: str) -> None:
        self._words = sorted({word.casefold() for word in _WORD.findall(text)})

    def is_cut(self, word: str) -> bool:
        if len(word) < _CUT_WORD or is_english_word(word) or lexicon_terms(word):
            return False  # "budget" before "budgets" is whole; "Redis" is a name
        folded = word.casefold()
        following = bisect.bisect_right(self._words, folded)
        return following < len(self._words) and self._words[following].startswith(folded)

    def without_cut_word(self, text: str) -> str:
        """``text`` without a last word its end cut in half."""
        tail = text[-_TAIL:]
        found = _LAST_WORD.search(tail)
        if found and self.is_cut(found.group(1)):
            return text[: len(text) - len(tail) + found.start()].rstrip()
        return text
