"""The employer a posting's body names when its header does not: a sentence that introduces the job ("Talbot
County has an opening for ...", "The City of Locust Grove invites applicants ..."), "X is an equal opportunity
employer", an opening "X is a ..." sentence, an "About X" heading, a recruiter's named client."""

from __future__ import annotations

import re

from .names import looks_like_a_name
from .places import MAX_HEADER_LINE
from .trusted import employer_as_named, is_employer_name
from .words import ABOUT_NOT_A_NAME, NOT_INTRODUCED

# "Acme Logistics is a ...": the first lines of an ad that names its employer nowhere else.
_INTRODUCED = re.compile(r"^([A-Z][\w&'.-]{0,30}(?: [A-Z][\w&'.-]{0,30}){0,5}) (?:is|are) (?:a|an)\s")

INTRO_LINES = 5

# "Our client, a leading regional distributor, ...": a staffing agency hiring for an employer it does not name.
# "our client facilities" (an agency's own customers) is not one.
HIDDEN_CLIENT = re.compile(r"\b(?:our|my|a) client(?:,|\.|\s(?:is|has|seeks|needs)\b)", re.IGNORECASE)

# "My client, Piedmont Regional Health, is hiring ...", "with my client, SunState Insurance Group, a leading
# insurer": a recruiter naming the employer it hires for.
NAMED_CLIENT = re.compile(
    r"\b(?:[Mm]y|[Oo]ur) client, ?([A-Z][\w&'.-]{0,30}(?: [A-Z&][\w&'.-]{0,30}){0,5}), ?"
    r"(?:is|has|seeks|needs|a|an|the|one)\b"
)

_EMPLOYER_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][^.!?]{1,80}?) (?:is|are) (?:proud to be )?an? "
    r"(?:equal opportunity|equal employment opportunity|EEO|"
    r"affirmative action|AA/EOE|AA/EEO|EOE)",
    re.IGNORECASE,
)


# "Talbot County has an opening for ...", "The City of Locust Grove invites qualified applicants ...", "Jackson
# County is looking for a GIS Analyst": the employer introducing the job, in the posting's own words.
_INTRODUCES_THE_JOB = re.compile(
    r"(?:^|[.!?]\s)(?:[Tt]he )?([A-Z][\w&'’.-]{0,30}(?: (?:[A-Z][\w&'’.-]{0,30}|of|and|&|de|la)){0,6})"
    r" (?:has (?:an? )?(?:opening|openings|vacancy|vacancies|position)|invites|seeks|"
    r"(?:is|are) (?:currently |now )?(?:looking|seeking|hiring|accepting|recruiting))\b"
)

INTRODUCING_LINES = 40  # body lines searched for a sentence that introduces the job


def employer_introducing_the_job(lines: list[str]) -> str:
    """The organisation a sentence introducing the job names ("Talbot County has an opening for ..."), else ""."""
    for line in lines[:INTRODUCING_LINES]:
        for found in _INTRODUCES_THE_JOB.finditer(line[:MAX_HEADER_LINE]):
            name = employer_as_named(found.group(1))
            if is_employer_name(name):
                return name
    return ""


def employer_from_body(body: str, candidates: list[str]) -> str:
    """The employer named by an "X is an equal opportunity employer" sentence, else "".

    A header line naming the same employer more fully wins ("St. Brigid Regional Medical Center" over the
    "Brigid Regional Medical Center" a sentence split after "St." leaves).
    """
    for line in body.splitlines():
        match = _EMPLOYER_SENTENCE.search(line[:MAX_HEADER_LINE])
        if not match:
            continue
        name = match.group(1).strip()
        if name.casefold() in {"we", "our company", "the company", "this company"} or not name[:1].isupper():
            continue
        for candidate in candidates:
            if re.sub(r"^[Tt]he ", "", name) == candidate:
                return candidate  # "The Department of X is an equal opportunity employer" under "Department of X"
            if name in candidate or candidate in name:
                return max(candidate, name, key=len)
        return name
    return ""


def company_introduced(lines: list[str]) -> str:
    """The name an opening "Second Chance Threads is a nonprofit thrift shop ..." sentence introduces, else ""."""
    for line in lines:
        match = _INTRODUCED.match(line[:MAX_HEADER_LINE])
        if match and looks_like_a_name(match.group(1)) and match.group(1).split()[0] not in NOT_INTRODUCED:
            return match.group(1)
    return ""


def company_about(lines: list[str], header_lines: list[str]) -> str:
    """The X of an "About X" heading in the body ("About Fieldnote") that the posting names again
    ("Fieldnote builds..."), else "": "About Compensation" is a heading, not an employer. Only the
    first few such headings are weighed: each costs a pass over the posting."""
    whole = "\n".join(line[:MAX_HEADER_LINE] for line in [*header_lines, *lines])
    weighed = 0
    for line in lines:
        match = _ABOUT_NAME.match(line[:MAX_HEADER_LINE].strip())
        name = match.group(1) if match else ""
        if name and looks_like_a_name(name) and not set(name.casefold().split()) & ABOUT_NOT_A_NAME:
            named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            if sum(1 for _ in zip(range(2), named.finditer(whole), strict=False)) >= 2:  # the heading and once more
                return name
            weighed += 1
            if weighed >= _ABOUT_HEADINGS_WEIGHED:
                break
    return ""


_ABOUT_HEADINGS_WEIGHED = 3

_ABOUT_NAME = re.compile(r"^(?:#{1,4}\s*)?About\s+([A-Z][\w&'.-]{0,30}(?: [A-Z][\w&'.-]{0,30}){0,5}):?$")
