"""How an English letter for a posting closes: two sentences naming what this posting and this letter say.

A closing the same for every letter ("Thank you for your time and consideration.") reads as a form. Here the
closing is chosen, not drawn at random, by the facts at hand (``templates/language/letter_closings.yaml``): the
posting's most valued requirement the letter has shown evidence of, the person's city when the posting names it,
the employer and the title. Every fact comes from the profile or the posting.
"""

from __future__ import annotations

import re
from functools import cache

from ..matching import importance_weight
from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Keyword
from ..placeholders import fill_placeholders
from ..resources import language_data
from .letter_evidence import Evidence


@cache
def _closings() -> tuple[tuple[frozenset[str], str], ...]:
    return tuple(
        (frozenset(item.get("needs") or ()), " ".join(str(item["text"]).split()))
        for item in language_data("letter_closings")["closings"]
    )


def posting_closing(
    profile: Profile,
    posting: Posting,
    evidence: list[Evidence],
    terms: list[tuple[Keyword, str]],
    *,
    company: str,
    position: str,
) -> str:
    """The first closing whose facts are all known, filled with them."""
    facts = {"company": company, "position": position}
    shown = set().union(*(item.covers for item in evidence)) if evidence else set()
    # The most valued by the posting (required before preferred, then the term's weight); the posting's order breaks
    # a tie.
    valued = [(importance_weight(keyword.weight, importance), keyword.term) for keyword, importance in terms]
    term = max((item for item in valued if item[1] in shown), key=lambda item: item[0], default=(0, None))[1]
    if term:
        facts["shown"] = term
    city = profile.basics.location.city if profile.basics.location else None
    if city and re.search(rf"(?<!\w){re.escape(city.strip())}(?!\w)", posting.location, re.IGNORECASE):
        facts["city"] = city.strip()
    for needs, text in _closings():
        if needs <= facts.keys():
            return fill_placeholders(text, facts)
    raise AssertionError("letter_closings.yaml ends with a closing that needs no fact")
