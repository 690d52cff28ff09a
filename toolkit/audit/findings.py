"""One audit finding: a rule id, how serious it is, what the posting says, and the rule's source."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

SEVERITIES = ("violation", "warning", "note")


@dataclass(frozen=True)
class Finding:
    """``rule`` is stable for scripts (``pay.us-co.benefits``, ``wording.age``); ``quote`` is the posting's own
    words the finding is about ("" when it is about something missing); ``line`` is 1-based, 0 for none."""

    rule: str
    severity: str
    message: str
    source: str
    quote: str = ""
    line: int = 0
    suggestion: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Violations first, then warnings, then notes; in the order of the posting within each."""
    return sorted(findings, key=lambda item: (SEVERITIES.index(item.severity), item.line, item.rule))
