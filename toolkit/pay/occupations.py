"""SOC occupation codes: read as people type them, checked against OEWS, searched by words."""

from __future__ import annotations

import difflib
import re
from functools import cache

from ..errors import UnknownNameError
from .oews import Occupation, occupation_by_code, occupations

# Applied to the text with its spaces closed up: no repeat next to another, so linear on any input.
_CODE = re.compile(r"([0-9]{2})[-–.]?([0-9]{4})")


class UnknownOccupationError(UnknownNameError):
    """A SOC code OEWS does not publish, or words that name no occupation."""


def normal_code(text: str) -> str | None:
    """``53-7051``, ``537051`` or ``53 7051`` -> ``53-7051``; None for anything else."""
    match = _CODE.fullmatch("".join((text or "")[:40].split()))
    return f"{match.group(1)}-{match.group(2)}" if match else None


def find_occupation(text: str) -> Occupation:
    """The OEWS occupation with SOC code ``text`` (with or without the hyphen), or an error naming near codes."""
    code = normal_code(text)
    if code is None:
        near = search_occupations(text, limit=3)
        hint = f"; occupations with those words: {_listed(near)}" if near else ""
        raise UnknownOccupationError(
            f"{text[:40]!r} is not a SOC code; write it as 53-7051 (or 537051){hint}; "
            "`jobkit pay search WORDS` finds codes"
        )
    found = occupation_by_code().get(code)
    if found is None:
        raise UnknownOccupationError(
            f"SOC code {code} is not among the {len(occupations()):,} occupations BLS OEWS publishes"
            f"{_near_codes(code)}; `jobkit pay search WORDS` finds codes"
        )
    return found


def check_code(text: str) -> str | None:
    """Why ``text`` is not a usable SOC code (for `roles validate`), or None when it is one."""
    try:
        find_occupation(text)
    except UnknownOccupationError as error:
        return str(error.problems[0].message)
    return None


def _near_codes(code: str) -> str:
    """Detailed codes of the same group, nearest number first: 53-7052 is most likely 53-7051 mistyped."""
    number = int(code.replace("-", ""))
    same_group = [item for item in occupations() if item.detailed and item.code[:2] == code[:2]]
    near = sorted(same_group, key=lambda item: abs(int(item.code.replace("-", "")) - number))[:3]
    return f" (did you mean {_listed(near)}?)" if near else ""


def _listed(items: list[Occupation]) -> str:
    return ", ".join(f"{item.code} {item.title}" for item in items)


@cache
def other_titles() -> dict[str, str]:
    """Everyday job names (``forklift operator``) and the SOC code each is counted in (templates/data/pay)."""
    from ..resources import data_file

    data = data_file("pay", "other-titles.yaml")
    return {str(name): str(code) for name, code in data["titles"].items()}


@cache
def _words(title: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in re.findall(r"[a-z0-9]+", title.casefold()))


def _stem(word: str) -> str:
    """Plural and singular read alike: ``specialists`` and ``specialist``, ``clerks`` and ``clerk``."""
    for ending, replacement in (("ies", "y"), ("es", "e"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


def search_occupations(text: str, *, limit: int = 20, detailed_only: bool = False) -> list[Occupation]:
    """Occupations whose titles hold every word of ``text`` (plurals aside), detailed occupations first;
    a SOC code, or the start of one (``29-20``), lists that code's group."""
    wanted = text.strip()
    code = normal_code(wanted)
    if code is not None:
        found = occupation_by_code().get(code)
        return [found] if found else []
    if re.fullmatch(r"[0-9]{2}(-[0-9]{0,4})?", wanted):
        return [item for item in occupations() if item.code.startswith(wanted)][:limit]
    words = _words(wanted)
    if not words:
        return []
    aliases = [
        occupation_by_code()[code]
        for name, code in other_titles().items()
        if words <= _words(name) or _words(name) <= words
    ]
    matches = [item for item in occupations() if words <= _words(item.title) and (item.detailed or not detailed_only)]
    matches += [item for item in dict.fromkeys(aliases) if item not in matches]
    if not matches:  # a misspelt word: the nearest titles
        titles = {item.title.casefold(): item for item in occupations() if item.detailed}
        close = difflib.get_close_matches(wanted.casefold(), list(titles), n=min(limit, 5), cutoff=0.5)
        return [titles[title] for title in close]
    matches.sort(key=lambda item: (not item.detailed, item not in aliases, len(item.title), item.code))
    return matches[:limit]
