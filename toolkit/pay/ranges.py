"""A pay range as a posting states it: minimum, maximum, currency, per hour or per year."""

from __future__ import annotations

import math
from dataclasses import dataclass

HOURLY_BELOW = 500  # a range whose top is under this is pay per hour, not per year
HOURS_PER_YEAR = 2080


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


def round_to_step(amount: float, step: float) -> float:
    """``amount`` to the nearest ``step`` ($500 a year, $0.25 an hour), halves up."""
    return math.floor(amount / step + 0.5) * step
