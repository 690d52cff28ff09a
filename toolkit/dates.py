"""JSON Resume dates (YYYY, YYYY-MM, YYYY-MM-DD): parsing, display and spans of time."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date whose month and day may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def display(self) -> str:
        """``Mar 2021`` when the month is known, else ``2021``."""
        if self.month:
            return f"{calendar.month_abbr[self.month]} {self.year}"
        return str(self.year)


def parse_partial_date(text: str) -> PartialDate:
    """Parse a JSON Resume date; ``ValueError`` says what is wrong in words."""
    match = _DATE.match(text.strip())
    if not match:
        raise ValueError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD (got {text!r})")
    year, month, day = (int(part) if part else None for part in match.groups())
    if year < 1:
        raise ValueError(f"year must be 0001 or later (got {text})")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12 (got {text})")
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"day must be 1-{last} for {calendar.month_name[month]} {year} (got {text})")
    return PartialDate(year, month, day)


def format_date_range(start: str | None, end: str | None) -> str:
    """``Mar 2021 – Present``; an entry with neither date gives an empty string."""
    start_text = parse_partial_date(start).display() if start else ""
    if end:
        end_text = parse_partial_date(end).display()
    else:
        end_text = "Present" if start else ""
    if start_text and end_text and start_text != end_text:
        return f"{start_text} – {end_text}"
    return start_text or end_text


def experience_years(spans: list[tuple[str | None, str | None]], today: date) -> float:
    """Years covered by the spans, counting overlapping jobs once; open spans run to today."""
    intervals = []
    for start, end in spans:
        if not start:
            continue
        begin = parse_partial_date(start).first_day()
        finish = parse_partial_date(end).last_day() if end else today
        if finish > begin:
            intervals.append((begin, min(finish, max(today, begin))))
    intervals.sort()
    total_days = 0
    current_start = current_end = None
    for begin, finish in intervals:
        if current_end is None or begin > current_end:
            if current_end is not None:
                total_days += (current_end - current_start).days
            current_start, current_end = begin, finish
        else:
            current_end = max(current_end, finish)
    if current_end is not None:
        total_days += (current_end - current_start).days
    return total_days / 365.25
