"""Which career level a document is for: the one asked for, or the one the profile's years point to."""

from __future__ import annotations

import re
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

    # Set when the years pointed to a level that leads people and no job in the profile is one.
    capped_from: str | None = None

    def describe(self) -> str:
        if not self.inferred:
            return f"level: {self.id} ({self.title}), as asked"
        if self.years is None:
            return f"level: {self.id} ({self.title}); the profile has no dated work, so the first level was used"
        described = f"level: {self.id} ({self.title}), inferred from {self.years:.1f} years of work in the profile"
        if self.capped_from:
            described += f"; not {self.capped_from}, as no job in the profile leads people (--level chooses)"
        return described


def check_level(role: RolePack, level: str) -> Level:
    """The role's level with this id; an unknown id is a located error with the choices and a did-you-mean."""
    ids = role.level_ids()
    if level not in ids:
        raise UnknownNameError(unknown_name_message("level", level, ids))
    return role.level(level)


def choose_level(profile: Profile, role: RolePack, level: str | None, today: date) -> LevelChoice:
    """The asked-for level, or the one the profile's years of work point to.

    Years say how long someone has worked, not that they have led anyone: a level that
    leads people (a lead, supervisor, manager or director) is inferred only when a job
    in the profile is titled as one; otherwise the highest level below it is used, so
    that no document speaks for a manager who never was one.
    """
    years = profile_years(profile, today)
    if level:
        return LevelChoice(level, check_level(role, level).title, False, years)
    chosen = role.level_for_years(years or 0.0)
    if not chosen.leads() or has_led_people(profile):
        return LevelChoice(chosen.id, chosen.title, True, years)
    below = [candidate for candidate in role.levels if not candidate.leads() and candidate.years_min <= (years or 0.0)]
    if not below:
        return LevelChoice(chosen.id, chosen.title, True, years)
    highest = max(below, key=lambda candidate: candidate.years_min)
    return LevelChoice(highest.id, highest.title, True, years, capped_from=chosen.id)


# Words in a job title that say its holder led other people.
_LEADING_TITLE = re.compile(
    r"\b(?:lead|leader|supervisor|manager|director|head|chief|foreman|forewoman|superintendent|president|vp)\b",
    re.IGNORECASE,
)


def has_led_people(profile: Profile) -> bool:
    """Whether a job or volunteer role in the profile is titled as one that leads people."""
    titles = [job.position or "" for job in profile.work] + [role.position or "" for role in profile.volunteer]
    return any(_LEADING_TITLE.search(title) for title in titles)


def profile_years(profile: Profile, today: date) -> float | None:
    """Years of work in the profile (overlaps counted once), or None if no job is dated."""
    spans: list[Span] = [(job.startDate, job.endDate) for job in profile.work if job.startDate]
    return experience_years(spans, today) if spans else None


# Words that say where in a ladder or what kind of post a title is, not what the work is: "Sales
# Associate" and "Warehouse Associate" are different work, "Records Clerk" and "Records Specialist" the same.
_GENERIC_TITLE_WORDS = frozenset(
    "a an and of the in for to at senior sr junior jr lead principal staff chief head assistant associate "
    "specialist clerk representative rep worker officer coordinator technician analyst manager supervisor "
    "director professional consultant student i ii iii iv v entry level trainee intern apprentice".split()
)


def years_as(profile: Profile, label: str, today: date) -> float | None:
    """Years of work in jobs titled like ``label`` (sharing a word that names the work), or None if none is.

    "Warehouse Associate with over seven years of experience" must not count the years
    at a till: only the jobs whose titles share a distinctive word with the label count.
    """
    wanted = _distinctive_words(label)
    spans: list[Span] = [
        (job.startDate, job.endDate)
        for job in profile.work
        if job.startDate and wanted & _distinctive_words(job.position or "")
    ]
    return experience_years(spans, today) if spans else None


def _distinctive_words(title: str) -> set[str]:
    words = set(re.findall(r"[a-z0-9+#]+", title.casefold()))
    distinctive = words - _GENERIC_TITLE_WORDS
    return distinctive or words
