"""Key facts from the profile: each must read back whole, and in the profile's order."""

from __future__ import annotations

import re

from ..models.dates import PartialDate
from ..models.profile import Profile
from .extraction import flatten
from .report import FactResult

# A job's start date as a resume may write it: "Mar 2020", "March 2020", "03/2020", "2020-03", "2020".
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_ENDING = "[a-z]{0,6}"  # "uary", "tember": bounded, so "marmarmar..." costs nothing


def check_facts(text: str, profile: Profile) -> list[FactResult]:
    """Each key fact must be in the text, as whole words, in the profile's order (entries in sequence)."""
    flat = flatten(text)
    results: list[FactResult] = []
    basics = profile.basics
    for label, value in (("name", basics.name), ("email", basics.email), ("phone", basics.phone)):
        if value:
            results.append(FactResult(label, value, _fact_status(flat, value, 0)[0]))
    cursor = 0
    for index, job in enumerate(profile.work):
        starts = []
        for label, value in (
            ("position", job.position),
            ("employer", job.name),
            ("dates", _job_date_text(job.startDate, job.endDate)),
        ):
            if not value:
                continue
            status, position = _fact_status(flat, value, cursor, dates=label == "dates")
            results.append(FactResult(f"work[{index}].{label}", value, status))
            if position is not None and status == "found":
                starts.append(position)
        if starts:
            cursor = min(starts) + 1
    cursor = 0
    for index, certificate in enumerate(profile.certificates):
        if certificate.name:
            status, position = _fact_status(flat, certificate.name, cursor)
            results.append(FactResult(f"certificates[{index}]", certificate.name, status))
            if position is not None and status == "found":
                cursor = position + 1
    return results


def _fact_status(flat: str, value: str, cursor: int, dates: bool = False) -> tuple[str, int | None]:
    patterns = _date_patterns(value) if dates else [re.escape(flatten(value))]
    whole = [re.compile(rf"(?<![\w]){pattern}(?![\w])", re.IGNORECASE) for pattern in patterns]
    for pattern in whole:
        if found := pattern.search(flat, cursor):
            return "found", found.start()
    for pattern in whole:
        if found := pattern.search(flat):
            return "out of order", found.start()
    for text in patterns:
        if found := re.search(text, flat, re.IGNORECASE):
            return "joined", found.start()
    return "missing", None


def _job_date_text(start: PartialDate | None, end: PartialDate | None) -> str:
    return f"{start or ''}..{end or 'present'}" if start else ""


def _date_patterns(value: str) -> list[str]:
    """Ways a resume may write a job's start: 'Mar 2022', 'March 2022', '03/2022', '2022-03', or the year."""
    start = value.split("..")[0]
    year, _, rest = start.partition("-")
    month = rest[:2]
    if month:
        number = int(month)
        name = MONTH_ABBREVIATIONS[number - 1]
        return [rf"{name}{MONTH_ENDING}\.?\s+{year}", rf"0?{number}/{year}", rf"{year}-{month}", rf"{year}"]
    return [rf"{year}"]
