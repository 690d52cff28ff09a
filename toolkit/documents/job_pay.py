"""The pay a job description states, and the line that says where it comes from.

``--salary auto``: where the place of the job is known, BLS OEWS wages for the level's SOC
code in that place (metro area, else state, else nation); where it is not, the role pack's
own sourced figures for the level when it has them, else national OEWS wages. A given range
is taken as written, with warnings when it looks like the wrong unit or is far from market.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models.role import RolePack
from ..pay.bands import MarketPay, market_band
from ..pay.ranges import PayRange
from .pay import SalaryError, derived_band, plausibility_warnings


@dataclass
class ChosenPay:
    """The range (None: left out), the sentence naming its source, and what to tell the recruiter."""

    pay: PayRange | None
    source: str = ""
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def choose_pay(
    role: RolePack, level: str, salary: PayRange | None | str, place: str, *, full_time: bool = True
) -> ChosenPay:
    """The pay for ``level`` as ``salary`` asks (a range, None for none, or ``"auto"``) at ``place``. A job
    that is not ``full_time`` gets hourly OEWS figures; a given yearly range for a full-time one is checked
    against the minimum wage."""
    if salary is None:
        return ChosenPay(
            None, notes=["pay left out (--salary none); several US states require a pay range in postings"]
        )
    if isinstance(salary, PayRange):
        # Checked against what auto would give: the place's wages, else the pack's figures, else the nation's.
        market = _market(role, level, place) if place else None
        if market is None and not _has_pack_band(role, level):
            market = _market(role, level, "")
        warnings = plausibility_warnings(salary, role, level, market.pay if market else None, full_time=full_time)
        return ChosenPay(salary, warnings=warnings)
    # A job that is not full time is priced by the hour: OEWS yearly wages are full-time, year-round pay.
    if place or not role.reference.pay or not full_time:
        market = _market(role, level, place, by_the_hour=not full_time)
        if market is not None:
            return _from_market(market)
    try:
        band, how = derived_band(role, level)
    except SalaryError:
        market = _market(role, level, "")
        if market is None:
            raise SalaryError(
                f"the role pack {role.id} names no SOC code for its {level} level and has no sourced pay figures "
                "for it; give --salary MIN-MAX or --salary none, or add the occupation's code under `soc:` in the "
                "pack (`jobkit pay search WORDS` finds it)"
            ) from None
        return _from_market(market)
    source = how.split("(", 1)[1].split(")", 1)[0] if "(" in how else role.title
    return ChosenPay(
        band,
        source=f"Based on {source}.",
        notes=[
            f"pay range {band.display()} derived from the role pack: {how}; no place was given, so no local wages "
            "were read (--location, or a location in the company file, uses BLS OEWS wages for that place)"
        ],
    )


def _has_pack_band(role: RolePack, level: str) -> bool:
    try:
        derived_band(role, level)
    except SalaryError:
        return False
    return True


def _market(role: RolePack, level: str, place: str, *, by_the_hour: bool = False) -> MarketPay | None:
    return market_band(role.soc, role.level_ids(), level, place, by_the_hour=by_the_hour) if role.soc else None


def _from_market(market: MarketPay) -> ChosenPay:
    notes = [f"pay range {market.pay.display()}: {market.how()}; check it against your own pay bands"]
    notes += [f"pay: {note}" for note in market.notes]
    return ChosenPay(market.pay, source=f"Based on {market.source}.", notes=notes)
