"""A company profile for job descriptions: who is hiring, in their own words."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Company(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    about: str = ""
    website: str = ""
    locations: list[str] = []
    benefits: list[str] = []
    eeo_statement: str = ""
    how_to_apply: str = ""
    logo: str = ""
    # How many people the company employs: pay-transparency laws reach employers from a size on.
    employees: int | None = Field(default=None, ge=1)
