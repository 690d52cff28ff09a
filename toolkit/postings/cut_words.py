"""A word a scraped page cut in half where its text was cut: "What skills are desired for the Customer Service
Represen". Such a word is the front of a longer word the same posting writes in full elsewhere ("Representative")
and names nothing; a whole word ("budget" beside "budgets") or one the skills lexicon knows ("Redis") is never one.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .lexicon import english_words, is_english_word, lexicon_terms

_CUT_WORD = 4  # letters a cut word keeps at least
_WORD = re.compile(r"[A-Za-z]{4,40}")
# The last word of a text with nothing after it.
_LAST_WORD = re.compile(r"\b([A-Za-z]{4,30})\s*$")
_TAIL = 40  # characters at the end of a text looked at


class PostingWords:
    """The words a posting writes, folded, in order: whether a word is the front of a longer one it writes."""

    def __init__(self, text: str) -> None:
        self._words = sorted({word.casefold() for word in _WORD.findall(text)})
        last = _LAST_WORD.search(text.rstrip()[-_TAIL:])
        self._last = last.group(1).casefold() if last else ""  # where a scraped page's text was cut

    def is_cut(self, word: str) -> bool:
        if len(word) < _CUT_WORD or is_english_word(word) or lexicon_terms(word):
            return False  # "budget" before "budgets" is whole; "Redis" is a name
        folded = word.casefold()
        # The front of a longer word the posting writes; or, the posting's very last word, of an English word
        # ("... Professional experie" where the page's text was cut).
        for words in (self._words, _sorted_english_words() if folded == self._last else []):
            following = bisect.bisect_right(words, folded)
            if following < len(words) and words[following].startswith(folded):
                return True
        return False

    def without_cut_word(self, text: str) -> str:
        """``text`` without a last word its end cut in half."""
        tail = text[-_TAIL:]
        found = _LAST_WORD.search(tail)
        if found and self.is_cut(found.group(1)):
            return text[: len(text) - len(tail) + found.start()].rstrip()
        return text


@cache
def _sorted_english_words() -> list[str]:
    return sorted(english_words())
