"""Many terms found in many texts, each text read once.

Tailoring looks every term of a posting or role pack up in every line of a profile. Term
by term (``matching.find_keyword``), that is terms × texts look-ups: 1,000 posting terms
against a 2.5 MB profile took minutes. ``TermIndex`` puts the terms' spellings into one
tree of words, once; a text is then read once, word by word, following the tree from
each word as far as a spelling goes. What it finds is what ``find_keyword`` finds: whole
words, case folded, a plural ending on the last word, the longest spelling of a term
first, at its first place in the text, quoted as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from .matching import TextIndex, spelling_words

# A spelling of more words than this is no term ("Certified Professional in Healthcare Information and
# Management Systems" has eight): it is not looked for, so no text is walked further than this from a word.
MAX_TERM_WORDS = 16


_Term = TypeVar("_Term")


class TermIndex(Generic[_Term]):
    """The spellings of ``terms`` in a tree of words; ``found(text)`` says which terms a text holds, and where.

    ``spellings`` gives a term's spellings (its own ``spellings()`` by default); they are tried longest
    first, as ``find_keyword`` tries them.
    """

    def __init__(self, terms: Sequence[_Term], spellings: Callable[[_Term], list[str]] | None = None):
        self.terms = list(terms)
        spell = spellings or _own_spellings
        self._children: list[dict[str, int]] = [{}]
        self._ends: list[bool] = [False]
        self._term_nodes: list[list[int]] = []  # per term: the nodes its spellings end at, longest spelling first
        self._node_terms: dict[int, list[int]] = {}
        self._depth = 0
        for position, term in enumerate(self.terms):
            nodes: list[int] = []
            for spelling in sorted(spell(term), key=len, reverse=True):
                words = spelling_words(spelling)
                if not words or len(words) > MAX_TERM_WORDS:
                    continue
                node = self._insert(words)
                if node not in nodes:
                    nodes.append(node)
                    self._node_terms.setdefault(node, []).append(position)
            self._term_nodes.append(nodes)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def _insert(self, words: tuple[str, ...]) -> int:
        node = 0
        for word in words:
            child = self._children[node].get(word)
            if child is None:
                child = len(self._children)
                self._children.append({})
                self._ends.append(False)
                self._children[node][word] = child
            node = child
        self._ends[node] = True
        self._depth = max(self._depth, len(words))
        return node

    def found(self, text: str | TextIndex) -> dict[int, str]:
        """The terms ``text`` holds, by their place in ``terms``, each with the text as written where it is."""
        index = text if isinstance(text, TextIndex) else TextIndex.of(text)
        places = self._places(index.words)
        if not places:
            return {}
        result: dict[int, str] = {}
        for node in places:
            for position in self._node_terms[node]:
                if position in result:
                    continue
                best = next(candidate for candidate in self._term_nodes[position] if candidate in places)
                start, end = places[best]
                result[position] = index.text[index.spans[start][0] : index.spans[end][1]]
        return result

    def score(self, text: str | TextIndex) -> int:
        """The sum of the weights of the terms ``text`` holds (``matching.keyword_score``)."""
        return sum(getattr(self.terms[position], "weight", 1) for position in self.found(text))

    def _places(self, words: tuple[str, ...]) -> dict[int, tuple[int, int]]:
        """Each spelling's node found in ``words`` -> (first word, last word) of its first place."""
        children, ends, depth = self._children, self._ends, self._depth
        places: dict[int, tuple[int, int]] = {}
        count = len(words)
        for start in range(count):
            node = 0
            for position in range(start, min(count, start + depth)):
                word = words[position]
                step = children[node]
                # The last word of a spelling may carry a plural ending ("nurse" in "nurses").
                for form in _last_word_forms(word):
                    child = step.get(form)
                    if child is not None and ends[child] and child not in places:
                        places[child] = (start, position)
                next_node = step.get(word)
                if next_node is None:
                    break
                node = next_node
        return places


def _own_spellings(term: Any) -> list[str]:
    return term.spellings()


def _last_word_forms(word: str) -> tuple[str, ...]:
    """The spelling words a text's ``word`` can end a spelling as: itself, without "s", without "es"."""
    if word.endswith("es"):
        return (word, word[:-1], word[:-2])
    if word.endswith("s"):
        return (word, word[:-1])
    return (word,)
