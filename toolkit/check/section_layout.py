"""How a section lays out its entries, learnt from the entries whose words tell: on which side of its dates an
entry's title stands when the first entry says nothing, and which lines name an entry past a short description
or beside a line of dates alone. A title is told by its head words (job_titles.yaml), not by its position."""

from __future__ import annotations

from datetime import date

from .dates import DateRange
from .entry_lines import heading_text, is_attribute, is_bullet, is_heading_like
from .places import may_be_places
from .positions import field_count, line_fields, organisation_score, split_fields, title_score
from .undated_entries import FIELDS

_FIELDS_BELOW = 2  # the lines under a line of dates alone that may name its entry's title
_DESCRIBED_BETWEEN = 2  # description lines allowed between an entry's naming lines and its dates


def titled_beside(lines: list[str], index: int, today: date, described: set[int]) -> bool:
    """The line at ``index`` names something and holds a job title's head word."""
    if not 0 <= index < len(lines) or index in described or not is_heading_like(lines[index], today):
        return False
    return any(title_score(field) == 2 for field in split_fields(heading_text(lines[index], today)))


def side_by_titles(
    lines: list[str], anchors: list[tuple[int, DateRange | None, int]], today: date, described: set[int]
) -> str | None:
    """Where the section's dates have their titles, when its first entry tells nothing (neither line beside its
    dates names one: "Enfocado en desarrollo de proyecto de tesis" over "Abr 2025 - Jul 2025"): the side on which
    more lines of dates alone have a title beside them, two at least ("Forcast. — Junior Full-Stack Software
    Engineer" over "Nov 2024 – Abr 2025")."""
    alone = [(line, span) for line, _, span in anchors if not heading_text(" ".join(lines[line : line + span]), today)]
    above = sum(titled_beside(lines, line - 1, today, described) for line, _ in alone)
    below = sum(titled_beside(lines, line + span, today, described) for line, span in alone)
    if max(above, below) < 2 or above == below:
        return None
    return "above" if above > below else "below"


def title_above(
    lines: list[str], line_number: int, span: int, reach: tuple[int, int], today: date, used: set[int]
) -> bool:
    """Under a line of dates alone, in a section whose first entry is named below its dates, the two lines below
    name no title by its head words but the line right above does ("Scaleway" / "Fullstack DevOps developper" /
    "(01 Janvier, 2018 - 31 Décembre, 2018)" / "Conception d'un service ..."): this entry is named above, as the
    next page of a file may set its entries otherwise than the first."""
    above, below = line_number - 1, line_number + span
    if above < reach[0] or above in used or below >= reach[1] or is_bullet(lines[above]):
        return False  # a line that names the last entry ("GLS Germany" / "Lagerist" / "11/2019 – 12/2019")
    if not is_heading_like(lines[above], today):
        return False
    named_below = [
        heading_text(line, today)
        for line in lines[below : min(below + _FIELDS_BELOW, reach[1])]
        if is_heading_like(line, today)
    ]
    return title_score(heading_text(lines[above], today)) == 2 and not any(title_score(text) for text in named_below)


def past_description(lines: list[str], index: int, lower: int, described: set[int]) -> int:
    """The line above a short description ("- Empresa Proveedora de internet domiciliario.") that stands between
    an entry's naming lines and its dates; ``index`` itself when no description is there or nothing is above it."""
    up = index
    while up >= lower and up in described and index - up < _DESCRIBED_BETWEEN:
        up -= 1
    return up if up != index and up >= lower and up not in described else index


def titled_above(lines: list[str], line_number: int, reach: tuple[int, str], today: date, described: set[int]) -> bool:
    """The dated line's own words are shaped as places ("Vaqueros, Salta": names set apart by commas, none a
    title's or an organisation's), and the naming lines above it, past a short description, name a title by
    its head words and one more field: those lines name the entry, and the dated line's words are its place."""
    lower, own = reach
    if not may_be_places(own) or any(title_score(piece) or organisation_score(piece) for piece in line_fields(own)):
        return False
    index = past_description(lines, line_number - 1, lower, described)
    named: list[str] = []
    while index >= lower and len(named) < FIELDS and index not in described:
        if not is_heading_like(lines[index], today) or is_attribute(lines[index], today):
            break
        named.append(heading_text(lines[index], today))
        index -= 1
    fields = sum(field_count(text) for text in named)
    return fields >= FIELDS and any(title_score(text) > organisation_score(text) for text in named)
