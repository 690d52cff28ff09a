"""The profile: a JSON Resume v1.2.1 document as typed, read-only models, and its only validator.

The models accept every document the official schema accepts and reject what it rejects
(the schema's conformance fixtures are tests), and add jobkit's stricter rules: dates
exist on the calendar and an entry does not end before it starts. Dates are parsed once,
here, into ``PartialDate``. Unknown keys are kept (JSON Resume allows them) in
``model_extra``, where validation finds them to warn about. Models hold no rendering logic.
"""

from __future__ import annotations

import datetime
import re
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .dates import PartialDate


def _parse_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            raise PydanticCustomError("date", str(error)) from None
    if isinstance(value, PartialDate):
        return value
    raise PydanticCustomError("date", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")


Date = Annotated[PartialDate, BeforeValidator(_parse_date), PlainSerializer(str, return_type=str)]


def expected_kind(annotation: Any) -> str:
    """How an error message names what a field takes: text, a list, a mapping of fields, a date."""
    options = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    for option in options:
        if get_origin(option) is list:
            return "a list"
        if isinstance(option, type) and issubclass(option, BaseModel):
            return "a mapping of fields"
        if get_origin(option) is Annotated and get_args(option)[0] is PartialDate:
            return "a date as YYYY, YYYY-MM or YYYY-MM-DD"
    return "text"


def section_type(annotation: Any) -> type[Section] | None:
    """The ``Section`` model a field holds (alone, optional, or in a list), else None."""
    options = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    for option in options:
        if get_origin(option) is list:
            option = get_args(option)[0]
        if isinstance(option, type) and issubclass(option, Section):
            return option
    return None


class Section(BaseModel):
    """Every JSON Resume object: extra keys allowed and kept, values never null (the schema says so)."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_null(cls, value: Any, info: Any) -> Any:
        if value is None:
            wanted = expected_kind(cls.model_fields[info.field_name].annotation)
            raise PydanticCustomError("null", "expected {wanted}, got nothing (null)", {"wanted": wanted})
        return value


class _Dated(Section):
    startDate: Date | None = None
    endDate: Date | None = None

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> _Dated:
        if self.startDate and self.endDate and self.endDate.last_day() < self.startDate.first_day():
            # ``field`` lets the error translator point at endDate rather than the whole entry.
            raise PydanticCustomError(
                "date_order",
                "ends ({end}) before it starts ({start})",
                {"end": str(self.endDate), "start": str(self.startDate), "field": "endDate"},
            )
        return self


class Location(Section):
    address: str | None = None
    postalCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    region: str | None = None

    def one_line(self) -> str:
        return ", ".join(part for part in (self.city, self.region, self.countryCode) if part)


class SocialProfile(Section):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(Section):
    name: str | None = None
    label: str | None = None
    image: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[SocialProfile] = []

    @field_validator("email")
    @classmethod
    def _looks_like_an_address(cls, value: str | None) -> str | None:
        # The schema's "email" format, as jsonschema checks it: an @ somewhere.
        if value is not None and "@" not in value:
            raise PydanticCustomError("email", "not a valid email (no @): {value}", {"value": repr(value)})
        return value


class Work(_Dated):
    name: str | None = None
    location: str | None = None
    description: str | None = None
    position: str | None = None
    url: str | None = None
    summary: str | None = None
    highlights: list[str] = []
    # Older JSON Resume spellings (before v1.0), still read: see accept_older_spellings.
    company: str | None = Field(default=None, exclude=True)
    website: str | None = Field(default=None, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def accept_older_spellings(cls, data: Any) -> Any:
        """Older JSON Resume files say ``company`` and ``website``; read them as name and url."""
        if isinstance(data, dict):
            data = dict(data)
            if data.get("name") is None and isinstance(data.get("company"), str):
                data["name"] = data["company"]
            if data.get("url") is None and isinstance(data.get("website"), str):
                data["url"] = data["website"]
        return data


class Volunteer(_Dated):
    organization: str | None = None
    position: str | None = None
    url: str | None = None
    summary: str | None = None
    highlights: list[str] = []


class Education(_Dated):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None
    score: str | None = None
    courses: list[str] = []


class Award(Section):
    title: str | None = None
    date: Date | None = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(Section):
    name: str | None = None
    date: Date | None = None
    url: str | None = None
    issuer: str | None = None

    def in_progress(self, today: datetime.date) -> bool:
        """Whether this is a credential still being worked toward, not held: its date is still to come,
        or, undated, its name says so ("ServSafe Manager (in progress)", "CPA exam: REG and BAR in
        progress", "PMP candidate")."""
        if self.date is not None:  # a date says when it was (or will be) earned, whatever the name holds
            return self.date.first_day() > today
        return bool(_IN_PROGRESS.search(self.name or ""))


# Words with which people list a credential they do not hold yet (not "planned": "planned giving" is a field).
_IN_PROGRESS = re.compile(
    r"\b(?:in[ -]progress|expected|pursuing|candidate|scheduled|working (?:toward|towards|on)|underway|"
    r"studying for|not yet|anticipated)\b",
    re.IGNORECASE,
)


class Publication(Section):
    name: str | None = None
    publisher: str | None = None
    releaseDate: Date | None = None
    url: str | None = None
    summary: str | None = None


class Skill(Section):
    name: str | None = None
    level: str | None = None
    keywords: list[str] = []


class Language(Section):
    language: str | None = None
    fluency: str | None = None


class Interest(Section):
    name: str | None = None
    keywords: list[str] = []


class Reference(Section):
    name: str | None = None
    reference: str | None = None


class Project(_Dated):
    name: str | None = None
    description: str | None = None
    highlights: list[str] = []
    keywords: list[str] = []
    url: str | None = None
    roles: list[str] = []
    entity: str | None = None
    type: str | None = None


class Meta(Section):
    canonical: str | None = None
    version: str | None = None
    lastModified: str | None = None
    # Not in the JSON Resume schema (its meta allows more fields): the language the profile is written in,
    # as the official theme reads it (jsonresume-theme-class, meta.language). jobkit writes its own words in it.
    language: str | None = None

    @field_validator("language")
    @classmethod
    def _a_language_jobkit_writes(cls, value: str | None) -> str | None:
        if value is not None:
            from ..errors import UnknownNameError
            from ..language import check_language

            try:
                check_language(value)
            except UnknownNameError as error:
                raise PydanticCustomError("language", "{message}", {"message": str(error)}) from None
        return value


class Profile(Section):
    """A whole JSON Resume document."""

    schema_url: str | None = Field(default=None, alias="$schema")
    basics: Basics = Basics()
    work: list[Work] = []
    volunteer: list[Volunteer] = []
    education: list[Education] = []
    awards: list[Award] = []
    certificates: list[Certificate] = []
    publications: list[Publication] = []
    skills: list[Skill] = []
    languages: list[Language] = []
    interests: list[Interest] = []
    references: list[Reference] = []
    projects: list[Project] = []
    meta: Meta = Meta()
