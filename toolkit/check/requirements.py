"""What a role or posting asks for, and where the resume shows it: terms, years of experience, education."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..matching import (
    TextIndex,
    find_held_credential,
    find_keyword,
    find_word_forms,
    leading_words,
    leads_people_title,
    posting_asks,
    text_around,
)
from ..models.dates import PartialDate, experience_years
from ..models.posting import EDUCATION_LEVELS, Posting
from ..models.profile import Profile
from ..models.role import Keyword, RolePack
from ..postings.years import qualifier_groups, years_in, years_qualifier
from .dates import date_ranges, work_spans
from .extraction import flatten
from .report import Requirement
from .sections import section_kind, split_sections

# Every pattern here runs on untrusted text, so each is linear: no two unbounded repeats that can match the
# same characters sit side by side, and a repeat that may start inside a word starts only at its first letter.
# Digits are ASCII ([0-9], not \d): dates are read back with int() and the JSON Resume date rules.
MAX_MATCHED_LINE = 10_000  # characters of one posting or resume line that the patterns look at
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = "|".join((*MONTH_ABBREVIATIONS, "sept"))
MONTH_ENDING = "[a-z]{0,6}"  # "uary", "tember": bounded, so "marmarmar..." costs nothing


# Sections that list what a person holds: "Certifications", "Licenses and certifications", "Credentials".
_CREDENTIAL_SECTION = re.compile(r"certif|licen[cs]|credential", re.IGNORECASE)
_FAR_FUTURE = date(2199, 12, 31)  # any real range is dated (and then judged) by the caller's day

# Levels of education, lowest first, as a resume writes them. "Certified Coding Associate" is a credential,
# so "associate" counts only as a degree ("associate degree", "Associate of Applied Science", "A.A.S.").
EDUCATION_LABELS = {
    "high-school": "high school diploma or GED",
    "certificate": "postsecondary certificate",
    "associate": "associate's degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
    "doctorate": "doctorate",
}
_EDUCATION = {
    "high-school": [r"\bhigh school\b", r"\bGED\b"],
    "certificate": [r"\bcertificate\b", r"\bdiploma in\b"],
    "associate": [r"\bassociate['’]?s? (?:degree|of)\b", r"\bA\.A\.S\b", r"(?<![\w-])(?-i:AAS|ADN|AA)(?![\w-])"],
    # Abbreviations are matched with their own capitals ("BSc", "MEng"), so "bsc" or "Ma" in a sentence is not one.
    "bachelor": [
        r"\bbachelor",
        r"\bB\.(?:[AS]\.|Sc\b|Eng\b|Com\b|Ed\b|B\.A\.|F\.A\.|S\.N\.)",
        r"(?<![\w/-])(?-i:BS|BA|BSN|BBA|BSc|BEng|BCom|BFA|BSW|BEd|BArch|BASc|BTech)(?![\w-])",
    ],
    "master": [
        r"\bmaster['’]?s\b",
        r"\bmaster of\b",
        r"(?<![\w/-])(?-i:MBA|MSN|MHA|MPH|MSc|MEng|MFA|MEd|MSW|MPA|MAcc|MPhil|MRes|MArch|MPP)(?![\w-])",
        r"\bM\.(?:Sc\b|Eng\b|Ed\b|B\.A\.|P\.H\.|F\.A\.|S\.N\.)",
        # MS and MA are also the postal codes of Mississippi and Massachusetts: after "Southaven, " they name a
        # state, so a bare MS or MA counts only where no word and comma stand just before it.
        r"(?<![\w/-])(?<!(?-i:[a-z]), )(?-i:MS|MA)(?![\w-])",
        r"\bM\.[AS]\.",
    ],
    "doctorate": [
        r"\bdoctor(?:ate| of)\b",
        r"\bPh\.?D\b",
        r"(?<![\w/-])(?-i:EdD|DNP|PsyD|PharmD|DPT|DPhil)(?![\w-])",
        r"\b(?:Ed|Psy)\.D\.",
    ],
}


# Where a missing requirement could honestly go. A role pack's categories bring their own
# suggestion text; these cover what every resume has.
_SUGGESTED_PLACE = {
    "certification": "certificates (only if you hold it)",
    "years": "work dates (startDate and endDate) so the years can be read",
    "education": "education",
}


_ANYWHERE = "skills, or a work highlight saying where you used it"
SNIPPET_WIDTH = 48  # characters of a resume line quoted to show where a requirement was found


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
        suggestion=_SUGGESTED_PLACE.get(keyword.category)
        or (role.category_suggestion(keyword.category) if role else _ANYWHERE),
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
            requirement.suggestion = _SUGGESTED_PLACE["certification"]
        if len(asked.alternatives) > 1:
            requirement.alternatives = [keyword.term for keyword in asked.alternatives]
        requirements.append((requirement, asked.spellings()))
    asked_years = _years_asked(posting)
    for importance, years, qualifier, source, line in asked_years:
        groups = qualifier_groups(qualifier)
        label = years_label(years) + (f": {qualifier}" if groups else "")
        requirement = Requirement(label, "years", importance, 3, False, suggestion=_SUGGESTED_PLACE["years"])
        requirement.source, requirement.line = source, line
        requirements.append((requirement, [repr(years), *("|".join(group) for group in groups)]))
    for importance, figure in (("required", posting.years_required), ("preferred", posting.years_preferred)):
        if figure is not None and not asked_years:  # a JSON posting: figures without lines
            years = figure
            clause = _first_clause(posting, "years", importance)
            requirement = Requirement(
                years_label(years), "years", importance, 3, False, suggestion=_SUGGESTED_PLACE["years"]
            )
            requirement.source, requirement.line = clause
            requirements.append((requirement, [repr(years)]))
    for importance, level in (("required", posting.education_required), ("preferred", posting.education_preferred)):
        if level is not None:
            clause = _first_clause(posting, "education", importance)
            requirement = Requirement(
                EDUCATION_LABELS[level], "education", importance, 2, False, suggestion=_SUGGESTED_PLACE["education"]
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
        if clause.kind != "years" or (_education_in(clause.text) and clause.text.lower().startswith("or")):
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


def _education_in(text: str) -> bool:
    return any(_first_search(patterns, text) for patterns in _EDUCATION.values())


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


# A word broken at a line end: a soft hyphen, or a hyphen that PDF text gives for one ("termi-" / "nology").
_BROKEN_WORD = re.compile(r"([^\W\d_])[-\u00ad\u2010]$")


@dataclass(frozen=True)
class ResumeLines:
    """The resume's lines under their headings, each indexed once, and which lines hold which word.

    A term is then looked for only on the lines that hold its first word: checking every term
    against every line cost time in proportion to terms x text. Each section is also indexed as one
    text, with words broken at a line end joined again, so "release of / information" and "medical
    termi- / nology" wrapped over two lines are still found.
    """

    sections: list[tuple[str, str]]
    indexes: list[TextIndex]
    lines_with_word: dict[str, list[int]]
    joined: list[tuple[str, TextIndex]] = field(default_factory=list)
    # Each dated entry under an experience heading: its start, its end (None while current) and its text.
    jobs: list[tuple[PartialDate, PartialDate | None, TextIndex, str]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, organisations: list[str] | None = None, today: date | None = None) -> ResumeLines:
        """The resume's lines, indexed with the names of organisations blanked (``organisations``, and the
        line under a dated job title): "City of Austin, Communications and Technology Management" names
        an employer, it shows no communication skill."""
        sections = split_sections(text)
        searched = _without_organisations(sections, organisations or [])
        indexes = [TextIndex.of(line) for line in searched]
        lines_with_word: dict[str, list[int]] = {}
        for number, index in enumerate(indexes):
            for word in index.starts:
                lines_with_word.setdefault(word, []).append(number)
        by_section: dict[str, list[str]] = {}
        for (section, _), line in zip(sections, searched, strict=True):
            by_section.setdefault(section, []).append(line)
        joined = []
        for section, section_lines in by_section.items():
            joined.append((section, TextIndex.of(" ".join(section_lines))))
            mended = _mend_broken_words(section_lines)
            if mended is not None:
                joined.append((section, TextIndex.of(mended)))
        jobs = _dated_entries(sections, searched, today or date.today())
        return cls(sections, indexes, lines_with_word, joined, jobs)


def _dated_entries(
    sections: list[tuple[str, str]], searched: list[str], today: date
) -> list[tuple[PartialDate, PartialDate | None, TextIndex, str]]:
    """The resume's jobs: under an experience heading, a line with a date range opens one, and the lines
    below it (organisation names blanked) are its text until the next such line. Each comes with that
    dated line as written (the job's title, as most resumes set it)."""
    entries: list[tuple[PartialDate, PartialDate | None, list[str], str]] = []
    for (section, line), text in zip(sections, searched, strict=True):
        if section_kind(section) != "work":
            continue
        span = next(work_spans(line[:MAX_MATCHED_LINE], today), None)
        if span is not None:
            entries.append((span[0], span[1], [text], line))
        elif entries:
            entries[-1][2].append(text)
    return [(start, end, TextIndex.of(" ".join(texts)), title) for start, end, texts, title in entries]


def organisation_names(profile: Profile | None) -> list[str]:
    """The names of employers, schools, issuers and publishers in the profile: none is evidence of a skill."""
    if profile is None:
        return []
    names = [job.name for job in profile.work]
    names += [entry.organization for entry in profile.volunteer]
    names += [entry.institution for entry in profile.education]
    names += [entry.issuer for entry in profile.certificates]
    names += [entry.awarder for entry in profile.awards]
    names += [entry.publisher for entry in profile.publications]
    return [name.strip() for name in names if name and len(name.strip()) >= 3]


_MAX_NAME_WORDS = 12
_MAX_NAMES = 100


def _without_organisations(sections: list[tuple[str, str]], organisations: list[str]) -> list[str]:
    """Each line with organisation names blanked (same length, so positions hold). Under an experience
    heading the line just below a dated line, when it is short and every longer word is capitalised, is the
    employer's line
    ("City of Austin, Communications and Technology Management, Austin, TX") and is blanked whole."""
    # An organisation's name is a few words; a "name" of hundreds would only cost time to look for.
    # In the profile's order, so the same input blanks the same names on every run (a set's order changes).
    names = [name for name in dict.fromkeys(organisations) if len(name.split()) <= _MAX_NAME_WORDS][:_MAX_NAMES]
    patterns = [
        re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
        for name in sorted(names, key=len, reverse=True)
    ]
    result = []
    after_dates = False
    for section, line in sections:
        searched = line
        dated = next(date_ranges(line[:MAX_MATCHED_LINE], _FAR_FUTURE), None) is not None
        if after_dates and not dated and section_kind(section) == "work" and len(line) <= 120 and _names_only(line):
            searched = " " * len(line)
        elif section_kind(section) != "skills":  # "Salesforce CRM" in Skills is a skill, employer or not
            for pattern in patterns:
                searched = pattern.sub(lambda match: " " * len(match.group()), searched[:MAX_MATCHED_LINE])
        result.append(searched)
        after_dates = dated
    return result


def _names_only(line: str) -> bool:
    """Whether every word of four letters or more in ``line`` starts with a capital: a line of names
    (an employer and its place), not a sentence or a wrapped bullet."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", line[:MAX_MATCHED_LINE])
    return bool(words) and all(word[0].isupper() for word in words if len(word) >= 4)


def _mend_broken_words(lines: list[str]) -> str | None:
    """The lines joined with words broken by a hyphen at a line end made whole, or None when none is."""
    parts: list[str] = []
    mended = False
    for line in lines:
        if parts and _BROKEN_WORD.search(parts[-1][-2:]) and line[:1].islower():
            parts[-1] = parts[-1][:-1] + line
            mended = True
        else:
            parts.append(line)
    return " ".join(parts) if mended else None


def match_requirement(
    requirement: Requirement,
    spellings: list[str],
    lines: ResumeLines,
    resume_years: tuple[float, str] | None,
    today: date | None = None,
) -> None:
    """Mark ``requirement`` found or not, saying where: years and education by their own rules, terms by spelling."""
    sections = lines.sections
    if requirement.kind == "years":
        asked = float(spellings[0])
        if len(spellings) > 1:
            groups = [group.split("|") for group in spellings[1:]]
            _match_qualified_years(requirement, asked, groups, lines, resume_years, today or date.today())
        elif resume_years is not None:
            years, source = resume_years
            requirement.found = years >= asked
            requirement.where = f"{years:.1f} years from {source}"
        else:
            requirement.where = "no dated work found"
        return
    if requirement.kind == "education":
        _match_education(requirement, spellings[0], sections, today or date.today())
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
    words = _IN_PROGRESS.search(text, left, right)
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


# Words of a years qualifier that say what kind of experience, not what it is of: "3+ years of progressive
# accounting experience" is met by years of accounting.
_QUALIFIER_NOISE = {
    "experience", "experiences", "progressive", "progressively", "professional", "relevant", "related", "direct",
    "hands-on", "proven", "demonstrated", "prior", "previous", "recent", "paid", "full-time", "total", "work",
    "working", "a", "an", "the",
}  # fmt: skip
# Words after which a qualifier only says where the work was: "line cook experience in a high-volume kitchen".
_SETTING_WORDS = {"in", "at", "within", "across", "on"}
_ROLE_WORDS = {"role", "roles", "position", "positions", "capacity"}


def qualifier_core(qualifier: str) -> str:
    """The role or field a years qualifier names, without where the work was done or what kind of experience
    it was: "line cook experience in a high-volume kitchen" -> "line cook", "lead cook role" -> "lead cook".
    What is left is matched in any word form; the qualifier itself when nothing would be left."""
    words = qualifier.split()
    for number, word in enumerate(words):
        if number and word.casefold() in _SETTING_WORDS:
            words = words[:number]
            break
    core = [word for word in words if word.casefold().strip(".,;:") not in _QUALIFIER_NOISE]
    # "lead cook role" is a lead cook's, but "lead" or "supervisory" alone would be met by "lead generation"
    # or "supervisory board": a role word goes only where two words stay to name the role.
    if len(core) > 2 and core[-1].casefold() in _ROLE_WORDS:
        core = core[:-1]
    return " ".join(core) or qualifier


# The first word of a qualifier that names a role of leading people: "lead role", "supervisory position".
_LEADING_ROLE_WORDS = {"lead", "leadership", "supervisory", "supervisor", "management", "managerial", "manager"}


def _leads_a_role(qualifier: str) -> bool:
    words = qualifier.casefold().split()
    return len(words) == 2 and words[0] in _LEADING_ROLE_WORDS and words[1] in _ROLE_WORDS


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


# Words that say a degree or a credential is not held yet: "expected May 2027", "exam scheduled 2025-07".
_IN_PROGRESS = re.compile(
    r"\b(?:expected|anticipated|in progress|candidate|pursuing|currently enrolled|scheduled|studying for"
    r"|working towards?)\b",
    re.IGNORECASE,
)


def _in_progress(candidates: list[tuple[str, str]], at: int, today: date) -> str | None:
    """Why the degree on line ``at`` is not held yet ("Aug 2022 – Present", "expected May 2027"), else None.
    Read from that line and the next one (a school's name, a date set below the degree), unless the next one
    is another entry (it names a degree or certificate): "(in progress)" there is that entry's, not this one's."""
    for offset, (_, line) in enumerate(candidates[at : at + 2]):
        line = line[:MAX_MATCHED_LINE]
        if offset and _first_search([pattern for patterns in _EDUCATION.values() for pattern in patterns], line):
            break
        for found in date_ranges(line, today):
            if found.ongoing:
                return f"in progress ({flatten(found.text)})"
            if found.end is not None and (found.end.year, found.end.month or 12) > (today.year, today.month):
                return f"in progress, expected {found.end.display()}"
        if words := _IN_PROGRESS.search(line):
            return f"in progress ({words.group()})"
    return None


def _match_education(
    requirement: Requirement, level: str, sections: list[tuple[str, str]], today: date | None = None
) -> None:
    """A level the resume shows at or above the one asked (an associate's degree meets "high school"); a
    degree still in progress ("Aug 2022 – Present", an end date to come) is reported as such, not as held.

    Read from the Education section when the resume has one, so "Certified Coding Associate" under
    Certifications or a "teaching certificate" under Licenses is not read as a degree or certificate.
    """
    in_education = [(section, line) for section, line in sections if section_kind(section) == "education"]
    candidates = in_education or sections
    # A degree set in a narrow column can be hyphenated over lines ("Cer-" / "tifi-" / "cate"): read it whole
    # too, as terms are (the split itself is reported as a parse-back problem).
    mended = _mend_broken_words([line for _, line in in_education])
    if mended is not None:
        candidates = [*candidates, (in_education[0][0], mended)]
    asked_rank = EDUCATION_LEVELS.index(level)
    unfinished = ""
    for shown in EDUCATION_LEVELS[asked_rank:]:
        for number, (section, line) in enumerate(candidates):
            if found := _first_search(_EDUCATION[shown], line):
                where = f"{section}: {text_around(line, found, width=SNIPPET_WIDTH)}"
                if progress := _in_progress(candidates, number, today or date.today()):
                    unfinished = unfinished or f"{where}; {progress}, not held yet"
                    continue
                requirement.found = True
                requirement.where = where
                if shown != level:
                    requirement.where += f" (meets it: {EDUCATION_LABELS[shown]})"
                return
    if unfinished:
        requirement.where = unfinished
        requirement.suggestion = "education, once the degree is completed"


def point_suggestions_at_profile(
    requirements: list[tuple[Requirement, list[str]]], profile: Profile, vocabulary: list[Keyword]
) -> None:
    """Name the profile's own skill group where a missing term would sit with its kind, when there is one."""
    from collections import Counter

    category_of = {spelling.casefold(): keyword.category for keyword in vocabulary for spelling in keyword.spellings()}
    groups_by_category: dict[str, Counter] = {}
    for index, skill in enumerate(profile.skills):
        text = TextIndex.of(" · ".join([skill.name or "", *skill.keywords]))
        for keyword in vocabulary:
            if find_keyword(text, keyword):
                groups_by_category.setdefault(keyword.category, Counter())[index] += 1
    best_group = {category: counts.most_common(1)[0][0] for category, counts in groups_by_category.items()}
    for requirement, spellings in requirements:
        if requirement.found or requirement.kind != "keyword":
            continue
        category = next((category_of[key] for key in map(str.casefold, spellings) if key in category_of), None)
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


def resume_years(text: str, profile: Profile | None, today: date) -> tuple[float, str] | None:
    """Years of work and where they were read: the profile's work dates, else the date ranges under the
    resume's experience headings (never education, certifications or numbers such as a ZIP+4 code)."""
    if profile is not None and any(job.startDate for job in profile.work):
        return experience_years([(job.startDate, job.endDate) for job in profile.work], today), "the profile's dates"
    spans: list[tuple[PartialDate | None, PartialDate | None]] = [
        span
        for section, line in split_sections(text)
        if section_kind(section) == "work"
        for span in work_spans(line[:MAX_MATCHED_LINE], today)
    ]
    return (experience_years(spans, today), "the date ranges in the resume's experience section") if spans else None
