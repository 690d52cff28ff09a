"""Where the resume meets one requirement: a term by its spellings, a credential held (not in progress),
years of work or of something named, a language, a level of education."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..matching import (
    TextIndex,
    find_held_credential,
    find_keyword,
    find_word_forms,
    leading_words,
    leads_people_title,
    text_around,
)
from ..models.dates import PartialDate, experience_years
from ..models.role import Keyword
from ..resources import language_data
from .education_match import match_education, not_held_yet
from .report import Requirement
from .resume_lines import MAX_MATCHED_LINE, SNIPPET_WIDTH, ResumeLines
from .sections import section_kind

# Sections that list what a person holds: "Certifications", "Licenses and certifications", "Credentials".
_CREDENTIAL_SECTION = re.compile(r"certif|licen[cs]|credential", re.IGNORECASE)


def match_requirement(
    requirement: Requirement,
    spellings: list[str],
    lines: ResumeLines,
    resume_years: tuple[float, str] | None,
    today: date,
) -> None:
    """Mark ``requirement`` found or not, saying where: years and education by their own rules, terms by spelling."""
    sections = lines.sections
    if requirement.kind == "years":
        asked = float(spellings[0])
        if len(spellings) > 1:
            groups = [group.split("|") for group in spellings[1:]]
            _match_qualified_years(requirement, asked, groups, lines, resume_years, today)
        elif resume_years is not None:
            years, source = resume_years
            requirement.found = years >= asked
            requirement.where = f"{years:.1f} years from {source}"
        else:
            requirement.where = "no dated work found"
        return
    if requirement.kind == "education":
        match_education(requirement, spellings[0], sections, today)
        return
    if _match_languages(requirement, sections):
        return
    keyword = Keyword(term=spellings[0], synonyms=spellings[1:], category="match")
    credential = requirement.kind == "certification"
    unfinished = ""  # where a credential was shown as not held yet ("ServSafe Manager (in progress)")

    def held(text: str, surface: str, where: str) -> bool:
        nonlocal unfinished
        if credential and (words := _credential_in_progress(text, surface)):
            progress = "in progress" if words.casefold() == "in progress" else f"in progress ({words})"
            unfinished = unfinished or f"{where}; {progress}, not held yet"
            return False
        requirement.found = True
        requirement.where = where
        return True

    words = {word for spelling in spellings for word in leading_words(spelling)}
    for number in sorted({number for word in words for number in lines.lines_with_word.get(word, ())}):
        section, line = sections[number]
        if (surface := find_keyword(lines.indexes[number], keyword)) and held(
            line, surface, f"{section}: {text_around(line, surface, width=SNIPPET_WIDTH)}"
        ):
            return
    for section, index in lines.joined:
        if (surface := find_keyword(index, keyword)) and held(
            index.text,
            surface,
            f"{section}: {text_around(index.text, surface, width=SNIPPET_WIDTH)} (across a line break)",
        ):
            return
    if credential:
        # "ServSafe certification" is met by a "ServSafe Food Protection Manager" line under Certifications.
        for number, (section, line) in enumerate(sections):
            if (
                (section_kind(section) == "certifications" or _CREDENTIAL_SECTION.search(section))
                and (surface := find_held_credential(lines.indexes[number], keyword))
                and held(line, surface, f"{section}: {text_around(line, surface, width=SNIPPET_WIDTH)}")
            ):
                return
    if unfinished:
        requirement.where = unfinished
        requirement.suggestion = "certificates, once it is held"


# What sets one listed item apart from the next on a line: "CPR (BLS) · ServSafe Manager (in progress)".
_ITEM_SEPARATORS = "·|;•"


def _credential_in_progress(text: str, surface: str) -> str | None:
    """The words saying the credential shown at ``surface`` is not held yet ("in progress", "exam scheduled",
    "expected 2026"), read from its own item of ``text`` only, so a neighbour's "(in progress)" is not its."""
    text = text[:MAX_MATCHED_LINE]
    start = max(text.find(surface), 0)
    end = start + len(surface)
    left = max(text.rfind(separator, 0, start) for separator in _ITEM_SEPARATORS) + 1
    right = min(
        (found for separator in _ITEM_SEPARATORS if (found := text.find(separator, end)) != -1), default=len(text)
    )
    words = not_held_yet().search(text, left, right)
    return words.group() if words else None


def _match_qualified_years(
    requirement: Requirement,
    asked: float,
    groups: list[list[str]],
    lines: ResumeLines,
    resume_years: tuple[float, str] | None,
    today: date,
) -> None:
    """Years of something ("2+ years with Java or Go", "in a lead role"): never met by the total years alone.

    Met when the resume shows every thing named and its dated jobs that name it add up to the years; when
    it shows them elsewhere only (a skills list), met by the total years with a note that the years of
    that thing cannot be verified.
    """
    cores = [list(dict.fromkeys(qualifier_core(spelling) for spelling in group)) for group in groups]
    # "in a lead or supervisory role" is met by a job titled as one that leads people ("Shift Lead",
    # "Shift Supervisor"), not only by the words "lead role" written out.
    leading = [all(_leads_a_role(alternative) for alternative in alternatives) for alternatives in cores]

    def shows(index: TextIndex, title: str, alternatives: list[str], is_leading: bool) -> bool:
        return (is_leading and leads_people_title(title)) or _find_any_form(index, alternatives) is not None

    shown = []
    for alternatives, is_leading in zip(cores, leading, strict=True):
        where = None
        if is_leading:
            title = next((title for _, _, _, title in lines.jobs if leads_people_title(title)), None)
            where = f"Experience: {text_around(title, title, width=SNIPPET_WIDTH)}" if title else None
        for number, (section, line) in enumerate(lines.sections):
            if where is not None:
                break
            if surface := _find_any_form(lines.indexes[number], alternatives):
                where = f"{section}: {text_around(line, surface, width=SNIPPET_WIDTH)}"
                break
        if where is None:
            named = " or ".join(alternatives)
            requirement.where = f"the resume does not show {named}; total years of work do not count for it"
            requirement.suggestion = f"a dated job's title or highlight that shows {named}"
            return
        shown.append(where)
    spans: list[tuple[PartialDate | None, PartialDate | None]] = [
        (start, end)
        for start, end, index, title in lines.jobs
        if all(
            shows(index, title, alternatives, is_leading)
            for alternatives, is_leading in zip(cores, leading, strict=True)
        )
    ]
    dated = experience_years(spans, today) if spans else 0.0
    what = " and ".join(
        " or ".join(alternatives) + (" (or a title that leads people)" if is_leading else "")
        for alternatives, is_leading in zip(cores, leading, strict=True)
    )
    if dated >= asked:
        requirement.found = True
        requirement.where = f"{dated:.1f} years from dated jobs that mention {what}"
        return
    total = resume_years[0] if resume_years is not None else None
    requirement.found = total is not None and total >= asked
    years_note = f"{total:.1f} years of work in all" if total is not None else "no dated work found"
    dated_note = f" (dated jobs that mention it: {dated:.1f} years)" if spans else ""
    requirement.where = f"{'; '.join(shown)}; {years_note}; the years with {what} cannot be verified{dated_note}"


@cache
def _qualifier_words() -> dict[str, frozenset[str]]:
    """The words that read a years qualifier (``templates/language/requirement_words.yaml``)."""
    return {name: frozenset(words) for name, words in language_data("requirement_words").items()}


def qualifier_core(qualifier: str) -> str:
    """The role or field a years qualifier names, without where the work was done or what kind of experience
    it was: "line cook experience in a high-volume kitchen" -> "line cook", "lead cook role" -> "lead cook".
    What is left is matched in any word form; the qualifier itself when nothing would be left."""
    known = _qualifier_words()
    words = qualifier.split()
    for number, word in enumerate(words):
        if number and word.casefold() in known["setting_words"]:
            words = words[:number]
            break
    core = [word for word in words if word.casefold().strip(".,;:") not in known["qualifier_noise"]]
    # "lead cook role" is a lead cook's, but "lead" or "supervisory" alone would be met by "lead generation"
    # or "supervisory board": a role word goes only where two words stay to name the role.
    if len(core) > 2 and core[-1].casefold() in known["role_words"]:
        core = core[:-1]
    return " ".join(core) or qualifier


def _leads_a_role(qualifier: str) -> bool:
    """Whether the qualifier names a role of leading people: "lead role", "supervisory position"."""
    known = _qualifier_words()
    words = qualifier.casefold().split()
    return len(words) == 2 and words[0] in known["leading_role_words"] and words[1] in known["role_words"]


def _find_any_form(index: TextIndex, alternatives: list[str]) -> str | None:
    for alternative in alternatives:
        if surface := find_word_forms(index, alternative):
            return surface
    return None


_BILINGUAL = re.compile(
    r"\b(?i:bilingual|multilingual)\b\s*\(?((?:[A-Z][^\W\d_]+\s*(?:/|,|\band\b|\bor\b)\s*)+[A-Z][^\W\d_]+)"
)


def _match_languages(requirement: Requirement, sections: list[tuple[str, str]]) -> bool:
    """ "Bilingual English/Spanish": met when the resume's Languages section names every language asked.
    Returns whether the requirement is that language requirement (so it is not matched as a term as well).

    Only the requirement's own term decides (its posting line only when the term is the bare word
    "bilingual"): "Microsoft Excel" asked on the same line as "Bilingual English/Spanish" is a term like
    any other, never met by a Languages section.
    """
    term = requirement.term[:MAX_MATCHED_LINE]
    asked = _BILINGUAL.search(term)
    if asked is None and term.casefold().strip() in {"bilingual", "multilingual"}:
        asked = _BILINGUAL.search(requirement.source[:MAX_MATCHED_LINE])
    if asked is None:
        return False
    languages = [word for word in re.findall(r"[^\W\d_]+", asked.group(1)) if word[0].isupper()]
    shown = [line for section, line in sections if section.casefold() == "languages"]
    found = [
        next(
            (line for line in shown if re.search(rf"\b{re.escape(language)}\b", line[:MAX_MATCHED_LINE], re.I)),
            None,
        )
        for language in languages
    ]
    if all(found):
        requirement.found = True
        requirement.where = "Languages: " + "; ".join(dict.fromkeys(line for line in found if line))
    return True
