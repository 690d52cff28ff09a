"""A level's pay range from BLS OEWS percentiles for the place of the job (rules in templates/data/pay/rules.yaml).

The levels one SOC code covers share the occupation's 10th-90th percentile span equally,
entry level lowest (a code covering a single level gives it the 25th-75th); the wage
between published percentiles is read on the straight line joining them. The area is the
place's metropolitan area, else its state, else the nation, the first that publishes the
occupation's percentiles; every step down is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ..resources import data_file
from .occupations import find_occupation
from .oews import Area, Occupation, Wages, release, wages_by_area
from .places import find_place
from .ranges import PayRange, round_to_step

if TYPE_CHECKING:  # the models load pydantic, a tenth of a second a cold `jobkit pay show` does not need
    from ..models.occupation_code import OccupationCode

PERCENTILES = {10: "p10", 25: "p25", 50: "median", 75: "p75", 90: "p90"}


@dataclass(frozen=True)
class MarketPay:
    """A level's range from OEWS, the occupation and area it comes from, and the steps taken to get there."""

    pay: PayRange
    occupation: Occupation
    area: Area
    ranks: tuple[float, float]
    notes: tuple[str, ...]

    @property
    def source(self) -> str:
        """``BLS OEWS May 2025 wages for Medical Records Specialists in Jackson, MS``: what a posting says."""
        return f"BLS OEWS {release()} wages for {self.occupation.title} in {area_label(self.area)}"

    def how(self) -> str:
        """The rule as applied, for the recruiter's notes."""
        low, high = (ordinal(rank) for rank in self.ranks)
        return f"the {low} to {high} percentile of {self.source}"


@cache
def rules() -> dict[str, Any]:
    return data_file("pay", "rules.yaml")


def area_label(area: Area) -> str:
    """``Jackson, MS``, ``Mississippi``, ``the United States``: an area as a sentence names it."""
    return "the United States" if area.kind == "N" else area.name


def paid_hourly(code: str, wages: Wages, stated: str | None = None) -> bool:
    """Whether the occupation is usually paid by the hour: BLS's own marks first, then the pack's word,
    then the SOC-group rule (the longest matching prefix in rules.yaml wins)."""
    if wages.annual_only:
        return False
    if wages.hourly_only:
        return True
    if stated is not None:
        return stated == "hour"
    data = rules()
    prefixes = [(prefix, True) for prefix in data["paid_by_the_hour"]]
    prefixes += [(prefix, False) for prefix in data["paid_by_the_year"]]
    matching = [(len(prefix), hourly) for prefix, hourly in prefixes if code.startswith(prefix)]
    return max(matching)[1] if matching else False


def level_ranks(covered: Sequence[str], level: str) -> tuple[float, float]:
    """The percentile span of ``level`` among the ``covered`` levels (entry level first)."""
    data = rules()
    if len(covered) == 1:
        low, high = data["single_level"]
        return float(low), float(high)
    start, end = data["span"]
    share = (end - start) / len(covered)
    index = list(covered).index(level)
    return start + share * index, start + share * (index + 1)


def market_band(
    codes: list[OccupationCode], ladder: Sequence[str], level: str, place: str | None, *, by_the_hour: bool = False
) -> MarketPay | None:
    """The OEWS range for ``level`` at ``place``; None when no code covers the level. ``by_the_hour`` asks for
    hourly figures where BLS publishes them: its yearly ones are full-time, year-round pay."""
    entry = code_for_level(codes, level)
    if entry is None:
        return None
    occupation = find_occupation(entry.code)
    claimed = {item for other in codes for item in other.levels}
    covered = (
        [item for item in ladder if item in entry.levels]
        if entry.levels
        else [item for item in ladder if item not in claimed]
    )
    ranks = level_ranks(covered, level)
    found = find_place(place)
    notes = [found.note] if found.note and place else []
    by_area = wages_by_area(occupation.code)
    for area in found.candidates:
        wages = by_area.get(area.code)
        hourly = (
            (by_the_hour and not wages.annual_only or paid_hourly(occupation.code, wages, entry.paid))
            if wages
            else False
        )
        points = _points(wages, hourly) if wages else None
        if points is None:
            notes.append(f"OEWS publishes no {occupation.title} percentiles for {area_label(area)}")
            continue
        step = rules()["rounding"]["hour" if hourly else "year"]
        pay = PayRange(
            round_to_step(interpolate(points, ranks[0]), step),
            round_to_step(interpolate(points, ranks[1]), step),
            hourly=hourly,
        )
        if wages is not None and wages.top_coded:
            notes.append(
                f"some {occupation.title} wages in {area_label(area)} are at BLS's top code, so the top of the "
                "range may be low"
            )
        return MarketPay(pay, occupation, area, ranks, tuple(notes))
    return None


def _points(wages: Wages, hourly: bool) -> dict[int, float] | None:
    values = wages.hourly if hourly else wages.annual
    points = {rank: values[name] for rank, name in PERCENTILES.items()}
    if any(value is None for value in points.values()):
        return None
    return {rank: float(value) for rank, value in points.items() if value is not None}


def interpolate(points: dict[int, float], rank: float) -> float:
    """The pay at percentile ``rank``, read along the straight lines between the published percentiles."""
    ranks = sorted(points)
    for lower, upper in zip(ranks, ranks[1:], strict=False):
        if lower <= rank <= upper:
            return points[lower] + (points[upper] - points[lower]) * (rank - lower) / (upper - lower)
    return points[ranks[0]] if rank < ranks[0] else points[ranks[-1]]


def ordinal(rank: float) -> str:
    """``10th``, ``23rd``, ``63rd``, ``11th``: a percentile as it is read."""
    number = round(rank)
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def code_for_level(codes: Sequence[OccupationCode], level: str) -> OccupationCode | None:
    """The code that covers ``level``: the one that names it, else the one that names no levels."""
    for item in codes:
        if level in item.levels:
            return item
    return next((item for item in codes if not item.levels), None)
