"""Pay ranges for job descriptions: read from the recruiter, or derived from a pack's sourced figures.

``--salary auto`` never invents a figure. It derives a band from what the role pack's
sources say, by one of two stated rules, and refuses when the pack has neither:

1. Level medians (a source that gives a median for every level of the ladder): the band
   runs from halfway to the level below's median to halfway to the level above's; at the
   ends of the ladder the band is as wide on the open side as on the other.
2. Occupation-wide percentiles (BLS OEWS gives the 10th to 90th): the ladder's levels share
   the 10th-90th percentile span equally, entry level lowest, interpolating between the
   published percentiles.

Bands are rounded to the nearest $500 a year or $0.25 an hour.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..errors import JobkitError
from ..models.role import PayFigure, RolePack

HOURLY_BELOW = 500  # a range whose top is under this is pay per hour, not per year
HOURS_PER_YEAR = 2080
MAX_AMOUNT = 1_000_000_000
_PERCENTILES = {"p10": 10, "p25": 25, "median": 50, "p75": 75, "p90": 90}
# Matched after white space is taken out, so no two repeats compete for the same characters, and an amount
# starts only where a number starts: linear time however the pattern is used.
_AMOUNT = r"(?<![0-9,.])\$?([0-9][0-9,]*(?:\.[0-9]+)?)(k)?"
_SALARY_RANGE = re.compile(rf"{_AMOUNT}(?:-|–|—|to){_AMOUNT}")
_SALARY_OPEN_ENDED = re.compile(rf"{_AMOUNT}(?:\+|-|–|ormore|andup)?")
MAX_SALARY_CHARACTERS = 100


class SalaryError(JobkitError):
    """A pay range that is not a real MIN-MAX range, or no sourced figures to derive one from."""


@dataclass(frozen=True)
class PayRange:
    minimum: float
    maximum: float
    currency: str = "USD"
    hourly: bool = False

    @property
    def unit(self) -> str:
        """schema.org unitText."""
        return "HOUR" if self.hourly else "YEAR"

    def display(self) -> str:
        def money(amount: float) -> str:
            return f"${amount:,.2f}".replace(".00", "") if self.hourly else f"${amount:,.0f}"

        return f"{money(self.minimum)} – {money(self.maximum)} {'an hour' if self.hourly else 'a year'}"

    def as_yearly(self) -> tuple[float, float]:
        factor = HOURS_PER_YEAR if self.hourly else 1
        return self.minimum * factor, self.maximum * factor


def parse_salary(text: str) -> PayRange | None | str:
    """``"36000-42000"`` (also ``$36,000 - $42,000``, ``36k-42k``, hourly ``22-26``) -> a range; ``"auto"``; ``"none"``.

    Open-ended ranges and min > max are errors: pay-transparency laws ask for a real range.
    """
    if len(text) > MAX_SALARY_CHARACTERS:
        raise SalaryError(
            f"--salary {text[:40]!r}... is {len(text):,} characters long; "
            "use MIN-MAX (e.g. 36000-42000), 'auto' or 'none'"
        )
    value = "".join(text.split()).lower()
    if value in {"auto", ""}:
        return "auto"
    if value in {"none", "no", "omit"}:
        return None
    match = _SALARY_RANGE.fullmatch(value)
    if not match:
        if _SALARY_OPEN_ENDED.fullmatch(value):
            raise SalaryError(
                f"--salary {text!r} is open-ended; give a real range as MIN-MAX (e.g. 36000-42000), "
                "as pay-transparency laws require, or 'auto' or 'none'"
            )
        raise SalaryError(f"--salary {text!r} is not a range; use MIN-MAX (e.g. 36000-42000), 'auto' or 'none'")
    low = _amount(match.group(1), match.group(2))
    high = _amount(match.group(3), match.group(4))
    if max(low, high) > MAX_AMOUNT:  # also catches a number too long for a float ("inf")
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise SalaryError(f"--salary {shown!r}: amounts above {MAX_AMOUNT:,} are not pay; check the numbers")
    if low <= 0 or high <= 0:
        raise SalaryError(f"--salary {text!r}: both ends must be above zero")
    if low > high:
        raise SalaryError(f"--salary {text!r}: the minimum ({low:,g}) is above the maximum ({high:,g})")
    return PayRange(low, high, hourly=high < HOURLY_BELOW)


def _amount(number: str, thousands: str | None) -> float:
    amount = float(number.replace(",", ""))
    return amount * 1000 if thousands else amount


def derived_band(role: RolePack, level: str) -> tuple[PayRange, str]:
    """The band for ``level`` from the pack's sourced figures, and how it was derived (for the recruiter)."""
    if band := _from_level_medians(role, level):
        return band
    if band := _from_percentiles(role, level):
        return band
    raise SalaryError(
        f"the role pack {role.id} has no sourced pay figures to derive a range from (level medians or "
        "percentiles); give --salary MIN-MAX from your own pay bands, or --salary none"
    )


def _from_level_medians(role: RolePack, level: str) -> tuple[PayRange, str] | None:
    ladder = role.level_ids()
    by_source: dict[tuple[str, str, str], dict[str, PayFigure]] = {}
    for figure in role.reference.pay:
        if figure.statistic == "median" and figure.level in ladder and figure.unit == "year":
            by_source.setdefault((figure.source, figure.period, figure.currency), {})[figure.level] = figure
    for (source, period, currency), figures in by_source.items():
        if set(figures) != set(ladder) or len(ladder) < 2:
            continue
        medians = [figures[item].amount for item in ladder]
        index = ladder.index(level)
        here = medians[index]
        below = (here + medians[index - 1]) / 2 if index > 0 else None
        above = (here + medians[index + 1]) / 2 if index + 1 < len(ladder) else None
        low = below if below is not None else here - (above - here)  # type: ignore[operator]
        high = above if above is not None else here + (here - below)  # type: ignore[operator]
        band = PayRange(_round(low, False), _round(high, False), currency)
        how = (
            f"around the {role.level(level).title} median of ${here:,.0f} "
            f"({_cited(role, source, period)}), from halfway to the level below's median to halfway to the "
            "level above's"
        )
        return band, how
    return None


def _from_percentiles(role: RolePack, level: str) -> tuple[PayRange, str] | None:
    groups: dict[tuple[str, str, str, str], dict[int, float]] = {}
    for figure in role.reference.pay:
        if figure.statistic in _PERCENTILES and figure.level is None:
            key = (figure.source, figure.period, figure.unit, figure.currency)
            groups.setdefault(key, {})[_PERCENTILES[figure.statistic]] = figure.amount
    usable = [(key, points) for key, points in groups.items() if {10, 90} <= set(points) and len(points) >= 3]
    if not usable:
        return None
    # Yearly figures first, then the most complete set.
    (source, period, unit, currency), points = sorted(usable, key=lambda item: (item[0][2] != "year", -len(item[1])))[0]
    ladder = role.level_ids()
    index = ladder.index(level)
    share = 80 / len(ladder)
    low_rank, high_rank = 10 + share * index, 10 + share * (index + 1)
    hourly = unit == "hour"
    band = PayRange(
        _round(_interpolate(points, low_rank), hourly),
        _round(_interpolate(points, high_rank), hourly),
        currency,
        hourly,
    )
    how = (
        f"the {low_rank:.0f}th to {high_rank:.0f}th percentile of pay for the whole occupation "
        f"({_cited(role, source, period)}); the {len(ladder)} levels of the role share the 10th-90th percentile "
        "span equally"
    )
    return band, how


def _interpolate(points: dict[int, float], rank: float) -> float:
    ranks = sorted(points)
    for lower, upper in zip(ranks, ranks[1:], strict=False):
        if lower <= rank <= upper:
            return points[lower] + (points[upper] - points[lower]) * (rank - lower) / (upper - lower)
    return points[ranks[0]] if rank < ranks[0] else points[ranks[-1]]


def _round(amount: float, hourly: bool) -> float:
    step = 0.25 if hourly else 500
    return math.floor(amount / step + 0.5) * step


def _cited(role: RolePack, source_id: str, period: str) -> str:
    source = role.source(source_id)
    when = period or source.year
    return f"{source.short_name()}, {source.title}" + (f", {when}" if when else "")


def plausibility_warnings(pay: PayRange, role: RolePack, level: str) -> list[str]:
    """Warnings when a given range is far from the role's sourced figures or its unit looks wrong."""
    warnings = []
    low, high = pay.as_yearly()
    if pay.hourly and high < 7:
        warnings.append(f"{pay.display()} is below any legal hourly wage in the US; was it meant per hour?")
    if not pay.hourly and high < 5000:
        warnings.append(
            f"{pay.display()} reads as a yearly range; if it is per hour, give amounts under {HOURLY_BELOW}"
        )
    try:
        band, _ = derived_band(role, level)
    except SalaryError:
        return warnings
    band_low, band_high = band.as_yearly()
    if high < band_low * 0.5 or low > band_high * 2:
        warnings.append(
            f"{pay.display()} is far from the role's sourced figures for this level ({band.display()}); "
            "check the amounts and whether they are per hour or per year"
        )
    return warnings
