"""One requirement per thing a posting asks for, however many times and ways it names it."""

from __future__ import annotations

import heapq

from ..matching import fold
from ..models.posting import PostingRequirement, PostingTerm


def merge_requirements(
    found: list[PostingRequirement], in_lieu: list[tuple[list[PostingTerm], str]] | None = None
) -> list[PostingRequirement]:
    """One requirement per thing asked: a term named twice is one requirement (the stronger importance
    wins, the spellings join), a term that is also an alternative in a group is that group, and "RHIT or
    RHIA accepted in lieu of CCS" adds alternatives to the CCS requirement."""
    result = _RequirementList()
    for requirement in found:
        result.add(requirement)
    requirements = result.items
    # Each requirement's alternatives as sets of words, folded once (not once per "in lieu" clause).
    words = [[set(fold(alternative.term).split()) for alternative in item.alternatives] for item in requirements]
    for terms, named in in_lieu or []:
        named_words = set(fold(named).split())
        target = next(
            (index for index, sets in enumerate(words) if any(wanted <= named_words for wanted in sets)), None
        )
        if target is None:
            continue
        requirement = requirements[target]
        alternatives = list(requirement.alternatives)
        for term in terms:
            if all(fold(term.term) != fold(existing.term) for existing in alternatives):
                alternatives.append(term)
        requirements[target] = requirement.model_copy(update={"alternatives": alternatives})
        words[target] = [set(fold(alternative.term).split()) for alternative in alternatives]
    return requirements


class _RequirementList:
    """Requirements in the order first asked, each new one merged into the first that shares a term.

    Which requirement holds a term is looked up, not searched for: a posting of thousands of
    requirement lines compared every new term with every requirement so far (4,000 terms: 12 s).
    """

    def __init__(self) -> None:
        self.items: list[PostingRequirement] = []
        self._terms: list[set[str]] = []
        # For each folded term, the indices of requirements that have held it, smallest first; an index
        # whose requirement no longer holds the term is dropped when it comes to the top.
        self._holders: dict[str, list[int]] = {}
        self._spelled: dict[str, int] = {}  # each folded spelling -> the first requirement spelt so

    def add(self, new: PostingRequirement) -> None:
        new_terms = _folded_terms(new)
        firsts = [index for term in new_terms if (index := self._first_holder(term)) is not None]
        if not firsts and len(new_terms) == 1:
            # "IEP" in a duty after "Individual Education Program (IEP)" in a requirement: a spelling of a
            # requirement already read names the same thing
            firsts = [self._spelled[term] for term in new_terms if term in self._spelled]
        if not firsts:
            self.items.append(new)
            self._terms.append(set())
            self._hold(len(self.items) - 1, new_terms)
            return
        index = min(firsts)
        merged = _merged(self.items[index], new)
        self.items[index] = merged
        self._hold(index, _folded_terms(merged))

    def _hold(self, index: int, terms: set[str]) -> None:
        for term in terms - self._terms[index]:
            heapq.heappush(self._holders.setdefault(term, []), index)
        self._terms[index] = terms
        for spelling in self.items[index].spellings():
            self._spelled.setdefault(_one_of(fold(spelling)), index)

    def _first_holder(self, term: str) -> int | None:
        heap = self._holders.get(term)
        while heap and term not in self._terms[heap[0]]:
            heapq.heappop(heap)
        return heap[0] if heap else None


def _folded_terms(requirement: PostingRequirement) -> set[str]:
    return {_one_of(fold(alternative.term)) for alternative in requirement.alternatives}


def _one_of(folded: str) -> str:
    """A folded term with a plain plural made singular: "EKGs" in a duty is the "EKG" a requirement asked for."""
    head, _, last = folded.rpartition(" ")
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return f"{head} {last[:-1]}".strip()
    return folded


def _merged(existing: PostingRequirement, new: PostingRequirement) -> PostingRequirement:
    """``existing`` and ``new``, which share a term, as one requirement: the one with more alternatives
    keeps them, with the other's spellings added; the stronger importance, kind and weight win."""
    keep, other = (new, existing) if len(new.alternatives) > len(existing.alternatives) else (existing, new)
    spellings = {fold(alternative.term): alternative for alternative in other.alternatives}
    alternatives = []
    for alternative in keep.alternatives:
        extra = spellings.get(fold(alternative.term))
        if extra is not None:
            known = {fold(spelling) for spelling in alternative.all_spellings()}
            added = [spelling for spelling in extra.all_spellings() if fold(spelling) not in known]
            alternative = alternative.model_copy(update={"spellings": [*alternative.spellings, *added]})
        alternatives.append(alternative)
    both = {keep.importance, other.importance}
    importance = next(level for level in ("required", "preferred", "duty") if level in both or level == "duty")
    kind = "credential" if "credential" in {keep.kind, other.kind} else "keyword"
    return keep.model_copy(
        update={
            "alternatives": alternatives,
            "importance": importance,
            "kind": kind,
            "weight": max(keep.weight, other.weight),
            "line": existing.line,
            "source": existing.source,
        }
    )
