"""Which career level a document is for: the one asked for, or the one the profile's years point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..errors import UnknownNameError
from ..matching import leads_people_title
from ..models.dates import Span, experience_years
from ..models.profile import Profile, Work
from ..models.role import Level, RolePack
from ..resources import language_data
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
    # What the years are of: "Electrician" (jobs titled like the person's own title), "" for all dated work.
    years_of: str = ""

    def describe(self) -> str:
        if not self.inferred:
            return f"level: {self.id} ({self.title}), as asked"
        if self.years is None:
            return f"level: {self.id} ({self.title}); the profile has no dated work, so the first level was used"
        of_what = f"as {self.years_of}" if self.years_of else "in the profile"
        described = f"level: {self.id} ({self.title}), inferred from {self.years:.1f} years of work {of_what}"
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
    in the profile is titled as one that leads people. Otherwise the highest level below
    it that does not is used (a ladder with no such level keeps the level the years give),
    so that no document speaks for a manager who never was one.
    """
    if level:
        return LevelChoice(level, check_level(role, level).title, False, profile_years(profile, today))
    # The years of the person's own line of work (a plumber's helper job or a career break is no
    # electrician's seniority); all dated work when no job is titled like what they call themselves.
    title = own_title(profile)
    own = years_as(profile, title, today) if title else None
    years, basis = (own, title or "") if own is not None else (profile_years(profile, today), "")
    chosen = role.level_for_years(years or 0.0)
    if not chosen.leads() or has_led_people(profile, role):
        return LevelChoice(chosen.id, chosen.title, True, years, years_of=basis)
    below = [candidate for candidate in role.levels if not candidate.leads() and candidate.years_min <= (years or 0.0)]
    if not below:
        return LevelChoice(chosen.id, chosen.title, True, years, years_of=basis)
    highest = max(below, key=lambda candidate: candidate.years_min)
    return LevelChoice(highest.id, highest.title, True, years, capped_from=chosen.id, years_of=basis)


def has_led_people(profile: Profile, role: RolePack | None = None) -> bool:
    """Whether a job or volunteer role in the profile is titled as one that leads people: a title
    ``leads_people_title`` knows, or one holding the title of one of ``role``'s levels that lead."""
    titles = [job.position or "" for job in profile.work] + [entry.position or "" for entry in profile.volunteer]
    # A pack's own leading titles count whole ("Medical Records Supervisor"); a bare "Manager" or "Lead" of the
    # general ladder would make every Case Manager a manager again.
    leading = [level.title.casefold() for level in role.levels if level.leads()] if role is not None else []
    leading = [name for name in leading if len(name.split()) >= 2]
    return any(
        leads_people_title(title) or any(name in title.casefold() for name in leading) for title in titles if title
    )


def profile_years(profile: Profile, today: date) -> float | None:
    """Years of work in the profile (overlaps counted once), or None if no job is dated."""
    spans: list[Span] = [(job.startDate, job.endDate) for job in profile.work if job.startDate]
    return experience_years(spans, today) if spans else None


@cache
def _generic_title_words() -> frozenset[str]:
    """Words of a title that say its rank or kind of post, not the work (``generic_title_words`` in
    templates/language/job_titles.yaml)."""
    return frozenset(language_data("job_titles")["generic_title_words"])


def years_as(profile: Profile, label: str, today: date, related: Sequence[str] = ()) -> float | None:
    """Years of work in jobs titled like ``label`` (or like one of the ``related`` titles), or None if no job is.

    "Warehouse Associate with over seven years of experience" must not count the years
    at a till: a job counts when its title holds the label's head word, the last one
    that names the work ("records" of "Medical Records Specialist", so a "Medical
    Assistant" does not count; "engineer" of "Software Engineer", so "Software Sales
    Representative" does not), or when its own head word names the same line of work
    (``lines_of_work`` in templates/language/job_titles.yaml: a Developer's "Software Engineer" job).
    """
    spans: list[Span] = [(job.startDate, job.endDate) for job in jobs_titled_like(profile, label, related)]
    return experience_years(spans, today) if spans else None


def jobs_titled_like(profile: Profile, label: str, related: Sequence[str] = ()) -> list[Work]:
    """The profile's dated jobs of the line of work ``label`` (and the ``related`` titles) name, in its order."""
    head = _head_word(label)
    heads = same_line_heads(label, *related)
    return [
        job
        for job in profile.work
        if job.startDate
        and job.position
        # The job's own head word: a "Nurse Aide" is no "Registered Nurse", a "Teacher Aide" no "Teacher".
        and ((head is not None and _head_word(job.position) == head) or _head_word(job.position) in heads)
    ]


def same_line_heads(*titles: str) -> frozenset[str]:
    """The head words of ``titles`` that name the work, each with the words of its line of work: "Software Developer"
    gives developer, engineer and programmer. A title of generic words only ("Senior", "Intern") gives none."""
    lines, generic = _lines_of_work(), _generic_title_words()
    heads: set[str] = set()
    for title in titles:
        words = [word for word in _words(title or "") if word not in generic]
        if words:
            heads |= lines.get(words[-1], {words[-1]})
    return frozenset(heads)


def line_key(title: str) -> frozenset[str]:
    """What line of work a title names, as a set of head words: equal for "Software Engineer" and "Developer"."""
    head = _head_word(title)
    return _lines_of_work().get(head, frozenset({head})) if head else frozenset()


@cache
def _lines_of_work() -> dict[str, frozenset[str]]:
    groups = language_data("job_titles").get("lines_of_work") or []
    return {word: frozenset(group) for group in groups for word in group}


def current_job(profile: Profile) -> Work | None:
    """The titled job held now (no end date), wherever the profile lists it; else the first titled job."""
    titled = [job for job in profile.work if job.position]
    return next((job for job in titled if not job.endDate), titled[0] if titled else None)


def own_title(profile: Profile) -> str | None:
    """What the person calls themselves: the profile's label, else the title of the job held now."""
    job = current_job(profile)
    return profile.basics.label or (job.position if job is not None else None)


def stated_years(profile: Profile, level: LevelChoice, today: date) -> float | None:
    """The years a document may say the person has ("Electrician with five years of experience", "I bring
    five years"): those of jobs titled like what they call themselves; all dated work when they call
    themselves nothing, and None when no job is titled so (then no number is stated)."""
    title = own_title(profile)
    return years_as(profile, title, today) if title else level.years


@dataclass(frozen=True)
class LineOfWork:
    """The years a letter states and what they are years of: () when they are all the person's dated work.

    ``of`` names the titles the years were held under, the person's own title first (it speaks only for jobs
    titled so: a "Senior Line Cook" job is a Line Cook's, a "Prep Cook" job is not); ``kind`` is the head word all
    of those titles share ("Cook" of "Line Cook" and "Prep Cook"), "" when they share none or there is one title."""

    years: float | None
    of: tuple[str, ...] = ()
    kind: str = ""


def line_of_work(profile: Profile, today: date, related: Sequence[str] = ()) -> LineOfWork:
    """Years as a reader of one application counts them: the jobs titled like what the person calls themselves,
    like the job they hold now, or like the ``related`` titles (the posting's, the role pack's), each line of work
    with its kin (a Developer's "Software Engineer" years count). ``of`` and ``kind`` say what they are years of
    when some dated job is left out; no label and no titled job: all dated work."""
    title = own_title(profile)
    if not title:
        return LineOfWork(profile_years(profile, today))
    current = current_job(profile)
    jobs = jobs_titled_like(profile, title, [*related, *([current.position] if current and current.position else [])])
    if not jobs:
        return LineOfWork(None)
    years = experience_years([(job.startDate, job.endDate) for job in jobs], today)
    if len(jobs) == sum(1 for job in profile.work if job.startDate):
        return LineOfWork(years)
    newest = sorted(jobs, key=lambda job: job.startDate.first_day() if job.startDate else date.min, reverse=True)
    # Each job by the title it was held under; the person's own title stands for a job only when the job's title
    # ends in it, so seven years of prep and line cooking are never "seven years as a Line Cook".
    held = [title if _ends_with(job.position or "", title) else job.position or "" for job in newest]
    named: list[str] = []
    for name in sorted(held, key=lambda name: name != title):  # the own title first, then newest first
        if name.casefold() not in {known.casefold() for known in named}:
            named.append(name)
    # The word every title ends in, when it names the work: "Driver"; not "Store" of "Assistant Store Manager".
    lasts = {(_words(job.position or "") or [""])[-1] for job in jobs}
    heads = {_head_word(job.position or "") for job in jobs}
    kind = ""
    if len(named) > 1 and len(lasts) == 1 and lasts == heads:
        kind = _word_as_written(newest[0].position or "", lasts.pop())
    return LineOfWork(years, tuple(named), kind)


def _ends_with(position: str, title: str) -> bool:
    """Whether the job's title ends in the words of ``title``: "Surgical ICU Registered Nurse" in "Registered Nurse"."""
    words, ending = _words(position), _words(title)
    return bool(ending) and words[-len(ending) :] == ending


def _word_as_written(title: str, word: str | None) -> str:
    """``word`` as ``title`` writes it, in running text: "cook" of "Line Cook", "RN" of "Charge RN"."""
    written = next((part for part in re.findall(r"[^\W_]+", title) if part.casefold() == word), word or "")
    return written if written.isupper() and len(written) > 1 else written.lower()


def _words(title: str) -> list[str]:
    return re.findall(r"[^\W_]+", title.casefold())


def _head_word(title: str) -> str | None:
    """The last word of ``title`` that names the work (not "Senior", "Specialist", "II"); else its last word."""
    words = _words(title)
    generic = _generic_title_words()
    distinctive = [word for word in words if word not in generic]
    chosen = distinctive or words
    return chosen[-1] if chosen else None
