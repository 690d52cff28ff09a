"""Places in a posting: "Milwaukee, WI", "Columbus, OH 43215-2208", Workday's "SD - Sioux Falls - ..."."""

from __future__ import annotations

import re
from functools import cache

from ..resources import language_data
from .lexicon import is_english_word, is_person_or_place
from .words import US_STATES

# Every pattern runs on untrusted text: linear (no two unbounded repeats that can match the same
# characters side by side), and applied to one line, cut to MAX_HEADER_LINE characters.
MAX_HEADER_LINE = 1_000

# "Milwaukee, WI", "Baton Rouge, LA 70808", "Columbus, OH 43215-2208": a city of capitalised words, a state.
# "Coeur d'Alene, ID", "Coeur D Alene, ID": after the first word a one-letter word or a particle with its apostrophe.
CITY_STATE = re.compile(
    r"\b([A-Z][a-z.'-]{1,30}(?: (?:[A-Z] |[a-z]{1,2}')?[A-Z][a-z.'-]{1,30}){0,3}), ([A-Z]{2})\b"
    r"(?: [0-9]{5}(?:-[0-9]{4})?)?"
)

# "EL PASO, TX" on a header line written in capitals.
_CITY_STATE_CAPITALS = re.compile(r"\b([A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,3}), ([A-Z]{2})\b")

# Workday writes "SD - Sioux Falls - Site name".
_STATE_DASH_CITY = re.compile(r"^([A-Z]{2}) - ([A-Z][A-Za-z.' ]{1,40}?)(?: - |$)")


def city_state(text: str) -> str | None:
    """'City, ST' from text that holds one (with a real state code), else None."""
    text = text[:MAX_HEADER_LINE]
    workday = _STATE_DASH_CITY.match(text)
    if workday and workday.group(1) in US_STATES:
        return f"{workday.group(2).strip()}, {workday.group(1)}"
    for match in CITY_STATE.finditer(text):
        if match.group(2) in US_STATES:
            return f"{match.group(1)}, {match.group(2)}"
    if text.isupper():
        for match in _CITY_STATE_CAPITALS.finditer(text):
            if match.group(2) in US_STATES:
                return f"{match.group(1).title()}, {match.group(2)}"
    return None


# "Athens, Georgia, United States": a line that is only a city, a state's full name and maybe the country.
_CITY_STATE_NAME_LINE = re.compile(
    r"^([A-Z][a-z.'-]{1,30}(?: [A-Z][a-z.'-]{1,30}){0,3}), ([A-Z][a-z]{3,13}(?: [A-Z][a-z]{3,9}){0,2})"
    r"(?:, (?:United States(?: of America)?|USA|US))?$"
)
_CODE_OF_STATE = {name.casefold(): code for code, name in US_STATES.items()}


def city_state_name_line(line: str) -> str | None:
    """'City, ST' of a line that is only "City, State name[, United States]", else None."""
    found = _CITY_STATE_NAME_LINE.match(line.strip()[:MAX_HEADER_LINE])
    code = _CODE_OF_STATE.get(found.group(2).casefold()) if found else None
    return f"{found.group(1)}, {code}" if found and code else None


def ends_in_a_country(line: str) -> bool:
    """A line of comma-separated parts whose last is one place name no dictionary spells ("Cork, County Cork,
    Ireland"): an address, each part a place, none an employer."""
    parts = [part.strip() for part in line[:MAX_HEADER_LINE].split(",")]
    last = parts[-1].split()
    return (
        len(parts) >= 2
        and len(last) == 1
        and not last[0].isupper()  # "..., CA" is a state's code, read as a city and state
        and last[0].strip(".").casefold() not in _company_name_endings()  # "Ridgeline Building Products, Inc."
        and is_person_or_place(last[0])
        and not is_english_word(last[0])
    )


@cache
def _company_name_endings() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in language_data("job_titles")["company_name_endings"])
