"""The employment type and workplace a posting states, and the labelled fields job boards print.

"Job Type: Full-time", "Hybrid (2 days on site)", "Remote job: No"; failing a field, a sentence of
the body ("This is a full-time position", "fully remote"). Also the shift and a hiring step it names
("Evening shift", "invited to a panel interview"), which a letter's closing may name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .places import MAX_HEADER_LINE
from .words import EMPLOYER_LABELS, KNOWN_FIELDS, NEGATIONS, RUN_IN_LABELS, TITLE_LABELS

_FIELD = re.compile(r"^([A-Za-z][A-Za-z _/#&-]{0,30}):\s+(\S.*)$")

# "TITLE          Special Education Teacher": a form laid out as a table keeps a label and its value apart with a
# run of spaces or a tab instead of a colon. Bounded runs, so a long line cannot make it try every split.
_SPACED_FIELD = re.compile(r"^([A-Za-z][A-Za-z/#&-]{0,15}(?: [A-Za-z/#&-]{1,15}){0,2})(?:\s{3,40}|\t)(\S.*)$")


def field_of(line: str) -> tuple[str, str] | None:
    """``(label, value)`` for a ``Label: value`` line whose label a job board uses for header facts (or such a
    label kept apart from its value by a run of spaces)."""
    match = _FIELD.match(line[:MAX_HEADER_LINE]) or _SPACED_FIELD.match(line[:MAX_HEADER_LINE])
    if not match:
        return None
    label = match.group(1).strip().lower().replace("_", " ")
    # "Job Title: Child Development Center Aide Exemption Status/Test: Non-exempt": a form's row holding two fields
    value = _NEXT_LABEL.split(match.group(2), maxsplit=1)[0].strip()
    return (label, value) if label in KNOWN_FIELDS and value else None


# A second capitalised label of one or two words inside a field's value, before its own colon.
_NEXT_LABEL = re.compile(r"\s(?=[A-Z][\w/&-]{0,20}(?: [A-Z][\w/&-]{0,20})?: )")


# "Organization Name Mumbai Metro Rail Corporation Limited", "Department Institutional Planning & Ops": a table
# pasted as lines, each label run into its value with one space. Only a label of two words or more, or a unit's
# word (run_in_labels), is read so: a one-word label ("Title", "Company") may open a name.
_RUN_IN_LABELS = (
    frozenset(label for label in KNOWN_FIELDS | EMPLOYER_LABELS | TITLE_LABELS if " " in label) | RUN_IN_LABELS
)


def run_in_field(line: str) -> tuple[str, str] | None:
    """``(label, value)`` for a line opening with a known label run into a capitalised value, else None."""
    words = line[:MAX_HEADER_LINE].split()
    for size in (3, 2, 1):
        label, value = " ".join(words[:size]).casefold(), words[size:]
        if label in _RUN_IN_LABELS and value and value[0][:1].isupper() and value[0] not in {"Of", "For", "And"}:
            return label, " ".join(value)
    return None


EMPLOYMENT = [
    # "Full Time Equivalent Salary", "pro rata, based on full time hours": a measure of pay, not this job's hours
    ("full-time", re.compile(r"(?<!based on )\bfull[- ]?time\b(?! equivalent)|\b1\.0 FTE\b", re.IGNORECASE)),
    ("part-time", re.compile(r"\bpart[- ]?time\b", re.IGNORECASE)),
    ("per-diem", re.compile(r"\bper[- ]diem\b|\bPRN\b", re.IGNORECASE)),
    ("temporary", re.compile(r"\btemporary\b|\btemp\b|\bseasonal\b", re.IGNORECASE)),
    ("contract", re.compile(r"\bcontract(?:or|-to-hire)?\b", re.IGNORECASE)),
    ("internship", re.compile(r"\bintern(?:ship)?\b", re.IGNORECASE)),
]

WORKPLACE = [
    ("hybrid", re.compile(r"\bhybrid\b", re.IGNORECASE)),
    ("remote", re.compile(r"\bremote\b|\bwork from home\b|\btelecommute\b", re.IGNORECASE)),
    ("onsite", re.compile(r"\bon[- ]?site\b|\bin[- ]person\b|\bin[- ]office\b", re.IGNORECASE)),
]

# The same facts said in a sentence of the body; stricter, so "we certify on site" says nothing.
_BODY_HYBRID = re.compile(
    r"\b(?:from home|remote(?:ly)?)\b[^.]{0,80}\b(?:in the office|in office|on[- ]site)\b|"
    r"\b(?:in the office|on[- ]site)\b[^.]{0,80}\bfrom home\b|\bdays? a week in (?:the|our) [a-z ]{0,30}office\b|"
    r"\bhybrid (?:position|role|schedule)\b",
    re.IGNORECASE,
)

_BODY_REMOTE = re.compile(
    r"\b(?:fully|100%) remote\b|\b(?:position|role|job) is remote\b|\bremote (?:position|role)\b", re.IGNORECASE
)

_BODY_NOT_REMOTE = re.compile(
    r"\b(?:not|never) (?:an? )?(?:fully |100% )?remote (?:position|role|job)\b|"
    r"\bremote work is not (?:available|offered|an option|permitted)\b",
    re.IGNORECASE,
)

_BODY_ONSITE = re.compile(
    r"\b(?:an |this )?on[- ]?site (?:position|role|job)\b|\bperformed on[- ]site\b|\bon[- ]site at\b|"
    r"\bin[- ]person (?:position|role)\b",
    re.IGNORECASE,
)

_BODY_EMPLOYMENT = re.compile(
    r"\b(full|part)[- ]time,? (?:[a-z-]{1,20} )?(?:position|role|job|opportunity|schedule)\b|"
    r"\((?:full|part)[- ]?time\)|"  # "Caregiver (Part-time)": a board's remark on the job
    r"\b(temporary|contract|per diem) "
    r"(?:assignment|position|role|contract)\b",
    re.IGNORECASE,
)

_PART_TIME_FTE = re.compile(r"\b0?\.[0-9]{1,2} FTE\b")


def employment_of(text: str) -> str | None:
    """The employment type ``text`` names first ("Full time", "Per Diem", "Contract, W-2"), else None."""
    return first_of(EMPLOYMENT, text)


def first_of(patterns: list[tuple[str, re.Pattern]], text: str) -> str | None:
    """The value whose pattern occurs first in ``text`` ("Hybrid (2 days on site)" is hybrid)."""
    best: tuple[int, str] | None = None
    for value, pattern in patterns:
        match = pattern.search(text[:MAX_HEADER_LINE])
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), value)
    return best[1] if best else None


def workplace_from_body(body: str) -> str | None:
    for line in body.splitlines():
        line = line[:MAX_HEADER_LINE]
        if _BODY_NOT_REMOTE.search(line):
            return "onsite"  # "THIS IS NOT A REMOTE POSITION"
        if _BODY_HYBRID.search(line):
            return "hybrid"
        if _BODY_REMOTE.search(line):
            return "remote"
        if _BODY_ONSITE.search(line):
            return "onsite"
    return None


def employment_in(lines: list[str]) -> str | None:
    """The employment type the first line stating one states (``employment_stated``), else None."""
    return next(filter(None, (employment_stated(line) for line in lines)), None)


def employment_stated(line: str) -> str | None:
    """The employment type a sentence states: one calling the job so ("a part-time position", "a full-time Permit
    Technician", "1 year temporary contract"), a short fact ("Part-time, 20 hours") or one opening on it ("Full-time,
    40 hours, Monday to Friday ..."); a word in passing ("overseeing seasonal staff", "qualifies for part-time
    telework") states none."""
    for sentence in re.split(r"(?<=[.!?;])\s+", line[:MAX_HEADER_LINE]):
        match = _BODY_EMPLOYMENT.search(sentence) or _TYPE_BEFORE_TITLE.search(sentence)
        if match:
            return first_of(EMPLOYMENT, match.group(0))
        words = sentence.split()
        if len(words) <= _FACT_LINE_WORDS or employment_of(" ".join(words[:_OPENING_WORDS])):
            if employment := employment_of(sentence):
                return employment
    return None


_FACT_LINE_WORDS = 8
_OPENING_WORDS = 2
# "wants to add a full-time Permit Technician": the type before the job's title, written with capitals
_TYPE_BEFORE_TITLE = re.compile(r"\b[Aa]n? (?:[Ff]ull|[Pp]art)[- ]?[Tt]ime [A-Z]")


def employment_from_body(body: str) -> str | None:
    for line in body.splitlines():
        match = _BODY_EMPLOYMENT.search(line[:MAX_HEADER_LINE])
        if match:
            return first_of(EMPLOYMENT, match.group(0))
    for line in body.splitlines():
        # "Monday through Friday, 2:00 PM to 10:30 PM. Full-time. $19.75 per hour": a sentence of its own.
        for sentence in re.split(r"[.;]\s+", line[:MAX_HEADER_LINE]):
            if sentence.strip().casefold() in KNOWN_FIELDS:
                continue  # "Contract Type" over "Permanent": a label, its value on the next line
            if len(sentence.split()) <= 2 and (employment := employment_of(sentence)):
                return employment
    for line in body.splitlines():
        if re.search(r"\b1\.0 FTE\b", line[:MAX_HEADER_LINE]):
            return "full-time"
        if _PART_TIME_FTE.search(line[:MAX_HEADER_LINE]):
            return "part-time"
    return None


def first_stated(texts: Iterable[str], patterns: Sequence[re.Pattern[str]], *, only_one: bool = False) -> str:
    """The first fact ``patterns`` find in ``texts`` (a pattern's ``fact`` group), in lower case and on one line:
    "evening shift", "panel interview"; "" when none does. A fact the clause denies ("No night shifts") is not
    stated; with ``only_one``, a posting naming several ("day, evening and night shifts", a rotation) states none."""
    found: list[str] = []
    for text in texts:
        for pattern in patterns:
            for match in pattern.finditer(text):
                if _denied(text[: match.start()]):
                    continue
                fact = " ".join((match.groupdict().get("fact") or match.group()).split()).casefold()
                if not only_one:
                    return fact
                if re.search(r"(?:,|/|\band|\bor)\s*$", text[: match.start()]):
                    return ""  # the last of a list ("day, evening and night shifts"): one of several
                if fact not in found:
                    found.append(fact)
    return found[0] if len(found) == 1 else ""


def _denied(before: str) -> bool:
    """Whether the clause that ends in ``before`` denies what comes next ("No night shifts", "not a panel")."""
    clause = re.split(r"[.;:!?()\n]|\b(?:but|however)\b", before)[-1]
    return bool(set(re.findall(r"[a-z]+", clause.casefold())) & NEGATIONS)
