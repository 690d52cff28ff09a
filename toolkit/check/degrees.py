"""What an ATS reads of a resume's education: each degree with its level, its school, its end, and whether
it is finished.

An education entry names a degree ("M.Sc. in Bioinformatics", "Licence professionnelle …", "Grado en
Relaciones Laborales"), a school ("Carrow University", "IUT de Saint-Aubin", "IES Miribilla Berri"), or
both; a school alone ("42 Born To Code", "Preparatory classes in Lycée Thiers") is an entry too. Degree
levels, school words and the words that say a degree is unfinished come from ``resume_words.yaml``.
Whether a degree is finished is read from what the resume says: a range still going on, an end in the
future, or words such as "expected", "in progress", "en cours", "voraussichtlich"; words such as
"student" or "candidate" say so only when no past end date says it is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..models.dates import PartialDate
from ..models.posting import EDUCATION_LEVELS
from ..resources import language_data
from .dates import date_points, is_present
from .entries import Entry
from .entry_lines import is_prose, without_bullet
from .places import is_place
from .positions import line_fields, organisation_score, split_fields

_ASIDE = re.compile(r"\(([^()]{1,30})\)")  # a note in brackets after a name
_LOOKED_AT = 2  # lines under an entry's heading that may name its degree ("Master student in …, expected 2016")


@dataclass
class ReadDegree:
    degree: str = ""
    level: str | None = None
    school: str = ""
    end: str | None = None
    in_progress: bool = False

    def to_json(self) -> dict:
        return {
            "degree": self.degree,
            "level": self.level,
            "school": self.school,
            "end": self.end,
            "in_progress": self.in_progress,
        }


@cache
def _words() -> dict:
    return language_data("resume_words")


@cache
def _degree_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (level, re.compile(pattern, re.IGNORECASE))
        for level in EDUCATION_LEVELS
        for pattern in _words()["degrees"].get(level, [])
    ]


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    # A word inside a hyphenated one is another word ("ongoing-care costs", "student-led").
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(word) for word in ordered) + r")(?![\w-])", re.IGNORECASE)


@cache
def _unfinished() -> re.Pattern[str]:
    return _words_pattern(_words()["in_progress"])


@cache
def _studying() -> re.Pattern[str]:
    return _words_pattern(_words()["studying"])


@cache
def _expected() -> re.Pattern[str]:
    return _words_pattern(_words()["expected"] + _words()["expected_completion"])


@cache
def _school_connectors() -> re.Pattern[str]:
    alternation = "|".join(re.escape(word) for word in sorted(_words()["school_connectors"], key=len, reverse=True))
    return re.compile(rf"\s{{1,3}}(?:{alternation})\s{{1,3}}(?=[A-Z0-9À-Þ])")


def level_of(text: str) -> str | None:
    """The highest degree level ``text`` names, or None."""
    found = [level for level, pattern in _degree_patterns() if pattern.search(text)]
    return max(found, key=EDUCATION_LEVELS.index) if found else None


def is_school(piece: str) -> bool:
    """A school's name: it holds a school's word ("University", "Lycée", "IUT", "High School"), or an
    organisation's and names no degree ("G-SCOP Laboratory", not "M.Sc. Digital Media")."""
    return has_school_word(piece) or (organisation_score(piece) > 0 and not level_of(piece))


def has_school_word(piece: str) -> bool:
    """A school's word in ``piece``, alone or ending a compound ("Goethe-Gymnasium")."""
    words = {part for word in piece.split() for part in word.strip(',.()"').casefold().split("-")}
    return bool(words & set(_words()["school_words"]))


def _names_a_degree(piece: str) -> bool:
    """A word that names the award itself ("High School Diploma", "Bachelor's Degree", "Abschluss")."""
    words = {word.strip(",.()'’s").casefold() for word in piece.split()}
    return bool(words & set(_words()["degree_nouns"]))


def read_degrees(entries: list[Entry], today: date) -> list[ReadDegree]:
    """The degrees of an education section's entries; an entry that names neither a degree nor a school
    (honours, a GPA line) is none."""
    degrees = []
    for entry in entries:
        read = _degree(entry)
        if read is None:
            continue
        block = [*entry.heading, *entry.lines[:_LOOKED_AT]]
        # The lines as written too: "Master en Informatique (en cours)" loses "(en cours)" to the date reader,
        # "State University, Class of 2028" its year.
        written = entry.source[: len(entry.heading) + _LOOKED_AT + (1 if entry.dates or entry.single_date else 0)]
        end, ongoing = _end(entry)
        expected = _expected_end(block + written, today)
        if expected is not None and (
            ongoing or end is None or _after(end, today) or (end.year == expected.year and end.month is None)
        ):
            end = expected  # "2021/09 – now … Expected completion: May 2027", "2003–2006 … expected in June 2006"
        if end is not None:
            read.end = str(end)
        said = any(_unfinished().search(line) for line in block + written)
        # "Máster en Informática (actualidad)", "B.Sc. (current)": a word for "until now" standing alone
        said = said or any(is_present(aside) for line in written for aside in _ASIDE.findall(line))
        # "Ott. 2017 - Prev. Mar. 2020": the range's own end is one expected, not one reached
        said = said or bool(entry.dates and _expected().search(entry.dates.text))
        studying = any(_studying().search(line) for line in block)
        done = end is not None and not ongoing and not _after(end, today)
        read.in_progress = ongoing or (end is not None and _after(end, today)) or said or (studying and not done)
        degrees.append(read)
    return degrees


def _degree(entry: Entry) -> ReadDegree | None:
    """The degree, level and school an entry's heading names (or, failing it, the lines under it)."""
    fields = _fields(entry.heading)
    if not any(level_of(field) for field in fields):
        lines = [without_bullet(line) for line in entry.lines[:_LOOKED_AT]]
        fields += _fields([line for line in lines if not is_prose(line)])
    levelled = [field for field in fields if level_of(field)]
    schools = [field for field in fields if is_school(field) and not _names_a_degree(field)]
    degree = next((field for field in levelled if field not in schools), levelled[0] if levelled else "")
    school = next((field for field in schools if field != degree), "")
    if not degree and not school:
        if entry.dates is None and entry.single_date is None or not fields:
            return None
        # A dated entry in an education section names schooling even without a known word ("42 Born To
        # Code", "Classes préparatoires"): what it is, and where when a second field says so.
        return ReadDegree(degree=fields[0], school=fields[1] if len(fields) > 1 else "")
    level = level_of(degree) if degree else None
    if degree and degree in schools:  # "Mathematics High School": the level is the school's; the degree is beside
        school = degree
        degree = next((field for field in fields if field != school and not is_place(field)), "")
    if not school and degree:
        school = next((field for field in fields if field != degree and not level_of(field)), "")
    if not degree and school:  # "Preparatory classes in Lycée Thiers": what was studied, where
        degree = next((field for field in fields if field != school and not is_school(field)), "")
    return ReadDegree(degree=degree, level=level, school=_without_note(school))


def _fields(lines: list[str]) -> list[str]:
    """The fields of heading lines, each cut at its separators and at "at"/"in" before a school's name."""
    fields = []
    for line in lines:
        for field in line_fields(without_bullet(line)):
            for piece in split_fields(field):
                cut = _school_connectors().split(piece, maxsplit=1)
                if len(cut) != 2 or not has_school_word(cut[1]):
                    cut = _degree_before_school(piece)
                fields += [part.strip(" ,") for part in cut]
    return [field for field in fields if field and not is_place(field)]


def _degree_before_school(piece: str) -> list[str]:
    """ "PhD Princeton University" as its degree and its school; ``[piece]`` when it is not one of these."""
    for _, pattern in _degree_patterns():
        match = pattern.match(piece)
        rest = piece[match.end() :].strip(" ,") if match else ""
        if match and rest and has_school_word(rest) and not level_of(rest):
            return [piece[: match.end()], rest]
    return [piece]


def _without_note(field: str) -> str:
    """``field`` without a note in brackets after the name ("IUT de Saint-Aubin (en alternance)", one cut at
    the line's end "(en"): a note starts with a small letter, a name's own brackets with a capital."""
    return re.sub(r"\s{0,3}\((?:[a-zà-ÿ][^()]*\)?|[^()]*$)$", "", field).strip() or field


def _end(entry: Entry) -> tuple[PartialDate | None, bool]:
    if entry.dates is not None:
        return entry.dates.end, entry.dates.ongoing
    if entry.single_date is not None:
        return PartialDate(*entry.single_date), False
    return None, False


def _expected_end(block: list[str], today: date) -> PartialDate | None:
    """The date after an "expected" word ("expected March 2016", "Expected completion: May 2027")."""
    for line in block:
        for match in _expected().finditer(line):
            points = list(date_points(line[match.end() : match.end() + 40], today))
            if points:
                return points[0][0]
    return None


def _after(end: PartialDate, today: date) -> bool:
    """An end not yet past: a later month, or this year when only the year is printed (the resume does not
    say the degree is done)."""
    return end.year >= today.year if end.month is None else (end.year, end.month) > (today.year, today.month)
