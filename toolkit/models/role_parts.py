"""The parts a role pack is built from: ids, the level ids packs share, sources, levels, categories, terms and
credentials, and the placeholders pack text may hold. ``toolkit.models.role`` puts them together as a ``RolePack``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated, Literal, Protocol, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

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


class StrictModel(BaseModel):
    """A part of a role pack: unknown keys are refused (a misspelt key is an error, not ignored), values read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(StrictModel):
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


LEADING_LEVEL_IDS = frozenset({"lead", "supervisor", "manager", "director"})


class Level(StrictModel):
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


class Category(StrictModel):
    id: Identifier
    title: Text
    suggestion: Text


class Keyword(StrictModel):
    """A term the role values, with the spellings that mean the same thing."""

    term: Text
    synonyms: list[Text] = []
    weight: int = Field(default=1, ge=1, le=3)
    category: Identifier
    importance: Importance = "preferred"
    group: Identifier | None = None  # members of one group are alternatives: any one of them meets it

    def spellings(self) -> list[str]:
        return [self.term, *self.synonyms]


class Certification(StrictModel):
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


class _WithId(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_WithId)


def by_id(items: Iterable[_Item], wanted: str) -> _Item:
    """The item whose ``id`` is ``wanted``; KeyError when none is."""
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)
