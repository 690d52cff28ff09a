"""Whether the resume shows the level of education asked: a degree at or above it, held, not still in progress."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..matching import text_around
from ..models.posting import EDUCATION_LEVELS
from ..resources import language_data
from .dates import date_ranges
from .extraction import flatten
from .report import Requirement
from .resume_lines import MAX_MATCHED_LINE, SNIPPET_WIDTH, mend_broken_words
from .sections import section_kind

# Levels of education, lowest first, as a resume writes them. "Certified Coding Associate" is a credential,
# so "associate" counts only as a degree ("associate degree", "Associate of Applied Science", "A.A.S.").
EDUCATION_LABELS = {
    "high-school": "high school diploma or GED",
    "certificate": "postsecondary certificate",
    "associate": "associate's degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
    "doctorate": "doctorate",
}
_EDUCATION = {
    "high-school": [r"\bhigh school\b", r"\bGED\b"],
    "certificate": [r"\bcertificate\b", r"\bdiploma in\b"],
    "associate": [r"\bassociate['’]?s? (?:degree|of)\b", r"\bA\.A\.S\b", r"(?<![\w-])(?-i:AAS|ADN|AA)(?![\w-])"],
    # Abbreviations are matched with their own capitals ("BSc", "MEng"), so "bsc" or "Ma" in a sentence is not one.
    "bachelor": [
        r"\bbachelor",
        r"\bB\.(?:[AS]\.|Sc\b|Eng\b|Com\b|Ed\b|B\.A\.|F\.A\.|S\.N\.)",
        r"(?<![\w/-])(?-i:BS|BA|BSN|BBA|BSc|BEng|BCom|BFA|BSW|BEd|BArch|BASc|BTech)(?![\w-])",
    ],
    "master": [
        r"\bmaster['’]?s\b",
        r"\bmaster of\b",
        r"(?<![\w/-])(?-i:MBA|MSN|MHA|MPH|MSc|MEng|MFA|MEd|MSW|MPA|MAcc|MPhil|MRes|MArch|MPP)(?![\w-])",
        r"\bM\.(?:Sc\b|Eng\b|Ed\b|B\.A\.|P\.H\.|F\.A\.|S\.N\.)",
        # MS and MA are also the postal codes of Mississippi and Massachusetts: after "Southaven, " they name a
        # state, so a bare MS or MA counts only where no word and comma stand just before it.
        r"(?<![\w/-])(?<!(?-i:[a-z]), )(?-i:MS|MA)(?![\w-])",
        r"\bM\.[AS]\.",
    ],
    "doctorate": [
        r"\bdoctor(?:ate| of)\b",
        r"\bPh\.?D\b",
        r"(?<![\w/-])(?-i:EdD|DNP|PsyD|PharmD|DPT|DPhil)(?![\w-])",
        r"\b(?:Ed|Psy)\.D\.",
    ],
}


@cache
def not_held_yet() -> re.Pattern[str]:
    """Words that say a degree or a credential is not held yet ("expected May 2027", "exam scheduled"),
    from ``not_held_yet`` in ``templates/language/requirement_words.yaml``."""
    words = language_data("requirement_words")["not_held_yet"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _in_progress(candidates: list[tuple[str, str]], at: int, today: date) -> str | None:
    """Why the degree on line ``at`` is not held yet ("Aug 2022 – Present", "expected May 2027"), else None.
    Read from that line and the next one (a school's name, a date set below the degree), unless the next one
    is another entry (it names a degree or certificate): "(in progress)" there is that entry's, not this one's."""
    for offset, (_, line) in enumerate(candidates[at : at + 2]):
        line = line[:MAX_MATCHED_LINE]
        if offset and first_search([pattern for patterns in _EDUCATION.values() for pattern in patterns], line):
            break
        for found in date_ranges(line, today):
            if found.ongoing:
                return f"in progress ({flatten(found.text)})"
            if found.end is not None and (found.end.year, found.end.month or 12) > (today.year, today.month):
                return f"in progress, expected {found.end.display()}"
        if words := not_held_yet().search(line):
            return f"in progress ({words.group()})"
    return None


def match_education(requirement: Requirement, level: str, sections: list[tuple[str, str]], today: date) -> None:
    """A level the resume shows at or above the one asked (an associate's degree meets "high school"); a
    degree still in progress ("Aug 2022 – Present", an end date to come) is reported as such, not as held.

    Read from the Education section when the resume has one, so "Certified Coding Associate" under
    Certifications or a "teaching certificate" under Licenses is not read as a degree or certificate.
    """
    in_education = [(section, line) for section, line in sections if section_kind(section) == "education"]
    candidates = in_education or sections
    # A degree set in a narrow column can be hyphenated over lines ("Cer-" / "tifi-" / "cate"): read it whole
    # too, as terms are (the split itself is reported as a parse-back problem).
    mended = mend_broken_words([line for _, line in in_education])
    if mended is not None:
        candidates = [*candidates, (in_education[0][0], mended)]
    asked_rank = EDUCATION_LEVELS.index(level)
    unfinished = ""
    for shown in EDUCATION_LEVELS[asked_rank:]:
        for number, (section, line) in enumerate(candidates):
            if found := first_search(_EDUCATION[shown], line):
                where = f"{section}: {text_around(line, found, width=SNIPPET_WIDTH)}"
                if progress := _in_progress(candidates, number, today):
                    unfinished = unfinished or f"{where}; {progress}, not held yet"
                    continue
                requirement.found = True
                requirement.where = where
                if shown != level:
                    requirement.where += f" (meets it: {EDUCATION_LABELS[shown]})"
                return
    if unfinished:
        requirement.where = unfinished
        requirement.suggestion = "education, once the degree is completed"


def first_search(patterns: list[str], line: str) -> str | None:
    """The text of the first of ``patterns`` found in ``line`` (case aside), else None."""
    for pattern in patterns:
        if match := re.search(pattern, line[:MAX_MATCHED_LINE], re.IGNORECASE):
            return match.group()
    return None


def education_in(text: str) -> bool:
    """Whether ``text`` names any level of education ("an associate degree plus 4 years")."""
    return any(first_search(patterns, text) for patterns in _EDUCATION.values())
