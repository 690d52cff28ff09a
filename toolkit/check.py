"""`jobkit check`: what an applicant tracking system reads from a resume, and how well it covers a role or posting.

Three parts, all plain data so the report can be a table or JSON:
1. parse-back problems in the extracted text (split words, odd glyphs, reading order, links, fonts);
2. with a profile, whether every key fact is in the text, whole and in the profile's order;
3. a keyword match against the role pack or a posting, with a stated score formula.
It suggests and never rewrites.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .dates import experience_years, parse_partial_date
from .extraction import ExtractedResume, extract_resume, flatten
from .matching import TextIndex, find_keyword, leading_words, posting_terms
from .models.posting import Posting
from .models.profile import Profile
from .models.role import Keyword, RolePack

SCORE_FORMULA = (
    "score = 100 × (sum of weights of requirements found) / (sum of weights of all requirements); "
    "weight = term weight (1-3 from the role pack; years of experience 3, education 2) "
    "× 2 if required, × 1 if preferred"
)
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
_MONTH_ENDING = "[a-z]{0,6}"  # "uary", "tember": bounded, so "marmarmar..." costs nothing
_DATE_POINT = (
    rf"(?:(?:{_MONTHS}){_MONTH_ENDING}\.?\s+[0-9]{{4}}|[0-9]{{1,2}}/[0-9]{{4}}|[0-9]{{4}}-[0-9]{{2}}|[0-9]{{4}})"
)
_DATE_RANGE = re.compile(rf"({_DATE_POINT})\s*(?:–|—|-|to)\s*({_DATE_POINT}|present|current|now)", re.IGNORECASE)
_YEARS_ASKED = re.compile(r"([0-9]{1,2})\s*(?:\+\s*)?(?:-\s*[0-9]{1,2}\s*)?(?:or more\s+)?years?", re.IGNORECASE)
# A word broken at a line end by hyphenation. The white space before the line end cannot hold a line end,
# so it never competes with the white space after it.
_SPLIT_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([-\u2010\u00ad])[^\S\n]*\n\s*([^\W\d_]+)")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_DIGITS = re.compile(r"[^0-9]")
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
_SUGGESTED_PLACE = {
    "certification": "certificates (only if you hold it)",
    "systems": "skills, and a work highlight saying where you used it",
    "tools": "skills",
    "coding": "a work highlight describing that work, or skills",
    "compliance": "a work highlight describing that work, or skills",
    "records": "a work highlight describing that work",
    "knowledge": "skills or education (courses)",
    "revenue": "a work highlight describing that work",
    "soft": "the summary or a highlight that shows it",
    "leadership": "a work highlight about the people you trained or led",
    "years": "work dates (startDate and endDate) so the years can be read",
    "education": "education",
}


@dataclass
class ParseProblem:
    code: str
    message: str


@dataclass
class FactResult:
    fact: str
    value: str
    status: str  # "found", "missing", "out of order", "joined"


@dataclass
class Requirement:
    term: str
    kind: str  # "keyword", "certification", "years", "education"
    importance: str  # "required" or "preferred"
    weight: int
    found: bool
    where: str = ""
    suggestion: str = ""


@dataclass
class CheckReport:
    file: str
    kind: str
    pages: int
    text: str
    problems: list[ParseProblem] = field(default_factory=list)
    facts: list[FactResult] | None = None
    against: str = ""
    requirements: list[Requirement] = field(default_factory=list)
    score: int | None = None
    score_note: str = ""

    def to_json(self) -> dict[str, Any]:
        """The documented, stable JSON shape (see README: `jobkit check --json`)."""
        return {
            "version": 1,
            "file": self.file,
            "format": self.kind,
            "pages": self.pages,
            "parse": {
                "characters": len(self.text),
                "text": self.text,
                "problems": [asdict(problem) for problem in self.problems],
            },
            "facts": None if self.facts is None else [asdict(fact) for fact in self.facts],
            "match": {
                "against": self.against,
                "score": self.score,
                "score_note": self.score_note,
                "formula": SCORE_FORMULA,
                "requirements": [asdict(requirement) for requirement in self.requirements],
            },
        }


def check_resume(
    path: str | Path,
    *,
    role: RolePack | None = None,
    posting: Posting | None = None,
    profile: Profile | None = None,
    vocabulary: list[Keyword] | None = None,
    today: date | None = None,
) -> CheckReport:
    """Read ``path`` back and report problems, facts (with a profile) and the keyword match."""
    extracted = extract_resume(path)
    report = CheckReport(extracted.path, extracted.kind, extracted.pages, extracted.text)
    report.problems = parse_problems(extracted, profile)
    if profile is not None:
        report.facts = check_facts(extracted.text, profile)
    if posting is not None:
        report.against = f"job posting {posting.file}"
        requirements = posting_requirements(posting, vocabulary or (role.keywords if role else []))
    elif role is not None:
        report.against = f"role {role.id}"
        requirements = [_keyword_requirement(keyword, "required") for keyword in role.keywords]
    else:
        requirements = []
    sections = split_sections(extracted.text)
    indexes = [TextIndex.of(line) for _, line in sections]  # once, not once per requirement
    lines_with_word: dict[str, list[int]] = {}  # so a term is looked for only on lines that hold its first word
    for number, index in enumerate(indexes):
        for word in index.starts:
            lines_with_word.setdefault(word, []).append(number)
    resume_years = _resume_years(extracted.text, profile, today or date.today())
    for requirement, spellings in requirements:
        _match(requirement, spellings, sections, indexes, lines_with_word, resume_years)
    report.requirements = [requirement for requirement, _ in requirements]
    if profile is not None:
        _point_suggestions_at_profile(report.requirements, profile, vocabulary or (role.keywords if role else []))
    report.score, report.score_note = score(report.requirements, bool(role or posting))
    return report


# --- 1. parse-back problems -------------------------------------------------------------------------


def parse_problems(extracted: ExtractedResume, profile: Profile | None) -> list[ParseProblem]:
    problems: list[ParseProblem] = []
    text = extracted.text
    known_words = set(_words(text)) | (set(_words(_profile_text(profile))) if profile else set())
    # U+2010 and the soft hyphen at a line end are what automatic hyphenation leaves; a plain '-' there may
    # be a real compound ("release-of-information"), so it counts only when the joined word occurs elsewhere.
    for match in _SPLIT_WORD.finditer(text):
        joined = (match.group(1) + match.group(3)).lower()
        if match.group(2) != "-" or joined in known_words:
            problems.append(
                ParseProblem(
                    "split-word",
                    f"'{match.group(1)}{match.group(2)}' / '{match.group(3)}' is one word ({joined}) split "
                    "by hyphenation at a line end; a parser reads two pieces",
                )
            )
    # A private-use glyph standing alone is usually a bullet from a symbol font (Word's default list
    # bullet is U+F0B7) and harms nothing; inside a word it breaks the word.
    odd = sorted(
        {
            character
            for index, character in enumerate(text)
            if _is_odd_glyph(character)
            and (_is_letter_at(text, index - 1) or _is_letter_at(text, index + 1) or 0xFB00 <= ord(character) <= 0xFB06)
        }
    )
    if odd:
        shown = ", ".join(f"U+{ord(character):04X}" for character in odd[:8])
        problems.append(
            ParseProblem(
                "odd-glyphs",
                f"ligature, private-use or replacement characters in the text ({shown}); "
                "words containing them will not match keywords",
            )
        )
    controls = sorted({character for character in text if ord(character) < 32 and character not in "\n\t\r"})
    if controls:
        problems.append(
            ParseProblem(
                "control-characters",
                f"control characters in the text ({', '.join(f'U+{ord(c):04X}' for c in controls)})",
            )
        )
    problems += _reading_order_problems(extracted)
    problems += _link_only_problems(extracted, profile)
    for font in extracted.fonts_without_text_mapping:
        problems.append(
            ParseProblem(
                "font-without-text-mapping",
                f"font {font} has no text mapping (ToUnicode); its words may read as garbage",
            )
        )
    if extracted.header_footer_text.strip():
        problems.append(
            ParseProblem(
                "text-in-header",
                "text in the page header or footer (many ATS skip headers): "
                f"{flatten(extracted.header_footer_text)[:80]!r}",
            )
        )
    if extracted.text_box_text.strip():
        problems.append(
            ParseProblem(
                "text-in-text-box",
                f"text in text boxes (many ATS skip them): {flatten(extracted.text_box_text)[:80]!r}",
            )
        )
    return problems


def _is_letter_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha()


def _is_odd_glyph(character: str) -> bool:
    code = ord(character)
    return 0xFB00 <= code <= 0xFB06 or 0xE000 <= code <= 0xF8FF or code == 0xFFFD


def _reading_order_problems(extracted: ExtractedResume) -> list[ParseProblem]:
    """Text that jumps back up the page and to the right: a second column or sidebar read after the first."""
    problems = []
    margin = extracted.page_height * 0.07
    by_page: dict[int, list] = {}
    for piece in extracted.pieces:
        if margin < piece.y < extracted.page_height - margin:
            by_page.setdefault(piece.page, []).append(piece)
    for page, pieces in by_page.items():
        lowest = None
        for previous, piece in zip(pieces, pieces[1:], strict=False):
            lowest = previous.y if lowest is None else min(lowest, previous.y)
            jumped_up = piece.y - lowest > extracted.page_height * 0.2
            moved_right = piece.x - previous.x > extracted.page_width * 0.15
            if jumped_up and moved_right:
                problems.append(
                    ParseProblem(
                        "reading-order",
                        f"page {page}: after {flatten(previous.text)[:40]!r} the text jumps back up the "
                        f"page to {flatten(piece.text)[:40]!r}: a second column or sidebar, which an ATS may read "
                        "out of order (dates and titles can land under the wrong entry)",
                    )
                )
                break
    return problems


def _link_only_problems(extracted: ExtractedResume, profile: Profile | None) -> list[ParseProblem]:
    problems = []
    flat = flatten(extracted.text).casefold()
    digits = _NOT_DIGITS.sub("", extracted.text)
    emails = {target[7:].split("?")[0] for target in extracted.link_targets if target.lower().startswith("mailto:")}
    phones = {target[4:] for target in extracted.link_targets if target.lower().startswith("tel:")}
    if profile is not None and profile.basics.email:
        emails.add(profile.basics.email)
    for email in sorted(emails):
        if email and email.casefold() not in flat:
            problems.append(
                ParseProblem(
                    "contact-only-in-link",
                    f"the e-mail address {email} is only in a link, not in the text an ATS reads",
                )
            )
    for phone in sorted(phones):
        phone_digits = _NOT_DIGITS.sub("", phone)
        if phone_digits and phone_digits[-7:] not in digits:
            problems.append(
                ParseProblem(
                    "contact-only-in-link", f"the phone number {phone} is only in a link, not in the text an ATS reads"
                )
            )
    return problems


# --- 2. key facts from the profile ------------------------------------------------------------------


def check_facts(text: str, profile: Profile) -> list[FactResult]:
    """Each key fact must be in the text, as whole words, in the profile's order (entries in sequence)."""
    flat = flatten(text)
    results: list[FactResult] = []
    basics = profile.basics
    for label, value in (("name", basics.name), ("email", basics.email), ("phone", basics.phone)):
        if value:
            results.append(FactResult(label, value, _fact_status(flat, value, 0)[0]))
    cursor = 0
    for index, job in enumerate(profile.work):
        starts = []
        for label, value in (
            ("position", job.position),
            ("employer", job.name),
            ("dates", _job_date_text(job.startDate, job.endDate)),
        ):
            if not value:
                continue
            status, position = _fact_status(flat, value, cursor, dates=label == "dates")
            results.append(FactResult(f"work[{index}].{label}", value, status))
            if position is not None and status == "found":
                starts.append(position)
        if starts:
            cursor = min(starts) + 1
    cursor = 0
    for index, certificate in enumerate(profile.certificates):
        if certificate.name:
            status, position = _fact_status(flat, certificate.name, cursor)
            results.append(FactResult(f"certificates[{index}]", certificate.name, status))
            if position is not None and status == "found":
                cursor = position + 1
    return results


def _fact_status(flat: str, value: str, cursor: int, dates: bool = False) -> tuple[str, int | None]:
    patterns = _date_patterns(value) if dates else [re.escape(flatten(value))]
    whole = [re.compile(rf"(?<![\w]){pattern}(?![\w])", re.IGNORECASE) for pattern in patterns]
    for pattern in whole:
        if found := pattern.search(flat, cursor):
            return "found", found.start()
    for pattern in whole:
        if found := pattern.search(flat):
            return "out of order", found.start()
    for pattern in patterns:
        if found := re.search(pattern, flat, re.IGNORECASE):
            return "joined", found.start()
    return "missing", None


def _job_date_text(start: str | None, end: str | None) -> str:
    return f"{start or ''}..{end or 'present'}" if start else ""


def _date_patterns(value: str) -> list[str]:
    """Ways a resume may write a job's start: 'Mar 2022', 'March 2022', '03/2022', '2022-03', or the year."""
    start = value.split("..")[0]
    year, _, rest = start.partition("-")
    month = rest[:2]
    if month:
        number = int(month)
        names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        name = names[number - 1]
        return [rf"{name}{_MONTH_ENDING}\.?\s+{year}", rf"0?{number}/{year}", rf"{year}-{month}", rf"{year}"]
    return [rf"{year}"]


def _profile_text(profile: Profile) -> str:
    return " ".join(str(value) for value in _strings(profile.model_dump()))


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _words(text: str) -> list[str]:
    return [word.lower() for word in _LETTERS.findall(text)]


# --- 3. requirements and the keyword match ----------------------------------------------------------


def _keyword_requirement(keyword: Keyword, importance: str) -> tuple[Requirement, list[str]]:
    kind = "certification" if keyword.category == "certification" else "keyword"
    requirement = Requirement(
        keyword.term,
        kind,
        importance,
        keyword.weight,
        False,
        suggestion=_SUGGESTED_PLACE.get(keyword.category, "skills"),
    )
    return requirement, keyword.spellings()


def posting_requirements(posting: Posting, vocabulary: list[Keyword]) -> list[tuple[Requirement, list[str]]]:
    """What the posting asks for: role-vocabulary terms, years and education, each required or preferred."""
    requirements = [
        _keyword_requirement(keyword, importance) for keyword, importance in posting_terms(posting, vocabulary)
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


def _match(
    requirement: Requirement,
    spellings: list[str],
    sections: list[tuple[str, str]],
    indexes: list[TextIndex],
    lines_with_word: dict[str, list[int]],
    resume_years: tuple[float, str] | None,
) -> None:
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
    for number in sorted({number for word in words for number in lines_with_word.get(word, ())}):
        section, line = sections[number]
        if surface := find_keyword(indexes[number], keyword):
            requirement.found = True
            requirement.where = f"{section}: {_snippet(line, surface)}"
            return


def _point_suggestions_at_profile(requirements: list[Requirement], profile: Profile, vocabulary: list[Keyword]) -> None:
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


def _resume_years(text: str, profile: Profile | None, today: date) -> tuple[float, str] | None:
    """Years of work and where they were read: the profile's dates, else the date ranges in the resume."""
    if profile is not None and any(job.startDate for job in profile.work):
        return experience_years([(job.startDate, job.endDate) for job in profile.work], today), "the profile's dates"
    spans = []
    for match in _DATE_RANGE.finditer(flatten(text)):
        start, end = _normalise_point(match.group(1)), _normalise_point(match.group(2))
        if start and _is_date(start) and (end is None or _is_date(end)):
            spans.append((start, end))
    return (experience_years(spans, today), "the date ranges in the resume") if spans else None


def _is_date(text: str) -> bool:
    """Whether a date read from the resume is one a calendar has ('Mar 0000' is not): others are left out."""
    try:
        parse_partial_date(text).first_day()
    except ValueError:
        return False
    return True


def _normalise_point(text: str) -> str | None:
    """'Mar 2022' -> '2022-03'; '03/2022' -> '2022-03'; '2022' -> '2022'; 'Present' -> None."""
    text = text.strip().lower()
    if text in {"present", "current", "now"}:
        return None
    if match := re.fullmatch(rf"({_MONTHS}){_MONTH_ENDING}\.?\s+([0-9]{{4}})", text):
        names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return f"{match.group(2)}-{names.index(match.group(1)[:3]) + 1:02d}"
    if match := re.fullmatch(r"([0-9]{1,2})/([0-9]{4})", text):
        return f"{match.group(2)}-{int(match.group(1)):02d}" if 1 <= int(match.group(1)) <= 12 else match.group(2)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
        return text if 1 <= int(text[5:]) <= 12 else text[:4]
    return text if re.fullmatch(r"[0-9]{4}", text) else None


def score(requirements: list[Requirement], asked: bool) -> tuple[int | None, str]:
    """0-100, or None with the reason when there is nothing to score against."""
    if not asked:
        return None, "n/a: give --role or --job to match against"
    if not requirements:
        return None, "n/a: no recognisable requirements in the posting (no role keywords, years or education found)"
    total = sum(_weight(requirement) for requirement in requirements)
    found = sum(_weight(requirement) for requirement in requirements if requirement.found)
    return round(100 * found / total), f"{found} of {total} weighted points"


def _weight(requirement: Requirement) -> int:
    return requirement.weight * (2 if requirement.importance == "required" else 1)
