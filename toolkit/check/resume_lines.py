"""The resume's lines as matching reads them: under their headings, indexed once, employers blanked, jobs dated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..matching import TextIndex
from ..models.dates import PartialDate, experience_years
from ..models.profile import Profile
from .dates import date_ranges, work_spans
from .sections import section_kind, split_sections

# Every pattern here runs on untrusted text, so each is linear: no two unbounded repeats that can match the
# same characters sit side by side, and a repeat that may start inside a word starts only at its first letter.
# Digits are ASCII ([0-9], not \d): dates are read back with int() and the JSON Resume date rules.
MAX_MATCHED_LINE = 10_000  # characters of one posting or resume line that the patterns look at
_FAR_FUTURE = date(2199, 12, 31)  # any real range is dated (and then judged) by the caller's day
SNIPPET_WIDTH = 48  # characters of a resume line quoted to show where a requirement was found

# A word broken at a line end: a soft hyphen, or a hyphen that PDF text gives for one ("termi-" / "nology").
_BROKEN_WORD = re.compile(r"([^\W\d_])[-\u00ad\u2010]$")


@dataclass(frozen=True)
class ResumeLines:
    """The resume's lines under their headings, each indexed once, and which lines hold which word.

    A term is then looked for only on the lines that hold its first word: checking every term
    against every line cost time in proportion to terms x text. Each section is also indexed as one
    text, with words broken at a line end joined again, so "release of / information" and "medical
    termi- / nology" wrapped over two lines are still found.
    """

    sections: list[tuple[str, str]]
    indexes: list[TextIndex]
    lines_with_word: dict[str, list[int]]
    joined: list[tuple[str, TextIndex]] = field(default_factory=list)
    # Each dated entry under an experience heading: its start, its end (None while current) and its text.
    jobs: list[tuple[PartialDate, PartialDate | None, TextIndex, str]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, organisations: list[str] | None, today: date) -> ResumeLines:
        """The resume's lines, indexed with the names of organisations blanked (``organisations``, and the
        line under a dated job title): "City of Austin, Communications and Technology Management" names
        an employer, it shows no communication skill."""
        sections = split_sections(text)
        searched = _without_organisations(sections, organisations or [])
        indexes = [TextIndex.of(line) for line in searched]
        lines_with_word: dict[str, list[int]] = {}
        for number, index in enumerate(indexes):
            for word in index.starts:
                lines_with_word.setdefault(word, []).append(number)
        by_section: dict[str, list[str]] = {}
        for (section, _), line in zip(sections, searched, strict=True):
            by_section.setdefault(section, []).append(line)
        joined = []
        for section, section_lines in by_section.items():
            joined.append((section, TextIndex.of(" ".join(section_lines))))
            mended = mend_broken_words(section_lines)
            if mended is not None:
                joined.append((section, TextIndex.of(mended)))
        jobs = _dated_entries(sections, searched, today)
        return cls(sections, indexes, lines_with_word, joined, jobs)


def _dated_entries(
    sections: list[tuple[str, str]], searched: list[str], today: date
) -> list[tuple[PartialDate, PartialDate | None, TextIndex, str]]:
    """The resume's jobs: under an experience heading, a line with a date range opens one, and the lines
    below it (organisation names blanked) are its text until the next such line. Each comes with that
    dated line as written (the job's title, as most resumes set it)."""
    entries: list[tuple[PartialDate, PartialDate | None, list[str], str]] = []
    for (section, line), text in zip(sections, searched, strict=True):
        if section_kind(section) != "work":
            continue
        span = next(work_spans(line[:MAX_MATCHED_LINE], today), None)
        if span is not None:
            entries.append((span[0], span[1], [text], line))
        elif entries:
            entries[-1][2].append(text)
    return [(start, end, TextIndex.of(" ".join(texts)), title) for start, end, texts, title in entries]


def organisation_names(profile: Profile | None) -> list[str]:
    """The names of employers, schools, issuers and publishers in the profile: none is evidence of a skill."""
    if profile is None:
        return []
    names = [job.name for job in profile.work]
    names += [entry.organization for entry in profile.volunteer]
    names += [entry.institution for entry in profile.education]
    names += [entry.issuer for entry in profile.certificates]
    names += [entry.awarder for entry in profile.awards]
    names += [entry.publisher for entry in profile.publications]
    return [name.strip() for name in names if name and len(name.strip()) >= 3]


_MAX_NAME_WORDS = 12
_MAX_NAMES = 100


def _without_organisations(sections: list[tuple[str, str]], organisations: list[str]) -> list[str]:
    """Each line with organisation names blanked (same length, so positions hold). Under an experience
    heading the line just below a dated line, when it is short and every longer word is capitalised, is the
    employer's line
    ("City of Austin, Communications and Technology Management, Austin, TX") and is blanked whole."""
    # An organisation's name is a few words; a "name" of hundreds would only cost time to look for.
    # In the profile's order, so the same input blanks the same names on every run (a set's order changes).
    names = [name for name in dict.fromkeys(organisations) if len(name.split()) <= _MAX_NAME_WORDS][:_MAX_NAMES]
    patterns = [
        re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
        for name in sorted(names, key=len, reverse=True)
    ]
    result = []
    after_dates = False
    for section, line in sections:
        searched = line
        dated = next(date_ranges(line[:MAX_MATCHED_LINE], _FAR_FUTURE), None) is not None
        if after_dates and not dated and section_kind(section) == "work" and len(line) <= 120 and _names_only(line):
            searched = " " * len(line)
        elif section_kind(section) != "skills":  # "Salesforce CRM" in Skills is a skill, employer or not
            for pattern in patterns:
                searched = pattern.sub(lambda match: " " * len(match.group()), searched[:MAX_MATCHED_LINE])
        result.append(searched)
        after_dates = dated
    return result


def _names_only(line: str) -> bool:
    """Whether every word of four letters or more in ``line`` starts with a capital: a line of names
    (an employer and its place), not a sentence or a wrapped bullet."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", line[:MAX_MATCHED_LINE])
    return bool(words) and all(word[0].isupper() for word in words if len(word) >= 4)


def mend_broken_words(lines: list[str]) -> str | None:
    """The lines joined with words broken by a hyphen at a line end made whole, or None when none is."""
    parts: list[str] = []
    mended = False
    for line in lines:
        if parts and _BROKEN_WORD.search(parts[-1][-2:]) and line[:1].islower():
            parts[-1] = parts[-1][:-1] + line
            mended = True
        else:
            parts.append(line)
    return " ".join(parts) if mended else None


def resume_years(text: str, profile: Profile | None, today: date) -> tuple[float, str] | None:
    """Years of work and where they were read: the profile's work dates, else the date ranges under the
    resume's experience headings (never education, certifications or numbers such as a ZIP+4 code)."""
    if profile is not None and any(job.startDate for job in profile.work):
        return experience_years([(job.startDate, job.endDate) for job in profile.work], today), "the profile's dates"
    spans: list[tuple[PartialDate | None, PartialDate | None]] = [
        span
        for section, line in split_sections(text)
        if section_kind(section) == "work"
        for span in work_spans(line[:MAX_MATCHED_LINE], today)
    ]
    return (experience_years(spans, today), "the date ranges in the resume's experience section") if spans else None
