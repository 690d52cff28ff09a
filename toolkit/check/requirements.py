"""What a role or posting asks for, as a list of requirements: terms (a group of alternatives is one),
years of experience and the level of education, each required or preferred and tied to the line that asks it.

Matching each against a resume is ``requirement_match``'s job; reading the resume's lines ``resume_lines``'s.
"""

from __future__ import annotations

from ..matching import posting_asks
from ..models.posting import Posting
from ..models.role import Keyword, RolePack
from ..postings.years import qualifier_groups, years_in, years_qualifier
from .education_match import EDUCATION_LABELS, education_in
from .report import Requirement
from .suggested_places import ANYWHERE, SUGGESTED_PLACE


def role_requirements(role: RolePack) -> list[tuple[Requirement, list[str]]]:
    """The role's own terms with its required/preferred split; a group of alternatives is one requirement.

    The root pack's cross-occupation terms (communication, teamwork...) are left out: they are
    what every job shares, not what this role asks for, and resumes rarely spell them out.
    """
    # In the pack's order: a term on its own, or a group (named by its id) where its first member stands.
    entries: list[Keyword | str] = []
    grouped: dict[str, list[Keyword]] = {}
    for keyword in role.all_keywords():
        if role.from_root("keywords", keyword.term):
            continue
        if keyword.group:
            if keyword.group not in grouped:
                grouped[keyword.group] = []
                entries.append(keyword.group)
            grouped[keyword.group].append(keyword)
        else:
            entries.append(keyword)
    result = []
    for item in entries:
        if isinstance(item, Keyword):
            result.append(_keyword_requirement(item, item.importance, role))
            continue
        members = grouped[item]
        first = members[0]
        requirement, _ = _keyword_requirement(first, first.importance, role)
        requirement.term = "one of: " + ", ".join(member.term for member in members)
        requirement.alternatives = [member.term for member in members]
        requirement.weight = max(member.weight for member in members)
        if any(member.importance == "required" for member in members):
            requirement.importance = "required"
        result.append((requirement, [spelling for member in members for spelling in member.spellings()]))
    return result


def _keyword_requirement(
    keyword: Keyword, importance: str, role: RolePack | None = None
) -> tuple[Requirement, list[str]]:
    kind = "certification" if keyword.category == "certification" else "keyword"
    requirement = Requirement(
        keyword.term,
        kind,
        importance,
        keyword.weight,
        False,
        suggestion=SUGGESTED_PLACE.get(keyword.category)
        or (role.category_suggestion(keyword.category) if role else ANYWHERE),
    )
    return requirement, keyword.spellings()


def posting_requirements(
    posting: Posting, vocabulary: list[Keyword], role: RolePack | None = None
) -> list[tuple[Requirement, list[str]]]:
    """What the posting asks for: its own terms (with the vocabulary's spellings and weights), the years of
    experience and the education level, each required or preferred and tied to the line that asks it."""
    requirements = []
    for asked in posting_asks(posting, vocabulary):
        first = asked.alternatives[0]
        requirement, _ = _keyword_requirement(first, asked.importance, role)
        requirement.term = asked.term
        requirement.kind = asked.kind
        requirement.weight = asked.weight
        requirement.source = asked.source
        requirement.line = asked.line
        if asked.kind == "certification":
            requirement.suggestion = SUGGESTED_PLACE["certification"]
        if len(asked.alternatives) > 1:
            requirement.alternatives = [keyword.term for keyword in asked.alternatives]
        requirements.append((requirement, asked.spellings()))
    asked_years = _years_asked(posting)
    for importance, years, qualifier, source, line in asked_years:
        groups = qualifier_groups(qualifier)
        label = years_label(years) + (f": {qualifier}" if groups else "")
        requirement = Requirement(label, "years", importance, 3, False, suggestion=SUGGESTED_PLACE["years"])
        requirement.source, requirement.line = source, line
        requirements.append((requirement, [repr(years), *("|".join(group) for group in groups)]))
    for importance, figure in (("required", posting.years_required), ("preferred", posting.years_preferred)):
        if figure is not None and not asked_years:  # a JSON posting: figures without lines
            years = figure
            clause = _first_clause(posting, "years", importance)
            requirement = Requirement(
                years_label(years), "years", importance, 3, False, suggestion=SUGGESTED_PLACE["years"]
            )
            requirement.source, requirement.line = clause
            requirements.append((requirement, [repr(years)]))
    for importance, level in (("required", posting.education_required), ("preferred", posting.education_preferred)):
        if level is not None:
            clause = _first_clause(posting, "education", importance)
            requirement = Requirement(
                EDUCATION_LABELS[level], "education", importance, 2, False, suggestion=SUGGESTED_PLACE["education"]
            )
            requirement.source, requirement.line = clause
            requirements.append((requirement, [level]))
    return requirements


def _years_asked(posting: Posting) -> list[tuple[str, float, str, str, int | None]]:
    """Every years line of the posting, each its own requirement: (importance, years, what they are of, the
    line's text, its number). "2+ years of software development" and "1+ year in a lead role" are two."""
    asked = []
    seen = set()
    for clause in posting.clauses:
        if clause.kind != "years" or (education_in(clause.text) and clause.text.lower().startswith("or")):
            continue  # "...; or an associate degree plus 4 years": another way in, not years asked
        years = years_in(clause.text)
        if years is None:
            continue
        qualifier = years_qualifier(clause.text)
        key = (clause.importance, years, qualifier.casefold())
        if key not in seen:
            seen.add(key)
            # The line that holds the clause: in a JSON job file every qualification shares one line number.
            source = next(
                (line.text for line in posting.lines if line.line == clause.line and clause.text in line.text),
                clause.text,
            )
            asked.append((clause.importance, years, qualifier, source, clause.line))
            if len(asked) >= _MAX_YEARS_ASKED:  # a real posting asks a handful; each costs a pass over the resume
                break
    return asked


_MAX_YEARS_ASKED = 25


def years_label(years: float) -> str:
    """ "3+ years of experience"; under a year in months ("6+ months of experience")."""
    if years < 1:
        return f"{round(years * 12)}+ months of experience"
    return f"{years:g}+ years of experience"


def _first_clause(posting: Posting, kind: str, importance: str) -> tuple[str, int | None]:
    """The text and line of the first clause of ``kind`` asked with ``importance`` (where a figure came from)."""
    for clause in posting.clauses:
        if clause.kind == kind and clause.importance == importance:
            return clause.text, clause.line
    for clause in posting.clauses:  # "years" clauses can also carry the education level
        if clause.importance == importance and kind == "education" and clause.kind == "years":
            return clause.text, clause.line
    return "", None
