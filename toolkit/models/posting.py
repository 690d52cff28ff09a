"""A job posting, read from plain text, Markdown, or a JSON Resume job document.

``Posting.lines`` keeps every content line with the importance its section gives it (what
documents quote and search); the reading adds the header facts (title, company, location,
workplace, employment type), the years and education asked, and ``requirements``: the terms
the posting itself asks for, each with the line it came from, its alternatives ("RHIT or CCA")
and whether it is required or preferred.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

# Lowest to highest; a higher level meets a lower one.
EDUCATION_LEVELS = ("high-school", "certificate", "associate", "bachelor", "master", "doctorate")
SECTION_KINDS = ("about", "duties", "required", "preferred", "benefits", "process", "other")
WORKPLACES = ("onsite", "hybrid", "remote")
EMPLOYMENT_TYPES = ("full-time", "part-time", "contract", "temporary", "internship", "per-diem")


class PostingLine(BaseModel):
    """One line of the posting and whether it asks for something required or preferred.

    ``importance`` is "required" or "preferred" for a line under a qualifications heading (a
    "preferred", "a plus" ... in the line itself makes it preferred), else "other" (duties,
    about-us, benefits). ``section`` says which kind of section holds it.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    importance: str  # "required", "preferred" or "other" (duties, about-us)
    line: int | None = None
    section: str = ""  # one of SECTION_KINDS, "" when not known


class PostingClause(BaseModel):
    """A part of a requirement line that asks for one kind of thing, with its own importance.

    "2-4 years of accounting experience; public accounting experience a plus" is two clauses: a
    required one about years and a preferred one. ``kind`` is "terms", "years" or "education".
    """

    model_config = ConfigDict(frozen=True)

    text: str
    importance: str  # "required" or "preferred"
    kind: str  # "terms", "years" or "education"
    line: int | None = None


class PostingTerm(BaseModel):
    """One way to meet a requirement: a term as the posting spells it, and its other spellings."""

    model_config = ConfigDict(frozen=True)

    term: str
    spellings: list[str] = []

    def all_spellings(self) -> list[str]:
        return [self.term, *self.spellings]


class PostingRequirement(BaseModel):
    """A thing the posting asks for, read from its own words (no role pack needed).

    ``alternatives`` holds one term, or several when any one of them meets it ("CPC, CCS or CCA").
    ``kind`` is "credential" for certifications and licences (by their shape: "Certified X (ABC)",
    "X certification", "X license"), else "keyword". ``weight`` (1-3) is how much it counts before
    the required/preferred factor; ``source`` is the posting's line, ``line`` its number.
    """

    model_config = ConfigDict(frozen=True)

    alternatives: list[PostingTerm]
    kind: str = "keyword"  # or "credential"
    importance: str = "required"  # or "preferred"
    weight: int = 1
    line: int | None = None
    source: str = ""

    @property
    def term(self) -> str:
        """How the requirement is shown: its term, or its alternatives joined with "or"."""
        terms = [alternative.term for alternative in self.alternatives]
        return terms[0] if len(terms) == 1 else ", ".join(terms[:-1]) + " or " + terms[-1]

    def spellings(self) -> list[str]:
        """Every spelling of every alternative: finding any one meets the requirement."""
        return [spelling for alternative in self.alternatives for spelling in alternative.all_spellings()]


class Posting(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    title: str = ""
    company: str = ""
    location: str = ""
    workplace: str | None = None  # one of WORKPLACES
    employment: str | None = None  # one of EMPLOYMENT_TYPES
    start_date: str = ""  # the date the job starts, as the posting writes it ("08/04/2025"); "" when not given
    shift: str = ""  # the shift it names, lower case ("evening shift")
    interview_step: str = ""  # a step of its hiring process it names, lower case ("panel interview")
    lines: list[PostingLine] = []
    clauses: list[PostingClause] = []
    requirements: list[PostingRequirement] = []
    years_required: float | None = None
    years_preferred: float | None = None
    education_required: str | None = None  # one of EDUCATION_LEVELS
    education_preferred: str | None = None
    no_experience_needed: bool = False
    # The first lines of the posting as read (page chrome and blank lines left out), for a message that says
    # what was read when no title or employer could be trusted.
    header_lines: list[str] = []
