"""What one requirement line asks for: its clauses, each about years, education or terms.

A line is cut into sentences and clauses ("2-4 years of accounting experience; public accounting
experience a plus" is two), each with its own importance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..matching import fold
from ..models.posting import PostingClause, PostingRequirement, PostingTerm
from ..resources import language_data
from .education import education_levels
from .found_terms import names_only, plausible, requirements_in
from .importance import (
    AT_HIRE,
    CONTINUING,
    EARNED_LATER,
    NOT_HELD_YET,
    OF_HIRE,
    PREFERRED,
    PREFERRED_LABEL,
    QUALIFIED_REMARK,
    REQUIRED,
    REQUIRED_LABEL,
    clause_importance,
)
from .labels import names_a_subject, subject_requirements, without_sentence_label
from .lexicon_asks import lexicon_requirements
from .paths import ONE_OF, another_way_in, credential_ways, way_without_a_level
from .qualities import QUALITY_LEAD, is_condition_of_work, is_soft_quality
from .sentences import CURLY, LABEL, MAX_LINE, split_sentences
from .terms import terms_of
from .words import PROTECTED_GROUNDS
from .years import NO_EXPERIENCE, years_in, years_where

# Where a sentence has a second clause: ", but", ", as is" (which takes the first one's importance), ", and"
# before pay or its own qualifier, " and is/has ..." (a new predicate).
_CLAUSE_BREAK = re.compile(
    r"(,\s(?:but|as is|as well as|while|though|although|and)\s|\sand\s(?=(?:is|are|has|have|can)\s)|"
    # "Bachelor's degree in Nursing required, Master's preferred": each part carries its own qualifier.
    r"(?<=\brequired),\s(?=[^,;]{1,60}?\b(?:preferred|desired)\b)|"
    # "Knife skills and a working knowledge of grill stations": a second lead-in opens a second clause.
    r"\sand\s(?=(?:an?\s)?(?:(?:working|solid|strong|basic|good|general)\s)?"
    r"(?:knowledge|understanding|familiarity|experience|proficiency)\s(?:of|with|in)\s))"
)

# After a years figure, ", know how to ...", ", and be comfortable with ...", " and be confident with" ask for
# something else.
# ", with strong expertise across employee relations, ...": a list of skills asked beside the years.
_AFTER_YEARS = re.compile(
    r",\s(?:and\s)?(?=(?:know|knows|be|is|understand|understands|possess|possesses|hold|holds)\s)|"
    # "... 2 years' experience in a similar role and be confident with Sage 50": a new predicate without a comma
    r"\sand\s(?=(?:be|know|possess|hold)\s)|"
    r",\s(?=with\s(?:(?:strong|solid|deep|proven|demonstrated)\s)?(?:expertise|knowledge|proficiency|skills?)\s"
    r"(?:in|across|of|with)\s)"
)

# Sentences that are about pay, benefits, hiring steps or the law, never about the candidate's skills.
BOILERPLATE = re.compile(
    "|".join(
        [
            *(f"(?:{pattern})" for pattern in language_data("line_roles")["boilerplate"]),
            *(f"(?:{pattern})" for pattern in language_data("line_roles")["benefits_and_conditions"]),
            rf"\b(?:{'|'.join(re.escape(ground) for ground in sorted(PROTECTED_GROUNDS))})",
        ]
    ),
    re.IGNORECASE,
)

_SUBSTITUTION = re.compile(
    r"\bmay substitute\b|\bmay (?:replace|be substituted)\b|\bsubstitut(?:e|es|ed|ion) for\b|"
    r"\bcounts? toward\b|\bin lieu of (?:the )?(?:required )?"
    r"(?:experience|education|degree)\b",
    re.IGNORECASE,
)

# "learn and apply aseptic cleaning procedures", "willingness to learn Kronos": what the job will teach.
_LEARNED_ON_THE_JOB = re.compile(
    r"^\W{0,3}(?:(?:be\s|being\s)?(?:willing|able|eager)\sto\s|willingness\sto\s|(?:the\s)?ability\sto\s)?learn\b",
    re.IGNORECASE,
)

_WHO_MAY_APPLY = re.compile(r"\b(?:is|are) (?:also )?(?:eligible|encouraged|welcome|invited) to apply\b", re.I)

_OTHER_PATH = re.compile(r"^or\b", re.IGNORECASE)

# "A high school diploma plus EITHER:", "..., and one of the following:": the level opens a list of ways in.
_LEADS_INTO_WAYS = re.compile(r"\b(?:either|one of the following)\W{0,3}$|:\s*$", re.IGNORECASE)

_IN_LIEU = re.compile(r"^(.{1,200}?)\s(?:are |is )?(?:accepted |acceptable |considered )?in lieu of\s(.{1,100})$")


@dataclass
class LineReading:
    """What one requirement line asks for."""

    clauses: list[PostingClause] = field(default_factory=list)
    requirements: list[PostingRequirement] = field(default_factory=list)
    in_lieu: list[tuple[list[PostingTerm], str]] = field(default_factory=list)  # alternatives for a named term
    years: list[tuple[str, float]] = field(default_factory=list)
    path_years: list[tuple[str, float]] = field(default_factory=list)  # years of an "or a degree plus N years" path
    degree_paths: list[tuple[str, float]] = field(default_factory=list)  # path years that come with a degree
    education: list[tuple[str, str]] = field(default_factory=list)
    education_alone: list[tuple[str, str]] = field(default_factory=list)  # levels a clause asks with no years path
    no_experience: bool = False
    abilities: bool = False  # the line lists abilities ("Ability to: read signs; follow rules"): names only


def _earned_later(sentences: list[str], index: int, line_hire_later: bool) -> bool:
    """Whether the sentence's credential may be shown after hire: it says so ("PCCN within 18 months"), or the next
    sentence goes on about it ("BLS certification. Must be obtained within 30 days of hire."); a line with one
    sentence, or an "or the ability to pass our test" after it, as the line says. "... at time of hire" is not."""
    sentence = sentences[index]
    if AT_HIRE.search(sentence):
        return False
    if len(sentences) == 1 or OF_HIRE.search(sentence):
        return line_hire_later
    following = sentences[index + 1] if index + 1 < len(sentences) else ""
    return bool(OF_HIRE.search(following) and CONTINUING.search(following)) or (
        line_hire_later and not OF_HIRE.search(" ".join(sentences))
    )


def read_requirement_line(
    text: str, importance: str, line: int | None, names: set[str], lead_in: bool = False, names_only: bool = False
) -> LineReading:
    """Clauses, years, education and terms of one line under a qualifications heading (or a requirement sentence).

    ``names`` are words the posting capitalises mid-sentence somewhere, so a capitalised first word
    ("Epic is a plus") can be told from an ordinary one ("Curious, collaborative, ...").
    """
    reading = LineReading(abilities=names_only)
    source = text
    text = text[:MAX_LINE].translate(CURLY)
    label = LABEL.match(text)
    subject: list[PostingRequirement] = []
    if label and names_a_subject(label.group(1)):
        # "GitHub APIs: You find your way around ...": the label names the skill, the prose after it only the
        # things it names
        # "Restaurant management: 1 year (Preferred)": the label's skill takes what the words after it say
        subject = subject_requirements(
            label.group(1), clause_importance(text[label.end() :], importance), line, names, source
        )
        text, names_only = text[label.end() :], True
        reading.abilities = True
    elif label:
        words = label.group(1).casefold().replace("/", " ").split()
        if len(words) <= 3:
            lead_in = lead_in or any(word.rstrip("s") in {"knowledge", "skill", "experience"} for word in words)
            text = text[label.end() :]
            reading.abilities = names_only or any(word.startswith(("abilit", "able")) for word in words)
            # "Nice to have: X; Y; Z" and "Must have: ..." set the importance of every clause after them.
            if PREFERRED.search(label.group(1)) or PREFERRED_LABEL.fullmatch(label.group(1).strip()):
                importance = "preferred"
            elif REQUIRED.search(label.group(1)) or REQUIRED_LABEL.fullmatch(label.group(1).strip()):
                importance = "required"
    line_hire_later = bool(OF_HIRE.search(text))
    earned_later = EARNED_LATER.search(text)
    if earned_later:
        # "AWS D1.1 certification, or the ability to pass our weld test": what may be shown after hire (R3)
        text, line_hire_later = text[: earned_later.start()], True
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences):
        hire_later = _earned_later(sentences, index, line_hire_later) or bool(NOT_HELD_YET.search(sentence))
        sentence, sentence_lead_in = without_sentence_label(sentence, lead_in)
        sentence = QUALIFIED_REMARK.sub(
            lambda match: " " if _SUBSTITUTION.search(match.group(1)) else match.group(0), sentence
        )
        if NO_EXPERIENCE.search(sentence):
            reading.no_experience = True
        previous: str | None = None
        in_years_list = False
        years_asked = False  # an earlier clause asked for years and named no degree
        levels_before, alone_before = len(reading.education), len(reading.education_alone)
        years_before, paths_before = len(reading.years), len(reading.path_years)
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
                    sentence_lead_in,
                    reading,
                    inherited=previous if inherits else None,
                )
        if any(_OTHER_PATH.match(clause_text) for clause_text, _ in _clauses(sentence)):
            del reading.education_alone[alone_before:]  # "Bachelor's degree; or an associate degree plus ...": one way
        if way_without_a_level(sentence):
            # "Bachelor's degree ...; OR an associate degree and two years ...; OR four years of such experience":
            # one way in asks no degree, so the sentence asks no level (the lowest path's)
            del reading.education[levels_before:]
            del reading.education_alone[alone_before:]
        asked, paths = reading.years[years_before:], reading.path_years[paths_before:]
        if len(asked) == 1 and paths and all(path in reading.degree_paths for path in paths):
            # "Associate's degree AND four years; OR Bachelor's degree AND two years": every way in asks years,
            # the fewest are the minimum (Y1)
            reading.years[years_before] = (asked[0][0], min(value for _, value in [*asked, *paths]))
    reading.requirements = subject + reading.requirements
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
                BOILERPLATE.search(text) or PREFERRED.search(text) or REQUIRED.search(text)
            ):
                clauses[-1] = (f"{clauses[-1][0]}{separator}{text}", clauses[-1][1])
            else:
                clauses.append((text, separator.strip(", ").startswith("as")))
    return [(text.strip(), inherits) for text, inherits in clauses if text.strip()]


# A remark in parentheses that prefers a level: "(Master's preferred)", "(BSN a plus)".
_PREFERRED_LEVEL = re.compile(r"\(([^()]{2,40}?\s(?:preferred|desired|a plus|is a plus))\)", re.IGNORECASE)


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
    if BOILERPLATE.search(text):
        return None
    importance = inherited or clause_importance(text, section_importance, hire_later)
    if importance != "preferred":
        # "Bachelor's degree (Master's preferred)": the level in the remark is preferred, the clause's stays
        for remark in _PREFERRED_LEVEL.finditer(text):
            reading.education += [("preferred", level) for level in education_levels(remark.group(1))[:1]]
        text = _PREFERRED_LEVEL.sub(lambda found: " " if education_levels(found.group(1)) else found.group(0), text)
    levels = education_levels(text)
    years = years_in(text)
    if years is not None or NO_EXPERIENCE.search(text):
        if years is not None and (another_way_in(text) or _OTHER_PATH.match(text) or ONE_OF.search(text)):
            # "two years of teaching experience, or eligibility for a provisional license", "Completion of a
            # trade school program OR two years of experience", "...; or an associate degree plus 4 years": the
            # years are one way in, not a minimum asked
            reading.path_years.append((importance, years))
            if levels and _OTHER_PATH.match(text):
                reading.degree_paths.append((importance, years))

        elif years is not None:
            reading.years.append((importance, years))
        if levels and not way_without_a_level(text):
            reading.education.append((importance, levels[0]))
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="years", line=line))
        _read_credential_ways(text, line, source, names, reading)
        _read_named_before_years(text, importance, line, source, names, reading)
        return importance
    if levels:
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="education", line=line))
        if way_without_a_level(text):
            # "An Associate's Degree, or 60 college credit hours, or the Paraprofessional Assessment": the
            # degree is one way in, no level asked; the test another, preferred
            _read_credential_ways(text, line, source, names, reading)
            return importance
        reading.education.append((importance, levels[0]))
        if not _LEADS_INTO_WAYS.search(text):
            reading.education_alone.append((importance, levels[0]))
    else:
        reading.clauses.append(PostingClause(text=text, importance=importance, kind="terms", line=line))
    if _LEARNED_ON_THE_JOB.match(text) or _WHO_MAY_APPLY.search(text):
        # "learn to operate floor care machines": taught after hire; "Lateral Entry license candidates are eligible
        # to apply": who may apply. Neither is asked (R9).
        return importance
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
    quality = bool(QUALITY_LEAD.match(text))  # "attention to cleanliness": a quality, whatever it names
    abilities = reading.abilities or bool(_ABILITY.match(text)) or quality
    read: list[PostingRequirement] = []
    for found in terms_of(text, names, lead_in=lead_in, importance=importance, credentials_only=bool(levels)):
        if all(is_condition_of_work(term.term) for term in found.alternatives):
            continue  # the job's hours or conditions ("weekends", "reliable transportation"), not a skill
        alternatives = [term for term in found.alternatives if plausible(term) and not is_soft_quality(term.term)]
        if abilities:  # "Ability to read signs and follow rules": an ability, unless it names a thing (R8)
            named: dict[str, PostingTerm] = {}  # "GitHub feature, or ... GitHub functionality": GitHub, once
            for term in alternatives:
                name = names_only(term)
                if name is not None:
                    named.setdefault(fold(name.term), name)
            alternatives = list(named.values())
        if "certificate" in levels:  # "a paralegal certificate from an ABA-approved program": the schooling asked
            alternatives = [term for term in alternatives if not term.term.casefold().endswith("certificate")]
        if not alternatives:
            continue
        kind = "credential" if found.credential else "keyword"
        read.append(
            PostingRequirement(
                alternatives=alternatives,
                kind=kind,
                importance=found.importance or importance,
                weight=2 if kind == "credential" else 1,
                line=line,
                source=source.strip(),
            )
        )
    if not levels and not quality:
        read += [
            requirement
            for requirement in lexicon_requirements(text, read, importance, line, source)
            if not is_soft_quality(requirement.alternatives[0].term)
        ]
    reading.requirements += read
    return importance


def _read_named_before_years(
    text: str, importance: str, line: int | None, source: str, names: set[str], reading: LineReading
) -> None:
    """A credential or a name a years clause asks for before its figure ("Valid Class A CDL with at least 1 year
    of ..."): the field of the years after it is no requirement (R6), but what comes first is."""
    found = years_where(text)
    if found is None or found[1] == 0:
        return
    before = text[: found[1]].rpartition(":")[2]  # "GS-11 Specialized Experience: You must have ...": a label
    reading.requirements += requirements_in(
        before,
        names,
        importance=importance,
        line=line,
        source=source,
        lead_in=False,
        keep=lambda term, credential: credential or term.term != term.term.casefold(),
    )


def _read_credential_ways(text: str, line: int | None, source: str, names: set[str], reading: LineReading) -> None:
    """The credentials and tests a clause offers as other ways in ("..., or eligibility for a provisional
    license"): preferred, for the other ways meet the posting without them."""
    for segment in credential_ways(text):
        reading.requirements += requirements_in(
            segment, names, importance="preferred", line=line, source=source, lead_in=True
        )


# "Ability to read signs and follow rules": an ability; but what one is able to read, use or operate is a skill.
_ABILITY = re.compile(
    r"^\W*(?:the |an? )?(?:ability|able|abilities) to\b(?! (?:read|use|operate|interpret|drive|run)\b)", re.IGNORECASE
)
