"""Role packs: what jobkit knows about one occupation, loaded from templates/roles/<id>.yaml.

Every fact names its source (an id from ``sources``). Later document kinds add
their own sections (cover letters, job descriptions, interview questions) beside
``resume``; unknown keys are errors so a misspelt section is caught at load time.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from ..errors import Problem

_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")

# Pack text that documents fill in, and the names each field is filled with: the only
# placeholders allowed anywhere (``*`` is any list index or mapping key). Checked at load
# time by ``toolkit.roles``; filled by ``toolkit.placeholders.fill_placeholders``.
PLACEHOLDER_FIELDS: dict[tuple[str, ...], frozenset[str]] = {
    ("resume", "summary", "with_years"): frozenset({"label", "years", "strengths"}),
    ("resume", "summary", "without_years"): frozenset({"label", "strengths"}),
    ("resume", "summary", "strengths_clause"): frozenset({"strengths"}),
    ("resume", "summary", "objective", "*"): frozenset({"target"}),
    ("cover_letter", "openings", "*"): frozenset({"company", "position"}),
    ("cover_letter", "closings", "*"): frozenset({"company", "position"}),
    ("job_description", "levels", "*", "summary"): frozenset({"company"}),
    ("job_description", "experience_phrase"): frozenset({"years"}),
    ("job_description", "default_eeo_statement"): frozenset({"company"}),
    ("job_description", "default_how_to_apply"): frozenset({"company"}),
}


def _check_identifier(value: str) -> str:
    """Ids end up in file names, option values and messages: short, lower-case, no path or control characters."""
    if not _IDENTIFIER.fullmatch(value):
        raise ValueError(
            "an id is 1-41 lower-case letters, digits and hyphens, starting with a letter or digit "
            f"(got {value[:60]!r})"
        )
    return value


Identifier = Annotated[str, AfterValidator(_check_identifier)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    id: str
    title: str
    publisher: str
    seed_file: str
    notes: str = ""


class Sourced(_Strict):
    """A list of short statements that all come from the named sources."""

    sources: list[str]
    items: list[str]


class Salary(_Strict):
    median: int
    average: int
    currency: str = "USD"
    source: str
    year: str = ""


class Level(_Strict):
    id: Identifier
    title: str
    years_min: int
    years_max: int | None = None
    salary: Salary
    responsibilities: list[str]
    focus_areas: list[str]
    source: str

    def years_text(self) -> str:
        return f"{self.years_min}+ years" if self.years_max is None else f"{self.years_min}-{self.years_max} years"


class NamedSkill(_Strict):
    name: str
    detail: str = ""


class Skills(_Strict):
    sources: list[str]
    technical: list[NamedSkill]
    soft: list[NamedSkill]


class Certification(_Strict):
    abbreviation: str
    name: str
    issuer: str
    issuer_abbreviation: str
    note: str = ""
    sources: list[str]


class EducationPath(_Strict):
    name: str
    duration: str = ""
    cost: str = ""
    note: str = ""
    sources: list[str]


class Figure(_Strict):
    """One number with what it measures and where it comes from."""

    label: str
    value: str
    source: str
    period: str = ""


class WorkSetting(_Strict):
    name: str
    share: str = ""
    source: str


class RelatedRole(_Strict):
    title: str
    entry_education: str = ""
    median_pay: str = ""
    summary: str = ""
    source: str


class Specialization(_Strict):
    title: str
    summary: str
    source: str


class Keyword(_Strict):
    """A term the role values, with the spellings that mean the same thing."""

    term: str
    synonyms: list[str] = []
    weight: int = Field(default=1, ge=1, le=3)
    category: str

    def spellings(self) -> list[str]:
        return [self.term, *self.synonyms]


class SummaryTemplates(_Strict):
    """Summary sentences for a profile that has none; ``{placeholders}`` are filled from the profile."""

    default_label: str
    with_years: str
    without_years: str
    strengths_clause: str
    objective: dict[str, str]


class ResumeContent(_Strict):
    summary: SummaryTemplates
    competencies_limit: int = 12


class CoverLetterContent(_Strict):
    """Phrasing for cover letters. Templates name only the posting's facts ({position}, {company});
    everything about the person is filled in from the profile by the build step."""

    openings: list[str] = Field(min_length=1)
    value_statements: dict[str, list[str]]
    closings: list[str] = Field(min_length=1)
    sign_off: str = "Sincerely,"


class LevelPosting(_Strict):
    """What a job description asks for at one level. Certifications are pack abbreviations."""

    summary: str
    duties: list[str]
    required: list[str]
    preferred: list[str]
    required_certifications: list[str] = []
    preferred_certifications: list[str] = []


class JobDescriptionContent(_Strict):
    """Job-description text: per-level content plus what every posting for the role shares."""

    levels: dict[str, LevelPosting]
    experience_phrase: str
    no_experience_phrase: str
    skills_and_tools: list[str]
    schedule: list[str]
    physical_demands: list[str]
    default_eeo_statement: str
    default_how_to_apply: str


class InterviewCategory(_Strict):
    id: Identifier
    title: str


class Competency(_Strict):
    """A competency an interviewer rates, with what a good answer shows, and the levels it is assessed at."""

    id: Identifier
    title: str
    good: str
    levels: list[str]


class RatingLevel(_Strict):
    score: int = Field(ge=1, le=5)
    label: str
    description: str


class InterviewQuestion(_Strict):
    id: Identifier
    category: str
    competency: str
    levels: list[str] = Field(min_length=1)
    question: str
    strong_answer: list[str] = Field(min_length=3, max_length=5)
    follow_ups: list[str] = Field(min_length=1, max_length=2)
    terms: list[str] = []


class InterviewContent(_Strict):
    categories: list[InterviewCategory] = Field(min_length=1)
    competencies: list[Competency] = Field(min_length=1)
    rating_scale: list[RatingLevel] = Field(min_length=5, max_length=5)
    questions: list[InterviewQuestion] = Field(min_length=1)

    def category_ids(self) -> list[str]:
        return [category.id for category in self.categories]

    def category(self, category_id: str) -> InterviewCategory:
        return next(category for category in self.categories if category.id == category_id)

    def competency(self, competency_id: str) -> Competency:
        return next(item for item in self.competencies if item.id == competency_id)


class RolePack(_Strict):
    id: Identifier
    title: str
    summary: str
    also_known_as: list[str] = []
    sources: list[Source]
    levels: list[Level]
    duties: Sourced
    skills: Skills
    tools: Sourced
    ehr_systems: Sourced
    certifications: list[Certification]
    education_paths: list[EducationPath]
    outlook: list[Figure]
    salary_figures: list[Figure]
    work_settings: list[WorkSetting]
    work_environment: Sourced
    related_roles: list[RelatedRole]
    emerging_specializations: list[Specialization]
    keywords: list[Keyword]
    resume: ResumeContent
    cover_letter: CoverLetterContent
    job_description: JobDescriptionContent
    interview: InterviewContent
    # What loading changed (control characters removed), for the caller to show.
    _load_warnings: list[Problem] = PrivateAttr(default_factory=list)

    @property
    def load_warnings(self) -> list[Problem]:
        """Warnings from loading the pack file, e.g. control characters that were removed."""
        return list(self._load_warnings)

    @model_validator(mode="after")
    def check_references(self) -> RolePack:
        """Every source named must be declared; every level needs a summary template."""
        declared = {source.id for source in self.sources}
        named: set[str] = set()
        for section in (self.duties, self.skills, self.tools, self.ehr_systems, self.work_environment):
            named.update(section.sources)
        for item in (*self.certifications, *self.education_paths):
            named.update(item.sources)
        for item in (
            *self.levels,
            *self.outlook,
            *self.salary_figures,
            *self.work_settings,
            *self.related_roles,
            *self.emerging_specializations,
        ):
            named.add(item.source)
        named.update(level.salary.source for level in self.levels)
        known_certifications = {item.abbreviation for item in self.certifications}
        for level_id, posting in self.job_description.levels.items():
            if unknown := sorted(
                set(posting.required_certifications + posting.preferred_certifications) - known_certifications
            ):
                raise ValueError(
                    f"job_description.levels.{level_id} names unknown certifications: {', '.join(unknown)}"
                )
        if missing := sorted(named - declared):
            raise ValueError(f"sources used but not declared under 'sources': {', '.join(missing)}")
        level_ids = [level.id for level in self.levels]
        self._check_interview(set(level_ids))
        if duplicates := sorted({item for item in level_ids if level_ids.count(item) > 1}):
            raise ValueError(f"levels: duplicate ids: {', '.join(duplicates)}")
        for name, table in (
            ("resume.summary.objective", self.resume.summary.objective),
            ("cover_letter.value_statements", self.cover_letter.value_statements),
            ("job_description.levels", self.job_description.levels),
        ):
            if missing_levels := [level for level in level_ids if level not in table]:
                raise ValueError(f"{name} has nothing for level(s): {', '.join(missing_levels)}")
            if unknown_levels := [key for key in table if key not in level_ids]:
                raise ValueError(f"{name} names unknown level(s): {', '.join(map(repr, unknown_levels))}")
        return self

    def _check_interview(self, level_ids: set[str]) -> None:
        """Unique ids, known categories, competencies, levels and terms; no category empty at any level."""
        bank = self.interview
        ids = [question.id for question in bank.questions]
        if duplicates := sorted({item for item in ids if ids.count(item) > 1}):
            raise ValueError(f"interview.questions: duplicate ids: {', '.join(duplicates)}")
        categories = set(bank.category_ids())
        competencies = {item.id for item in bank.competencies}
        terms = {keyword.term for keyword in self.keywords}
        for item in bank.competencies:
            if unknown := sorted(set(item.levels) - level_ids):
                raise ValueError(f"interview competency {item.id}: unknown levels: {', '.join(map(repr, unknown))}")
        for question in bank.questions:
            for label, values, known in (
                ("category", [question.category], categories),
                ("competency", [question.competency], competencies),
                ("levels", question.levels, level_ids),
                ("terms", question.terms, terms),
            ):
                if unknown := sorted(set(values) - known):
                    raise ValueError(f"interview question {question.id}: unknown {label}: {', '.join(unknown)}")
        for level in sorted(level_ids):
            present = {question.category for question in bank.questions if level in question.levels}
            if empty := sorted(categories - present):
                raise ValueError(f"interview: no {', '.join(empty)} questions for level {level}")
            rated = [item for item in bank.competencies if level in item.levels]
            if not 4 <= len(rated) <= 6:
                raise ValueError(f"interview: level {level} has {len(rated)} competencies; a kit needs 4 to 6")

    def level(self, level_id: str) -> Level:
        return next(level for level in self.levels if level.id == level_id)

    def level_for_years(self, years: float) -> Level:
        """The level whose range holds ``years`` (a boundary belongs to the higher level)."""
        chosen = self.levels[0]
        for level in self.levels:
            if years >= level.years_min:
                chosen = level
        return chosen

    def certification_by_abbreviation(self, abbreviation: str) -> Certification:
        return next(item for item in self.certifications if item.abbreviation == abbreviation)

    def certification(self, name: str) -> Certification | None:
        """The pack's certification that ``name`` spells, by abbreviation or full name."""
        wanted = name.casefold()
        for certification in self.certifications:
            if wanted in (certification.abbreviation.casefold(), certification.name.casefold()):
                return certification
        return None
