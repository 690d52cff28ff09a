"""A posting's requirements matched against a resume's text, as check does, for tests written as small texts."""

from __future__ import annotations


def matched(posting_text: str, resume_text: str, vocabulary=None, organisations=None, profile=None, today=None):
    """Each posting requirement's term -> (found, where), matched against ``resume_text`` as check does."""
    from datetime import date

    from toolkit.check.requirement_match import match_requirement
    from toolkit.check.requirements import posting_requirements
    from toolkit.check.resume_lines import ResumeLines, resume_years
    from toolkit.postings import posting_from_text

    posting = posting_from_text(posting_text, "posting.txt")
    requirements = posting_requirements(posting, vocabulary or [])
    today = today or date(2026, 11, 1)
    lines = ResumeLines.of(resume_text, organisations, today)
    years = resume_years(resume_text, profile, today)
    result = {}
    for requirement, spellings in requirements:
        match_requirement(requirement, spellings, lines, years, today)
        result[requirement.term] = (requirement.found, requirement.where)
    return result
