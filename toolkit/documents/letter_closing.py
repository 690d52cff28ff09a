"""How an English letter for a posting closes: two sentences naming what this posting and this letter say.

A closing the same for every letter ("Thank you for your time and consideration.") reads as a form. Here the
closing is chosen, not drawn at random, by the facts at hand (``templates/language/letter_closings.yaml``): the
posting's most valued requirement the letter has shown evidence of, an interview step, start date or shift the
posting names, the person's city when the posting names it, the employer and the title. Every fact comes from
the profile or the posting, and no closing says what the person wants or can do beyond what the letter showed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from ..matching import importance_weight
from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Keyword
from ..placeholders import fill_placeholders
from ..resources import language_data
from .letter_evidence import Evidence
from .wording import content_stems, in_running_text, long_date


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
    told: Sequence[str] = (),
) -> str:
    """The first closing whose facts are all known, filled with them. ``told`` is what the letter says before
    its closing: when that names the employer twice already (the opening and the years brought to it), the
    closing speaks of it as the reader's own (``employer_again``), not a third "to Dollar Tree"."""
    named = sum(len(re.findall(rf"(?<!\w){re.escape(company)}(?!\w)", text)) for text in told) if company else 0
    again = str(language_data("letter_closings")["employer_again"]) if named >= 2 else company
    facts = {"company": again, "position": position, **stated_facts(posting, today)}
    if term := most_valued_shown(evidence, terms):
        facts["shown"] = as_shown(term, evidence)
    if city := same_city(profile, posting.location):
        facts["city"] = city
    for needs, text in _closings():
        if needs <= facts.keys():
            return fill_placeholders(text, facts)
    raise AssertionError("letter_closings.yaml ends with a closing that needs no fact")


def same_city(profile: Profile, location: str) -> str | None:
    """The person's city when the posting's place is that city: named there, and in the person's region too when
    both say one (a Portland, ME applicant does not live in Portland, OR); None when it may not be."""
    place = profile.basics.location
    city = (place.city or "").strip() if place else ""
    region = (place.region or "").strip() if place else ""
    match = re.search(rf"(?<!\w){re.escape(city)}(?!\w)", location, re.IGNORECASE) if city else None
    if match is None:
        return None
    rest = location[match.end() :].strip(" ,")
    if rest and region and not re.search(rf"(?<!\w){re.escape(region)}(?!\w)", rest, re.IGNORECASE):
        return None
    if rest and not region:
        return None  # the posting names a region the profile does not: the same city name may be another place
    return city


def most_valued_shown(evidence: list[Evidence], terms: list[tuple[Keyword, str]]) -> str | None:
    """The posting's term the letter's highlights show that the posting values most (required before preferred,
    then the term's weight; the posting's order breaks a tie), or None."""
    shown = set().union(*(item.covers for item in evidence)) if evidence else set()
    valued = [(importance_weight(keyword.weight, importance), keyword.term) for keyword, importance in terms]
    return max((item for item in valued if item[1] in shown), key=lambda item: item[0], default=(0, None))[1]


def as_shown(term: str, evidence: list[Evidence]) -> str:
    """The posting's ``term`` as the experience the highlights show: in the highlight's own words when it says only
    part of the term ("Git" for "git data model", which a highlight on git rebase does not show), else the term
    ("grill station" for "the grill and sauté stations", whose words it says, in any order or form)."""
    item = next((item for item in evidence if term in item.said), None)
    if item is None or content_stems(term) <= content_stems(item.text):
        return in_running_text(term)
    return in_running_text(item.said[term])


def stated_facts(posting: Posting, today: date) -> dict[str, str]:
    """The interview step, start date and shift the posting states; a start date only when it reads as a date not
    yet past, written out ("August 4, 2027"): "ASAP", "Fall 2025" or a date gone by is no start a letter can name."""
    found = {"interview_step": posting.interview_step, "shift": posting.shift}
    if (day := start_day(posting, today)) is not None:
        found["start"] = long_date(day)
    return {name: value for name, value in found.items() if value}


def start_day(posting: Posting, today: date) -> date | None:
    """The day the posting says the job starts, when it reads as a date and is not yet past; else None."""
    day = _date(posting.start_date) if posting.start_date else None
    return day if day is not None and day >= today else None


def _date(text: str) -> date | None:
    """``2027-08-04``, or ``4/23/2027`` and ``23/4/2027`` where a part over 12 shows which is the day; else None:
    ``08/04/2027`` is April 8 in a US posting and 4 August in a British one, and a letter does not guess which."""
    text = text.strip()
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        year, month, day = (int(part) for part in match.groups())
    elif match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        first, second, year = (int(part) for part in match.groups())
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
