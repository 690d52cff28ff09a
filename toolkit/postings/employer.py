"""The employer a posting's body names when its header does not: a sentence that introduces the job ("Talbot
County has an opening for ...", "The City of Locust Grove invites applicants ..."), "X is an equal opportunity
employer", an opening "X is a ..." sentence, an "About X" heading, a recruiter's named client."""

from __future__ import annotations

import re
from functools import cache

from ..resources import language_data
from .agencies import is_staffing_agency
from .facts import field_of
from .lexicon import is_english_word, is_person_or_place
from .names import ends_like_a_company, looks_like_a_name, written_as_a_name
from .places import MAX_HEADER_LINE, city_state
from .trusted import (
    employer_as_named,
    employer_in_fields,
    employer_in_header_lines,
    has_organisation_word,
    is_employer_name,
    is_value_of_a_label,
)
from .words import ABOUT_NOT_A_NAME, LOCATION_FIELDS, NOT_INTRODUCED, STATE_NAMES

# "Acme Logistics is a ...", "Northside Medical Center is the largest ...": the first lines of an ad that names its
# employer nowhere else.
_INTRODUCED = re.compile(
    r"^([A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,5}) (?:is|are) (?:a|an|the|one of (?:the|only|a few))\s"
)

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

# "X is an equal opportunity employer", and any "X is a ... employer" ("a drug-free and tobacco-free employer",
# "an at-will employer"): a sentence that calls X the employer.
_EMPLOYER_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][^.!?]{1,80}?) (?:is|are) (?:proud to be )?an? "
    r"(?:equal opportunity|equal employment opportunity|EEO|"
    r"affirmative action|AA/EOE|AA/EEO|EOE|(?:[a-z][\w/-]{0,20} ){0,4}employer\b)",
    re.IGNORECASE,
)


# "Talbot County has an opening for ...", "The City of Locust Grove invites qualified applicants ...", "Jackson
# County is looking for a GIS Analyst": the employer introducing the job, in the posting's own words.
_INTRODUCES_THE_JOB = re.compile(
    r"(?:^|[.!?]\s)(?:[Tt]hen )?(?:[Tt]he )?([A-Z][\w&'’.-]{0,30}(?: (?:[A-Z][\w&'’.-]{0,30}|of|and|&|de|la)){0,9})"
    r" (?:has (?:an? |the (?:right )?)?(?:opening|openings|vacancy|vacancies|position|job|role)|invites|seeks|"
    r"wants (?:people|applicants|candidates|individuals)|"
    r"(?:is|are) (?:currently |now )?(?:looking|seeking|hiring|accepting|recruiting))\b"
)

INTRODUCING_LINES = 40  # body lines searched for a sentence that introduces the job


def employer_introducing_the_job(lines: list[str]) -> str:
    """The organisation a sentence introducing the job names ("Talbot County has an opening for ..."), else ""."""
    for line in lines[:INTRODUCING_LINES]:
        for found in _INTRODUCES_THE_JOB.finditer(line[:MAX_HEADER_LINE]):
            name = _without_its_unit(employer_as_named(found.group(1)))
            if is_employer_name(name):
                return name
    return ""


def _without_its_unit(name: str) -> str:
    """ "St. Louis County Government Department of Transportation" -> "St. Louis County Government": a unit after a
    name's tail ("Government") is the organisation's; "South Carolina Department of Social Services" stays whole."""
    words = name.split()
    for index in range(1, len(words)):
        if words[index - 1].casefold() in _name_tails() and words[index].casefold() in _boards_list("unit_words"):
            return " ".join(words[:index])
    return name


# An organisation's name as a sentence writes it: capitalised words, "of", "and", "&", "St.".
_ORGANISATION = r"([A-Z][\w&'’.-]{0,30}(?: (?:[A-Z][\w&'’.-]{0,30}|of|and|&|de|la)){0,7})"

# Where a sentence names the employer in passing, strongest first: "a Clinical Pharmacy Technician at the James A.
# Haley VA Hospital", "while working for the City of St. Louis", "software for Monroe County government",
# "per Dayton Public Schools policy".
_EMPLOYER_IN_PASSING = [
    re.compile(rf"\b(?:opening|position|vacancy|job|role) (?:is )?for (?:an? |the )?[A-Z][\w -]{{2,60}}? at (?:the )?"
               rf"{_ORGANISATION}"),
    # "... job description for the Front Desk Clerk position at Meyer Jabara Hotels?": a board's question line.
    re.compile(rf"\bthe [A-Z][\w()/&' -]{{2,60}}? (?:position|job|opening|vacancy) at (?:the )?{_ORGANISATION}"),
    # "At Magic, the Customer Success Manager ...", "At Harbor Foods, we ...": a sentence opening on the employer.
    re.compile(rf"^At (?:the )?{_ORGANISATION}, (?:we|our|the|you)\b"),
    re.compile(rf"\b(?:(?:working|work) for|employed by|employment with) (?:the )?{_ORGANISATION}"),
    re.compile(rf"\bfor (?:the )?{_ORGANISATION} government\b"),
    # "All Sherburne County positions require ...", "all Harbor Foods employees": the employer's own staff.
    re.compile(rf"\b(?i:all) (?:the )?{_ORGANISATION} (?:positions|employees|staff)\b"),
    re.compile(rf"\b(?i:per|under|with|apply|follow|follows) (?:all |the )?{_ORGANISATION} polic(?:y|ies)\b"),
]  # fmt: skip


def employer_in_passing(lines: list[str]) -> str:
    """The organisation a sentence names in passing as the employer (see ``_EMPLOYER_IN_PASSING``), else ""."""
    looked_at = [line[:MAX_HEADER_LINE] for line in lines[: INTRODUCING_LINES * 2]]
    for pattern in _EMPLOYER_IN_PASSING:
        for line in looked_at:
            for found in pattern.finditer(line):
                name = employer_as_named(_name_only(found.group(1)))
                if is_employer_name(name) and not _is_a_place(name):
                    return name
    return ""


def employer_named_again(lines: list[str]) -> str:
    """The longest organisation's name (two words or more, one of them an organisation's word) that the posting
    names in two places; a name is counted in longer runs of capitals too ("... Dept Portland State University
    is ..." and "... so that Portland State University reaches ...")."""
    counts: dict[str, int] = {}
    looked_at = [" ".join(line[:MAX_HEADER_LINE].split()) for line in lines[: INTRODUCING_LINES * 2]]
    for index, line in enumerate(looked_at):
        if is_value_of_a_label(looked_at, index):
            continue  # "Department:" over "Facility Services": a field's value, said again under another label
        for found in _ORGANISATION_IN_TEXT.finditer(line):
            if _A_KIND.search(line[: found.start()]) or _AFTER_A_NAME.search(line[: found.start()]):
                # "As a Cleaner at a Juvenile Justice Centre": a kind of place, not the employer's name; "Rutgers,
                # The State University of New Jersey": the rest of a name cut at its comma
                continue
            words = _name_only(found.group(1)).split()
            for start in range(len(words) - 1):
                if words[start][:1].isupper():
                    names = {" ".join(words[start:])}
                    # "... Alexandria Police Department and Metro records": the name inside a longer run, up to
                    # an organisation's word
                    names.update(
                        " ".join(words[start:end])
                        for end in range(start + 2, len(words))
                        if has_organisation_word(words[end - 1])
                    )
                    for name in names:
                        counts[name] = counts.get(name, 0) + 1
    repeated = [
        name
        for name, count in counts.items()
        if count >= _NAMED_TWICE
        and has_organisation_word(name)
        and is_employer_name(name)
        and not _is_a_place(name)
        and _has_a_proper_word(name)
    ]
    return max(repeated, key=len, default="")


_NAMED_TWICE = 2

_A_KIND = re.compile(r"(?:^|\s)(?i:an?)\s$")
_AFTER_A_NAME = re.compile(r"[A-Z][\w&'’.-]*,\s$")


def _has_a_proper_word(name: str) -> bool:
    """ "Alexandria Police Department", "Portland State University"; not "Town Council", which any town has."""
    return any(
        not is_english_word(word) or is_person_or_place(word)
        for word in re.findall(r"[A-Za-z]+", name)
        if len(word) > 2
    )


_ABBREVIATED = re.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)\.$")  # "St.", "Inc.", "U.S."


def _name_only(found: str) -> str:
    """The name a match holds, up to the end of its sentence ("City of St. Louis. The" -> "City of St. Louis"),
    without a joining word or a possessive at its end ("Town Clerk's of")."""
    words: list[str] = []
    for word in found.split():
        words.append(word)
        if word.endswith(".") and not _ABBREVIATED.match(word):
            break
    while words and (words[-1] in {"of", "and", "&", "de", "la"} or words[-1].endswith(("'s", "’s"))):
        words.pop()
    return " ".join(words).rstrip(".") if words and not _ABBREVIATED.match(words[-1]) else " ".join(words)


_ORGANISATION_IN_TEXT = re.compile(rf"(?<![\w&'’.-]){_ORGANISATION}")


def _is_a_place(name: str) -> bool:
    return bool(city_state(name)) or name.casefold() in STATE_NAMES


def employer_from_body(body: str, candidates: list[str]) -> str:
    """The employer named by an "X is an equal opportunity employer" sentence, else "".

    A header line naming the same employer more fully wins ("St. Brigid Regional Medical Center" over the
    "Brigid Regional Medical Center" a sentence split after "St." leaves).
    """
    for match in (found for line in body.splitlines() for found in _EMPLOYER_SENTENCE.finditer(line[:MAX_HEADER_LINE])):
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
        name = match.group(1) if match else ""
        if name and looks_like_a_name(name) and written_as_a_name(name) and name.split()[0] not in NOT_INTRODUCED:
            return name
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


def employer_of_the_workplace(lines: list[str]) -> str:
    """The unit of government whose facility a location field names ("LOCATION: Leavenworth County Courthouse"
    -> "Leavenworth County"), else ""."""
    for line in lines[:INTRODUCING_LINES]:
        field = field_of(line.strip())
        if not field or field[0] not in LOCATION_FIELDS:
            continue
        words = field[1].split()
        for position, word in enumerate(words[1:-1], start=1):
            if word.casefold() in _government_units() and all(part[:1].isupper() for part in words[: position + 1]):
                name = " ".join(words[: position + 1])
                return name if is_employer_name(name) else ""
    return ""


@cache
def _boards_list(name: str) -> frozenset[str]:
    return frozenset(str(word).casefold() for word in language_data("job_boards")[name])


@cache
def _government_units() -> frozenset[str]:
    return frozenset(language_data("job_boards")["government_units"])


def _said_more_simply(name: str, fuller: str) -> bool:
    """ "Talbot County" of "Talbot County Government", "City of Locust Grove" of "City of Locust Grove - Community
    Development": the same employer without a unit or an organisation's word; not "Sunrise Meadows" of "Sunrise
    Meadows Rehabilitation Center", a name cut short."""
    if not fuller.casefold().startswith(name.casefold()):
        return False
    rest = fuller[len(name) :].strip()
    if not rest or rest[:1] in "-–—,|(":
        return True
    return all(word.casefold() in _name_tails() for word in rest.split())


def _one_names_the_other(name: str, other: str) -> bool:
    """One name within the other, or both opening on the same two words ("Jackson County Public Schools" and
    "Jackson County School System"): one organisation named two ways; not "City of St. Louis" and "St. Louis
    County Government"."""
    folded, other_folded = name.casefold(), other.casefold()
    return folded in other_folded or other_folded in folded or folded.split()[:2] == other_folded.split()[:2]


@cache
def _name_tails() -> frozenset[str]:
    return frozenset(language_data("job_boards")["organisation_name_tails"])


def settled_employer(company: str, header_lines: list[str], body_lines: list[str], title: str) -> str:
    """The employer, from what the header read (``company``) and the evidence that follows it, strongest first:
    it stands when it reads as an organisation's name; else a field names one, then a sentence in passing
    ("while working for the City of St. Louis"), then a header line; a sentence introducing the job names it
    more simply than a line that holds the same name; an organisation named twice is the last resort. A
    recruiter's named client is the employer; a staffing agency, or a post hiding its client, has none (C1)."""
    company = employer_as_named(company)
    if company and not is_employer_name(company):
        company = ""
    company = company or employer_in_fields(header_lines, body_lines)
    company = company or employer_in_passing([*header_lines, *body_lines])
    introduced = employer_introducing_the_job(body_lines)
    if not company:
        company = employer_in_header_lines(header_lines, body_lines, title)
        if company and introduced and not _one_names_the_other(company, introduced):
            # "City of St. Louis" on an aggregator's line, "St. Louis County Government ... wants people" in the
            # posting's own words: the site's line names another organisation
            company = ""
    if introduced and (not company or _said_more_simply(introduced, company)):
        company = introduced
    company = company or employer_named_again(body_lines) or employer_of_the_workplace([*header_lines, *body_lines])
    client = next(filter(None, (NAMED_CLIENT.search(line[:MAX_HEADER_LINE]) for line in body_lines)), None)
    if client and looks_like_a_name(client.group(1)):
        return client.group(1)  # a recruiter names the employer: the client, not the agency (C1)
    if any(HIDDEN_CLIENT.search(line[:MAX_HEADER_LINE]) for line in body_lines) or is_staffing_agency(company):
        return ""  # a staffing agency's post: the agency is not the employer (C1)
    return _without_initials(_without_full_stop(company))


def _without_initials(name: str) -> str:
    """ "Mumbai Metro Rail Corporation Limited (MMRCL)" -> "Mumbai Metro Rail Corporation Limited": the initials a
    posting adds after the name, when they are the name's own capitals; other brackets stay ("Saint Peter's (NJ)")."""
    found = re.fullmatch(r"(.+?)\s*\(([A-Z]{2,10})\)", name)
    if not found:
        return name
    capitals = "".join(word[0] for word in found.group(1).split() if word[:1].isupper())
    return found.group(1) if capitals.upper() == found.group(2) else name


def _without_full_stop(name: str) -> str:
    """ "Bean There Cafe." -> "Bean There Cafe": the full stop of the sentence the name ended; "Harbor Freight Co.",
    "Acme Inc.", "U.S." keep theirs."""
    last = name.split()[-1] if name.split() else ""
    if not last.endswith(".") or ends_like_a_company(name) or re.fullmatch(r"(?:[A-Za-z]\.)+", last):
        return name
    if last.casefold() in _boards_list("name_abbreviations"):
        return name
    return name[:-1]
