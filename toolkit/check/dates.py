"""Dates as resumes write them, in the languages resume_words.yaml lists (English, German, French, Spanish, Italian,
Portuguese, Dutch, Polish): points and ranges.

"Sep. 2023 – Mar. 2024", "April, 2023 - December, 2023", "03/2022 – heute", "mars 2022 – aujourd'hui",
"2016/09 - now", "08/ 2024", "IX 2019 – obecnie", "3 - 4/2014", "Since 2019", "Summer 2017", "2019 – 2021".
Whatever the dash is stored as (a hyphen, an en or em dash, a non-breaking or soft hyphen, a minus sign) it joins a
range. The words come from
``templates/language/resume_words.yaml``. An end before its start is kept with a note, never taken
silently as a span of work.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..models.dates import PartialDate
from ..resources import language_data

MAX_DATE_LINE = 10_000  # characters of one line the patterns look at
_ANY_DAY = date(2000, 1, 1)  # for questions a two-digit year's century cannot change
# Every character a PDF or a word processor stores for the dash of a range.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\u2043\ufe58\ufe63\uff0d~"


@dataclass(frozen=True)
class DateRange:
    """A range read from a line: ``end`` None with ``ongoing`` for "– Present"; ``problem`` when it cannot be
    a span of work (an end before its start)."""

    start: PartialDate
    end: PartialDate | None
    ongoing: bool
    text: str
    begin: int  # where the range's text starts and ends in the line
    finish: int
    problem: str = ""


def _plain(word: str) -> str:
    """A word without accents ("März" -> "marz"), lower-case."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


@cache
def _words() -> dict:
    return language_data("resume_words")


@cache
def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for months in _words()["months"].values():
        for number, names in enumerate(months, start=1):
            for name in names:
                numbers.setdefault(_plain(name), number)
    return numbers


@cache
def _roman_months() -> dict[str, int]:
    return {numeral: number for number, numeral in enumerate(_words()["roman_months"], start=1)}


def _roman_point() -> str:
    """A month in capital Roman numerals and its year ("IX 2019", "X.2018"), not after a word and a space."""
    numerals = "|".join(sorted(_roman_months(), key=len, reverse=True))
    return rf"(?<!(?-i:[^\W\d_]) )(?-i:{numerals})\.?\s{{0,3}}[0-9]{{4}}"


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` (and their unaccented spellings), longest first, spaces flexible."""
    spelled = {form for word in words for form in (word.casefold(), _plain(word))}
    return "|".join(re.escape(word).replace(r"\ ", r"\s{1,3}") for word in sorted(spelled, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a date point, a range, "since" a point): linear, every repeat bounded."""
    words = _words()
    names = [name for months in words["months"].values() for month in months for name in month]
    month = rf"(?:{_alternation(list(_month_numbers()) + names)})"
    season = rf"(?:{_alternation(words['seasons'])})"
    day = r"[0-9]{1,2}(?:er|st|nd|rd|th|\.)?"
    of = rf"(?:\s{{1,3}}(?:{_alternation(words['month_year_joiners'])}))?"  # "marzo de 2021", "1 de enero de 2020"
    point = (
        rf"(?:{day}{of}\s{{0,3}}{month}\.?,?{of}\s{{0,3}}[0-9]{{4}}"  # "02 Mai, 2023", "1er décembre 2019"
        rf"|{month}\.?\s{{0,3}}[0-9]{{1,2}}(?:st|nd|rd|th)?,\s{{0,3}}[0-9]{{4}}"  # "November 01, 2017"
        r"|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}"  # "01/07/2021", "25.06.2000"
        rf"|{_roman_point()}"  # "IX 2019", "X.2018"
        rf"|{month}\.?,?{of}\s{{0,3}}(?:[0-9]{{4}}|['’][0-9]{{2}})"  # "Sep. 2023", "Jan '19", "April, 2023"
        rf"|{season}\s{{0,3}}[0-9]{{4}}"  # "Summer 2017"
        r"|[0-9]{1,2}(?:\s?[/.]\s?|-)[0-9]{4}"  # "03/2022", "08/ 2024", "09.2016", "03-2019"
        r"|[0-9]{4}\s?[/.]\s?[0-9]{1,2}(?![0-9])|[0-9]{4}-[0-9]{2}(?![0-9])"  # "2016/09", "2019-04"
        r"|[0-9]{4}(?!-[0-9]{2}(?![0-9])))"  # "2019", but "2019-04" is a month, never "2019 – 04 Mar 2020"
    )
    present = rf"(?:{_alternation(words['present'])})"
    range_words = _alternation(words["range_words"])
    joiner = rf"(?:\s{{0,3}}[{re.escape(_DASHES)}]{{1,2}}\s{{0,3}}|\s{{1,3}}(?:{range_words})\s{{1,3}})"
    bare_month = rf"{month}\.?"  # "Sep – Dec 2019": the first end's year is the second's
    boundary = r"(?<![\w/.-])"
    range_pattern = re.compile(
        rf"{boundary}((?:{point})|{bare_month}){joiner}(?:(?:{_alternation(words['range_words'])})\s{{1,3}})?"
        rf"(?:(?:{_alternation(words['expected'])})\.?\s{{1,3}})?"  # "Mar. 2016 – Exp. Jun. 2017"
        rf"((?:{point})|{present})(?![\w/])",
        re.IGNORECASE,
    )
    since = re.compile(rf"(?<!\w)(?:{_alternation(words['since'])})\s{{1,3}}({point})(?![\w/])", re.IGNORECASE)
    return re.compile(rf"{boundary}({point})(?![\w/])", re.IGNORECASE), range_pattern, since


@cache
def _short_year_range() -> re.Pattern[str]:
    """ "07/15 - present", "04/12 - 03/18": month and two-digit year, read only as a range's two ends (alone,
    "1/2" or "3/18" may be anything)."""
    present = rf"(?:{_alternation(_words()['present'])})"
    short = r"[0-9]{1,2}/[0-9]{2}"
    return re.compile(
        rf"(?<![\w/.-])({short})\s{{0,3}}[{re.escape(_DASHES)}]{{1,2}}\s{{0,3}}({short}|{present})(?![\w/])",
        re.IGNORECASE,
    )


@cache
def _shared_year_range() -> re.Pattern[str]:
    """ "3 - 4/2014", "11. – 12.2019": two months of one year, the year written once at the end."""
    return re.compile(
        rf"(?<![\w/.{re.escape(_DASHES)}])([0-9]{{1,2}})\.?\s{{0,3}}[{re.escape(_DASHES)}]{{1,2}}\s{{0,3}}"
        r"([0-9]{1,2})\s?[/.]\s?([0-9]{4})(?![\w/])"
    )


@cache
def _short_end_range() -> re.Pattern[str]:
    """ "2019–20", "2011 - 12": a year and the last two digits of the next (an academic or fiscal year)."""
    return re.compile(
        rf"(?<![\w/.{re.escape(_DASHES)}])((?:19|20)[0-9]{{2}})(\s{{0,3}}[{re.escape(_DASHES)}]\s{{0,3}})([0-9]{{2}})(?![\w/.])"
    )


@cache
def _open_range() -> re.Pattern[str]:
    point, _, _ = _patterns()
    return re.compile(
        rf"{point.pattern[: point.pattern.rindex('(?![')]}\s{{0,3}}[{re.escape(_DASHES)}]{{1,2}}\s{{0,3}}(?=\)|\t|$)",
        re.IGNORECASE,
    )


def _short_point(text: str, today: date) -> PartialDate | None:
    month, year = (int(part) for part in text.split("/"))
    if not 1 <= month <= 12:
        return None
    return PartialDate(2000 + year if 2000 + year <= today.year + 1 else 1900 + year, month)


def read_point(text: str, today: date) -> PartialDate | None:
    """A date point as written ("Sep. 2023", "03/2022", "2016/09", "Summer 2017", "2019"), parsed; else None.

    A two-digit year ("Jan '98") is in the century that puts it no later than the year after ``today``'s."""
    text = " ".join(text.strip().split())
    if (found := re.fullmatch(r"([IVX]{1,4})\.? ?([0-9]{4})", text)) and found.group(1) in _roman_months():
        return _date(int(found.group(2)), _roman_months()[found.group(1)])  # "IX 2019"
    plain = _plain(text).rstrip(".")
    joiners = "|".join(re.escape(_plain(word)) for word in _words()["month_year_joiners"])
    plain = re.sub(rf"(?<=[^\W\d_]|[0-9]) (?:{joiners}) (?=[^\W_])", " ", plain)  # "marzo de 2021"
    if found := re.fullmatch(r"([0-9]{1,2})(?:er|st|nd|rd|th|\.)? ?([^\W\d_]+)\.?,? ?([0-9]{4})", plain):
        month = _month_numbers().get(found.group(2))
        return _date(int(found.group(3)), month) if month else None  # "02 mai, 2023"
    if found := re.fullmatch(r"([^\W\d_]+)\.? ?([0-9]{1,2})(?:st|nd|rd|th)?, ?([0-9]{4})", plain):
        month = _month_numbers().get(found.group(1))
        return _date(int(found.group(3)), month) if month else None  # "november 01, 2017"
    if found := re.fullmatch(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})", plain):
        first, second = int(found.group(1)), int(found.group(2))
        # Day first, as most of the world writes it ("25/06/2000"), unless only month-first can be a date.
        month = second if second <= 12 and first <= 31 else (first if first <= 12 and second <= 31 else 0)
        return _date(int(found.group(3)), month) if month else None
    found = re.fullmatch(r"([^\W\d_]+)\.?,?\s?(?:([0-9]{4})|['’]([0-9]{2}))", plain)
    if found:
        year = int(found.group(2)) if found.group(2) else 2000 + int(found.group(3))
        if found.group(3) and year > today.year + 1:
            year -= 100  # "Jan '98"
        month = _month_numbers().get(found.group(1))
        if month is None and found.group(1) not in {_plain(season) for season in _words()["seasons"]}:
            return None
        return _date(year, month)
    if found := re.fullmatch(r"([0-9]{1,2})\s?[/.\-]\s?([0-9]{4})", plain):
        month, year = int(found.group(1)), int(found.group(2))
        return _date(year, month if 1 <= month <= 12 else None)
    if found := re.fullmatch(r"([0-9]{4})\s?[/.\-]\s?([0-9]{1,2})", plain):
        year, month = int(found.group(1)), int(found.group(2))
        return _date(year, month if 1 <= month <= 12 else None)
    if re.fullmatch(r"[0-9]{4}", plain):
        return _date(int(plain), None)
    return None


def _date(year: int, month: int | None) -> PartialDate | None:
    return PartialDate(year, month) if 1900 <= year <= 2199 else None


def is_present(text: str) -> bool:
    """True for the words that end an ongoing range ("Present", "heute", "aujourd'hui", "actualidad")."""
    folded = " ".join(text.casefold().split())
    folded = folded.rstrip(".") or folded  # "Present." is "present"; "..." stays an open end
    return folded in _present_words() or _plain(folded) in _present_words()


@cache
def _present_words() -> frozenset[str]:
    return frozenset(form for word in _words()["present"] for form in (word.casefold(), _plain(word)))


def date_ranges(line: str, today: date) -> Iterator[DateRange]:
    """The date ranges of ``line`` in order, and a "Since 2019" start as a range still going on."""
    line = line[:MAX_DATE_LINE]
    if not any("0" <= character <= "9" for character in line):
        return  # every range holds a year: most lines of a resume are read without the range patterns
    _, range_pattern, since = _patterns()
    taken_until = 0
    position = 0
    while (match := range_pattern.search(line, position)) is not None:
        position = match.start() + 1  # a range refused here may still start further on ("Mar - Mar 2019 - 2020")
        if _glued_to_a_number(line, match.start(), match.end()):
            continue  # "53202-1414", "1500-2000 documents" are not dates
        end_text = match.group(2)
        ongoing = is_present(end_text)
        end = None if ongoing else read_point(end_text, today)
        start = read_point(match.group(1), today)
        if start is None and end is not None and (month := _month_numbers().get(_plain(match.group(1)).rstrip("."))):
            start = PartialDate(end.year, month)  # "Sep – Dec 2019"
        if start is None or (end is None and not ongoing):
            continue
        problem = ""
        if end is not None and (end.year, end.month or 12) < (start.year, start.month or 1):
            problem = f"ends ({end_text.strip()}) before it starts ({match.group(1).strip()})"
        elif start.year > today.year + 1:
            problem = f"starts in the future ({match.group(1).strip()})"
        taken_until = position = match.end()
        yield DateRange(start, end, ongoing, match.group(0).strip(), match.start(), match.end(), problem)
    for match in _short_year_range().finditer(line):
        if match.start() < taken_until:
            continue
        start, ongoing = _short_point(match.group(1), today), is_present(match.group(2))
        end = None if ongoing else _short_point(match.group(2), today)
        if start is not None and (ongoing or (end is not None and (end.year, end.month) >= (start.year, start.month))):
            taken_until = match.end()
            yield DateRange(start, end, ongoing, match.group(0).strip(), match.start(), match.end())
    for match in _shared_year_range().finditer(line):
        first, second, year = (int(part) for part in match.groups())
        if match.start() < taken_until or not 1 <= first <= second <= 12 or _date(year, first) is None:
            continue
        taken_until = match.end()
        start, end = PartialDate(year, first), PartialDate(year, second)
        yield DateRange(start, end, False, match.group(0).strip(), match.start(), match.end())
    for match in _short_end_range().finditer(line):
        start_year, dash, last_two = int(match.group(1)), match.group(2), int(match.group(3))
        end_year = start_year // 100 * 100 + last_two
        # "2019-04" with a bare hyphen is April 2019; "2019-20" (no month 20) or "2019–20" spans two years.
        if match.start() < taken_until or not 0 < end_year - start_year <= 10 or (dash == "-" and last_two <= 12):
            continue
        if _glued_to_a_number(line, match.start(), match.end()):
            continue  # "2019-20-30" is a number
        taken_until = match.end()
        yield DateRange(
            PartialDate(start_year), PartialDate(end_year), False, match.group(0), match.start(), match.end()
        )
    for match in since.finditer(line):
        if match.start() < taken_until:
            continue
        start = read_point(match.group(1), today)
        if start is not None:
            taken_until = match.end()
            yield DateRange(start, None, True, match.group(0).strip(), match.start(), match.end())
    # "2025 –", "(Sep 2024 – )", "01/10/2018–<tab>Master": a start and a dash ending its part, no end yet
    for match in _open_range().finditer(line):
        start = read_point(match.group(1), today)
        if match.start() >= taken_until and start is not None and start.year <= today.year:
            yield DateRange(start, None, True, match.group(0).strip(), match.start(), match.end())


@cache
def _month_at_end() -> re.Pattern[str]:
    words = _words()
    names = [name for months in words["months"].values() for month in months for name in month]
    month = _alternation(list(_month_numbers()) + names)
    return re.compile(rf"(?:\s[|·•–—-]\s|\t|,\s|\s{{2}})\s{{0,3}}((?:{month})\.?)\s{{0,3}}$", re.IGNORECASE)


def with_wrapped_dates(lines: list[str], today: date) -> list[str]:
    """``lines`` with a month that a narrow column left at a line's end, set apart, joined to the year that
    starts the next line ("Data Consultant | July" over "2022 - February 2023"): the next line comes up when it
    holds only the dates, else the month goes down to it."""
    lines = list(lines)
    for number in range(len(lines) - 1):
        found = _month_at_end().search(lines[number][:MAX_DATE_LINE])
        below = lines[number + 1]
        if not found or not re.match(r"[0-9]{4}(?![0-9])", below):
            continue
        dates = f"{found.group(1)} {below}"
        if any(read.begin == 0 and read.finish == len(dates) for read in date_ranges(dates, today)):
            lines[number], lines[number + 1] = f"{lines[number]} {below}", ""
        else:
            lines[number], lines[number + 1] = lines[number][: found.start()].rstrip(" |·•,–—-\t"), dates
    return [line for line in lines if line]


def date_points(line: str, today: date) -> Iterator[tuple[PartialDate, int, int]]:
    """Every single date point of ``line`` with where it is (for entries that give one date: "2019", "May 2021");
    a two-digit year is read as of ``today``."""
    point, _, _ = _patterns()
    line = line[:MAX_DATE_LINE]
    for match in point.finditer(line):
        if _glued_to_a_number(line, match.start(), match.end()):
            continue
        found = read_point(match.group(1), today)
        if found is not None:
            yield found, match.start(), match.end()


def has_date_point(line: str) -> bool:
    """Whether ``line`` gives a date point: which century a two-digit year is in cannot change that, so no day
    is needed."""
    return any(True for _ in date_points(line, _ANY_DAY))


def _glued_to_a_number(line: str, start: int, end: int) -> bool:
    before = line[start - 1] if start else ""
    after = line[end] if end < len(line) else ""
    return before.isdigit() or after.isdigit() or (after in "-/" and line[end + 1 : end + 2].isdigit())


def work_spans(line: str, today: date) -> Iterator[tuple[PartialDate, PartialDate | None]]:
    """The ranges of ``line`` that can be a span of work, as (start, end or None while it goes on): from 1950
    on, not in the future, ending after it starts, under 60 years."""
    for found in date_ranges(line, today):
        if found.problem:
            continue
        start, end = found.start, found.end
        if not 1950 <= start.year <= today.year:
            continue
        if end is not None and not (start.year <= end.year <= today.year + 1 and end.year - start.year <= 60):
            continue
        yield start, end
