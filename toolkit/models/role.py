"""Role packs (format 2): what jobkit knows about one occupation, as typed, read-only models.

A pack file may extend another (``extends:``); ``toolkit.inputs.roles`` merges the chain and
validates the result with these models and checks it across fields (``role_checks``), so a
``RolePack`` is always complete. The pack's parts live in ``role_parts`` and ``role_content`` and are
imported from here with it. Pack text may hold only the plain ``{name}`` placeholders its field is
filled with (``PLACEHOLDER_FIELDS``), checked at load time. Nothing here knows an occupation:
categories, credentials and all their wording come from the pack.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, PrivateAttr, field_validator

from ..errors import Problem
from .occupation_code import OccupationCode
from .role_content import (
    ByWorkMode,
    Competency,
    CoverLetterContent,
    EducationPath,
    Figure,
    InterviewCategory,
    InterviewContent,
    InterviewQuestion,
    JobDescriptionContent,
    LevelPosting,
    NamedSkill,
    PayFigure,
    RatingLevel,
    Reference,
    RelatedRole,
    ResumeContent,
    SkillsReference,
    Sourced,
    Specialization,
    SummaryPhrases,
    WorkSetting,
)
from .role_parts import (
    CERTIFICATION_CATEGORY,
    FORMAT,
    LEADING_LEVEL_IDS,
    PLACEHOLDER_FIELDS,
    STANDARD_LEVELS,
    Category,
    Certification,
    EmploymentType,
    Identifier,
    Importance,
    Keyword,
    Level,
    Source,
    StrictModel,
    Text,
    by_id,
    is_identifier,
)

# The pack's parts are imported from here, with the pack: ``from toolkit.models.role import Keyword, RolePack``.
__all__ = [
    "CERTIFICATION_CATEGORY",
    "FORMAT",
    "LEADING_LEVEL_IDS",
    "PLACEHOLDER_FIELDS",
    "STANDARD_LEVELS",
    "ByWorkMode",
    "Category",
    "Certification",
    "Competency",
    "CoverLetterContent",
    "EducationPath",
    "EmploymentType",
    "Figure",
    "Identifier",
    "Importance",
    "InterviewCategory",
    "InterviewContent",
    "InterviewQuestion",
    "JobDescriptionContent",
    "Keyword",
    "Level",
    "LevelPosting",
    "NamedSkill",
    "PayFigure",
    "RatingLevel",
    "Reference",
    "RelatedRole",
    "ResumeContent",
    "RolePack",
    "SkillsReference",
    "Source",
    "Sourced",
    "Specialization",
    "SummaryPhrases",
    "Text",
    "WorkSetting",
    "is_identifier",
]


class RolePack(StrictModel):
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

    # --- reading the pack --------------------------------------------------------------------------

    def level_ids(self) -> list[str]:
        return [level.id for level in self.levels]

    def level(self, level_id: str) -> Level:
        """The level with this id; callers check the id first (``toolkit.documents.levels.check_level``)."""
        return by_id(self.levels, level_id)

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
        return by_id(self.sources, source_id)
