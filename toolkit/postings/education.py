"""The education levels a posting names ("Associate degree", "BSN", "high school diploma or GED")."""

from __future__ import annotations

import re

from ..models.posting import EDUCATION_LEVELS
from .lexicon import lexicon_terms
from .sentences import MAX_LINE

# Education levels, lowest first; each pattern runs on curly-quote-folded text.
_EDUCATION_PATTERNS = {
    "high-school": re.compile(
        r"\bhigh school\b|\bGED\b|\bHSED\b|\bsecondary school diploma\b|(?<![\w.])H\.?S\.? diploma\b|"
        r"\b12th grade\b|\btwelfth grade\b",
        re.IGNORECASE,
    ),
    "certificate": re.compile(
        r"\bcertificate (?:program|from)\b|\bpostsecondary certificate\b|\bvocational (?:certificate|program)\b",
        re.IGNORECASE,
    ),
    "associate": re.compile(
        r"\bassociate'?s? (?:degree|of)\b|\bassociate degree\b|\bADN\b|\bA\.A\.S?\.?(?![\w])|\bAAS\b|"
        r"\b(?:two|2)[- ]year (?:college )?degree\b|"
        # "Associate or other higher education experience or degree", "associate's or bachelor's degree": the level
        # named first in a list that ends in "degree".
        r"\bassociate(?:'s)? (?:or|and/or) (?:an? |other )?(?:higher education|bachelor|master|college)[\w' -]{0,40}?"
        r"\bdegrees?\b",
        re.IGNORECASE,
    ),
    "bachelor": re.compile(
        r"\bbachelor'?s?\b|\bBSN\b|\bB\.[AS]\.|(?<![\w/-])(?-i:BA|BS)(?![\w-])|\bB\.S\.N\.|\bfour-year degree\b|"
        r"\bundergraduate degree\b|\b(?:four|4)[- ]year (?:college )?degree\b",
        re.IGNORECASE,
    ),
    "master": re.compile(
        r"\bmaster'?s\b|\bmaster (?:degree|of)\b|(?<![\w/-])(?-i:MBA|MSN|MHA|MPH|MSW|MEd|MS|MA)(?![\w-])|"
        r"\bM\.(?:[AS]|Ed|S\.W)\.|"
        r"\bgraduate degree\b",
        re.IGNORECASE,
    ),
    "doctorate": re.compile(
        r"\bdoctora(?:te|l)\b|\bPh\.?D\b|\bdoctor of (?:pharmacy|medicine|education|osteopathic|nursing|physical)\b|"
        r"\bjuris doctor\b|\bPharm\.?D\b|\bEd\.D\b|(?<![\w/-])(?-i:DNP|DPT|J\.D\.)",
        re.IGNORECASE,
    ),
}


def education_levels(text: str) -> list[str]:
    """The levels a clause names, lowest first ("Associate degree ... or certificate program" names two); an
    abbreviation that begins a product's name is none ("MS Office", "MA Health Connector")."""
    text = text[:MAX_LINE]
    levels = [level for level in EDUCATION_LEVELS if _EDUCATION_PATTERNS[level].search(text)]
    if not levels or not _PRODUCT_AFTER_ABBREVIATION.search(text):
        return levels
    names = [(hit.start, hit.end) for hit in lexicon_terms(text) if hit.written[:1].isupper()]
    return [
        level
        for level in levels
        if any(
            not any(start <= found.start() < end for start, end in names)
            for found in _EDUCATION_PATTERNS[level].finditer(text)
        )
    ]


# "MS Office": a degree's abbreviation before a capitalised word may be a product's name.
_PRODUCT_AFTER_ABBREVIATION = re.compile(r"(?<![\w/-])(?:MS|MA|BA|BS)\s[A-Z]")


def lowest_level(levels: list[str]) -> str | None:
    return min(levels, key=EDUCATION_LEVELS.index) if levels else None
