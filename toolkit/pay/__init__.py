"""Market pay from BLS OEWS for any occupation and place (``search_occupations``, ``occupation_pay``).

The data is jobkit's extract of the OEWS May 2025 release (public domain), in
``templates/data/oews`` with its manifest; ``toolkit.pay.bands`` turns it into a level's range.
"""

from __future__ import annotations

from dataclasses import dataclass

from .occupations import UnknownOccupationError, find_occupation, normal_code, search_occupations
from .oews import Area, Occupation, Wages, release, wages_by_area
from .places import find_place

__all__ = [
    "OccupationPay",
    "UnknownOccupationError",
    "find_occupation",
    "normal_code",
    "occupation_pay",
    "release",
    "search_occupations",
]


@dataclass(frozen=True)
class OccupationPay:
    """An occupation's wages in the nearest area that publishes them, and why that area was used."""

    occupation: Occupation
    area: Area
    wages: Wages
    hourly: bool  # how the occupation is usually paid (see templates/data/pay/rules.yaml)
    notes: tuple[str, ...]


def occupation_pay(code: str, location: str | None = None) -> OccupationPay:
    """The wages for SOC ``code`` at ``location`` (``City, ST``; the nation without one).

    Raises ``UnknownOccupationError`` (with near codes) for a code OEWS does not publish.
    """
    from ..errors import JobkitError
    from .bands import area_label, paid_hourly

    occupation = find_occupation(code)
    place = find_place(location)
    notes = [place.note] if place.note and location else []
    by_area = wages_by_area(occupation.code)
    for area in place.candidates:
        wages = by_area.get(area.code)
        if wages is not None and (wages.hourly["median"] is not None or wages.annual["median"] is not None):
            return OccupationPay(occupation, area, wages, paid_hourly(occupation.code, wages), tuple(notes))
        notes.append(f"OEWS publishes no {occupation.title} wages for {area_label(area)}")
    raise JobkitError(f"OEWS publishes no wages for {occupation.code} {occupation.title}: " + "; ".join(notes))
