"""Entries as a section gives them without dates: each heading-like line after other content opens one, or
each label ("Empresa:", "Cargo:") that the open entry has already; and the Entry each section reading
yields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..resources import language_data
from .dates import DateRange, date_points
from .entry_lines import heading_text, is_bullet, is_heading_like, without_bullet
from .positions import field_count, labelled, split_fields

FIELDS = 2  # a title and an employer: the heading lines looked for beside a date stop there


@dataclass
class Entry:
    """One job or degree: the lines that name it, its other lines, and its date range (or single date).
    ``dated_line`` is the index in ``heading`` of the line that held the dates (None when no heading line
    did)."""

    heading: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    dates: DateRange | None = None
    single_date: tuple[int, int | None] | None = None
    dated_line: int | None = None
    # The lines that name it and its other lines as the resume writes them, dates and all: a word the dates took
    # ("(en cours)", read as "present" with no range to end) still says what the entry is.
    source: list[str] = field(default_factory=list)


@cache
def joiners() -> frozenset[str]:
    words = language_data("resume_words")
    return frozenset([*words["heading_joiners"], *words["conjunctions"], *words["school_connectors"]])


def undated_entries(lines: list[str], today: date, described: set[int]) -> list[Entry]:
    """Without dates: an entry starts at each heading-like line that follows other content, and the
    heading-like lines right under it name it too until a title and an employer are named ("Instructor" over
    "University | Department")."""
    if sum((labelled(line) or ("",))[0] in _NAMING_FIELDS for line in lines) >= FIELDS:
        return _labelled_entries(lines)
    entries: list[Entry] = []
    closed = True
    named = 0
    for index, line in enumerate(lines):
        heading_like = index not in described and is_heading_like(line, today) and not is_bullet(line)
        # A short sentence ("Taught two courses.") opens no entry; a name with its fields may end with a stop.
        opens = heading_like and (not line.rstrip().endswith(".") or len(split_fields(without_bullet(line))) > 1)
        if opens and closed:
            entries.append(Entry(heading=[heading_text(line, today)], dated_line=0, source=[line]))
            closed = False
            named = field_count(entries[-1].heading[0])
            closed = named >= FIELDS  # named in full: the next line that names something opens the next entry
            points = list(date_points(line, today))
            if points:
                entries[-1].single_date = (points[-1][0].year, points[-1][0].month)
        elif heading_like and entries and not entries[-1].lines and named < FIELDS:
            entries[-1].heading.append(heading_text(line, today))
            entries[-1].source.append(line)
            named += field_count(entries[-1].heading[-1])
            closed = named >= FIELDS
        elif entries:
            entries[-1].lines.append(line)
            entries[-1].source.append(line)
            closed = True
    return entries


_NAMING_FIELDS = ("title", "employer")


def _labelled_entries(lines: list[str]) -> list[Entry]:
    """Entries whose fields are labelled ("Empresa: Freitas Soluções" / "Cargo: Suporte Técnico" / "Período: 05
    meses" / "Iguatu – CE"): a label opens the next entry only when the open one has that field already, and
    every unlabelled line belongs to the open entry; one that carries on a value the line broke after a comma
    or a joining word ("… impressoras, fontes e" / "Cabeamentos de rede") is part of it."""
    entries: list[Entry] = []
    given: set[str] = set()
    for line in lines:
        field = labelled(line)
        if field is not None and field[0] in _NAMING_FIELDS:
            if not entries or field[0] in given:
                entries.append(Entry(dated_line=0))
                given = set()
            given.add(field[0])
            entries[-1].heading.append(line)
            continue
        if not entries:
            continue
        last = entries[-1].heading[-1].rstrip() if entries[-1].heading and not entries[-1].lines else ""
        if last and (last.endswith(",") or last.rsplit(" ", 1)[-1].casefold() in joiners()):
            entries[-1].heading[-1] = f"{last} {line.strip()}"
        else:
            entries[-1].lines.append(line)
    return entries
