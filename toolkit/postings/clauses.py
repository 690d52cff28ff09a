"""What one requirement line asks for: its clauses, each about years, education or terms.

A line is cut into sentences and clauses ("2-4 years of accounting experience; public accounting
experience a plus" is two), each with its own importance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models.posting import PostingClause, PostingRequirement, PostingTerm
from .education import education_levels
from .importance import (
    EARNED_LATER,
    OF_HIRE,
    PREFERRED,
    PREFERRED_LABEL,
    QUALIFIED_REMARK,
    REQUIRED,
    REQUIRED_LABEL,
    clause_importance,
)
from .sentences import CURLY, LABEL, MAX_LINE, split_sentences
from .terms import terms_of
from .words import CONDITION_WORDS
from .years import NO_EXPERIENCE, years_in

# Where a sentence has a second clause: ", but", ", as is" (which takes the first one's importance), ", and"
# before pay or its own qualifier, " and is/has ..." (a new predicate).
_CLAUSE_BREAK = re.compile(
    r"(,\s(?:but|as is|as well as|while|and)\s|\sand\s(?=(?:is|are|has|have|can)\s)|"
    # "Knife skills and a working knowledge of grill stations": a second lead-in opens a second clause.
    r"\sand\s(?=(?:an?\s)?(?:(?:working|solid|strong|basic|good|general)\s)?"
    r"(?:knowledge|understanding|familiarity|experience|proficiency)\s(?:of|with|in)\s))"
)

# After a years figure, ", know how to ...", ", and be comfortable with ..." ask for something else.
_AFTER_YEARS = re.compile(r",\s(?:and\s)?(?=(?:know|be|understand|possess|hold)\s)")

# Sentences that are about pay, benefits, hiring steps or the law, never about the candidate's skills.
_BOILERPLATE = re.compile(
    r"[$]|\b(?:equal (?:employment )?opportunity\b|accommodations?\b|discriminat|40[13]\([bk]\)|vaccin|"
    r"background check|drug screen|drug-free\b|E-Verify\b|sponsor|paid time off\b|PTO\b|(?<!of )benefits\b|"
    r"per hour\b|is provided\b|we pay\b|sign-on\b|pay range\b|salary\b|must be submitted\b|with your application\b)",
    re.IGNORECASE,
)

_SUBSTITUTION = re.compile(
    r"\bmay substitute\b|\bsubstitut(?:e|es|ed|ion) for\b|\bcounts? toward\b|\bin lieu of (?:the )?(?:required )?"
    r"(?:experience|education|degree)\b",
    re.IGNORECASE,
)

_OTHER_PATH = re.compile(r"^or\b", re.IGNORECASE)

_IN_LIEU = re.compile(r"^(.{1,200}?)\s(?:are |is )?(?:accepted |acceptable |considered )?in lieu of\s(.{1,100})$")


@dataclass
class LineReading:
    """What one requirement line asks for."""

    clauses: list[PostingClause] = field(default_factory=list)
    requirements: list[PostingRequirement] = field(default_factory=list)
    in_lieu: list[tuple[list[PostingTerm], str]] = field(default_factory=list)  # alternatives for a named term
    years: list[tuple[str, float]] = field(default_factory=list)
    path_years: list[tuple[str, float]] = field(default_factory=list)  # years of an "or a degree plus N years" path
    education: list[tuple[str, str]] = field(default_factory=list)
    no_experience: bool = False


def read_requirement_line(
    text: str, importance: str, line: int | None, names: set[str], lead_in: bool = False
) -> LineReading:
    """Clauses, years, education and terms of one line under a qualifications heading (or a requirement sentence).

    ``names`` are words the posting capitalises mid-sentence somewhere, so a capitalised first word
    ("Epic is a plus") can be told from an ordinary one ("Curious, collaborative, ...").
    """
    reading = LineReading()
    source = text
    text = text[:MAX_LINE].translate(CURLY)
    label = LABEL.match(text)
    if label:
        words = label.group(1).casefold().replace("/", " ").split()
        if len(words) <= 3:
            lead_in = lead_in or any(word.rstrip("s") in {"knowledge", "skill", "experience"} for word in words)
            text = text[label.end() :]
            # "Nice to have: X; Y; Z" and "Must have: ..." set the importance of every clause after them.
            if PREFERRED.search(label.group(1)) or PREFERRED_LABEL.fullmatch(label.group(1).strip()):
                importance = "preferred"
            elif REQUIRED.search(label.group(1)) or REQUIRED_LABEL.fullmatch(label.group(1).strip()):
                importance = "required"
    hire_later = bool(OF_HIRE.search(text))
    earned_later = EARNED_LATER.search(text)
    if earned_later:
        # "AWS D1.1 certification, or the ability to pass our weld test": what may be shown after hire (R3)
        text, hire_later = text[: earned_later.start()], True
    for sentence in split_sentences(text):
        sentence = QUALIFIED_REMARK.sub(
            lambda match: " " if _SUBSTITUTION.search(match.group(1)) else match.group(0), sentence
        )
        if NO_EXPERIENCE.search(sentence):
            reading.no_experience = True
        previous: str | None = None
        in_years_list = False
        years_asked = False  # an earlier clause asked for years and named no degree
        for clause_text, inherits in _clauses(sentence):
            if (
                years_asked
                and _OTHER_PATH.match(clause_text)
                and years_in(clause_text) is None
                and education_levels(clause_text)
            ):
                # "Two years of experience ...; OR a bachelor's degree in biology": the degree is another way
                # in, not a level asked (E3); its field of study is no requirement either
                continue
            years_asked = years_asked or (years_in(clause_text) is not None and not education_levels(clause_text))
            if _SUBSTITUTION.search(clause_text):
                continue  # "an associate's degree may substitute for 1 year": not a figure, not a level (Y4, E3)
            if in_years_list:
                continue  # "1 year of experience, which includes: A; B; and C": what the years cover (R6)
            in_years_list = ":" in clause_text and years_in(clause_text) is not None
            pieces = _years_pieces(clause_text) if years_in(clause_text) is not None else [clause_text]
            for piece in pieces:
                previous = _read_clause(
                    piece,
                    importance,
                    hire_later,
                    line,
                    source,
                    names,
                    lead_in,
                    reading,
                    inherited=previous if inherits else None,
                )
    return reading


_LIST_END = re.compile(r"\s(?:or|and|and/or|&)\s", re.IGNORECASE)


def _years_pieces(clause_text: str) -> list[str]:
    """A years clause cut where it asks for something else: ", know how to ...", and a last remark with its own
    qualifier ("4+ years of accounting experience, public accounting a plus"): "a plus" covers only the remark,
    so the years keep the line's importance. A remark that ends a list ("... with SQL, Python or R preferred")
    qualifies the whole list and is no remark of its own."""
    pieces = _AFTER_YEARS.split(clause_text)
    head, comma, tail = pieces[-1].rpartition(", ")
    if (
        comma
        and not _LIST_END.search(tail)
        and PREFERRED.search(tail)
        and not PREFERRED.search(head)
        and years_in(head) is not None
        and years_in(tail) is None
    ):
        pieces[-1:] = [head, tail]
    return pieces


def _clauses(sentence: str) -> list[tuple[str, bool]]:
    """Clauses of a sentence, each with whether it takes the importance of the one before ("X is essential,
    as is Y"): split at ';', ', but', ', as is', ', as well as', and at ', and' before pay or benefits."""
    clauses: list[tuple[str, bool]] = []
    for part in sentence.split(";"):
        pieces = _CLAUSE_BREAK.split(part)
        # pieces alternate: text, separator, text, ...
        clauses.append((pieces[0], False))
        for separator, text in zip(pieces[1::2], pieces[2::2], strict=True):
            # ", and" joins list items unless a new clause follows (pay, or its own "will set you apart").
            if separator.startswith(", and") and not (
                _BOILERPLATE.search(text) or PREFERRED.search(text) or REQUIRED.search(text)
            ):
                clauses[-1] = (f"{clauses[-1][0]}{separator}{text}", clauses[-1][1])
            else:
                clauses.append((text, separator.strip(", ").startswith("as")))
    return [(text.strip(), inherits) for text, inherits in clauses if text.strip()]


def _read_clause(
    text: str,
    section_importance: str,
    hire_later: bool,
    line: int | None,
    source: str,
    names: set[str],
    lead_in: bool,
    reading: LineReading,
    inherited: str | None = None,
) -> str | None:
    """Read one clause into ``reading``; return the importance it has (None for boilerplate)."""
    if _BOILERPLATE.search(text):
        return None
    importance = inherited or clause_importance(text, section_importance, hire_later)
    levels = education_levels(text)
    years = years_in(text)
    if years is not None or NO_EXPERIENCE.search(text):
        if years is not None and levels and _OTHER_PATH.match(text):
            # "...; or an associate degree plus 4 years": another way in, not the minimum years asked (Y1)
            reading.path_years.append((importance, years))
        elif years is not None:
            reading.years.append((importance, years))
        if levels:
            reading.education.append((importance, levels[0]))
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="years", line=line))
        return importance
    if levels:
        reading.education.append((importance, levels[0]))
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="education", line=line))
    else:
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="terms", line=line))
    in_lieu = _IN_LIEU.match(text)
    if in_lieu:
        terms = [
            item
            for group in terms_of(in_lieu.group(1), names, lead_in=lead_in, importance=importance)
            for item in group.alternatives
        ]
        if terms:
            reading.in_lieu.append((terms, in_lieu.group(2)))
        return importance
    for found in terms_of(text, names, lead_in=lead_in, importance=importance, credentials_only=bool(levels)):
        if all(is_condition_of_work(term.term) for term in found.alternatives):
            continue  # the job's hours or conditions ("weekends", "reliable transportation"), not a skill
        kind = "credential" if found.credential else "keyword"
        reading.requirements.append(
            PostingRequirement(
                alternatives=found.alternatives,
                kind=kind,
                importance=found.importance or importance,
                weight=2 if kind == "credential" else 1,
                line=line,
                source=source.strip(),
            )
        )
    return importance


def is_condition_of_work(term: str) -> bool:
    """True for a term that names the job's hours or conditions, not a skill: "nights", "Open availability",
    "12-hour shifts", "transportation and good attendance"; never "shift scheduling" or "driver's license"."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", term.casefold().replace("-hour", " hour"))
    return bool(words) and all(word in CONDITION_WORDS for word in words)
