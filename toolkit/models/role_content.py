"""What a role pack gives each document (resume summary phrases, cover-letter phrasing, job-description text,
the interview bank) and the background it shows (``Reference``: duties, pay, outlook, related roles)."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from .role_parts import EmploymentType, Identifier, StrictModel, Text, by_id


class Sourced(StrictModel):
    """Short statements that all come from the named sources."""

    sources: list[str] = []
    items: list[Text]


class SummaryPhrases(StrictModel):
    """Summary sentences for a profile that has none; they restate only the profile's own facts."""

    default_label: Text
    with_years: Text
    without_years: Text
    strengths_clause: Text
    objective: dict[Identifier, Text]


class ResumeContent(StrictModel):
    summary: SummaryPhrases
    competencies_limit: int = Field(default=12, ge=1, le=40)


class CoverLetterContent(StrictModel):
    """Phrasing that names only the posting's facts ({position}, {company}), never the person's."""

    openings: list[Text] = Field(min_length=1)
    value_statements: dict[Identifier, list[Text]]
    closings: list[Text] = Field(min_length=1)
    sign_off: Text = "Sincerely,"


class ByWorkMode(StrictModel):
    onsite: list[Text]
    hybrid: list[Text]
    remote: list[Text]


class LevelPosting(StrictModel):
    """What a job description asks for at one level; certifications are abbreviations, read as "one of"."""

    summary: Text
    duties: list[Text] = []
    required: list[Text] = []
    preferred: list[Text] = []
    skills: list[Text] = []
    required_certifications: list[str] = []
    preferred_certifications: list[str] = []
    # A leader's day is not a clerk's: when given, these replace the pack's lists at this level.
    work_environment: ByWorkMode | None = None
    physical_demands: ByWorkMode | None = None


class JobDescriptionContent(StrictModel):
    experience_phrase: Text
    no_experience_phrase: Text
    skills_and_tools: list[Text] = []
    schedule: dict[EmploymentType, list[Text]]
    work_environment: ByWorkMode
    physical_demands: ByWorkMode
    levels: dict[Identifier, LevelPosting]
    default_eeo_statement: Text
    default_how_to_apply: Text


class InterviewCategory(StrictModel):
    id: Identifier
    title: Text
    # False for questions about the person's aims ("Why do you want to work here?"): a practice sheet
    # quotes no highlight under them unless the question itself asks for an example.
    evidence: bool = True


class Competency(StrictModel):
    """What an interviewer rates, with what a good answer shows, at the levels it is assessed."""

    id: Identifier
    title: Text
    good: Text
    levels: list[Identifier] = Field(min_length=1)


class RatingLevel(StrictModel):
    score: int = Field(ge=1, le=5)
    label: Text
    description: Text


class InterviewQuestion(StrictModel):
    id: Identifier
    category: Identifier
    competency: Identifier
    levels: list[Identifier] = Field(min_length=1)
    question: Text
    strong_answer: list[Text] = Field(min_length=3, max_length=5)
    follow_ups: list[Text] = Field(min_length=1, max_length=2)
    terms: list[str] = []


class InterviewContent(StrictModel):
    categories: list[InterviewCategory] = Field(min_length=1)
    competencies: list[Competency] = Field(min_length=1)
    rating_scale: list[RatingLevel] = Field(min_length=5, max_length=5)
    questions: list[InterviewQuestion] = Field(min_length=1)

    def category_ids(self) -> list[str]:
        return [category.id for category in self.categories]

    def category(self, category_id: str) -> InterviewCategory:
        return by_id(self.categories, category_id)

    def competency(self, competency_id: str) -> Competency:
        return by_id(self.competencies, competency_id)


class NamedSkill(StrictModel):
    name: Text
    detail: str = ""


class SkillsReference(StrictModel):
    sources: list[str] = []
    technical: list[NamedSkill] = []
    soft: list[NamedSkill] = []


class EducationPath(StrictModel):
    name: Text
    duration: str = ""
    cost: str = ""
    note: str = ""
    sources: list[str] = []


class Figure(StrictModel):
    """One fact stated as a value, with what it measures, when, and where it comes from."""

    label: Text
    value: Text
    period: str = ""
    source: str


class PayFigure(StrictModel):
    """One pay statistic exactly as a source gives it: never estimated, never rounded into a new figure."""

    statistic: Literal["p10", "p25", "median", "p75", "p90", "mean", "low", "high"]
    amount: float = Field(gt=0, lt=10_000_000)
    unit: Literal["year", "hour"]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "USD"
    period: str = ""
    level: Identifier | None = None
    # For an occupation-wide figure: the pack's levels that belong to the occupation it measures
    # (a technologists' survey says nothing of their directors' pay). Empty: every level.
    covers: list[Identifier] = []
    label: str = ""
    source: str

    @model_validator(mode="after")
    def _finite(self) -> PayFigure:
        if not math.isfinite(self.amount):
            raise ValueError("amount must be a finite number")
        return self


class WorkSetting(StrictModel):
    name: Text
    share: str = ""
    source: str


class RelatedRole(StrictModel):
    title: Text
    pack: Identifier | None = None
    summary: str = ""
    entry_education: str = ""
    median_pay: str = ""
    source: str


class Specialization(StrictModel):
    title: Text
    summary: Text
    source: str


class Reference(StrictModel):
    """Background a person may read (`jobkit roles show`); `--salary auto` reads `pay`. Never a claim about anyone."""

    duties: Sourced | None = None
    skills: SkillsReference | None = None
    tools: Sourced | None = None
    education_paths: list[EducationPath] = []
    outlook: list[Figure] = []
    pay: list[PayFigure] = []
    work_settings: list[WorkSetting] = []
    work_environment: Sourced | None = None
    related_roles: list[RelatedRole] = []
    specializations: list[Specialization] = []
