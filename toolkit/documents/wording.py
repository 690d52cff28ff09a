"""Phrasing shared by every document kind: lists in prose, counts, dates, years of experience."""

from __future__ import annotations

from datetime import date


def join_words(items: list[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``: a list as a sentence names it."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """``1 year``, ``6 years``, ``2 questions``."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def long_date(day: date) -> str:
    """``November 23, 2026``: the date line of a letter or sheet."""
    return f"{day:%B} {day.day}, {day.year}"


def whole_years(years: float | None) -> int:
    """Completed years of experience: 6.9 years is 6 years, never rounded up into a claim."""
    return int(years or 0)
