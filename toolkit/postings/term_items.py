"""The term one item of a list names, and whether it is a credential.

A name and the words it carries ("Epic experience" is Epic; "RN license" keeps its last word), or a
lower-case noun phrase when the clause makes it a skill ("medical terminology").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..matching import distinct_spellings, fold
from ..models.posting import PostingTerm
from .lexicon import is_english_word, lexicon_terms
from .tokens import Token, joined, looks_like_acronym
from .words import (
    ABLE_TO_USE,
    AGENT_PREPOSITIONS,
    ARTICLES,
    CATEGORY_WORDS,
    CONNECTORS,
    CREDENTIAL_WORDS,
    DEGREE_TOKENS,
    DETERMINERS,
    HELD_PAPERS,
    LEAD_NOUNS,
    LOWERCASE_VAGUE,
    NOT_TERMS,
    NUMBER_WORDS,
    PEOPLE,
    PERSON_WORDS,
    PREPOSITIONS,
    SETTING_HEADS,
    STATE_NAMES,
    STOP_NAMES,
    VAGUE_TAIL,
)


@dataclass
class Item:
    """A stretch of tokens that names one thing."""

    tokens: list[Token]
    listed: bool = False  # one of several in a list: a single plain word may then be a term
    spellings: list[str] = field(default_factory=list)


_CREDENTIAL_NAME = re.compile(r"\b(?:Certified|Registered|Licensed|Accredited)\b")

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,8}s")


# Words like "valid" and "current" that may stand after a credential as well as before it.
_TRAILING_ADJECTIVES = DETERMINERS - ARTICLES - PERSON_WORDS - LEAD_NOUNS - {"and", "or", "of", "at", "with", "be"}


_CREDENTIAL_TAIL = 4  # words after a name that may still be its credential ("issued teaching certificate")


def trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens without leading determiners and adjectives ("a", "current", "multiple"), state names or years."""
    tokens = [token for token in tokens if token.is_word or token.text in {"&", "-", "–", "/"}]
    while tokens and (
        not tokens[0].is_word
        or (tokens[0].lower in DETERMINERS and (not tokens[0].name or _before_a_place_or_acronym(tokens)))
        or (tokens[0].text.isdigit() and len(tokens[0].text) == 4 and len(tokens) > 1)
        # "Sixty (60) semester units": a count before a plain word, capitalised or not ("Six Sigma" is a name)
        or (tokens[0].lower in NUMBER_WORDS and len(tokens) > 1 and tokens[1].text.islower())
        # "read blueprints and use calipers": the verb of a listed item ("use of force" is a skill's name)
        or (
            tokens[0].text in _USING_VERBS
            and len(tokens) > 1
            and tokens[1].lower not in {"of", "and", "or"}
            and tokens[1].is_word
        )
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].lower in _TRAILING_ADJECTIVES and not tokens[-1].name:
        tokens = tokens[:-1]  # "a motor vehicle operator's license valid in the State of Maryland"
    # "Arizona IVP Fingerprint Clearance Card", "New Hampshire": a state is where, not what.
    for size in (2, 1):
        if len(tokens) > size and " ".join(token.lower for token in tokens[:size]) in STATE_NAMES:
            rest = tokens[size:]
            if len(rest) > 1 and rest[0].lower == "state":
                rest = rest[1:]  # "Washington State pharmacy technician license"
            if all(token.lower in CREDENTIAL_WORDS for token in rest):
                break  # "Mississippi State licensure": the state is all that says which licence
            tokens = rest
            break
    return tokens


_USING_VERBS = frozenset(phrase[-1] for phrase in ABLE_TO_USE)  # "use", "operate", "read", "interpret"


def _before_a_place_or_acronym(tokens: list[Token]) -> bool:
    """ "Valid Georgia Teaching Certificate", "Current BLS": a capitalised "Valid" or "Current" before a state or
    an acronym is no part of the name ("Current Procedural Terminology", "Active Directory" keep theirs)."""
    following = tokens[1] if len(tokens) > 1 else None
    return following is not None and (following.lower in STATE_NAMES or looks_like_acronym(following.text))


def drop_vague_tail(tokens: list[Token]) -> list[Token]:
    while len(tokens) > 1 and tokens[-1].lower in LOWERCASE_VAGUE:
        tokens = tokens[:-1]
    return tokens


def item_term(
    item: Item, *, lowercase_ok: bool, listed: bool, lead_in: bool, whole: bool = False
) -> tuple[PostingTerm, bool] | None:
    """The term one item names and whether it is a credential; None when it names nothing checkable.

    ``whole``: the item is all its clause says (a bullet such as "Budgeting" or "present on admission").
    """
    tokens = _cut_at_preposition(trimmed(item.tokens), keep_plain_phrase=whole)
    if not tokens or (tokens[0].lower == "to" and not any(token.name for token in tokens)):
        return None  # "the ability to travel to field sites": an ability, not a term (R8)
    shown = [token for token in item.tokens if token.is_word or token.text in {"&", "/"}]
    while shown and shown[0].lower in ARTICLES:
        shown = shown[1:]
    as_written = joined(shown)
    extra = [*item.spellings, as_written]
    written_words = " ".join(token.text for token in tokens)
    credential = any(token.lower in CREDENTIAL_WORDS for token in tokens) or bool(
        _CREDENTIAL_NAME.search(written_words)
    )
    core_start = next((index for index, token in enumerate(tokens) if token.name), None)
    if core_start is None:
        return _plain_term(tokens, extra, lowercase_ok, listed or whole, credential, lead_in or whole)
    if core_start > 0 and tokens[core_start - 1].text.isdigit() and len(tokens[core_start - 1].text) <= 3:
        core_start -= 1  # "42 CFR Part 2"
    core_end = core_start
    while core_end + 1 < len(tokens):
        following = tokens[core_end + 1]
        after = tokens[core_end + 2] if core_end + 2 < len(tokens) else None
        if following.name or (following.text.isdigit() and len(following.text) <= 3):
            core_end += 1
        elif (following.lower in CONNECTORS or following.text in {"–", "-"}) and after is not None and after.name:
            core_end += 2
        else:
            break
    core = tokens[core_start : core_end + 1]
    tail = [token for token in tokens[core_end + 1 :] if token.is_word]
    core_text = joined(core)
    if _is_stop_name(core) or core[0].text in DEGREE_TOKENS or core_text.upper().rstrip(".") in DEGREE_TOKENS:
        return None
    if len(core) == 1 and core[0].text.isdigit():
        return None
    if len(core) == 2 and core[0].text.isdigit() and looks_like_acronym(core[1].text) and not tail:
        return None  # a quantity and its unit: "45 WPM", "25 Mbps"
    if len(core_text) == 1 and not (listed or whole):
        return None  # a lone letter is a name only beside others ("Python or R")
    single_acronym = len(core) == 1 and (looks_like_acronym(core[0].text) or core[0].abbreviated)
    while tail and tail[-1].lower in PERSON_WORDS:
        tail = tail[:-1]  # "Epic experience", "CCA holders"
    if tail and (tail[-1].lower in PEOPLE or tail[0].lower in PEOPLE):
        return None  # "New graduates", "Pharmacy Technician candidates must be ..."
    if tail and tail[0].lower in SETTING_HEADS:
        return None  # "the HVAC trade", "the SaaS industry": where one worked, not a skill (R6)
    spellings: list[str] = []
    if not tail:
        term = core_text
    elif any(token.lower in CATEGORY_WORDS for token in tail):
        term = core_text  # "NAACCR data standards", "Epic HIM applications": the name is the term
    elif all(token.lower in CREDENTIAL_WORDS - HELD_PAPERS for token in tail) and single_acronym:
        term = core_text  # "RHIA certification"; but "RN license", "OSHA 10 card" keep their last word
        spellings.append(joined(core + tail))
    elif len(tail) <= _CREDENTIAL_TAIL and tail[-1].lower in CREDENTIAL_WORDS:
        term = joined(core + tail)  # "GaPSC issued teaching certificate": the whole credential
    else:
        term = joined(core + tail[:2]) if len(tail) <= 2 else joined(core + tail[:1])
    if term != core_text and (single_acronym or len(core) > 1):
        spellings.append(core_text)
    if len(core) > 1 and _PLURAL_ACRONYM.fullmatch(core[-1].text):
        spellings.append(joined(core[:-1]))  # "gRPC APIs" is spelt "gRPC" too
    elif len(core) == 2 and all(looks_like_acronym(token.text) for token in core):
        spellings.append(core[1].text)  # "CBSPD CSPDT", "AAMI ST79": a body's name, then the thing itself
    for token in core:
        spellings += token.aliases
        if token.written:
            spellings.append(joined(core, written=False))
        if token.abbreviated:
            spellings.append(f"{token.text} ({token.aliases[0]})")
            if credential and token.aliases and looks_like_acronym(token.aliases[0]):
                # A credential is shown by its abbreviation: "CCA", "SEI endorsement", "P&C license".
                spellings.append(term)
                term = term.replace(token.text, token.aliases[0], 1)
    for token in tokens[core_end + 1 :]:
        spellings += token.aliases
    spellings += _slash_spellings(core)
    state = _state_before(item.tokens, tokens[0])
    if state:
        spellings.append(f"{state} {term}")  # "Georgia Teaching Certificate" is the teaching certificate it names
    return PostingTerm(term=term, spellings=distinct_spellings(spellings + extra, term)), credential


def _state_before(tokens: list[Token], first: Token) -> str:
    """The state named just before ``first`` ("Valid Georgia Teaching Certificate"), or ""."""
    if first not in tokens:
        return ""
    words = [token.text for token in tokens[: tokens.index(first)] if token.is_word]
    if words and words[-1].casefold() == "state":
        words = words[:-1]
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]).casefold() in STATE_NAMES:
            return " ".join(words[-size:])
    return ""


def _slash_spellings(core: list[Token]) -> list[str]:
    """ "VLOOKUP/XLOOKUP" is spelt either way; "Epic Cadence/Prelude" is "Epic Cadence" or "Epic Prelude"."""
    last = core[-1].text
    left, slash, right = last.partition("/")
    if not slash or not left or not right or "/" in right:
        return []
    if looks_like_acronym(left) and looks_like_acronym(right) and len(left) > 1 and len(right) > 1:
        return [left, right] if len(core) == 1 else []
    if len(core) > 1 and left[:1].isupper() and right[:1].isupper():
        prefix = joined(core[:-1])
        return [f"{prefix} {left}", f"{prefix} {right}"]
    return []


def _plain_term(
    tokens: list[Token], extra: list[str], lowercase_ok: bool, listed: bool, credential: bool, lead_in: bool
) -> tuple[PostingTerm, bool] | None:
    """A lower-case noun phrase ("medical terminology", "chart completion"), when the clause makes it a skill."""
    words = [token for token in tokens if token.is_word]
    if not words or words[-1].lower in PEOPLE or words[0].lower in PEOPLE - {"staff", "team", "members"}:
        return None  # "New graduates", "Candidates who are eligible"
    aliases = [alias for token in words for alias in token.aliases]
    is_credential = words[-1].lower in CREDENTIAL_WORDS and len(words) >= 2
    if not (lowercase_ok or is_credential or aliases):
        return None
    if any(any(char.isdigit() for char in token.text) for token in words) and not aliases:
        return None
    trimmed = drop_vague_tail(words)
    if (
        len(trimmed) == 1
        and len(words) > 1
        and words[1].lower not in PERSON_WORDS
        and is_english_word(trimmed[0].text)
        and not lexicon_terms(trimmed[0].text)
    ):
        trimmed = words[:2]  # "cooking techniques", "accounting procedures": an ordinary word needs its head
    if _verb_inside(trimmed) and not aliases:
        return None  # a verb phrase: "comfort learning new software"
    if len(words) > 5 or (len(trimmed) == 1 and not (listed and lead_in) and not aliases and not is_credential):
        return None
    text = joined(trimmed)
    if fold(text) in NOT_TERMS or all(token.lower in DETERMINERS | VAGUE_TAIL for token in trimmed):
        return None
    if len(trimmed) == 1 and trimmed[0].lower in CREDENTIAL_WORDS:
        return None
    spellings = aliases + ([joined(words)] if trimmed != words else []) + extra
    if len(trimmed) >= 3 and trimmed[-1].lower in CATEGORY_WORDS:
        spellings.append(joined(trimmed[:-1]))  # "electronic health record system" is an electronic health record
    # "on-line general ledger resources" names the general ledger: the skill it holds is another spelling.
    spellings += [hit.term.term for hit in lexicon_terms(text) if fold(hit.written) != fold(text)]
    return PostingTerm(term=text, spellings=distinct_spellings(spellings, text)), credential or is_credential


def _verb_inside(tokens: list[Token]) -> bool:
    """ "comfort learning new software": a word in "-ing" after a word like "comfort" or before "new" is a verb;
    in "specimen tracking software" it names the kind of thing."""
    return any(
        tokens[index].lower.endswith("ing")
        and (tokens[index - 1].lower in PERSON_WORDS | LEAD_NOUNS or tokens[index + 1].lower in DETERMINERS)
        for index in range(1, len(tokens) - 1)
    )


def _cut_at_preposition(tokens: list[Token], keep_plain_phrase: bool = False) -> list[Token]:
    """The item up to a preposition that starts a setting or purpose ("Docker in production", "Python for
    statistical analysis"); "of" and "for" inside a name stay ("Conditions of Participation"), and "of"
    between plain words too ("release of information"), but not before a figure ("speed of 45 WPM").
    With ``keep_plain_phrase`` a short phrase of plain words keeps its preposition ("present on admission")."""
    inner = {token.lower for token in tokens[1:-1]} & PREPOSITIONS
    if (
        keep_plain_phrase
        and 3 <= len(tokens) <= 4
        and inner <= {"on", "to", "of"}
        and tokens[-1].lower not in PREPOSITIONS
        and not any(token.name or not token.text[:1].isalpha() or token.lower in ARTICLES for token in tokens)
    ):
        return tokens
    for index in range(1, len(tokens)):
        lower = tokens[index].lower
        if lower in CONNECTORS and lower != "&":
            before, after = tokens[index - 1], tokens[index + 1] if index + 1 < len(tokens) else None
            if after is not None and before.name and after.name:
                continue
            if (
                lower == "of"
                and after is not None
                and not (before.name or after.name)
                and after.lower not in DETERMINERS
                and after.text[:1].isalpha()
                and len(tokens) <= 4
            ):
                continue
            return tokens[:index]
        if lower in PREPOSITIONS:
            return tokens[:index]
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if _participle(tokens[index]) and following in AGENT_PREPOSITIONS | {""}:
            return tokens[:index]  # "RN license issued by the state board": who issued it is no part of it
    return tokens


def _participle(token: Token) -> bool:
    return token.text.islower() and token.lower.endswith("ed") and token.lower not in CREDENTIAL_WORDS


def _is_stop_name(core: list[Token]) -> bool:
    text = " ".join(token.text for token in core)
    return text in STOP_NAMES or text.casefold() in STATE_NAMES or all(token.text in STOP_NAMES for token in core)
