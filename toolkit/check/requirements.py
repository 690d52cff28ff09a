"""What a role or posting asks for, and where the resume shows it: terms, years of experience, education."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..matching import TextIndex, find_keyword, leading_words, posting_terms
from ..models.dates import PartialDate, experience_years
from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Keyword, RolePack
from .extraction import flatten
from .report import Requirement

SECTION_HEADINGS = {
    "summary",
    "profile",
    "professional summary",
    "core competencies",
    "competencies",
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "education",
    "skills",
    "certifications",
    "certificates",
    "licenses and certifications",
    "projects",
    "volunteering",
    "volunteer",
    "languages",
    "interests",
    "awards",
    "publications",
    "references",
}


# Every pattern here runs on untrusted text, so each is linear: no two unbounded repeats that can match the
# same characters sit side by side, and a repeat that may start inside a word starts only at its first letter.
# Digits are ASCII ([0-9], not \d): dates are read back with int() and the JSON Resume date rules.
MAX_MATCHED_LINE = 10_000  # characters of one posting or resume line that the patterns look at
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
MONTH_ENDING = "[a-z]{0,6}"  # "uary", "tember": bounded, so "marmarmar..." costs nothing
_DATE_POINT = (
    rf"(?:(?:{_MONTHS}){MONTH_ENDING}\.?\s+[0-9]{{4}}|[0-9]{{1,2}}/[0-9]{{4}}|[0-9]{{4}}-[0-9]{{2}}|[0-9]{{4}})"
)


_DATE_RANGE = re.compile(rf"({_DATE_POINT})\s*(?:–|—|-|to)\s*({_DATE_POINT}|present|current|now)", re.IGNORECASE)


_YEARS_ASKED = re.compile(r"([0-9]{1,2})\s*(?:\+\s*)?(?:-\s*[0-9]{1,2}\s*)?(?:or more\s+)?years?", re.IGNORECASE)


_EDUCATION = {
    "bachelor's degree": [r"\bbachelor", r"\bB\.?S\.?\b", r"\bB\.?A\.?\b"],
    "associate's degree": [r"\bassociate(?:'s)? (?:degree|of)", r"\bA\.?A\.?S\.?\b"],
    "high school diploma or GED": [r"\bhigh school\b", r"\bGED\b"],
    "postsecondary certificate": [r"\bcertificate\b"],
}


_EDUCATION_RANK = {
    "high school diploma or GED": 1,
    "postsecondary certificate": 2,
    "associate's degree": 3,
    "bachelor's degree": 4,
}


_EDUCATION_ASKED = {
    "bachelor's degree": r"\bbachelor",
    "associate's degree": r"\bassociate'?s?\b",
    "high school diploma or GED": r"\bhigh school\b|\bGED\b",
    "postsecondary certificate": r"\bcertificate\b",
}


# Where a missing requirement could honestly go. A role pack's categories bring their own
# suggestion text; these cover what every resume has.
_SUGGESTED_PLACE = {
    "certification": "certificates (only if you hold it)",
    "years": "work dates (startDate and endDate) so the years can be read",
    "education": "education",
}


_ANYWHERE = "skills, or a work highlight saying where you used it"


def role_requirements(role: RolePack) -> list[tuple[Requirement, list[str]]]:
    """The role's own terms with its required/preferred split; a group of alternatives is one requirement."""
    # In the pack's order: a term on its own, or a group (named by its id) where its first member stands.
    entries: list[Keyword | str] = []
    grouped: dict[str, list[Keyword]] = {}
    for keyword in role.all_keywords():
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
        suggestion=_SUGGESTED_PLACE.get(keyword.category)
        or (role.category_suggestion(keyword.category) if role else _ANYWHERE),
    )
    return requirement, keyword.spellings()


def posting_requirements(
    posting: Posting, vocabulary: list[Keyword], role: RolePack | None = None
) -> list[tuple[Requirement, list[str]]]:
    """What the posting asks for: role-vocabulary terms, years and education, each required or preferred."""
    requirements = [
        _keyword_requirement(keyword, importance, role) for keyword, importance in posting_terms(posting, vocabulary)
    ]
    years_asked: dict[str, int] = {}
    for line in posting.lines:
        if line.importance == "other" or "experience" not in line.text.lower():
            continue
        for match in _YEARS_ASKED.finditer(line.text[:MAX_MATCHED_LINE]):
            years_asked[line.importance] = max(years_asked.get(line.importance, 0), int(match.group(1)))
    for importance, years in years_asked.items():
        requirements.append(
            (
                Requirement(
                    f"{years}+ years of experience", "years", importance, 3, False, suggestion=_SUGGESTED_PLACE["years"]
                ),
                [str(years)],
            )
        )
    for label, pattern in _EDUCATION_ASKED.items():
        places = [
            line.importance
            for line in posting.lines
            if line.importance != "other" and re.search(pattern, line.text[:MAX_MATCHED_LINE], re.IGNORECASE)
        ]
        if places:
            importance = "preferred" if set(places) == {"preferred"} else "required"
            requirements.append(
                (
                    Requirement(label, "education", importance, 2, False, suggestion=_SUGGESTED_PLACE["education"]),
                    _EDUCATION[label],
                )
            )
    return requirements


def split_sections(text: str) -> list[tuple[str, str]]:
    """(section heading, line) for every line of the resume, headings recognised by their usual names."""
    section = "header"
    lines = []
    for line in text.splitlines():
        stripped = flatten(line)
        if not stripped:
            continue
        if stripped.lower().rstrip(":") in SECTION_HEADINGS:
            section = stripped.title()
            continue
        lines.append((section, stripped))
    return lines


@dataclass(frozen=True)
class ResumeLines:
    """The resume's lines under their headings, each indexed once, and which lines hold which word.

    A term is then looked for only on the lines that hold its first word: checking every term
    against every line cost time in proportion to terms x text.
    """

    sections: list[tuple[str, str]]
    indexes: list[TextIndex]
    lines_with_word: dict[str, list[int]]

    @classmethod
    def of(cls, text: str) -> ResumeLines:
        sections = split_sections(text)
        indexes = [TextIndex.of(line) for _, line in sections]
        lines_with_word: dict[str, list[int]] = {}
        for number, index in enumerate(indexes):
            for word in index.starts:
                lines_with_word.setdefault(word, []).append(number)
        return cls(sections, indexes, lines_with_word)


def match_requirement(
    requirement: Requirement,
    spellings: list[str],
    lines: ResumeLines,
    resume_years: tuple[float, str] | None,
) -> None:
    """Mark ``requirement`` found or not, saying where: years and education by their own rules, terms by spelling."""
    sections = lines.sections
    if requirement.kind == "years":
        asked = int(spellings[0])
        if resume_years is not None:
            years, source = resume_years
            requirement.found = years >= asked
            requirement.where = f"{years:.1f} years from {source}"
        else:
            requirement.where = "no dated work found"
        return
    if requirement.kind == "education":
        # A higher level of education meets a lower requirement (an associate's degree meets "high school").
        asked_rank = _EDUCATION_RANK[requirement.term]
        for label, patterns in _EDUCATION.items():
            if _EDUCATION_RANK[label] < asked_rank:
                continue
            for section, line in sections:
                if found := _first_search(patterns, line):
                    requirement.found = True
                    requirement.where = f"{section}: {_snippet(line, found)}"
                    if label != requirement.term:
                        requirement.where += f" (meets it: {label})"
                    return
        return
    keyword = Keyword(term=spellings[0], synonyms=spellings[1:], category="match")
    words = {word for spelling in spellings for word in leading_words(spelling)}
    for number in sorted({number for word in words for number in lines.lines_with_word.get(word, ())}):
        section, line = sections[number]
        if surface := find_keyword(lines.indexes[number], keyword):
            requirement.found = True
            requirement.where = f"{section}: {_snippet(line, surface)}"
            return


def point_suggestions_at_profile(requirements: list[Requirement], profile: Profile, vocabulary: list[Keyword]) -> None:
    """Name the profile's own skill group where a missing term would sit with its kind, when there is one."""
    from collections import Counter

    category_of = {keyword.term: keyword.category for keyword in vocabulary}
    groups_by_category: dict[str, Counter] = {}
    for index, skill in enumerate(profile.skills):
        text = TextIndex.of(" · ".join([skill.name or "", *skill.keywords]))
        for keyword in vocabulary:
            if find_keyword(text, keyword):
                groups_by_category.setdefault(keyword.category, Counter())[index] += 1
    best_group = {category: counts.most_common(1)[0][0] for category, counts in groups_by_category.items()}
    for requirement in requirements:
        if requirement.found or requirement.kind != "keyword":
            continue
        category = category_of.get(requirement.term)
        if category in best_group:
            index = best_group[category]
            requirement.suggestion = (
                f"skills[{index}] ({profile.skills[index].name}), or a work highlight saying where you did it"
            )


def _first_search(patterns: list[str], line: str) -> str | None:
    for pattern in patterns:
        if match := re.search(pattern, line[:MAX_MATCHED_LINE], re.IGNORECASE):
            return match.group()
    return None


def _snippet(line: str, surface: str, width: int = 48) -> str:
    """The part of ``line`` around ``surface``, with ellipses where it was cut."""
    start = max(line.find(surface), 0)
    left = max(0, start - (width - len(surface)) // 2)
    right = min(len(line), left + width)
    left = max(0, right - width)
    return ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")


def resume_years(text: str, profile: Profile | None, today: date) -> tuple[float, str] | None:
    """Years of work and where they were read: the profile's dates, else the date ranges in the resume."""
    if profile is not None and any(job.startDate for job in profile.work):
        return experience_years([(job.startDate, job.endDate) for job in profile.work], today), "the profile's dates"
    spans: list[tuple[PartialDate | None, PartialDate | None]] = []
    for match in _DATE_RANGE.finditer(flatten(text)):
        start, end = _read_point(match.group(1)), _read_point(match.group(2))
        open_ended = _normalise_point(match.group(2)) is None
        # A date no calendar has ('Mar 0000') leaves the span out rather than guessing.
        if start and (end or open_ended):
            spans.append((start, end))
    return (experience_years(spans, today), "the date ranges in the resume") if spans else None


def _read_point(text: str) -> PartialDate | None:
    """A date as a resume writes it, parsed; None for 'Present' and for anything not a real date."""
    normalised = _normalise_point(text)
    try:
        return PartialDate.parse(normalised) if normalised else None
    except ValueError:
        return None


def _normalise_point(text: str) -> str | None:
    """'Mar 2022' -> '2022-03'; '03/2022' -> '2022-03'; '2022' -> '2022'; 'Present' -> None."""
    text = text.strip().lower()
    if text in {"present", "current", "now"}:
        return None
    if match := re.fullmatch(rf"({_MONTHS}){MONTH_ENDING}\.?\s+([0-9]{{4}})", text):
        names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return f"{match.group(2)}-{names.index(match.group(1)[:3]) + 1:02d}"
    if match := re.fullmatch(r"([0-9]{1,2})/([0-9]{4})", text):
        return f"{match.group(2)}-{int(match.group(1)):02d}" if 1 <= int(match.group(1)) <= 12 else match.group(2)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
        return text if 1 <= int(text[5:]) <= 12 else text[:4]
    return text if re.fullmatch(r"[0-9]{4}", text) else None
