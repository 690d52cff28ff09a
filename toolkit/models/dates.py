"""JSON Resume dates (YYYY, YYYY-MM, YYYY-MM-DD): parsed once into ``PartialDate``, shown and counted.

Parsing happens in validation (the profile models hold ``PartialDate`` values); everything
after that works with the parsed value, never with the text again.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

# ASCII digits only: Python's int() would also read other scripts' digits.
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?", re.ASCII)


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date whose month and day may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse a JSON Resume date; ``ValueError`` says what is wrong in words."""
        match = _DATE.fullmatch(text.strip())
        if not match:
            raise ValueError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD (got {text!r})")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        if not 1000 <= year <= 2999:  # the JSON Resume schema's own range
            raise ValueError(f"year must be between 1000 and 2999 (got {text})")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month must be 1-12 (got {text})")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"day must be 1-{last} for {calendar.month_name[month]} {year} (got {text})")
        return cls(year, month, day)

    def __str__(self) -> str:
        """The JSON Resume form: ``2021``, ``2021-03`` or ``2021-03-09``."""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

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
    return PartialDate.parse(text)


def format_date_range(start: PartialDate | None, end: PartialDate | None) -> str:
    """``Mar 2021 – Present``; an entry with neither date gives an empty string."""
    start_text = start.display() if start else ""
    end_text = end.display() if end else ("Present" if start else "")
    if start_text and end_text and start_text != end_text:
        return f"{start_text} – {end_text}"
    return start_text or end_text


def display_date(value: PartialDate | None) -> str:
    """``Mar 2021``, ``2021``, or an empty string when there is no date."""
    return value.display() if value else ""


Span = tuple[PartialDate | None, PartialDate | None]


def experience_years(spans: list[Span], today: date) -> float:
    """Years covered by the spans, counting overlapping jobs once; open spans run to today."""
    intervals = []
    for start, end in spans:
        if not start:
            continue
        begin = start.first_day()
        finish = end.last_day() if end else today
        if finish > begin:
            intervals.append((begin, min(finish, max(today, begin))))
    intervals.sort()
    total_days = 0
    current_start = current_end = None
    for begin, finish in intervals:
        if current_end is None or current_start is None or begin > current_end:
            if current_end is not None and current_start is not None:
                total_days += (current_end - current_start).days
            current_start, current_end = begin, finish
        else:
            current_end = max(current_end, finish)
    if current_end is not None and current_start is not None:
        total_days += (current_end - current_start).days
    return total_days / 365.25
