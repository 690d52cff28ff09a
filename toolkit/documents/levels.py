"""Which career level a document is for: the one asked for, or the one the profile's years point to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import UnknownNameError
from ..models.dates import Span, experience_years
from ..models.profile import Profile
from ..models.role import Level, RolePack
from ..suggestions import unknown_name_message


@dataclass
class LevelChoice:
    """The level a document was made for and how it was chosen."""

    id: str
    title: str
    inferred: bool
    years: float | None

    def describe(self) -> str:
        if not self.inferred:
            return f"level: {self.id} ({self.title}), as asked"
        if self.years is None:
            return f"level: {self.id} ({self.title}); the profile has no dated work, so the first level was used"
        return f"level: {self.id} ({self.title}), inferred from {self.years:.1f} years of work in the profile"


def check_level(role: RolePack, level: str) -> Level:
    """The role's level with this id; an unknown id is a located error with the choices and a did-you-mean."""
    ids = role.level_ids()
    if level not in ids:
        raise UnknownNameError(unknown_name_message("level", level, ids))
    return role.level(level)


def choose_level(profile: Profile, role: RolePack, level: str | None, today: date) -> LevelChoice:
    """The asked-for level, or the one the profile's years of work point to."""
    years = profile_years(profile, today)
    if level:
        return LevelChoice(level, check_level(role, level).title, False, years)
    chosen = role.level_for_years(years or 0.0)
    return LevelChoice(chosen.id, chosen.title, True, years)


def profile_years(profile: Profile, today: date) -> float | None:
    """Years of work in the profile (overlaps counted once), or None if no job is dated."""
    spans: list[Span] = [(job.startDate, job.endDate) for job in profile.work if job.startDate]
    return experience_years(spans, today) if spans else None
