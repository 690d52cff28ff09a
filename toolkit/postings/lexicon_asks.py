"""The skills lexicon's terms a requirement clause names that the reading by shape did not find.

"Knife skills", "customer service" and "Microsoft Office" are found by the lexicon (templates/language/skills.yaml)
whatever their case or place in the sentence; terms joined by "or" ("Customer service and/or crisis intervention
experience") are one requirement any of them meets (R4).
"""

from __future__ import annotations

import re

from ..matching import distinct_spellings, fold
from ..models.posting import PostingRequirement, PostingTerm
from .lexicon import Found, lexicon_terms
from .words import CREDENTIAL_WORDS, SETTING_HEADS, VAGUE_TAIL

# What stands between two alternatives: "or", "and/or", ", or".
_ALTERNATIVES_JOIN = re.compile(r"\s{0,3},?\s{0,3}(?:or|and/or|/)\s{0,3}", re.IGNORECASE)

# "customer service skills", "plating standards": the word after a term that a key may spell it with.
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z]{3,20})\b")


def lexicon_requirements(
    text: str, read: list[PostingRequirement], importance: str, line: int | None, source: str
) -> list[PostingRequirement]:
    """The lexicon's terms ``text`` names that ``read`` (the terms found by shape) does not hold already; one joined
    by "or" to a term ``read`` holds becomes one of its alternatives (``read`` is updated in place)."""
    seen = [fold(spelling) for requirement in read for spelling in requirement.spellings()]
    groups: list[list[Found]] = []
    previous: Found | None = None
    held: int | None = None  # the requirement of ``read`` that holds the previous hit, when it held it
    grouped = False  # the previous hit is in ``groups[-1]``
    for hit in lexicon_terms(text):
        following = _NEXT_WORD.match(text, hit.end)
        if following and following.group(1).casefold() in SETTING_HEADS:
            continue  # "methods of the HVAC trade": where one worked, not a skill (R6)
        folded = [fold(spelling) for spelling in hit.spellings()]
        joined = previous is not None and bool(_ALTERNATIVES_JOIN.fullmatch(text[previous.end : hit.start]))
        if any(word in found or found in word for word in folded for found in seen):
            previous, held, grouped = hit, _holder(read, folded), False
            continue
        seen += folded
        if joined and held is not None:
            # "Customer service and/or crisis intervention": the shape reading found the first alternative
            requirement = read[held]
            read[held] = requirement.model_copy(update={"alternatives": [*requirement.alternatives, _term(hit, text)]})
        elif joined and grouped:
            groups[-1].append(hit)
        else:
            groups.append([hit])
            held, grouped = None, True
        previous = hit
    return [_requirement(group, text, importance, line, source) for group in groups]


def _holder(read: list[PostingRequirement], folded: list[str]) -> int | None:
    for index, requirement in enumerate(read):
        if len(requirement.alternatives) == 1 and {fold(spelling) for spelling in requirement.spellings()} & set(
            folded
        ):
            return index
    return None


def _requirement(group: list[Found], text: str, importance: str, line: int | None, source: str) -> PostingRequirement:
    credential = any(hit.term.term.split()[-1].casefold() in CREDENTIAL_WORDS for hit in group)
    return PostingRequirement(
        alternatives=[_term(hit, text) for hit in group],
        kind="credential" if credential else "keyword",
        importance=importance,
        weight=2 if credential else 1,
        line=line,
        source=source.strip(),
    )


def _term(hit: Found, text: str) -> PostingTerm:
    spellings = hit.spellings()
    following = _NEXT_WORD.match(text, hit.end)
    if following and following.group(1).casefold() in VAGUE_TAIL:
        spellings.append(f"{hit.written} {following.group(1)}")
    return PostingTerm(
        term=hit.written if hit.written != hit.term.term.casefold() else hit.term.term,
        spellings=distinct_spellings(spellings, hit.written),
    )
