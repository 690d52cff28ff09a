"""`jobkit check`: what an applicant tracking system reads from a resume, and how well it covers a role or posting.

Four parts, all plain data so the report can be a table or JSON:
0. what an ATS reads (``reading``: contact, sections, jobs, degrees, skills, years of work);
1. parse-back problems in the extracted text (``parse_back``: split words, odd glyphs, reading order, links, fonts);
2. with a profile, whether every key fact is in the text, whole and in the profile's order (``facts``);
3. a match against the role pack or a posting (``requirements``), with a stated score formula (``report``).
It suggests and never rewrites. ``extraction`` reads the PDF or DOCX back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Keyword, RolePack
from .extraction import extract_resume
from .facts import check_facts
from .parse_back import heading_problems, parse_problems
from .reading import read_resume
from .report import SCORE_FORMULA, CheckReport, score
from .requirement_match import match_requirement
from .requirements import posting_requirements, role_requirements
from .resume_lines import ResumeLines, organisation_names, resume_years
from .suggested_places import point_suggestions_at_profile

__all__ = ["SCORE_FORMULA", "CheckReport", "check_resume"]


def check_resume(
    path: str | Path,
    *,
    role: RolePack | None = None,
    posting: Posting | None = None,
    profile: Profile | None = None,
    vocabulary: list[Keyword] | None = None,
    today: date,
) -> CheckReport:
    """Read ``path`` back and report problems, facts (with a profile) and the keyword match."""
    extracted = extract_resume(path)
    report = CheckReport(extracted.path, extracted.kind, extracted.pages, extracted.text, extracted.pages_exact)
    if posting is not None:
        report.against = f"job posting {posting.file}"
        requirements = posting_requirements(posting, vocabulary or (role.all_keywords() if role else []), role)
    elif role is not None:
        report.against = f"role {role.id}"
        requirements = role_requirements(role)
    else:
        requirements = []
    asked = [spelling for _, spellings in requirements for spelling in spellings]
    report.problems = parse_problems(extracted, profile, asked)
    if profile is not None:
        report.facts = check_facts(extracted.text, profile)
    reading = read_resume(extracted.reading_text or extracted.text, today)
    report.resume = reading.to_json()
    report.problems += heading_problems(reading, extracted.text)
    if posting is not None:
        report.posting = {
            "title": posting.title or None,
            "company": posting.company or None,
            "location": posting.location or None,
            "workplace": posting.workplace,
            "employment": posting.employment,
        }
    lines = ResumeLines.of(extracted.text, organisation_names(profile), today)
    years = resume_years(extracted.text, profile, today)
    for requirement, spellings in requirements:
        match_requirement(requirement, spellings, lines, years, today)
    report.requirements = [requirement for requirement, _ in requirements]
    if profile is not None:
        point_suggestions_at_profile(requirements, profile, vocabulary or (role.all_keywords() if role else []))
    report.score, report.score_note = score(report.requirements, bool(role or posting))
    return report
