"""Places as an entry's heading sets them beside its names: "Milwaukee, WI", "Denver, Colorado", "Berlin,
Germany", "Toulouse - France", "Remote", and places joined ("Palo Alto, CA & Ithaca, NY")."""

from __future__ import annotations

import re
from functools import cache

from ..postings.words import STATE_NAMES, US_STATES
from .name_words import organisation_endings, resume_words, title_words

_CITY_STATE = re.compile(r"^([A-Z][\w.'’ -]{1,40}), ?([A-Z]{2})(?: [0-9]{5})?$")


@cache
def _countries() -> frozenset[str]:
    return frozenset(word.casefold() for word in resume_words().get("countries", []))


@cache
def _city_prefixes() -> frozenset[str]:
    return frozenset(resume_words()["city_prefixes"])


@cache
def _joined_places() -> re.Pattern[str]:
    """ "and", "&" or "/" between two places ("Palo Alto, CA & Ithaca, NY")."""
    words = sorted([*resume_words()["conjunctions"], "/"], key=len, reverse=True)
    return re.compile(r"\s{1,3}(?:" + "|".join(re.escape(word) for word in words) + r")\s{1,3}")


def _is_city(words: list[str]) -> bool:
    """One to three words naming a city: "Seoul", "Little Rock", "Frankfurt am Main", "San Luis Obispo"; not
    "Harborlight Analytics Boston" (an employer before its city) nor a piece holding an organisation's word."""
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper() or any("," in word for word in words[:-1]):
        return False  # "Fanduel, Atlanta": an employer, then its city
    folded = [word.casefold().strip(".,()") for word in words]
    if len(folded) > 1 and folded[-1] in resume_words()["city_name_endings"]:
        folded = folded[:-1]  # "Century City", "Palm Springs": a city's own last word
    if any(word in organisation_endings() or word in title_words() for word in folded):
        return False
    if len(words) == 3:
        return folded[0] in _city_prefixes() or any(word[:1].islower() for word in words[1:])
    return True


def is_place(text: str) -> bool:
    """A place on its own: "Milwaukee, WI", "Berlin, Germany", "Remote", "Seoul, S.Korea", "Germany", and places
    joined ("Palo Alto, CA & Ithaca, NY")."""
    text = text.strip(" .,;()[]|")
    if not text or len(text) > 80 or any(character.isdigit() for character in text):
        return False
    joined = _joined_places().split(text)
    if len(joined) > 1:
        return all(is_place(part) for part in joined)
    if len(text) > 40:
        return False
    if text.casefold() in resume_words()["place_words"] or text.casefold() in _countries():
        return True
    for label in resume_words()["place_labels"]:  # "City: Sofia", "Country: Bulgaria"
        if text.casefold().startswith(label + ":"):
            return True
    match = _CITY_STATE.match(text)
    if match and match.group(2) in US_STATES:
        return _is_city(match.group(1).split())
    head, comma, tail = text.rpartition(",")
    if not comma:
        return _city_dash_country(text)
    tail = tail.strip()
    if _is_region(tail):
        return _is_city(head.split()) or is_place(head)  # "Seoul, S.Korea & LA, U.S.A" is two places
    return False


def _is_region(text: str) -> bool:
    """A country or a state, by name or code: "Spain", "CA", "Ohio"."""
    return text.casefold() in _countries() or text in US_STATES or text.casefold() in STATE_NAMES


def _city_dash_country(text: str) -> bool:
    """A city and its country set apart by a spaced dash: "Toulouse - France", "Lyon – France"."""
    parts = re.split(r"\s{1,3}[-–—]\s{1,3}", text)
    return len(parts) == 2 and _is_region(parts[1].strip()) and _is_city(parts[0].split())


def without_place(text: str) -> str:
    """``text`` without a place at its end ("Google Mountain View, CA" -> "Google", "Airconomy (Frankfurt am
    Main, Germany)" -> "Airconomy"); as it was if none."""
    text = text.strip()
    bracketed = re.search(r"\s{0,3}\(([^()]{2,60})\)\.?$", text)
    if bracketed and (is_place(bracketed.group(1)) or _is_region(bracketed.group(1).rpartition(",")[2].strip())):
        # "(Frankfurt am Main, Germany)", and "(Ho Chi Minh City, Vietnam)": in brackets after a name, a country
        # or state ends a place whatever the city's words
        return text[: bracketed.start()].strip()
    head, comma, tail = text.rpartition(",")
    tail = tail.strip(" .()[]")
    if not comma or not _is_region(tail):
        return text
    words = head.split()
    if len(words) <= 1:
        return "" if words else text
    cut = len(words) - 1  # the city's last word
    if cut > 1 and words[cut].casefold() in resume_words()["city_name_endings"]:
        cut -= 1  # "Century City", "Palm Springs"
    while cut > 1 and words[cut - 1].casefold() in _city_prefixes():
        cut -= 1
    return " ".join(words[:cut]).strip(" ,|–-")


def is_lone_city(text: str) -> bool:
    words = text.strip(" .").split()
    if not words or any(word.isupper() and len(word) > 1 for word in words):
        return False
    return len(words) <= 2 and all(word[:1].isupper() for word in words) and _is_city(words)


def may_be_places(text: str) -> bool:
    """Two or three capitalised names set apart by commas, none an organisation's or a title's ("Recife,
    Pernambuco", "San Sebastián, Basque Country, Spain"): places, when the line above has named the entry's
    title and employer already; an employer and its city otherwise ("Fanduel, Atlanta")."""
    parts = [part.strip() for part in text.split(",")]
    return 2 <= len(parts) <= 3 and all(_is_city(part.split()) or _is_region(part) for part in parts)
