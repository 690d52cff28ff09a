"""Role packs (format 2): what jobkit knows about one occupation, as typed, read-only models.

A pack file may extend another (``extends:``); ``toolkit.inputs.roles`` merges the chain and
validates the result with these models, so a ``RolePack`` is always complete. Pack text
may hold only the plain ``{name}`` placeholders its field is filled with
(``PLACEHOLDER_FIELDS``), checked at load time. Nothing here knows an occupation:
categories, credentials and all their wording come from the pack.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
    model_validator,
)

from ..errors import Problem
from ..suggestions import did_you_mean
from .occupation_code import OccupationCode, occupation_code_problems

FORMAT = 2
_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")
# Level ids packs share, so that an inherited question or table can name a level a pack does
# not have (it is then simply not used) while a misspelt id is still caught.
STANDARD_LEVELS = ("junior", "mid", "senior", "lead", "supervisor", "manager", "director")
CERTIFICATION_CATEGORY = "certification"

# Pack text that documents fill in, and the names each field is filled with: the only
# placeholders allowed anywhere (``*`` is any list index or mapping key). Checked at load
# time by ``toolkit.inputs.roles``; filled by ``toolkit.placeholders.fill_placeholders``.
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


def is_identifier(value: object) -> bool:
    """Whether ``value`` is a pack, level or item id: 1-41 lower-case letters, digits and hyphens."""
    return isinstance(value, str) and _IDENTIFIER.fullmatch(value) is not None


def _check_identifier(value: str) -> str:
    """Ids end up in file names, option values and messages: short, lower-case, no path or control characters."""
    if not _IDENTIFIER.fullmatch(value):
        raise ValueError(
            "an id is 1-41 lower-case letters, digits and hyphens, starting with a letter or digit "
            f"(got {value[:60]!r})"
        )
    return value


Identifier = Annotated[str, AfterValidator(_check_identifier)]
Importance = Literal["required", "preferred"]
EmploymentType = Literal["full-time", "part-time", "contract", "temporary", "internship", "per-diem"]


Text = Annotated[str, StringConstraints(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    id: Identifier
    title: Text
    publisher: Text
    url: str = ""
    year: str = ""
    seed_file: str = ""
    notes: str = ""

    def short_name(self) -> str:
        """The publisher's name without its trailing remarks: ``CareerFitter, LLC, drawing...`` -> ``CareerFitter``."""
        return self.publisher.split(",")[0]


class Sourced(_Strict):
    """Short statements that all come from the named sources."""

    sources: list[str] = []
    items: list[Text]


LEADING_LEVEL_IDS = frozenset({"lead", "supervisor", "manager", "director"})


class Level(_Strict):
    id: Identifier
    title: Text
    years_min: int = Field(ge=0, le=60)
    years_max: int | None = Field(default=None, ge=0, le=60)
    source: str = ""
    responsibilities: list[Text] = Field(min_length=1)
    focus_areas: list[Text] = []
    # Whether this level leads other people; unset, the levels with the ids lead, supervisor, manager
    # and director do. Years alone never infer such a level (documents.levels): leading people is a job.
    leads_people: bool | None = None

    def leads(self) -> bool:
        return self.leads_people if self.leads_people is not None else self.id in LEADING_LEVEL_IDS

    def years_text(self) -> str:
        return f"{self.years_min}+ years" if self.years_max is None else f"{self.years_min}-{self.years_max} years"


class Category(_Strict):
    id: Identifier
    title: Text
    suggestion: Text


class Keyword(_Strict):
    """A term the role values, with the spellings that mean the same thing."""

    term: Text
    synonyms: list[Text] = []
    weight: int = Field(default=1, ge=1, le=3)
    category: Identifier
    importance: Importance = "preferred"
    group: Identifier | None = None  # members of one group are alternatives: any one of them meets it

    def spellings(self) -> list[str]:
        return [self.term, *self.synonyms]


class Certification(_Strict):
    abbreviation: Text
    name: Text
    issuer: Text
    issuer_abbreviation: str = ""
    url: str = ""
    note: str = ""
    synonyms: list[Text] = []
    weight: int = Field(default=2, ge=1, le=3)
    importance: Importance = "preferred"
    group: Identifier | None = None
    sources: list[str] = []

    def as_keyword(self) -> Keyword:
        """The credential as a matching term: its abbreviation, full name and other spellings."""
        return Keyword(
            term=self.abbreviation,
            synonyms=[self.name, *self.synonyms],
            weight=self.weight,
            category=CERTIFICATION_CATEGORY,
            importance=self.importance,
            group=self.group,
        )

    def issuer_label(self) -> str:
        """``American Health Information Management Association (AHIMA)``, or the name alone."""
        if self.issuer_abbreviation and self.issuer_abbreviation != self.issuer:
            return f"{self.issuer} ({self.issuer_abbreviation})"
        return self.issuer


class SummaryPhrases(_Strict):
    """Summary sentences for a profile that has none; they restate only the profile's own facts."""

    default_label: Text
    with_years: Text
    without_years: Text
    strengths_clause: Text
    objective: dict[Identifier, Text]


class ResumeContent(_Strict):
    summary: SummaryPhrases
    competencies_limit: int = Field(default=12, ge=1, le=40)


class CoverLetterContent(_Strict):
    """Phrasing that names only the posting's facts ({position}, {company}), never the person's."""

    openings: list[Text] = Field(min_length=1)
    value_statements: dict[Identifier, list[Text]]
    closings: list[Text] = Field(min_length=1)
    sign_off: Text = "Sincerely,"


class ByWorkMode(_Strict):
    onsite: list[Text]
    hybrid: list[Text]
    remote: list[Text]


class LevelPosting(_Strict):
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


class JobDescriptionContent(_Strict):
    experience_phrase: Text
    no_experience_phrase: Text
    skills_and_tools: list[Text] = []
    schedule: dict[EmploymentType, list[Text]]
    work_environment: ByWorkMode
    physical_demands: ByWorkMode
    levels: dict[Identifier, LevelPosting]
    default_eeo_statement: Text
    default_how_to_apply: Text


class InterviewCategory(_Strict):
    id: Identifier
    title: Text
    # False for questions about the person's aims ("Why do you want to work here?"): a practice sheet
    # quotes no highlight under them unless the question itself asks for an example.
    evidence: bool = True


class Competency(_Strict):
    """What an interviewer rates, with what a good answer shows, at the levels it is assessed."""

    id: Identifier
    title: Text
    good: Text
    levels: list[Identifier] = Field(min_length=1)


class RatingLevel(_Strict):
    score: int = Field(ge=1, le=5)
    label: Text
    description: Text


class InterviewQuestion(_Strict):
    id: Identifier
    category: Identifier
    competency: Identifier
    levels: list[Identifier] = Field(min_length=1)
    question: Text
    strong_answer: list[Text] = Field(min_length=3, max_length=5)
    follow_ups: list[Text] = Field(min_length=1, max_length=2)
    terms: list[str] = []


class InterviewContent(_Strict):
    categories: list[InterviewCategory] = Field(min_length=1)
    competencies: list[Competency] = Field(min_length=1)
    rating_scale: list[RatingLevel] = Field(min_length=5, max_length=5)
    questions: list[InterviewQuestion] = Field(min_length=1)

    def category_ids(self) -> list[str]:
        return [category.id for category in self.categories]

    def category(self, category_id: str) -> InterviewCategory:
        return _by_id(self.categories, category_id)

    def competency(self, competency_id: str) -> Competency:
        return _by_id(self.competencies, competency_id)


class NamedSkill(_Strict):
    name: Text
    detail: str = ""


class SkillsReference(_Strict):
    sources: list[str] = []
    technical: list[NamedSkill] = []
    soft: list[NamedSkill] = []


class EducationPath(_Strict):
    name: Text
    duration: str = ""
    cost: str = ""
    note: str = ""
    sources: list[str] = []


class Figure(_Strict):
    """One fact stated as a value, with what it measures, when, and where it comes from."""

    label: Text
    value: Text
    period: str = ""
    source: str


class PayFigure(_Strict):
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


class WorkSetting(_Strict):
    name: Text
    share: str = ""
    source: str


class RelatedRole(_Strict):
    title: Text
    pack: Identifier | None = None
    summary: str = ""
    entry_education: str = ""
    median_pay: str = ""
    source: str


class Specialization(_Strict):
    title: Text
    summary: Text
    source: str


class Reference(_Strict):
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


class RolePack(_Strict):
    """A complete role pack: a file merged with the packs it extends, then checked as a whole."""

    format: int = FORMAT
    id: Identifier
    extends: Identifier | None = None
    abstract: bool = False  # a family base: extended by roles, never used as a role itself
    title: Text
    summary: Text
    also_known_as: list[Text] = []
    # The occupation's SOC code(s), for BLS OEWS wages by place (toolkit.pay).
    soc: list[OccupationCode] = []
    sources: list[Source] = []
    levels: list[Level] = Field(min_length=1)
    categories: list[Category] = []
    keywords: list[Keyword] = []
    certifications: list[Certification] = []
    resume: ResumeContent
    cover_letter: CoverLetterContent
    job_description: JobDescriptionContent
    interview: InterviewContent
    reference: Reference = Reference()
    # What loading changed (control characters removed), for the caller to show.
    _load_warnings: list[Problem] = PrivateAttr(default_factory=list)
    # How far up the ``extends`` chain an interview item was defined: 0 in the pack's own file.
    _depths: dict[tuple[str, str], int] = PrivateAttr(default_factory=dict)

    _root_depth: int = PrivateAttr(default=0)

    def depth(self, section: str, item_id: str) -> int:
        """0 for a keyword (by term), question, category or competency of this pack's own file, 1 for its
        parent's, and so on."""
        return self._depths.get((section, item_id), 0)

    def from_root(self, section: str, item_id: str) -> bool:
        """Whether the item comes from the root pack that every role extends (and this pack is not that root)."""
        return self._root_depth > 0 and self.depth(section, item_id) == self._root_depth

    @property
    def load_warnings(self) -> list[Problem]:
        """Warnings from loading the pack files, e.g. control characters that were removed."""
        return list(self._load_warnings)

    @field_validator("format", mode="before")
    @classmethod
    def _known_format(cls, value: Any) -> int:
        if str(value).strip() != str(FORMAT):
            raise ValueError(f"this jobkit reads role pack format {FORMAT} (got {str(value)[:20]!r})")
        return FORMAT

    def problems(self) -> list[tuple[tuple[Any, ...], str]]:
        """What is wrong across fields, as (field path, message): ids unique, every name used declared,
        every level with its text and its questions. Types and single fields are pydantic's job."""
        found: list[tuple[tuple[Any, ...], str]] = []
        for path, items, key in (
            (("sources",), self.sources, "id"),
            (("levels",), self.levels, "id"),
            (("categories",), self.categories, "id"),
            (("keywords",), self.keywords, "term"),
            (("certifications",), self.certifications, "abbreviation"),
            (("interview", "categories"), self.interview.categories, "id"),
            (("interview", "competencies"), self.interview.competencies, "id"),
            (("interview", "questions"), self.interview.questions, "id"),
        ):
            found += _duplicates(path, [getattr(item, key) for item in items], key)
        for check in (self._check_sources, self._check_levels, self._check_vocabulary, self._check_interview):
            check(found)
        return found + occupation_code_problems(self.soc, self.level_ids(), STANDARD_LEVELS)

    def _check_sources(self, found: list[tuple[tuple[Any, ...], str]]) -> None:
        declared = {source.id for source in self.sources}
        named: list[tuple[tuple[Any, ...], str]] = []
        for index, level in enumerate(self.levels):
            if level.source:
                named.append((("levels", index, "source"), level.source))
        for index, certification in enumerate(self.certifications):
            named += [(("certifications", index, "sources"), source) for source in certification.sources]
        reference = self.reference
        for name in ("duties", "tools", "work_environment", "skills"):
            section = getattr(reference, name)
            if section is not None:
                named += [(("reference", name, "sources"), source) for source in section.sources]
        for name in ("education_paths",):
            for index, item in enumerate(getattr(reference, name)):
                named += [(("reference", name, index, "sources"), source) for source in item.sources]
        for name in ("outlook", "pay", "work_settings", "related_roles", "specializations"):
            for index, item in enumerate(getattr(reference, name)):
                named.append((("reference", name, index, "source"), item.source))
        for path, source in named:
            if source not in declared:
                found.append(
                    _problem(path, f"source {source!r} is not declared under 'sources'", choices=declared, given=source)
                )

    def _check_levels(self, found: list[tuple[tuple[Any, ...], str]]) -> None:
        ids = self.level_ids()
        for index, (lower, higher) in enumerate(zip(self.levels, self.levels[1:], strict=False)):
            if higher.years_min < lower.years_min:
                found.append(
                    _problem(
                        ("levels", index + 1, "years_min"), "levels go from entry to top: years_min may not go down"
                    )
                )
        known = set(ids) | set(STANDARD_LEVELS)
        tables: list[tuple[tuple[Any, ...], Iterable[str]]] = [
            (("resume", "summary", "objective"), self.resume.summary.objective),
            (("cover_letter", "value_statements"), self.cover_letter.value_statements),
            (("job_description", "levels"), self.job_description.levels),
        ]
        for path, table in tables:
            for level in table:
                if level not in known:
                    found.append(_problem((*path, level), f"{level!r} is not a level", choices=ids, given=level))
            if missing := [level for level in ids if level not in table]:
                found.append(_problem(path, f"nothing for level(s) {', '.join(missing)}"))
        for index, item in enumerate(self.reference.pay):
            for level in item.covers:
                if level not in ids:
                    found.append(
                        _problem(
                            ("reference", "pay", index, "covers"),
                            f"{level!r} is not a level of this pack",
                            choices=ids,
                            given=level,
                        )
                    )
            if item.level is not None and item.level not in known:
                found.append(
                    _problem(
                        ("reference", "pay", index, "level"),
                        f"{item.level!r} is not a level",
                        choices=ids,
                        given=item.level,
                    )
                )

    def _check_vocabulary(self, found: list[tuple[tuple[Any, ...], str]]) -> None:
        categories = {category.id for category in self.categories} | {CERTIFICATION_CATEGORY}
        for index, keyword in enumerate(self.keywords):
            if keyword.category not in categories:
                found.append(
                    _problem(
                        ("keywords", index, "category"),
                        f"category {keyword.category!r} is not declared under 'categories'",
                        choices=categories,
                        given=keyword.category,
                    )
                )
        known = {certification.abbreviation for certification in self.certifications}
        for level, posting in self.job_description.levels.items():
            for field in ("required_certifications", "preferred_certifications"):
                for abbreviation in getattr(posting, field):
                    if abbreviation not in known:
                        found.append(
                            _problem(
                                ("job_description", "levels", level, field),
                                f"{abbreviation!r} is not a certification of this pack",
                                choices=known,
                                given=abbreviation,
                            )
                        )

    def _check_interview(self, found: list[tuple[tuple[Any, ...], str]]) -> None:
        bank = self.interview
        categories = set(bank.category_ids())
        competencies = {item.id for item in bank.competencies}
        terms = {keyword.term for keyword in self.all_keywords()}
        levels = set(self.level_ids()) | set(STANDARD_LEVELS)
        for index, competency in enumerate(bank.competencies):
            for level in competency.levels:
                if level not in levels:
                    found.append(
                        _problem(
                            ("interview", "competencies", index, "levels"), f"{level!r} is not a level", given=level
                        )
                    )
        for index, question in enumerate(bank.questions):
            path = ("interview", "questions", index)
            for field, values, choices in (
                ("category", [question.category], categories),
                ("competency", [question.competency], competencies),
                ("levels", question.levels, levels),
                ("terms", question.terms, terms),
            ):
                for value in values:
                    if value not in choices:
                        found.append(
                            _problem(
                                (*path, field), f"unknown {field.rstrip('s')} {value!r}", choices=choices, given=value
                            )
                        )
        for level in self.level_ids():
            if not any(level in question.levels for question in bank.questions):
                found.append(_problem(("interview", "questions"), f"no question for level {level}"))

    # --- reading the pack --------------------------------------------------------------------------

    def level_ids(self) -> list[str]:
        return [level.id for level in self.levels]

    def level(self, level_id: str) -> Level:
        """The level with this id; callers check the id first (``toolkit.documents.levels.check_level``)."""
        return _by_id(self.levels, level_id)

    def level_for_years(self, years: float) -> Level:
        """The level whose range holds ``years`` (a boundary belongs to the higher level)."""
        chosen = self.levels[0]
        for level in self.levels:
            if years >= level.years_min:
                chosen = level
        return chosen

    def all_keywords(self) -> list[Keyword]:
        """The pack's terms and its credentials as terms: what profiles, resumes and postings are matched against."""
        return [*self.keywords, *(certification.as_keyword() for certification in self.certifications)]

    def certification_by_abbreviation(self, abbreviation: str) -> Certification:
        return next(item for item in self.certifications if item.abbreviation == abbreviation)

    def category_suggestion(self, category_id: str) -> str:
        """Where on a resume a missing term of this category could honestly go."""
        for category in self.categories:
            if category.id == category_id:
                return category.suggestion
        return "certificates (only if you hold it)" if category_id == CERTIFICATION_CATEGORY else "skills"

    def source(self, source_id: str) -> Source:
        return _by_id(self.sources, source_id)


def _by_id(items: Iterable[Any], wanted: str) -> Any:
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)


def _duplicates(path: tuple[Any, ...], values: list[str], key: str) -> list[tuple[tuple[Any, ...], str]]:
    seen: set[str] = set()
    found = []
    for index, value in enumerate(values):
        if value in seen:
            found.append(((*path, index, key), f"{key} {value!r} appears twice"))
        seen.add(value)
    return found


def _problem(
    path: tuple[Any, ...], message: str, *, choices: Iterable[str] = (), given: str = ""
) -> tuple[tuple[Any, ...], str]:
    hint = did_you_mean(given, choices) if given and choices else ""
    return path, message + hint
