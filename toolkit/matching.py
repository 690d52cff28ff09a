"""Find a role's keywords in free text, with synonyms, case and punctuation folded.

Terms match on whole words only ("C" never matches inside "CPC"), a trailing
plural "s" is allowed on the last word, and a match reports the text as written
where it was found, so documents quote the person's own spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .models.posting import Posting
from .models.role import Keyword

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def _spelling_words(spelling: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(spelling))


@dataclass(frozen=True)
class TextIndex:
    """Words of one text with their character spans, for repeated look-ups.

    ``starts`` maps each word to where it occurs, so a look-up costs the occurrences of one word, not a
    walk over the whole text (a posting or resume is matched against every term of a vocabulary).
    """

    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    starts: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str) -> TextIndex:
        found = list(_WORD.finditer(text))
        words = tuple(m.group().casefold() for m in found)
        starts: dict[str, list[int]] = {}
        for position, word in enumerate(words):
            starts.setdefault(word, []).append(position)
        return cls(text, words, tuple(m.span() for m in found), starts)

    def find(self, spelling: str) -> str | None:
        """The text as written where ``spelling`` occurs as whole words, else None."""
        wanted = _spelling_words(spelling)
        if not wanted:
            return None
        size = len(wanted)
        last = (wanted[-1], wanted[-1] + "s", wanted[-1] + "es")
        if size == 1:  # the first place any allowed form occurs
            candidates = sorted(self.starts[word][0] for word in last if word in self.starts)
        else:
            candidates = self.starts.get(wanted[0], [])
        for start in candidates:
            window = self.words[start : start + size]
            if len(window) == size and window[:-1] == wanted[:-1] and window[-1] in last:
                return self.text[self.spans[start][0] : self.spans[start + size - 1][1]]
        return None


def leading_words(spelling: str) -> tuple[str, ...]:
    """The words (folded) one of which a text must hold for ``spelling`` to be found in it: the first word,
    or for a one-word spelling that word with the plural endings ``find`` allows."""
    wanted = _spelling_words(spelling)
    if len(wanted) == 1:
        return (wanted[0], wanted[0] + "s", wanted[0] + "es")
    return wanted[:1]


def find_keyword(index: TextIndex, keyword: Keyword) -> str | None:
    """The first spelling of ``keyword`` found in the text (longest spellings tried first)."""
    for spelling in sorted(keyword.spellings(), key=len, reverse=True):
        if surface := index.find(spelling):
            return surface
    return None


def keyword_score(text: str, keywords: list[Keyword]) -> int:
    """Sum of the weights of the keywords found in ``text``."""
    index = TextIndex.of(text)
    return sum(keyword.weight for keyword in keywords if find_keyword(index, keyword))


REQUIRED_FACTOR = 2


def importance_weight(weight: int, importance: str) -> int:
    """How much a term counts: its weight (1-3), doubled when it is required. The one place this is decided."""
    return weight * (REQUIRED_FACTOR if importance == "required" else 1)


def posting_terms(posting: Posting, vocabulary: list[Keyword]) -> list[tuple[Keyword, str]]:
    """The vocabulary's terms that a posting asks for, each "required" or "preferred".

    A term the posting names anywhere outside its preferred lines (duties included) counts as required.
    """
    lines = [(TextIndex.of(line.text), line.importance) for line in posting.lines]
    terms = []
    for keyword in vocabulary:
        places = {importance for index, importance in lines if find_keyword(index, keyword)}
        if places:
            terms.append((keyword, "preferred" if places == {"preferred"} else "required"))
    return terms
