"""Pay transparency by jurisdiction: which rules reach a posting, and what each finds missing.

The rules are data (templates/data/audit/pay-transparency.yaml): statute, effective date,
employer-size threshold and what a posting must show. A place with no such law gets no
finding; an employer under a rule's threshold gets a note saying the rule does not reach it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ..documents.wording import long_date
from ..pay.places import find_state, place_parts
from ..resources import data_file
from .findings import Finding
from .reading import PostingFacts

REQUIREMENTS = ("pay", "closed_range", "benefits", "in_posting", "deadline")


@dataclass(frozen=True)
class Jurisdiction:
    id: str
    name: str
    places: tuple[str, ...]
    cities: tuple[str, ...]
    statute: str
    url: str
    employees_at_least: int
    effective: date
    requires: tuple[str, ...]
    later: dict[str, date]
    link_allowed: bool
    advice: tuple[str, ...]
    summary: str

    @property
    def source(self) -> str:
        return f"{self.statute} ({self.url})" if self.url else self.statute


@cache
def rules_data() -> dict[str, Any]:
    return data_file("audit", "pay-transparency.yaml")


@cache
def jurisdictions() -> tuple[Jurisdiction, ...]:
    found = []
    for item in rules_data()["jurisdictions"]:
        unknown = set(item["requires"]) - set(REQUIREMENTS)
        if unknown:
            raise RuntimeError(f"pay-transparency.yaml: {item['id']} requires unknown {sorted(unknown)}")
        found.append(
            Jurisdiction(
                id=item["id"],
                name=item["name"],
                places=tuple(item["places"]),
                cities=tuple(item.get("cities", ())),
                statute=item["statute"],
                url=item.get("url", ""),
                employees_at_least=int(item["employees_at_least"]),
                effective=_day(item["effective"]),
                requires=tuple(item["requires"]),
                later={key: _day(value) for key, value in (item.get("later") or {}).items()},
                link_allowed=bool(item.get("link_allowed", False)),
                advice=tuple(item.get("advice", ())),
                summary=" ".join(item["summary"].split()),
            )
        )
    return tuple(found)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def jurisdictions_for(location: str) -> tuple[list[Jurisdiction], list[dict[str, Any]]]:
    """The US rules whose places hold ``location`` (a state, and a city rule when the city is named), and the
    notes (EU) whose places it names."""
    parts = place_parts(location)
    state = None
    city = ""
    for index in range(len(parts) - 1, -1, -1):
        words = parts[index].split()
        for size in (3, 2, 1):  # "New York", "District of Columbia", "CO 80202"
            if state := find_state(" ".join(words[:size])):
                city = parts[index - 1] if index > 0 else ""
                break
        if state:
            break
    rules = []
    if state is not None:
        for rule in jurisdictions():
            if state.postal not in rule.places:
                continue
            if rule.cities and " ".join(city.casefold().split()) not in rule.cities:
                continue
            rules.append(rule)
    lowered = location.casefold()
    notes = [
        item for item in rules_data().get("notes", []) if any(place.casefold() in lowered for place in item["places"])
    ]
    return rules, notes


def check_pay_rules(facts: PostingFacts, location: str, employees: int | None, today: date) -> list[Finding]:
    """Findings for every pay-transparency rule that reaches a posting for ``location``."""
    rules, notes = jurisdictions_for(location)
    findings: list[Finding] = []
    size = employees if employees is not None else (facts.stated_size[1] if facts.stated_size else None)
    for rule in rules:
        findings += _check_rule(rule, facts, size, employees is None and size is not None, today)
    for note in notes:
        findings.append(
            Finding(
                f"pay.{note['id']}", "note", f"{note['name']}: {' '.join(note['summary'].split())}", note["statute"]
            )
        )
    return findings


def _check_rule(
    rule: Jurisdiction, facts: PostingFacts, size: int | None, size_from_text: bool, today: date
) -> list[Finding]:
    prefix = f"pay.{rule.id}"
    if today < rule.effective:
        return [
            Finding(
                f"{prefix}.not-yet",
                "note",
                f"{rule.name}'s pay-transparency law takes effect on {long_date(rule.effective)}: {rule.summary}",
                rule.source,
            )
        ]
    if size is not None and size < rule.employees_at_least:
        said = "the posting says" if size_from_text else "--employees says"
        return [
            Finding(
                f"{prefix}.under-threshold",
                "note",
                f"{rule.name}'s law covers employers with {rule.employees_at_least} or more employees; {said} "
                f"{size}, so it does not apply",
                rule.source,
            )
        ]
    findings = []
    due = [item for item in rule.requires if today >= rule.later.get(item, rule.effective)]
    link = facts.pay_link
    linked = link is not None
    if "pay" in due and not facts.pay:
        if link is not None and rule.link_allowed:
            message = f"pay is given by a link ({link[1]}); the link must lead to this job's own range"
            findings.append(_found(rule, "pay-link", "note", message, link))
        elif link is not None and "in_posting" in due:
            message = f"pay is only behind a link ({link[1]}); the range must be in the posting itself"
            findings.append(_found(rule, "in-posting", "violation", message, link))
        else:
            findings.append(_found(rule, "pay", "violation", "no pay or pay range is stated"))
    if "closed_range" in due and facts.open_pay and not facts.closed_pay:
        first = facts.open_pay[0]
        findings.append(
            _found(
                rule,
                "closed-range",
                "violation",
                f"{first.text!r} is open-ended: give the lowest and highest pay",
                (first.line, first.text),
            )
        )
    if "benefits" in due and not facts.benefits and not (linked and rule.link_allowed):
        findings.append(
            _found(
                rule,
                "benefits",
                "violation",
                "no general description of benefits (health, retirement, paid time off ...) is given",
            )
        )
    if "deadline" in due and facts.deadline is None:
        findings.append(
            _found(rule, "deadline", "violation", "no date is given for when applications are expected to close")
        )
    for advice in rule.advice:
        findings.append(Finding(f"{prefix}.advice", "note", f"{rule.name}: {advice}", rule.source))
    if size is None and rule.employees_at_least > 1 and findings:
        findings.append(
            Finding(
                f"{prefix}.size",
                "note",
                f"{rule.name}'s law covers employers with {rule.employees_at_least} or "
                "more employees; give --employees N if you have fewer",
                rule.source,
            )
        )
    return findings


def _found(rule: Jurisdiction, what: str, severity: str, problem: str, where: tuple[int, str] | None = None) -> Finding:
    line, quote = where if where else (0, "")
    return Finding(f"pay.{rule.id}.{what}", severity, f"{rule.name}: {problem}", rule.source, quote, line)
