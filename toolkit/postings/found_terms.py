"""Requirements from the terms a stretch of text names, kept when they can name a skill.

Every reading of a requirement line (a clause, a label that names a skill, a credential before a years figure,
another way in) turns ``terms.terms_of``'s finds into requirements the same way: a term must pass
``named.is_plausible_term`` (or be spelt by an acronym), and soft qualities are none (R8).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import distinct_spellings
from ..models.posting import PostingRequirement, PostingTerm
from .named import is_acronym, is_name_word, is_plausible_term
from .qualities import is_soft_quality
from .terms import terms_of
from .words import CREDENTIAL_WORDS


def plausible(term: PostingTerm) -> bool:
    """A term that can name a skill, or one an abbreviation spells ("Patient Safety Indicators (PSI)")."""
    return is_plausible_term(term.term) or any(
        " " not in spelling and is_name_word(spelling) and is_acronym(spelling) for spelling in term.spellings
    )


def requirements_in(
    text: str,
    names: set[str],
    *,
    importance: str,
    line: int | None,
    source: str,
    lead_in: bool,
    keep: Callable[[PostingTerm, bool], bool] = lambda term, credential: True,
) -> list[PostingRequirement]:
    """The requirements ``text`` names, each of its plausible terms that ``keep`` (term, is a credential) keeps."""
    found: list[PostingRequirement] = []
    for item in terms_of(text, names, lead_in=lead_in, importance=importance):
        alternatives = [
            term
            for term in item.alternatives
            if plausible(term) and not is_soft_quality(term.term) and keep(term, item.credential)
        ]
        if alternatives:
            found.append(
                PostingRequirement(
                    alternatives=alternatives,
                    kind="credential" if item.credential else "keyword",
                    importance=importance,
                    weight=2 if item.credential else 1,
                    line=line,
                    source=source.strip(),
                )
            )
    return found


def names_only(term: PostingTerm) -> PostingTerm | None:
    """What a term read from prose or an ability names: its names, without the ordinary words after them ("GitHub
    feature" -> "GitHub") or an owner before them ("GitHub's OAuth app" -> "OAuth"); None when it names nothing."""
    kept: list[str] = []
    for word in term.term.split():
        if word.islower() and word.casefold() not in CREDENTIAL_WORDS:
            break
        kept.append(word)
    while len(kept) > 1 and _OWNER.search(kept[0]):
        kept = kept[1:]
    if not kept:
        return None
    name = " ".join(kept)
    if name == term.term:
        return term
    return PostingTerm(term=name, spellings=distinct_spellings([*term.spellings, term.term], name))


_OWNER = re.compile(r"['’]s$")
