"""An occupation's wages at a place as plain data: what `jobkit pay show` prints and its --json gives."""

from __future__ import annotations

from typing import Any

from . import occupation_pay
from .bands import area_label
from .oews import STATISTICS, manifest, release


def pay_report(code: str, location: str | None = None) -> dict[str, Any]:
    """``{occupation, soc, area, area_kind, paid, employment, hourly, annual, top_coded, notes, source}``."""
    found = occupation_pay(code, location)
    wages = found.wages
    return {
        "soc": found.occupation.code,
        "occupation": found.occupation.title,
        "area": area_label(found.area),
        "area_kind": {"N": "nation", "S": "state", "M": "metropolitan area"}[found.area.kind],
        "paid": "hour" if found.hourly else "year",
        "employment": wages.employment,
        "hourly": {name: wages.hourly[name] for name in STATISTICS},
        "annual": {name: wages.annual[name] for name in STATISTICS},
        "top_coded": sorted(wages.top_coded),
        "notes": list(found.notes),
        "source": f"BLS OEWS {release()}, {manifest()['source_url']} (public domain)",
    }
