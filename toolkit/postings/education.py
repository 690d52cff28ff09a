"""The education levels a posting names ("Associate degree", "BSN", "high school diploma or GED")."""

from __future__ import annotations

import re

from ..models.posting import EDUCATION_LEVELS
from .sentences import MAX_LINE

# Education levels, lowest first; each pattern runs on curly-quote-folded text.
_EDUCATION_PATTERNS = {
    "high-school": re.compile(r"\bhigh school\b|\bGED\b|\bsecondary school diploma\b", re.IGNORECASE),
    "certificate": re.compile(
        r"\bcertificate (?:program|from)\b|\bpostsecondary certificate\b|\bvocational (?:certificate|program)\b",
        re.IGNORECASE,
    ),
    "associate": re.compile(
        r"\bassociate'?s? (?:degree|of)\b|\bassociate degree\b|\bADN\b|\bA\.A\.S?\.?(?![\w])|\bAAS\b|"
        r"\btwo-year degree\b",
        re.IGNORECASE,
    ),
    "bachelor": re.compile(
        r"\bbachelor'?s?\b|\bBSN\b|\bB\.[AS]\.|(?<![\w/-])(?-i:BA|BS)(?![\w-])|\bB\.S\.N\.|\bfour-year degree\b|"
        r"\bundergraduate degree\b",
        re.IGNORECASE,
    ),
    "master": re.compile(
        r"\bmaster'?s\b|\bmaster (?:degree|of)\b|(?<![\w/-])(?-i:MBA|MSN|MHA|MPH|MS|MA)(?![\w-])|\bM\.[AS]\.|"
        r"\bgraduate degree\b",
        re.IGNORECASE,
    ),
    "doctorate": re.compile(r"\bdoctora(?:te|l)\b|\bPh\.?D\b", re.IGNORECASE),
}


def education_levels(text: str) -> list[str]:
    """The levels a clause names, lowest first ("Associate degree ... or certificate program" names two)."""
    return [level for level in EDUCATION_LEVELS if _EDUCATION_PATTERNS[level].search(text[:MAX_LINE])]


def lowest_level(levels: list[str]) -> str | None:
    return min(levels, key=EDUCATION_LEVELS.index) if levels else None
