"""How an English letter for a posting closes: two sentences naming what this posting and this letter say.

A closing the same for every letter ("Thank you for your time and consideration.") reads as a form. Here the
closing is chosen, not drawn at random, by the facts at hand (``templates/language/letter_closings.yaml``): the
posting's most valued requirement the letter has shown evidence of, an interview step, start date or shift the
posting names, the person's city when the posting names it, the employer and the title. Every fact comes from
the profile or the posting, and no closing says what the person wants or can do beyond what the letter showed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..matching import importance_weight
from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Keyword
from ..placeholders import fill_placeholders
from ..resources import language_data
from .letter_evidence import Evidence
from .wording import in_running_text, long_date


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
    today: date,
) -> str:
    """The first closing whose facts are all known, filled with them."""
    facts = {"company": company, "position": position, **stated_facts(posting, today)}
    if term := most_valued_shown(evidence, terms):
        facts["shown"] = in_running_text(term)
    city = profile.basics.location.city if profile.basics.location else None
    if city and re.search(rf"(?<!\w){re.escape(city.strip())}(?!\w)", posting.location, re.IGNORECASE):
        facts["city"] = city.strip()
    for needs, text in _closings():
        if needs <= facts.keys():
            return fill_placeholders(text, facts)
    raise AssertionError("letter_closings.yaml ends with a closing that needs no fact")


def most_valued_shown(evidence: list[Evidence], terms: list[tuple[Keyword, str]]) -> str | None:
    """The posting's term the letter's highlights show that the posting values most (required before preferred,
    then the term's weight; the posting's order breaks a tie), or None."""
    shown = set().union(*(item.covers for item in evidence)) if evidence else set()
    valued = [(importance_weight(keyword.weight, importance), keyword.term) for keyword, importance in terms]
    return max((item for item in valued if item[1] in shown), key=lambda item: item[0], default=(0, None))[1]


def stated_facts(posting: Posting, today: date) -> dict[str, str]:
    """The interview step, start date and shift the posting states; a start date only when it reads as a date not
    yet past, written out ("August 4, 2027"): "ASAP", "Fall 2025" or a date gone by is no start a letter can name."""
    found = {"interview_step": posting.interview_step, "shift": posting.shift}
    day = _date(posting.start_date) if posting.start_date else None
    if day is not None and day >= today:
        found["start"] = long_date(day)
    return {name: value for name, value in found.items() if value}


def _date(text: str) -> date | None:
    """``08/04/2027`` (month first, as US postings write it) or ``2027-08-04``; else None."""
    for pattern, order in ((r"(\d{1,2})/(\d{1,2})/(\d{4})", (2, 0, 1)), (r"(\d{4})-(\d{2})-(\d{2})", (0, 1, 2))):
        match = re.fullmatch(pattern, text.strip())
        if match:
            parts = [int(part) for part in match.groups()]
            try:
                return date(parts[order[0]], parts[order[1]], parts[order[2]])
            except ValueError:
                return None
    return None
