"""Build a resume's context: what it says and in what order, tailored to a role and level.

Tailoring only reorders and selects what the profile holds; the one piece of new
prose, a summary for a profile that has none, is filled only with the profile's own
facts (its label, years computed from its dates, keywords spelt as it spells them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from ..inputs.links import safe_link
from ..language import ENGLISH, Language
from ..language.cefr import describe_fluency
from ..language.languages import fill
from ..matching import POSTING_CATEGORY
from ..models.profile import Award, Certificate, Education, Profile, Project, Publication, Volunteer, Work
from ..models.role import CERTIFICATION_CATEGORY, Certification, Keyword, RolePack
from ..term_index import TermIndex
from .common import Meta, Person, keywords_line, person_block
from .focus import NO_FOCUS, Focus
from .levels import LevelChoice, choose_level
from .summary import write_summary


@dataclass(frozen=True)
class Summary:
    text: str
    generated: bool  # written by jobkit from the profile's own facts, because the profile has none


@dataclass(frozen=True)
class Job:
    """A work or volunteer entry."""

    position: str
    organization: str
    url: str | None
    location: str
    dates: str
    summary: str
    highlights: tuple[str, ...]


@dataclass(frozen=True)
class Credential:
    name: str
    issuer: str
    date: str
    url: str | None


@dataclass(frozen=True)
class Study:
    degree: str
    institution: str
    dates: str
    score: str
    courses: tuple[str, ...]


@dataclass(frozen=True)
class SkillGroup:
    name: str
    level: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class ProjectEntry:
    name: str
    description: str
    dates: str
    url: str | None
    highlights: tuple[str, ...]


@dataclass(frozen=True)
class Honour:
    """An award or a publication: a name, who gave or published it, when, and a line about it."""

    name: str
    by: str
    date: str
    summary: str = ""
    url: str | None = None


@dataclass(frozen=True)
class Spoken:
    """A language the person speaks, and how well (a CEFR level named)."""

    language: str
    fluency: str


@dataclass(frozen=True)
class Interest:
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Recommendation:
    name: str
    reference: str


@dataclass(frozen=True)
class Resume:
    """What a resume says, in order; the template lays it out and decides nothing."""

    kind: ClassVar[str] = "resume"
    meta: Meta
    person: Person
    summary: Summary | None
    competencies: tuple[str, ...]
    work: tuple[Job, ...]
    certifications: tuple[Credential, ...]
    education: tuple[Study, ...]
    skills: tuple[SkillGroup, ...]
    projects: tuple[ProjectEntry, ...]
    volunteer: tuple[Job, ...]
    awards: tuple[Honour, ...]
    publications: tuple[Honour, ...]
    languages: tuple[Spoken, ...]
    interests: tuple[Interest, ...]
    references: tuple[Recommendation, ...]


@dataclass
class ResumeContext:
    """The resume, plus how the level was chosen and what the user should be told."""

    document: Resume
    level: LevelChoice
    notes: list[str] = field(default_factory=list)


def build_resume_context(
    profile: Profile,
    role: RolePack,
    *,
    focus: Focus = NO_FOCUS,
    level: str | None = None,
    today: date,
    language: Language = ENGLISH,
) -> ResumeContext:
    """Everything the resume will say, in order; pure (no files, no clock: ``today`` is the day the caller read once).

    ``focus`` is what to tailor to (a posting's or a role's terms). Without one the resume
    is the profile as written: no competencies line and no written summary. ``language``
    writes jobkit's own words (dates, labels, a written summary); the profile's are left as they are.
    """
    chosen = choose_level(profile, role, level, today)
    basics = profile.basics
    keywords = focus.keywords
    terms = TermIndex(keywords)  # indexed once: each text of the profile is then read once
    competencies = _competencies(profile, terms, role.resume.competencies_limit, today)
    summary, generated = write_summary(profile, role, chosen, competencies, focus, today, language)
    person = basics.name or ""  # an anonymised CV names no one, not even a stand-in
    aim = focus.target or basics.label or ""
    known = certification_index(role)
    document = Resume(
        meta=Meta(
            title=fill(language.gettext("{name} – Resume"), name=person) if person else language.gettext("Resume"),
            author=person,
            subject=fill(language.gettext("Resume for {aim}"), aim=aim) if aim else language.gettext("Resume"),
            keywords=keywords_line([aim, *competencies]),
            lang=language.tag,
        ),
        person=person_block(profile),
        summary=Summary(summary, generated) if summary else None,
        competencies=tuple(competencies),
        work=tuple(_job(job, job.name, terms, language) for job in profile.work),
        certifications=tuple(_certification(item, role, today, known, language) for item in profile.certificates),
        education=tuple(_education(item, language) for item in profile.education),
        skills=_skills(profile, terms),
        projects=tuple(_project(item, language) for item in profile.projects),
        volunteer=tuple(_job(item, item.organization, terms, language) for item in profile.volunteer),
        awards=tuple(_award(item, language) for item in profile.awards),
        publications=tuple(_publication(item, language) for item in profile.publications),
        languages=tuple(
            Spoken(item.language, describe_fluency(item.fluency or "", language))
            for item in profile.languages
            if item.language
        ),
        interests=tuple(Interest(item.name, tuple(item.keywords)) for item in profile.interests if item.name),
        references=tuple(
            Recommendation(item.name or "", item.reference) for item in profile.references if item.reference
        ),
    )
    notes = []
    if generated:
        notes.append("summary written from the profile's own facts (label, years of work, matched terms)")
    if focus.against:
        notes.append(f"tailored to {focus.against}")
    return ResumeContext(document, chosen, notes)


def profile_texts(profile: Profile, today: date, *, stories: bool = True) -> list[str]:
    """The profile's own words, skills first, where keywords are looked for.

    A credential still in progress is left out: "CPA" met in "CPA exam: REG in progress"
    would stand bare in a list of competencies as if held. Without ``stories``, only what
    the profile states as the person's own (skills, credentials, summary, titles, studies),
    not highlights and descriptions, which name much the person only worked near
    ("coordinated with the fire-alarm subcontractor").
    """
    if not stories:
        stated = [text for skill in profile.skills for text in (skill.name or "", *skill.keywords)]
        stated += [item.name or "" for item in profile.certificates if not item.in_progress(today)]
        stated += [profile.basics.summary or "", *(job.position or "" for job in profile.work)]
        stated += [text for study in profile.education for text in (study.area or "", study.studyType or "")]
        stated += [keyword for project in profile.projects for keyword in project.keywords]
        return [text for text in stated if text]
    texts = []
    for skill in profile.skills:
        texts += [skill.name or "", *skill.keywords]
    for certificate in profile.certificates:
        if not certificate.in_progress(today):
            texts.append(certificate.name or "")
    if profile.basics.summary:
        texts.append(profile.basics.summary)
    for job in profile.work:
        texts += [job.position or "", job.summary or "", *job.highlights]
    for study in profile.education:
        texts += [study.area or "", study.studyType or "", *study.courses]
    for project in profile.projects:
        texts += [project.description or "", *project.highlights, *project.keywords]
    for volunteer in profile.volunteer:
        texts += [volunteer.summary or "", *volunteer.highlights]
    return [text for text in texts if text]


def _competencies(profile: Profile, terms: TermIndex[Keyword], limit: int, today: date) -> list[str]:
    """The focus's terms the profile really contains, most important first, spelt as the profile spells them.

    A term met in one of the profile's own skills is shown as that whole skill ("Manhattan
    WMS", "RF scanner", not the posting's "WMS" and "RF"): it is what the person wrote.
    Only skills and tools: a job title ("Registered Nurse") or what the person studied
    ("Computer Science") is no competency, wherever the profile says it.
    """
    own_skills = {keyword.casefold() for skill in profile.skills for keyword in skill.keywords}
    stated = set(profile_texts(profile, today, stories=False))
    studied = {(study.area or "").casefold() for study in profile.education} - {""}
    first: dict[int, tuple[str, str]] = {}  # term -> (as written, the text) where the profile first shows it
    for text in profile_texts(profile, today):
        for position, surface in terms.found(text).items():
            keyword = terms.terms[position]
            # A term only the posting names, met in a highlight, counts when it is a name there ("in METRIQ",
            # "to NAACCR standards"): a lower-case phrase may be something only worked near ("coordinated with
            # the fire-alarm subcontractor"). A role pack's terms are skills wherever they stand.
            if position in first or (keyword.category == POSTING_CATEGORY and surface.islower() and text not in stated):
                continue
            first[position] = (surface, text)
    found: list[str] = []
    seen: set[str] = set()
    for position, keyword in enumerate(terms.terms):
        if keyword.category == CERTIFICATION_CATEGORY or position not in first:
            continue  # certifications have their own section
        surface, text = first[position]
        if surface.casefold() in studied or text.casefold() in studied or _is_a_title(keyword.term):
            continue
        if text.casefold() in own_skills and len(text.split()) <= 4:
            surface = text
        if surface.casefold() not in seen:
            found.append(surface)
            seen.add(surface.casefold())
        if len(found) >= limit:
            break
    return found


def _is_a_title(term: str) -> bool:
    """A job title ("Registered Nurse"), not a tool whose name ends like one ("SQL Server", a skills-lexicon term).

    The posting reader is imported here, not with this module: a resume with no focus terms (no role, no
    posting) never asks, and loading that package is about a quarter of a DOCX resume's cold start."""
    from ..postings.lexicon import lexicon_entry
    from ..postings.names import names_a_job_title

    return names_a_job_title(term) and lexicon_entry(term) is None


def _relevance_sorted(texts: list[str], terms: TermIndex[Keyword]) -> list[str]:
    """Most relevant to the focus first; equal ones keep the profile's order."""
    if not terms:
        return list(texts)
    return sorted(texts, key=lambda text: -terms.score(text))


def _job(entry: Work | Volunteer, organization: str | None, terms: TermIndex[Keyword], language: Language) -> Job:
    return Job(
        position=entry.position or "",
        organization=organization or "",
        url=safe_link(entry.url),
        location=(entry.location or "") if isinstance(entry, Work) else "",
        dates=language.date_range(entry.startDate, entry.endDate),
        summary=entry.summary or "",
        highlights=tuple(_relevance_sorted(entry.highlights, terms)),
    )


def _certification(
    item: Certificate, role: RolePack, today: date, known: TermIndex[Certification], language: Language
) -> Credential:
    described = describe_certification(item, role, known)
    when = language.month_year(item.date)
    if when and item.date is not None and item.date.first_day() > today:
        # Dated after today: not held yet, and the resume must not read as if it were.
        when = fill(language.gettext("expected {date}"), date=when)
    return Credential(described.name, described.issuer, when, safe_link(item.url))


@dataclass(frozen=True)
class DescribedCertificate:
    """A profile's certificate, spelt out where the role pack knows it.

    ``issuer`` is the long form for a resume line, ``issuer_short`` the abbreviation a letter reads better with.
    """

    name: str
    issuer: str
    issuer_short: str
    known: bool


def describe_certification(
    item: Certificate, role: RolePack, known: TermIndex[Certification] | None = None
) -> DescribedCertificate:
    """The profile's certificate, with the full name and issuer from the pack when it is one the pack knows.

    ``known`` is ``certification_index(role)``, made once for a document's many certificates.
    """
    name = item.name or ""
    matches = (known or certification_index(role)).found(name)
    certification = role.certifications[next(iter(matches))] if len(matches) == 1 else None
    if not certification:
        return DescribedCertificate(name, item.issuer or "", item.issuer or "", False)
    display = (
        name
        if certification.name.casefold() in name.casefold()
        else f"{certification.name} ({certification.abbreviation})"
    )
    return DescribedCertificate(
        display,
        item.issuer or certification.issuer_label(),
        item.issuer or certification.issuer_abbreviation or certification.issuer,
        True,
    )


def certification_index(role: RolePack) -> TermIndex[Certification]:
    """The pack's certifications by abbreviation and full name, to find them in certificates' names."""
    return TermIndex(
        role.certifications, spellings=lambda certification: [certification.abbreviation, certification.name]
    )


def _education(item: Education, language: Language) -> Study:
    return Study(
        degree_name(item, language),
        item.institution or "",
        language.date_range(item.startDate, item.endDate),
        score_line(item.score or "", language),
        tuple(item.courses),
    )


def degree_name(item: Education, language: Language = ENGLISH) -> str:
    """ "Bachelor of Science in Nursing": the study type, then the area unless the type already names it."""
    kind, area = (item.studyType or "").strip(), (item.area or "").strip()
    if kind and area and area.casefold() in kind.casefold():
        return kind
    if kind and area:
        return fill(language.gettext("{degree} in {area}"), degree=kind, area=area)
    return kind or area


# "3.67/4.0", "3.8 / 4": grade points out of four, as JSON Resume's own example writes them.
_GRADE_POINTS = re.compile(r"[0-4](?:\.[0-9]{1,2})?\s?/\s?4(?:\.0{1,2})?")


def score_line(score: str, language: Language = ENGLISH) -> str:
    """An education score as a reader expects it: "GPA: 3.67/4.0" for grade points out of four; words
    as written ("First Class Honours", "GPA 3.8"); any other figure as "Grade: 1.3" (a German grade
    or a bare "3.4" is not claimed to be a GPA)."""
    score = score.strip()
    if not score or re.search(r"[^\W\d_]", score):
        return score
    if _GRADE_POINTS.fullmatch(score):
        return fill(language.gettext("GPA: {score}"), score=score)
    return fill(language.gettext("Grade: {score}"), score=score)


def _skills(profile: Profile, terms: TermIndex[Keyword]) -> tuple[SkillGroup, ...]:
    """Skill groups and their keywords, what the focus values first."""
    groups = [
        SkillGroup(skill.name or "", skill.level or "", tuple(_relevance_sorted(list(skill.keywords), terms)))
        for skill in profile.skills
    ]
    if not terms:
        return tuple(groups)
    return tuple(sorted(groups, key=lambda group: -terms.score(" · ".join([group.name, *group.keywords]))))


def _project(item: Project, language: Language) -> ProjectEntry:
    return ProjectEntry(
        item.name or "",
        item.description or "",
        language.date_range(item.startDate, item.endDate),
        safe_link(item.url),
        tuple(item.highlights),
    )


def _award(item: Award, language: Language) -> Honour:
    return Honour(item.title or "", item.awarder or "", language.month_year(item.date), item.summary or "")


def _publication(item: Publication, language: Language) -> Honour:
    return Honour(item.name or "", item.publisher or "", language.month_year(item.releaseDate), url=safe_link(item.url))
