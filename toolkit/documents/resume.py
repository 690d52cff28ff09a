"""Build a resume's context: what it says and in what order, tailored to a role and level.

Tailoring only reorders and selects what the profile holds; the one piece of new
prose, a summary for a profile that has none, is filled only with the profile's own
facts (its label, years computed from its dates, keywords spelt as it spells them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..dates import format_date_range, parse_partial_date
from ..links import safe_link
from ..matching import TextIndex, find_keyword, keyword_score
from ..models.profile import Certificate, Profile
from ..models.role import Keyword, RolePack
from ..placeholders import fill_placeholders
from .levels import LevelChoice, choose_level
from .person import person_block


@dataclass
class ResumeContext:
    """Plain data for the resume template, plus how the level was chosen."""

    document: dict[str, Any]
    level: LevelChoice
    notes: list[str] = field(default_factory=list)


def build_resume_context(
    profile: Profile, role: RolePack, *, level: str | None = None, today: date | None = None
) -> ResumeContext:
    """Everything the resume will say, in order; pure (no files, no clock unless ``today`` is None)."""
    today = today or date.today()
    chosen = choose_level(profile, role, level, today)
    basics = profile.basics
    competencies = _competencies(profile, role)
    summary, generated = _summary(profile, role, chosen, competencies)
    person = basics.name or "Unnamed"
    document = {
        "kind": "resume",
        "lang": "en",
        "meta": {
            "title": f"{person} – Resume",
            "author": person,
            "subject": f"Resume for {chosen.title}",
            "keywords": ", ".join([role.title, *competencies]),
        },
        "person": person_block(profile),
        "summary": {"text": summary, "generated": generated} if summary else None,
        "competencies": competencies,
        "work": [_work_entry(job, role) for job in profile.work],
        "certifications": [_certification(item, role) for item in profile.certificates],
        "education": [_education(item) for item in profile.education],
        "skills": _skills(profile, role),
        "projects": [_project(item) for item in profile.projects],
        "volunteer": [_volunteer(item) for item in profile.volunteer],
        "awards": [_award(item) for item in profile.awards],
        "publications": [_publication(item) for item in profile.publications],
        "languages": [
            {"language": item.language, "fluency": item.fluency} for item in profile.languages if item.language
        ],
        "interests": [{"name": item.name, "keywords": item.keywords} for item in profile.interests if item.name],
        "references": [
            {"name": item.name, "reference": item.reference} for item in profile.references if item.reference
        ],
    }
    notes = ["summary written from the role's template and the profile's own facts"] if generated else []
    return ResumeContext(document, chosen, notes)


def profile_texts(profile: Profile) -> list[str]:
    """The profile's own words, skills first, where keywords are looked for."""
    texts = []
    for skill in profile.skills:
        texts += [skill.name or "", *skill.keywords]
    for item in profile.certificates:
        texts.append(item.name or "")
    if profile.basics.summary:
        texts.append(profile.basics.summary)
    for job in profile.work:
        texts += [job.position or "", job.summary or "", *job.highlights]
    for item in profile.education:
        texts += [item.area or "", item.studyType or "", *item.courses]
    for item in profile.projects:
        texts += [item.description or "", *item.highlights, *item.keywords]
    for item in profile.volunteer:
        texts += [item.summary or "", *item.highlights]
    return [text for text in texts if text]


def _ranked_keywords(role: RolePack) -> list[Keyword]:
    """Most important first; the pack's order breaks ties."""
    return sorted(role.keywords, key=lambda keyword: -keyword.weight)


def _competencies(profile: Profile, role: RolePack) -> list[str]:
    """Role keywords the profile really contains, spelt as the profile spells them."""
    indexes = [TextIndex.of(text) for text in profile_texts(profile)]
    found: list[str] = []
    seen: set[str] = set()
    for keyword in _ranked_keywords(role):
        if keyword.category == "certification":
            continue  # certifications have their own section
        for index in indexes:
            if surface := find_keyword(index, keyword):
                if surface.casefold() not in seen:
                    found.append(surface)
                    seen.add(surface.casefold())
                break
        if len(found) >= role.resume.competencies_limit:
            break
    return found


def _summary(profile: Profile, role: RolePack, level: LevelChoice, competencies: list[str]) -> tuple[str, bool]:
    if profile.basics.summary:
        return profile.basics.summary, False
    templates = role.resume.summary
    strengths = ""
    if competencies:
        strengths = fill_placeholders(templates.strengths_clause, {"strengths": _join_words(competencies[:3])})
    label = profile.basics.label or templates.default_label
    whole_years = int(level.years or 0)
    if whole_years >= 1:
        years = f"{whole_years} year" + ("s" if whole_years != 1 else "")
        opening = fill_placeholders(templates.with_years, {"label": label, "years": years, "strengths": strengths})
    else:
        opening = fill_placeholders(templates.without_years, {"label": label, "strengths": strengths})
    objective = fill_placeholders(templates.objective[level.id], {"target": level.title})
    return f"{opening} {objective}", True


def _join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _relevance_sorted(texts: list[str], role: RolePack) -> list[str]:
    """Most role-relevant first; equal ones keep the profile's order."""
    return sorted(texts, key=lambda text: -keyword_score(text, role.keywords))


def _work_entry(job: Any, role: RolePack) -> dict[str, Any]:
    return {
        "position": job.position or "",
        "organization": job.name or "",
        "url": safe_link(job.url),
        "location": job.location or "",
        "dates": format_date_range(job.startDate, job.endDate),
        "summary": job.summary or "",
        "highlights": _relevance_sorted(job.highlights, role),
    }


def _certification(item: Certificate, role: RolePack) -> dict[str, Any]:
    described = describe_certification(item, role)
    return {
        "name": described["name"],
        "issuer": described["issuer"],
        "date": _display_date(item.date),
        "url": safe_link(item.url),
    }


def describe_certification(item: Certificate, role: RolePack) -> dict[str, Any]:
    """The profile's certificate, with the full name and issuer from the pack when it is one the pack knows.

    ``issuer`` is the long form for a resume line, ``issuer_short`` the abbreviation a letter reads better with.
    """
    name = item.name or ""
    known = _known_certification(name, role)
    if not known:
        return {"name": name, "issuer": item.issuer or "", "issuer_short": item.issuer or "", "known": False}
    display = name if known.name.casefold() in name.casefold() else f"{known.name} ({known.abbreviation})"
    return {
        "name": display,
        "issuer": item.issuer or f"{known.issuer} ({known.issuer_abbreviation})",
        "issuer_short": item.issuer or known.issuer_abbreviation,
        "known": True,
    }


def _known_certification(name: str, role: RolePack):
    index = TextIndex.of(name)
    matches = [
        certification
        for certification in role.certifications
        if index.find(certification.abbreviation) or index.find(certification.name)
    ]
    return matches[0] if len(matches) == 1 else None


def _display_date(value: str | None) -> str:
    return parse_partial_date(value).display() if value else ""


def _education(item: Any) -> dict[str, Any]:
    degree = " in ".join(part for part in (item.studyType, item.area) if part)
    return {
        "degree": degree,
        "institution": item.institution or "",
        "dates": format_date_range(item.startDate, item.endDate),
        "score": item.score or "",
        "courses": item.courses,
    }


def _skills(profile: Profile, role: RolePack) -> list[dict[str, Any]]:
    """Skill groups and their keywords, what the role values first."""
    groups = []
    for skill in profile.skills:
        keywords = _relevance_sorted(list(skill.keywords), role)
        groups.append({"name": skill.name or "", "level": skill.level or "", "keywords": keywords})
    return sorted(
        groups, key=lambda group: -keyword_score(" · ".join([group["name"], *group["keywords"]]), role.keywords)
    )


def _project(item: Any) -> dict[str, Any]:
    return {
        "name": item.name or "",
        "description": item.description or "",
        "dates": format_date_range(item.startDate, item.endDate),
        "url": safe_link(item.url),
        "highlights": item.highlights,
    }


def _volunteer(item: Any) -> dict[str, Any]:
    return {
        "position": item.position or "",
        "organization": item.organization or "",
        "dates": format_date_range(item.startDate, item.endDate),
        "summary": item.summary or "",
        "highlights": item.highlights,
    }


def _award(item: Any) -> dict[str, Any]:
    return {
        "title": item.title or "",
        "awarder": item.awarder or "",
        "date": _display_date(item.date),
        "summary": item.summary or "",
    }


def _publication(item: Any) -> dict[str, Any]:
    return {
        "name": item.name or "",
        "publisher": item.publisher or "",
        "date": _display_date(item.releaseDate),
        "url": safe_link(item.url),
    }
