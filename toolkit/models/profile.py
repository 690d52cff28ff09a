"""The profile: a JSON Resume v1.2.1 document as typed, read-only models.

Unknown keys are kept (JSON Resume allows them); the validation step warns about
them. Models hold no rendering logic.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)


class Location(_Section):
    address: str | None = None
    postalCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    region: str | None = None

    def one_line(self) -> str:
        return ", ".join(part for part in (self.city, self.region, self.countryCode) if part)


class SocialProfile(_Section):
    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(_Section):
    name: str | None = None
    label: str | None = None
    image: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[SocialProfile] = []


class Work(_Section):
    name: str | None = None
    location: str | None = None
    description: str | None = None
    position: str | None = None
    url: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = []

    @model_validator(mode="before")
    @classmethod
    def accept_older_spellings(cls, data: Any) -> Any:
        """Older JSON Resume files say ``company`` and ``website``; read them as name and url."""
        if isinstance(data, dict):
            data = dict(data)
            if data.get("name") is None and data.get("company") is not None:
                data["name"] = data["company"]
            if data.get("url") is None and data.get("website") is not None:
                data["url"] = data["website"]
        return data


class Volunteer(_Section):
    organization: str | None = None
    position: str | None = None
    url: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = []


class Education(_Section):
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    score: str | None = None
    courses: list[str] = []


class Award(_Section):
    title: str | None = None
    date: str | None = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(_Section):
    name: str | None = None
    date: str | None = None
    url: str | None = None
    issuer: str | None = None


class Publication(_Section):
    name: str | None = None
    publisher: str | None = None
    releaseDate: str | None = None
    url: str | None = None
    summary: str | None = None


class Skill(_Section):
    name: str | None = None
    level: str | None = None
    keywords: list[str] = []


class Language(_Section):
    language: str | None = None
    fluency: str | None = None


class Interest(_Section):
    name: str | None = None
    keywords: list[str] = []


class Reference(_Section):
    name: str | None = None
    reference: str | None = None


class Project(_Section):
    name: str | None = None
    description: str | None = None
    highlights: list[str] = []
    keywords: list[str] = []
    startDate: str | None = None
    endDate: str | None = None
    url: str | None = None
    roles: list[str] = []
    entity: str | None = None
    type: str | None = None


class Profile(_Section):
    """A whole JSON Resume document."""

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
