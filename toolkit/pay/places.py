"""Which OEWS area a place is in: its metropolitan area when the city is named in one, else its state,
else the nation, saying which it used and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import data_file
from .oews import NATION, Area, area_by_code, areas


@dataclass(frozen=True)
class State:
    postal: str
    name: str
    state_code: str


@dataclass(frozen=True)
class Place:
    """A place as written (``Jackson, MS``), what was read from it, and the areas to try, nearest first."""

    text: str
    city: str
    state: State | None
    candidates: tuple[Area, ...]
    note: str  # why a wider area was chosen than the place itself; "" when its own metro area was found


@cache
def states() -> tuple[State, ...]:
    data = data_file("pay", "us-states.yaml")
    return tuple(State(item["postal"], item["name"], str(item["state_code"])) for item in data["states"])


def find_state(text: str) -> State | None:
    """A state or territory from its postal code (``MS``) or name (``Mississippi``), any case."""
    key = " ".join(text.split()).casefold().rstrip(".")
    for state in states():
        if key in (state.postal.casefold(), state.name.casefold()):
            return state
    return None


_REMOTE = re.compile(r"\b(remote|anywhere|nationwide|united states|usa|u\.s\.a?\.?|us)\b", re.IGNORECASE)
# What sets a place apart from the words around it: commas, parentheses ("Hybrid (Denver, CO)"), and a dash
# or slash with space around it or an en or em dash ("Remote - Colorado"); a hyphen inside a name
# (Winston-Salem) is none.
_PLACE_SEPARATORS = re.compile(r"[,()|·]|\s[-/]\s|[–—]")


def place_parts(text: str) -> list[str]:
    """The parts of a written place, in order: ``Remote - Denver, CO (hybrid)`` -> Remote, Denver, CO, hybrid."""
    return [part.strip() for part in _PLACE_SEPARATORS.split(text) if part.strip()]


def find_place(text: str | None) -> Place:
    """The areas for ``text`` (``City, ST``, ``City, State``, a state alone, ``Remote (US)``), nearest first.

    The nation is always last, so a caller can walk the list to the first area that has
    figures for an occupation.
    """
    nation = area_by_code()[NATION]
    written = " ".join((text or "").split())
    if not written:
        return Place("", "", None, (nation,), "no place given: national figures")
    parts = place_parts(written)
    state = None
    city = ""
    for index in range(len(parts) - 1, -1, -1):
        # "Chicago, IL 60601" and "Chicago, Illinois, USA": the state is the last part that names one.
        candidate = re.sub(r"\s*[0-9]{5}(-[0-9]{4})?$", "", parts[index])
        state = find_state(candidate)
        if state is not None:
            city = parts[index - 1] if index > 0 else ""
            city = "" if _REMOTE.fullmatch(city) else city  # "Remote, CO" names the state alone
            break
    if state is None:
        why = "a remote job" if _REMOTE.search(written) else "no US state found in it"
        return Place(written, "", None, (nation,), f"{written!r}: {why}; national figures")
    state_area = next(area for area in areas() if area.kind == "S" and area.state_code == state.state_code)
    metro = _metro_for(city, state) if city else None
    if metro is not None:
        return Place(written, city, state, (metro, state_area, nation), "")
    if city:
        note = f"{city}, {state.postal} is not named in any OEWS metropolitan area; {state.name} figures"
    else:
        note = f"no city given; {state.name} figures"
    return Place(written, city, state, (state_area, nation), note)


def _metro_for(city: str, state: State) -> Area | None:
    """The metropolitan area whose OEWS name names ``city`` and ``state`` ("Chicago-Naperville-Elgin, IL-IN")."""
    wanted = _simple(city)
    for area in areas():
        if area.kind != "M" or "nonmetropolitan" in area.name.casefold():
            continue
        names, _, postals = area.name.rpartition(", ")
        if state.postal not in postals.split("-"):
            continue
        pieces = re.split(r"[-/]", names)
        # Hyphens both join city names and sit inside them (Winston-Salem): neighbours are tried joined too.
        named = {_simple(piece) for piece in pieces} | {
            _simple(" ".join(pair)) for pair in zip(pieces, pieces[1:], strict=False)
        }
        if wanted in named or wanted in {_everyday(name) for name in named}:
            return area
    return None


@cache
def _name_words() -> frozenset[str]:
    return frozenset(data_file("pay", "area-names.yaml")["name_words"])


def _everyday(name: str) -> str:
    """A city's name without a word OEWS adds to it before or after ("urban honolulu", "boise city")."""
    words = name.split()
    if len(words) > 1 and words[0] in _name_words():
        words = words[1:]
    elif len(words) > 1 and words[-1] in _name_words():
        words = words[:-1]
    return " ".join(words)


def _simple(name: str) -> str:
    """``St. Louis`` and ``Saint Louis``, ``Winston-Salem`` and ``winston salem`` read alike."""
    name = " ".join(re.findall(r"[a-z0-9]+", name.casefold()))
    return re.sub(r"^(st|saint|ste|sainte) ", "saint ", name)
