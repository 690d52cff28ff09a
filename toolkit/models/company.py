"""A company profile for job descriptions: who is hiring, in their own words."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .role_parts import EmploymentType


class Benefit(BaseModel):
    """A benefit some jobs get: a steel-toe boot allowance belongs in a warehouse posting, not an accountant's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    roles: list[str] = []  # role pack ids; empty: every role
    levels: list[str] = []  # level ids; empty: every level
    employment: list[EmploymentType] = []  # kinds of employment (a 403(b) match is no contractor's); empty: every

    def applies_to(self, role: str, level: str, employment: str = "full-time") -> bool:
        return (
            (not self.roles or role in self.roles)
            and (not self.levels or level in self.levels)
            and (not self.employment or employment in self.employment)
        )


class Company(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    about: str = ""
    website: str = ""
    locations: list[str] = []
    benefits: list[str | Benefit] = []
    eeo_statement: str = ""
    how_to_apply: str = ""
    logo: str = ""
    # How many people the company employs: pay-transparency laws reach employers from a size on.
    employees: int | None = Field(default=None, ge=1)

    def benefits_for(self, role: str, level: str, employment: str = "full-time") -> list[str]:
        """The benefits a posting for ``role`` at ``level`` lists: every plain one, and the scoped ones that fit."""
        return [
            item if isinstance(item, str) else item.text
            for item in self.benefits
            if isinstance(item, str) or item.applies_to(role, level, employment)
        ]
