"""The entries of a resume section: each job or degree with the lines that name it.

Layouts differ in where an entry's facts sit, but its dates sit next to the lines that name it:
"Title, Employer, City" and the dates on one line (moderncv); the employer over the title and its dates
(Awesome-CV); the title and its dates over "Employer, City" (JSON Resume themes); the employer and title
over a line of dates and place. So each date range anchors an entry, and the entry's heading is the
anchor line and the heading-like lines beside it, on the side the section's layout puts them. RenderCV
stores its right-hand column (place, dates, duration) after the bullets: there the heading is the first
line after the previous entry's dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..postings.words import US_STATES
from ..resources import language_data
from .dates import DateRange, date_points, date_ranges

_BULLET = re.compile(r"^\s*(?:[-*•·–—▪◦‣●○■□➢➤►▶✓✔❖◆◇→>]|[0-9]{1,2}[.)](?![0-9]))\s*")
_DURATION = re.compile(
    r"^\(?(?:[0-9]{1,2}\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses?)\.?,?\s*){1,2}\)?$",
    re.IGNORECASE,
)
_CITY_STATE = re.compile(r"^[A-Z][\w.'’ -]{1,40}, ?([A-Z]{2})(?: [0-9]{5})?$")
_PLACE_WORDS = {"remote", "hybrid", "on-site", "onsite", "worldwide"}
MAX_HEADING_WORDS = 12  # a heading line of an entry ("Senior Software Engineer, Acme Corp, Berlin") is short
_SENTENCE_WORDS = 6
_NEAR = 2  # heading lines looked for on each side of a date


@dataclass
class Entry:
    """One job or degree: the lines that name it, its other lines, and its date range (or single date)."""

    heading: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    dates: DateRange | None = None
    single_date: tuple[int, int | None] | None = None


@cache
def _countries() -> frozenset[str]:
    return frozenset(word.casefold() for word in language_data("resume_words").get("countries", []))


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def without_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip() if is_bullet(line) else line.strip()


def is_place(text: str) -> bool:
    """A place on its own: "Milwaukee, WI", "Berlin, Germany", "Remote", "Seoul, S.Korea"."""
    text = text.strip(" .,;()[]|")
    if not text or len(text) > 40 or any(character.isdigit() for character in text):
        return False
    match = _CITY_STATE.match(text)
    if match and match.group(1) in US_STATES:
        return True
    if text.casefold() in _PLACE_WORDS or text.casefold() in _countries():
        return True
    head, comma, tail = text.rpartition(",")
    return bool(comma) and tail.strip().casefold() in _countries() and len(head.split()) <= 3


# "... Seoul, S.Korea", "... Mountain View, CA": a place at the end of a heading line, after the name.
_CITY_PREFIXES = {
    "san", "santa", "los", "las", "new", "fort", "st.", "saint", "el", "la", "le", "salt", "baton", "palo", "des",
    "mountain", "south", "north", "west", "east", "port", "rio", "sao", "são", "buenos", "hong", "kuala", "tel",
    "abu", "ho", "cape", "grand", "ann", "long", "key", "del",
}  # fmt: skip


def without_place(text: str) -> str:
    """``text`` without a place at its end ("Google Mountain View, CA" -> "Google"); as it was if none."""
    text = text.strip()
    head, comma, tail = text.rpartition(",")
    tail = tail.strip(" .()[]")
    if not comma or not (tail in US_STATES or tail.casefold() in _countries()):
        return text
    words = head.split()
    if len(words) <= 1:
        return "" if words else text
    cut = len(words) - 1  # the city's last word
    while cut > 1 and words[cut - 1].casefold() in _CITY_PREFIXES:
        cut -= 1
    if words[cut - 1].endswith((".", ")")) or words[cut - 1][:1].isupper():
        return " ".join(words[:cut]).strip(" ,|–-")
    return " ".join(words[:cut]).strip(" ,|–-")


def is_attribute(line: str, today: date) -> bool:
    """A line that is only a place, only dates, only a duration ("2 years 10 months"), or a mix of these."""
    text = without_bullet(line)
    return bool(text) and not heading_text(text, today)


def heading_text(line: str, today: date) -> str:
    """``line`` without its dates, durations and place: what is left to name a job or a degree."""
    text = without_bullet(line)
    for found in date_ranges(text, today):
        text = text.replace(found.text, " ")
    for _, start, end in reversed(list(date_points(text))):
        text = text[:start] + " " + text[end:]
    text = re.sub(r"\(?\b[0-9]{1,2}\s*(?:years?|yrs?|months?|mos?)\b(?:,?\s*[0-9]{1,2}\s*months?)?\)?", " ", text)
    text = re.sub(r"[\[\]]|\(\s*\)|\(\s*[-–—.…]*\s*\)", " ", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" |·,–-—:;/()")
    pieces = [piece.strip() for piece in re.split(r"\s+[|·•]\s+|\s{3,}|\t", text)]
    kept = [piece for piece in pieces if piece and not is_place(piece) and not _DURATION.match(piece)]
    return without_place(" | ".join(kept)) if kept else ""


def _is_heading_like(line: str, today: date) -> bool:
    """A short line that names something: not a sentence, not a wrapped line, not only dates or a place."""
    text = without_bullet(line)
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS or text[:1].islower():
        return False
    if text.endswith((".", ";", ":")) and len(words) >= _SENTENCE_WORDS and not date_ranges_in(text, today):
        return False
    return bool(heading_text(text, today))


def date_ranges_in(text: str, today: date) -> list[DateRange]:
    return list(date_ranges(text, today))


def _anchors(lines: list[str], today: date) -> list[tuple[int, DateRange, int]]:
    """(line, range, lines it spans) for each line holding a date range; "February 2006–" over "current" is one."""
    anchors: list[tuple[int, DateRange, int]] = []
    index = 0
    while index < len(lines):
        found = date_ranges_in(lines[index], today)
        if found:
            anchors.append((index, next((item for item in found if not item.problem), found[0]), 1))
        elif index + 1 < len(lines) and re.search(r"[-–—\u00ad]\s*$", lines[index]):
            joined = date_ranges_in(f"{lines[index]} {lines[index + 1]}", today)
            if joined and date_points_in(lines[index]):
                anchors.append((index, joined[0], 2))
                index += 2
                continue
        index += 1
    return anchors


def date_points_in(text: str) -> bool:
    return any(True for _ in date_points(text))


def entries_of(lines: list[str], today: date) -> list[Entry]:
    """The entries of one section's lines, in order: one per date range, or per heading-like line after
    other content when the section gives no dates."""
    lines = [line.strip() for line in lines if line.strip()]
    anchors = _anchors(lines, today)
    if not anchors:
        return _undated_entries(lines, today)
    # The layout: the first date's line names the entry itself, or the lines above or below it do.
    first_line, _, first_span = anchors[0]
    side = _side(lines, first_line, first_span, today)
    entries: list[Entry] = []
    used: set[int] = set()
    for number, (line_number, dates, span) in enumerate(anchors):
        previous_end = anchors[number - 1][0] + anchors[number - 1][2] if number else 0
        next_start = anchors[number + 1][0] if number + 1 < len(anchors) else len(lines)
        entry = Entry(dates=dates)
        own = heading_text(" ".join(lines[line_number : line_number + span]), today)
        heading = [own] if own else []
        picked = _beside(lines, line_number, span, previous_end, next_start, side, today, used)
        if side == "above":
            heading = picked + heading
        else:
            heading = heading + picked
        if not heading:
            heading = _first_after(lines, previous_end, line_number, today, used)
        used.update(range(line_number, line_number + span))
        entry.heading = heading
        entry.lines = [lines[index] for index in range(line_number + span, next_start) if index not in used]
        entries.append(entry)
    return entries


def _side(lines: list[str], line_number: int, span: int, today: date) -> str:
    """Where the first dated entry's naming lines are: "above" when a heading-like line stands right above the
    date's line and the date's own line is short of a title and employer, else "below"."""
    own = heading_text(" ".join(lines[line_number : line_number + span]), today)
    above = line_number > 0 and _is_heading_like(lines[line_number - 1], today)
    if own and len(re.split(r",\s|\s[|·–—-]\s|\s(?:at|@)\s", own)) >= 2:
        return "own"
    return "above" if above else "below"


def _beside(
    lines: list[str], line_number: int, span: int, lower: int, upper: int, side: str, today: date, used: set[int]
) -> list[str]:
    """Up to two heading-like lines next to the date's line on ``side``, within the entry's reach."""
    picked: list[str] = []
    if side == "above":
        index = line_number - 1
        while index >= lower and len(picked) < _NEAR and index not in used and _is_heading_like(lines[index], today):
            picked.insert(0, heading_text(lines[index], today))
            used.add(index)
            index -= 1
    elif side == "below":
        index = line_number + span
        while index < upper and len(picked) < 1 and _is_heading_like(lines[index], today):
            picked.append(heading_text(lines[index], today))
            used.add(index)
            index += 1
    return picked


def _first_after(lines: list[str], start: int, stop: int, today: date, used: set[int]) -> list[str]:
    """The first heading-like line after the previous entry (RenderCV: the dates come after the bullets)."""
    for index in range(start, stop):
        if index in used or is_attribute(lines[index], today):
            continue
        if _is_heading_like(lines[index], today):
            used.add(index)
            return [heading_text(lines[index], today)]
        break
    return []


def _undated_entries(lines: list[str], today: date) -> list[Entry]:
    """Without dates: an entry starts at each heading-like line that follows other content."""
    entries: list[Entry] = []
    closed = True
    for line in lines:
        if _is_heading_like(line, today) and not is_bullet(line) and closed:
            entries.append(Entry(heading=[heading_text(line, today)]))
            closed = False
            points = list(date_points(line))
            if points:
                entries[-1].single_date = (points[-1][0].year, points[-1][0].month)
        elif entries:
            entries[-1].lines.append(line)
            closed = True
    return entries
