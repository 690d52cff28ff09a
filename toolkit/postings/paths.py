"""Ways into a job: a clause that offers alternatives of different kinds ("two years of experience, or eligibility
for a provisional license"; "An Associate's Degree, or 60 college credit hours, or the Paraprofessional
Assessment").

Years one path asks are asked of no one; a degree one path asks is no level when another path asks none; a
credential or test one path offers is preferred, for the other paths meet the posting without it (the real
corpus's rule for alternatives across kinds). "Or an equivalent combination of education and experience" is no
other way in: it lowers nothing (E2).
"""

from __future__ import annotations

import re

from ..models.posting import PostingLine
from .education import education_levels
from .sections import LONE_CONJUNCTION
from .years import years_in

ONE_OF = re.compile(r"\b(?:one|any) of the following\b|^\W*either\b", re.IGNORECASE)

# Where alternatives part: ", or", "; or", a shouted "OR"; after "one of the following" any "or".
# A bare " or " parts them too where the next way in opens as one does: "... program or completion of ...",
# "... or 3-5 years of experience" (not "2 or 3 years", one figure's range).
_OR = re.compile(
    r",\s*or\b,?|\s(?-i:OR)\b,?|;\s*or\b|"
    r"(?<=[A-Za-z)])\sor(?=\s(?:(?:the|a|an)\s)?(?:successful\s)?completion\sof\b|\s[0-9]{1,2}(?:\s?[-–]\s?[0-9]{1,2})?\+?\s(?:years?|months?)\b)",
    re.IGNORECASE,
)
_ANY_OR = re.compile(r"\s(?:or|OR),?\s")

# What an alternative offers instead of years: schooling, a credential, a test, or their completion.
_WAY_IN = re.compile(
    r"\b(?:licen[cs]e|licensure|certificat\w*|certified|eligib\w*|completion of|graduat\w*|diploma|degree|"
    r"credits?|credit hours|assessment|exam(?:ination)?|test|passed)\b",
    re.IGNORECASE,
)

# An alternative that is schooling, whatever level it names ("60 college credit hours", "Associated Degree").
_SCHOOLING = re.compile(
    r"\b(?:degree|diploma|graduat\w*|college|university|credits?|credit hours|semester hours|coursework|study)\b",
    re.IGNORECASE,
)

_EQUIVALENT = re.compile(r"\bequivalen", re.IGNORECASE)


def alternatives(text: str) -> list[str]:
    """The ways in a clause offers, when it offers more than one, else []."""
    segments = _OR.split(text)
    one_of = ONE_OF.search(text)
    if one_of:
        head, _, listed = text[one_of.end() :].partition(":")
        listed = listed or head
        segments = [part for segment in _OR.split(listed) for part in _ANY_OR.split(segment)]
    segments = [segment.strip(" ,;:") for segment in segments if segment.strip(" ,;:")]
    return segments if len(segments) > 1 else []


def another_way_in(text: str) -> bool:
    """Whether a clause with years offers another way in that needs none ("..., or a provisional license")."""
    return any(
        years_in(segment) is None and (_WAY_IN.search(segment) or education_levels(segment))
        for segment in alternatives(text)
    )


def way_without_a_level(text: str) -> bool:
    """Whether one of the clause's ways in names no education level ("or 60 college credit hours", "or the
    Paraprofessional Assessment", "or four years of such experience"): then the clause's degree is not a level
    asked."""
    return any(
        not education_levels(segment)
        and not _EQUIVALENT.search(segment)
        and (_WAY_IN.search(segment) or years_in(segment) is not None)
        for segment in alternatives(text)
    )


def credential_ways(text: str) -> list[str]:
    """The ways in that offer a credential or a test rather than schooling or years: what they name is
    preferred."""
    return [
        segment
        for segment in alternatives(text)
        if years_in(segment) is None
        and not education_levels(segment)
        and not _SCHOOLING.search(segment)
        and not _EQUIVALENT.search(segment)
        and _WAY_IN.search(segment)
    ]


def ways_across_lines(lines: list[PostingLine]) -> tuple[list[PostingLine], list[bool]]:
    """The lines without an "OR" that stands alone between two requirement lines, and for each line whether such an
    "OR" opened it: that line is another way in ("Bachelor's degree and two years" / "OR" / "Sixty semester units and
    four years")."""
    kept: list[PostingLine] = []
    opens: list[bool] = []
    pending = False
    for line in lines:
        if LONE_CONJUNCTION.match(line.text.strip()):
            pending = bool(kept)
            continue
        kept.append(line)
        opens.append(pending)
        pending = False
    return kept, opens


def levels_of_one_way(opens: list[bool], levels: list[list[str]]) -> list[bool]:
    """For each requirement line, whether its education level is one way in of several that span lines: the lines
    after it each open another way, and one of them names no level, so no level is asked."""
    one_way = [False] * len(opens)
    for index in range(len(opens)):
        following = []
        for later in range(index + 1, len(opens)):
            if not opens[later]:
                break
            following.append(later)
        if levels[index] and following and any(not levels[later] for later in following):
            one_way[index] = True
    return one_way
