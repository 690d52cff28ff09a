"""Lists in a clause: "A, B and C" are three things, "A, B or C" one thing any of them meets.

Shared words are read by meaning: "Orthopedic or surgical coding" is two kinds of coding, "hand and
power tools" one thing, "Hazmat and tanker endorsements" two endorsements.
"""

from __future__ import annotations

import re

from ..matching import fold
from .lexicon import lexicon_terms
from .term_items import Item, drop_vague_tail, trimmed
from .tokens import Token, has_digit_and_letter, joined
from .words import ARTICLES, CONJUNCTIONS, CONNECTORS, CREDENTIAL_WORDS, OWN_HEADS, PREPOSITIONS, VAGUE_TAIL


def split_items(tokens: list[Token]) -> list[list[Item]]:
    """Groups of alternatives, each a list of items: "A, B and C" -> [[A], [B], [C]]; "A, B or C" -> [[A, B, C]]."""
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in {",", ";", ":"}:
            segments.append([])
        else:
            segments[-1].append(token)
    segments = [segment for segment in segments if any(token.is_word for token in segment)]
    if not segments:
        return []
    if len(segments) == 1:
        return _split_one(segments[0])
    # A list: "A, B and C" / "A, B, or C". Only its last element is split at its conjunction.
    conjunction = None
    last = segments[-1]
    if last[0].lower in CONJUNCTIONS:
        conjunction = last[0].lower
        segments[-1] = last[1:]
    else:
        for position, token in enumerate(last):
            if token.lower in CONJUNCTIONS:
                conjunction = token.lower
                segments[-1:] = [last[:position], last[position + 1 :]]
                break
    items = [
        Item(part, listed=True)
        for segment in segments
        for part in _split_between_names(segment)
        if any(token.is_word for token in part)
    ]
    if conjunction in {"or", "and/or"}:
        return [_or_group(items)]
    if conjunction == "and" and all(_takes_shared_head(item.tokens) for item in items[:-1]):
        _share_credential_head(items)  # "CPR, BLS and ACLS certification"; not "Python, SQL and AWS certification"
    return [[item] for item in items]


def _split_between_names(tokens: list[Token]) -> list[list[Token]]:
    """An element of a comma list stays whole ("anatomy and physiology, ..."), except where "and" stands
    between two names ("ICD-10-CM and ICD-10-PCS, CPT and ...")."""
    positions = [
        index
        for index in range(1, len(tokens) - 1)
        if tokens[index].lower == "and"
        and (
            (tokens[index - 1].name and tokens[index + 1].name)
            # "a valid driver's license and reliable transportation, ...": a credential ends its item
            or (tokens[index - 1].lower in CREDENTIAL_WORDS and tokens[index + 1].is_word)
        )
    ]
    return _cut(tokens, positions) if positions else [tokens]


def _split_one(tokens: list[Token]) -> list[list[Item]]:
    """One stretch without commas: "A or B" is a group; "A and B" two items, or one when they share words."""
    or_positions = [index for index, token in enumerate(tokens) if token.lower in {"or", "and/or"}]
    if or_positions:
        parts = [part for part in _cut(tokens, or_positions) if any(token.is_word for token in part)]
        if len(parts) == 2:
            grades = _grade_alternatives(parts[0], parts[1])
            if grades is not None:
                return [[Item(grades[0], listed=True), Item(grades[1], listed=True)]]
            shared = _shared_head(parts[0], parts[1])
            if shared is not None:
                return [[Item(shared[0], listed=True), Item(parts[1], listed=True)]]
        return [_or_group([Item(part, listed=True) for part in parts])]
    and_positions = [index for index, token in enumerate(tokens) if token.lower == "and"]
    if not and_positions:
        return [[Item(tokens)]]
    parts = [part for part in _cut(tokens, and_positions) if any(token.is_word for token in part)]
    items: list[Item] = []
    for part in parts:
        if items:
            previous = items[-1]
            shared = _shared_head(previous.tokens, part)
            if shared is not None and part[-1].lower in CREDENTIAL_WORDS:
                # "Hazmat and tanker endorsements": two credentials
                items[-1] = Item(shared[0], listed=True)
                items.append(Item(part, listed=True))
                continue
            if shared is not None and not _is_lexicon_term(previous.tokens):
                # "hand and power tools": one thing, spelt "hand tools" or "power tools"; but "bookkeeping and
                # accounting procedures" are two, for bookkeeping is a skill of its own
                merged = Item([*previous.tokens, Token("and"), *part], listed=True)
                merged.spellings = [
                    *previous.spellings,
                    joined(drop_vague_tail(shared[0])),
                    joined(drop_vague_tail(part)),
                ]
                items[-1] = merged
                continue
            if _is_plain_word(part) and any(token.name for token in previous.tokens) and len(parts) == 2:
                # "NAACCR data standards and edits": "NAACCR edits" is another spelling of the first
                core = [token for token in previous.tokens if token.name]
                previous.spellings.append(f"{joined(core)} {joined(part)}")
                continue
        items.append(Item(part, listed=True))
    _share_credential_head(items)
    return [[item] for item in items]


def _share_credential_head(items: list[Item]) -> None:
    """ "Local anesthesia and nitrous oxide permits": each is a permit; "First aid and CPR certification", "CPR,
    BLS and ACLS certification": each is certified. The credential word written once after the last item is
    given to each earlier item that is a bare modifier of it."""
    head = items[-1].tokens[-1] if items and items[-1].tokens else None
    # "reliable transportation and a valid driver's license": an article opens a thing of its own, no shared head
    opens_anew = bool(items) and bool(items[-1].tokens) and items[-1].tokens[0].lower in ARTICLES
    if head is None or head.lower not in CREDENTIAL_WORDS or opens_anew:
        return
    for item in items[:-1]:
        if _takes_shared_head(item.tokens):
            item.tokens = [*item.tokens, head]


def _takes_shared_head(tokens: list[Token]) -> bool:
    """A bare modifier ("First aid", "nitrous oxide") takes the head written once after the last item; an item
    with a name ("Python"), a credential word, or a head noun of its own ("communication skills", "customer
    service experience", "Spanish fluency", "power tools": a modifier is not plural) is a thing of its own."""
    words = [token for token in tokens if token.is_word]
    if not words or words[-1].lower in OWN_HEADS or _plural_noun(words[-1].lower):
        return False
    if any(token.lower in CREDENTIAL_WORDS for token in tokens):
        return False
    return not any(token.name for token in tokens) or _is_practice(tokens)


def _is_practice(tokens: list[Token]) -> bool:
    """ "CPR", "BLS": a practice one is certified in, which the lexicon knows; not a named tool or language
    ("Python", "AWS"), whose certification a list does not imply."""
    text = joined(trimmed(tokens))
    hits = lexicon_terms(text)
    return len(hits) == 1 and fold(hits[0].written) == fold(text) and not hits[0].term.named


def _is_lexicon_term(tokens: list[Token]) -> bool:
    """ "bookkeeping" and "grill" are skills of their own; "hand" (of "hand and power tools") is not."""
    text = joined(trimmed(tokens))
    return any(fold(hit.written) == fold(text) for hit in lexicon_terms(text))


def _is_plain_word(tokens: list[Token]) -> bool:
    words = [token for token in tokens if token.is_word]
    return len(words) == 1 and not words[0].name and words[0].text[:1].islower()


def _cut(tokens: list[Token], positions: list[int]) -> list[list[Token]]:
    parts, start = [], 0
    for position in positions:
        parts.append(tokens[start:position])
        start = position + 1
    parts.append(tokens[start:])
    return parts


def _shared_head(left: list[Token], right: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """ "surgical" in "Orthopedic or surgical coding" and "hand" in "hand and power tools" lack the head
    the right side has: return (left with that head, right), else None."""
    left = trimmed(left)
    right_words = [token for token in right if token.is_word]
    plain = [token for token in left if not token.name]
    if (
        not left
        or len(plain) != 1
        or left[-1] is not plain[0]
        or len(right_words) < 2
        or right[0] is not right_words[0]
        or right_words[0].name
        or not right_words[0].text[:1].islower()
        or right_words[0].lower in ARTICLES | PREPOSITIONS | CONNECTORS
        or left[-1].lower in VAGUE_TAIL  # "AAMI ST79 standards and infection control": a head, not a modifier
        or _plural_noun(left[-1].lower)  # "blueprints and welding symbols": a modifier is not plural
    ):
        return None
    return [*left, *right[1:]], right


def _grade_alternatives(left: list[Token], right: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """ "Class A or B license", "Level 1 or 2 certification", "Grade II or III license": the grades stand
    between the words both share, so each grade is read whole ("Class A license", "Class B license")."""
    left_words = [token for token in left if token.is_word]
    right_words = [token for token in right if token.is_word]
    if len(left_words) < 2 or len(right_words) < 2 or right[0] is not right_words[0] or left[-1] is not left_words[-1]:
        return None
    if right_words[-1].lower not in CREDENTIAL_WORDS or not _grade(left[-1].text) or not _grade(right[0].text):
        return None
    if _grade(left[-2].text) or _grade(right[1].text):
        return None
    return [*left, *right[1:]], [*left[:-1], *right]


def _grade(text: str) -> bool:
    """A single capital letter, a number, or a Roman numeral: the grade of a class or level."""
    return bool(_GRADE.fullmatch(text))


_GRADE = re.compile(r"[A-Z]|\d{1,2}|[IVX]{1,4}")


def _plural_noun(word: str) -> bool:
    """A plural noun ("blueprints", "drawings"); not a word that only looks plural ("sales", "physics", "status")."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ales"))


def _or_group(items: list[Item]) -> list[Item]:
    """ "X or another Y": Y names X's kind, so it is a spelling of X unless Y is a name of its own."""
    result: list[Item] = []
    for item in items:
        words = [token for token in item.tokens if token.is_word]
        if result and words and words[0].lower in {"another", "other", "similar", "comparable", "equivalent"}:
            rest = trimmed(item.tokens)
            if any(token.name and not has_digit_and_letter(token.text) for token in rest):
                result.append(Item(rest, listed=True))  # "or another EHR": a name; "another 3D viewer": a kind
            elif rest:
                result[-1].spellings.append(joined(drop_vague_tail(rest)))
            continue
        result.append(item)
    return result
