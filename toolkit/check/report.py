"""The check report: what was read, the problems, the facts, the requirements and the score, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..matching import importance_weight

SCORE_FORMULA = (
    "score = 100 × (sum of weights of requirements found) / (sum of weights of all requirements); "
    "weight = term weight (1-3 from a role pack that knows the term, else 1 (2 for a credential); "
    "years of experience 3, education 2) "
    "× 2 if required, × 1 if preferred"
)


@dataclass
class ParseProblem:
    code: str
    message: str


@dataclass
class FactResult:
    fact: str
    value: str
    status: str  # "found", "missing", "out of order", "joined"


@dataclass
class Requirement:
    term: str
    kind: str  # "keyword", "certification", "years", "education"
    importance: str  # "required" or "preferred"
    weight: int
    found: bool
    where: str = ""
    suggestion: str = ""
    source: str = ""  # the posting line that asks for it ("" for a role's terms)
    line: int | None = None  # that line's number in the posting file
    alternatives: list[str] = field(default_factory=list)  # any one of these meets it ("CPC, CCS or CCA")


@dataclass
class CheckReport:
    file: str
    kind: str
    pages: int
    text: str
    pages_exact: bool = True  # False for a DOCX: its pages are estimated (a word processor lays them out)
    problems: list[ParseProblem] = field(default_factory=list)
    facts: list[FactResult] | None = None
    against: str = ""
    requirements: list[Requirement] = field(default_factory=list)
    score: int | None = None
    score_note: str = ""
    # What an ATS fills from the resume (``reading.ResumeReading.to_json``) and, with a posting, what was read
    # from the posting's header (title, company, location, workplace, employment; None where not read).
    resume: dict[str, Any] = field(default_factory=dict)
    posting: dict[str, Any] | None = None

    def pages_read(self) -> str:
        """ "2 pages"; a DOCX's pages only estimated, as Word lays the document out when it opens it."""
        pages = f"{self.pages} page{'s' * (self.pages != 1)}"
        return pages if self.pages_exact else f"about {pages}, estimated: a DOCX has no fixed pages"

    def to_json(self) -> dict[str, Any]:
        """The documented, stable JSON shape (see README: `jobkit check --json`)."""
        return {
            "version": 1,
            "file": self.file,
            "format": self.kind,
            "pages": self.pages,
            "pages_exact": self.pages_exact,
            "parse": {
                "characters": len(self.text),
                "text": self.text,
                "problems": [asdict(problem) for problem in self.problems],
            },
            "resume": self.resume,
            "posting": self.posting,
            "facts": None if self.facts is None else [asdict(fact) for fact in self.facts],
            "match": {
                "against": self.against,
                "score": self.score,
                "score_note": self.score_note,
                "formula": SCORE_FORMULA,
                "requirements": [asdict(requirement) for requirement in self.requirements],
            },
        }


def score(requirements: list[Requirement], asked: bool) -> tuple[int | None, str]:
    """0-100, or None with the reason when there is nothing to score against."""
    if not asked:
        return None, "n/a: give --role or --job to match against"
    if not requirements:
        return None, "n/a: no recognisable requirements in the posting (no role keywords, years or education found)"
    total = sum(_weight(requirement) for requirement in requirements)
    found = sum(_weight(requirement) for requirement in requirements if requirement.found)
    return round(100 * found / total), f"{found} of {total} weighted points"


def _weight(requirement: Requirement) -> int:
    return importance_weight(requirement.weight, requirement.importance)
