"""Audit a job posting: pay transparency for its place, and fair wording (``audit_posting``, ``audit_text``).

Findings carry a rule id, a severity (violation, warning, note), a message quoting the
posting and the source of the rule. The rules are data under templates/data/audit. This is
not legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .findings import Finding, sort_findings
from .pay_rules import check_pay_rules
from .reading import read_posting_text
from .wording import check_wording

__all__ = ["AuditReport", "Finding", "audit_posting", "audit_text"]


@dataclass
class AuditReport:
    """The findings, where the posting was taken to be, and what was read to decide it."""

    findings: list[Finding]
    location: str
    location_from: str  # "--location", "the posting" or "" (none known)
    employees: int | None
    notes: list[str] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [item for item in self.findings if item.severity == "violation"]

    def as_json(self) -> dict:
        return {
            "location": self.location,
            "location_from": self.location_from,
            "employees": self.employees,
            "findings": [item.as_json() for item in self.findings],
        }


def audit_text(
    text: str,
    *,
    location: str = "",
    location_from: str = "--location",
    employees: int | None = None,
    today: date,
) -> AuditReport:
    """Audit a posting's text for a place (``City, ST``); ``employees`` is the employer's size when known."""
    facts = read_posting_text(text)
    findings = check_wording(facts.lines)
    notes = []
    if location:
        findings += check_pay_rules(facts, location, employees, today)
    else:
        notes.append(
            "no location given or found in the posting: pay-transparency laws were not checked "
            '(give --location "City, ST")'
        )
    return AuditReport(sort_findings(findings), location, location_from if location else "", employees, notes)


def audit_posting(
    path: str | Path, *, location: str | None = None, employees: int | None = None, today: date
) -> AuditReport:
    """Audit a posting file (text, Markdown, or a JSON Resume job): its place from ``location``, else the
    location the posting states (read by ``toolkit.postings.load_posting``)."""
    from ..errors import JobkitError
    from ..inputs.loading import read_text

    text = read_text(path, what="posting")
    if path_is_json(path):
        text = _json_text(text)
    where, source = (location or "", "--location")
    if not where:
        try:
            from ..postings import load_posting

            where, source = (load_posting(path).location or "", "the posting")
        except JobkitError:
            # A posting too bare for the reader ("Barista / Bean Co - Denver, CO / Apply today!") still states its
            # place in its first lines, and a short pay-less ad is just what these laws are about.
            from ..postings.places import city_state

            found = next(filter(None, (city_state(line) for line in text.splitlines()[:_HEADER_LINES])), None)
            where, source = (found or "", "the posting")
    return audit_text(text, location=where, location_from=source, employees=employees, today=today)


_HEADER_LINES = 12


def path_is_json(path: str | Path) -> bool:
    return str(path).lower().endswith(".json")


def _json_text(text: str) -> str:
    """A JSON Resume job document's words, one value a line, so that its salary and text are read."""
    import json
    import re

    try:
        data = json.loads(text)
    except ValueError:
        return text
    lines: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str):
            if key == "salary":  # jobkit writes "18.25-22.75 per hour": the amounts read as dollars
                value = re.sub(r"(?<![$\d.,])(\d[\d.,]*)", r"$\1", value) + ("" if "hour" in value else " a year")
            lines.append(f"{key}: {value}" if key in {"salary", "location"} else value)

    walk(data)
    return "\n".join(lines)
