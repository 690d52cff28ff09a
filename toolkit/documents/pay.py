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

import re

from ..errors import JobkitError
from ..models.role import PayFigure, RolePack
from ..pay.bands import interpolate, ordinal, rules
from ..pay.ranges import HOURLY_BELOW, HOURS_PER_YEAR, PayRange, round_to_step
from .wording import join_words

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


def parse_salary(text: str, *, given_as: str = "") -> PayRange | None | str:
    """``"36000-42000"`` (also ``$36,000 - $42,000``, ``36k-42k``, hourly ``22-26``) -> a range; ``"auto"``; ``"none"``.

    Open-ended ranges and min > max are errors: pay-transparency laws ask for a real range.
    ``given_as`` names where the range came from in messages (a batch's "salary_min '62000' and
    salary_max '55000'"); by default the ``--salary`` option.
    """
    given = given_as or f"--salary {text!r}"
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
                f"{given} is open-ended; give a real range as MIN-MAX (e.g. 36000-42000), "
                "as pay-transparency laws require, or 'auto' or 'none'"
            )
        if given_as:
            raise SalaryError(
                f"{given_as}: not amounts of pay; write numbers such as 36000 and 42000 (or 36k, $36,000)"
            )
        raise SalaryError(f"{given} is not a range; use MIN-MAX (e.g. 36000-42000), 'auto' or 'none'")
    low = _amount(match.group(1), match.group(2))
    high = _amount(match.group(3), match.group(4))
    if bool(match.group(2)) != bool(match.group(4)) and min(low, high) < 1000:
        # "50-60k": 50k-60k to a reader, $50 - $60,000 as written; which was meant is asked, not guessed.
        raise SalaryError(
            f"{given}: 'k' on one end only; write both ends alike (e.g. 50k-60k, or 50000-60000; hourly pay as 22-26)"
        )
    if max(low, high) > MAX_AMOUNT:  # also catches a number too long for a float ("inf")
        shown = given_as or f"--salary {text if len(text) <= 40 else text[:40] + '…'!r}"
        raise SalaryError(f"{shown}: amounts above {MAX_AMOUNT:,} are not pay; check the numbers")
    if low <= 0 or high <= 0:
        raise SalaryError(f"{given}: both ends must be above zero")
    if low > high:
        raise SalaryError(f"{given}: the minimum ({low:,g}) is above the maximum ({high:,g})")
    return PayRange(low, high, hourly=high < HOURLY_BELOW)


def _amount(number: str, thousands: str | None) -> float:
    amount = float(number.replace(",", ""))
    return amount * 1000 if thousands else amount


def derived_band(role: RolePack, level: str) -> tuple[PayRange, str]:
    """The band for ``level`` from the pack's sourced figures, and how it was derived (for the recruiter).

    Refuses, saying why, when the pack has no figures, when its figures allow neither rule,
    or when they describe an occupation the level is outside of.
    """
    if band := _from_level_medians(role, level):
        return band
    if band := _from_percentiles(role, level):
        return band
    fix = "give --salary MIN-MAX from your own pay bands, or --salary none"
    if not role.reference.pay:
        raise SalaryError(f"the role pack {role.id} has no sourced pay figures; {fix}")
    outside = _percentile_scopes(role)
    if outside and all(level not in scope for scope in outside):
        covered = join_words(sorted({item for scope in outside for item in scope}, key=role.level_ids().index))
        raise SalaryError(
            f"the role pack {role.id}'s pay percentiles describe an occupation its {level} level is outside of "
            f"(they cover {covered}); {fix}"
        )
    raise SalaryError(
        f"the role pack {role.id}'s pay figures (see `jobkit roles show {role.id}`) are not enough to derive a "
        f"range for a level: that needs a median for every level, or the 10th to 90th percentiles; {fix}"
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


def _percentile_groups(role: RolePack) -> dict[tuple[str, str, str, str], tuple[dict[int, float], list[str]]]:
    """Occupation-wide percentiles by (source, period, unit, currency), with the levels they cover."""
    groups: dict[tuple[str, str, str, str], tuple[dict[int, float], list[str]]] = {}
    for figure in role.reference.pay:
        if figure.statistic in _PERCENTILES and figure.level is None:
            key = (figure.source, figure.period, figure.unit, figure.currency)
            points, covers = groups.setdefault(key, ({}, []))
            points[_PERCENTILES[figure.statistic]] = figure.amount
            covers.extend(item for item in figure.covers if item not in covers)
    return {
        key: (points, covers or role.level_ids())
        for key, (points, covers) in groups.items()
        if {10, 90} <= set(points) and len(points) >= 3
    }


def _percentile_scopes(role: RolePack) -> list[list[str]]:
    return [covers for _, covers in _percentile_groups(role).values()]


def _from_percentiles(role: RolePack, level: str) -> tuple[PayRange, str] | None:
    usable = [(key, value) for key, value in _percentile_groups(role).items() if level in value[1]]
    if not usable:
        return None
    # Yearly figures first, then the most complete set.
    (source, period, unit, currency), (points, covers) = sorted(
        usable, key=lambda item: (item[0][2] != "year", -len(item[1][0]))
    )[0]
    ladder = [item for item in role.level_ids() if item in covers]
    index = ladder.index(level)
    share = 80 / len(ladder)
    low_rank, high_rank = 10 + share * index, 10 + share * (index + 1)
    hourly = unit == "hour"
    band = PayRange(
        _round(interpolate(points, low_rank), hourly),
        _round(interpolate(points, high_rank), hourly),
        currency,
        hourly,
    )
    levels = f"the {len(ladder)} levels"
    if len(ladder) < len(role.levels):
        levels += f" it covers ({join_words(ladder)})"
    how = (
        f"the {ordinal(low_rank)} to {ordinal(high_rank)} percentile of pay for the whole occupation "
        f"({_cited(role, source, period)}); {levels} share the 10th-90th percentile span equally"
    )
    return band, how


def _round(amount: float, hourly: bool) -> float:
    return round_to_step(amount, 0.25 if hourly else 500)


def _cited(role: RolePack, source_id: str, period: str) -> str:
    source = role.source(source_id)
    when = period or source.year
    return f"{source.short_name()}, {source.title}" + (f", {when}" if when else "")


SMALLEST_YEARLY = 5000  # below this, a "yearly" range is no job's yearly pay, even part time


def plausibility_warnings(
    pay: PayRange, role: RolePack, level: str, market: PayRange | None = None, *, full_time: bool = False
) -> list[str]:
    """Warnings for a given range whose amounts or unit look wrong, or that is far from the role's figures.

    A range starting below the federal minimum wage is warned of (a yearly one when the job is
    ``full_time``). ``45-52`` reads as hourly; when the level's band (BLS OEWS wages for the place, ``market``,
    else the pack's own figures) is yearly and ``45k-52k`` fits it better, the recruiter most
    likely left out the thousands. ``480-520`` reads as yearly and is no one's yearly pay.
    """
    warnings = []
    low, high = pay.as_yearly()
    band: PayRange | None = market
    if band is None:
        try:
            band = derived_band(role, level)[0]
        except SalaryError:
            band = None
    minimum_wage = float(rules()["federal_minimum_wage"])
    if pay.hourly and pay.minimum < minimum_wage:
        warnings.append(
            f"{pay.display()} starts below the US federal minimum wage (${minimum_wage:g} an hour); check the amounts"
        )
    elif not pay.hourly and full_time and SMALLEST_YEARLY <= low < minimum_wage * HOURS_PER_YEAR:
        warnings.append(
            f"{pay.display()} for a full-time job starts below the US federal minimum wage (${minimum_wage:g} "
            f"an hour: ${minimum_wage * HOURS_PER_YEAR:,.0f} for a full-time year of {HOURS_PER_YEAR:,} hours); "
            "check the amounts"
        )
    if not pay.hourly and high < SMALLEST_YEARLY:
        warnings.append(
            f"{pay.display()} is no job's yearly pay; check the amounts: a yearly range is written in whole "
            f"dollars (e.g. 48000-52000 or 48k-52k), an hourly one in amounts under {HOURLY_BELOW}"
        )
        return warnings
    reference = band or _yearly_medians(role, level)
    # Read as yearly pay both ways, so an hourly band (BLS OEWS) tells a typed "52-60" from 52k-60k as well.
    if pay.hourly and reference is not None:
        thousands = PayRange(pay.minimum * 1000, pay.maximum * 1000, pay.currency)
        if _distance(thousands, reference) < _distance(pay, reference):
            what = "for this level" if band else "(occupation-wide medians)"
            kind = "" if reference.hourly else "yearly "
            warnings.append(
                f"--salary {pay.minimum:g}-{pay.maximum:g} is read as {pay.display()} (about "
                f"${low:,.0f} – ${high:,.0f} a year full time), while the role's {kind}figures {what} are "
                f"{reference.display()}; if you meant {thousands.display()}, write {pay.minimum:g}k-{pay.maximum:g}k"
            )
            return warnings
    if band is not None:
        band_low, band_high = band.as_yearly()
        if high < band_low * 0.6 or low > band_high * 1.5:
            warnings.append(
                f"{pay.display()} is far from the role's figures for this level ({band.display()}); "
                "check the amounts and whether they are per hour or per year"
            )
    return warnings


def _yearly_medians(role: RolePack, level: str) -> PayRange | None:
    """The span of the pack's yearly medians for the level or the whole occupation, or None without any."""
    amounts = [
        figure.amount
        for figure in role.reference.pay
        if figure.statistic == "median" and figure.unit == "year" and figure.level in (None, level)
    ]
    return PayRange(min(amounts), max(amounts)) if amounts else None


def _distance(pay: PayRange, band: PayRange) -> float:
    """How far apart two ranges' midpoints are, as a ratio (1 = the same), read as yearly pay."""
    middle = sum(pay.as_yearly()) / 2
    target = sum(band.as_yearly()) / 2
    return max(middle, target) / min(middle, target)
