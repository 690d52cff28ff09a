"""Read job postings: plain text or Markdown as people paste them from job boards, or JSON job documents.

A JSON file is validated against the JSON Resume job schema with located errors. Text is read
in three steps: the header (``posting_header``: title, company, location, workplace, employment
type), the sections (a heading says what follows: qualifications, preferred, duties, about-us,
benefits; a posting with no such headings is read sentence by sentence), and the requirement
lines (``posting_terms``: years and education asked, and the terms in the posting's own words).
"""

from __future__ import annotations

import heapq
import re
from itertools import islice
from pathlib import Path

from ..errors import InputFileError, Location, Problem, ValidationError
from ..matching import fold
from ..models.posting import (
    EDUCATION_LEVELS,
    Posting,
    PostingClause,
    PostingLine,
    PostingRequirement,
    PostingTerm,
)
from ..resources import schema_validator
from .cleaning import clean_text
from .loading import parse_json, read_text
from .posting_header import (
    BOARD_LABELS,
    MAX_HEADER_LINE,
    employment_of,
    field_of,
    is_page_chrome_line,
    read_header,
)
from .posting_layout import laid_out
from .posting_terms import (
    LineReading,
    capitalised_names,
    lowest_level,
    read_requirement_line,
    split_sentences,
)

_BULLET = re.compile(r"^\s*(?:[-*•·–—▪◦‣●]|[0-9]{1,2}[.)])\s+")
# Heading words: a short line made only of these is a heading ("What you'll need", "Nice to have").
_HEADING_WORDS = set(
    """about the job role us company overview position summary description full responsibilities responsibility
    duties essential functions key what you you'll will do be doing we're we are looking for need bring who is
    qualifications qualification requirements requirement minimum basic preferred required education and
    experience skills skill nice to have must haves bonus points benefits perks pay compensation salary
    transparency why physical demands examples of certifications certification licensure licenses license
    knowledge additional information supplemental other how apply working conditions environment schedule our
    offer your team day in life a equal opportunity employer policy vaccination ideal candidate desired plus
    pluses extra credit competencies technical tools technologies where location hours travel mission values
    culture great if nice-to-have nice-to-haves must-haves must-have also helpful success looks like background
    work details job's get we'll you've here's this that's abilities special conditions employment desirable""".split()
)
_HEADING_REMARK = re.compile(r"\s\([^()0-9]{1,60}\)$")  # no figure: "Experience (2 years)" asks for years
_HEADING_NAMED = re.compile(r"^(?:about|why|join|life at|working at)\s+[A-Z][\w&.' -]{0,40}$", re.IGNORECASE)
_OTHER_LABELS = {
    "pay", "salary", "rate", "compensation", "benefits", "perks", "schedule", "hours", "shift", "start date",
    "pay range", "salary range", "wage", "bonus", "travel", "reports to", "department", "team", "flsa status",
    "req id", "job number", "opening date", "closing date", "date posted", "how to apply", "physical demands",
}  # fmt: skip
# A job board's buttons and links, pasted as lines of their own.
_PAGE_CHROME = {
    "help", "apply", "apply now", "easy apply", "save", "share", "report job", "show more", "show less", "yes", "no",
}  # fmt: skip
_CHROME_LINES = 80  # Indeed's panels above "Full job description" are a few tens of lines
# "Preferred: X; Y", "Nice to have: ...", "Must have: ..." (a line that is its own small section).
_LABELLED_IMPORTANCE = re.compile(
    r"^(preferred|desired|nice[- ]to[- ]haves?|bonus(?: points)?|required|must[- ]haves?)"
    r"(?: qualifications?| skills?)?:\s+\S",
    re.IGNORECASE,
)
_PREFERRED_HEADING = re.compile(
    r"\b(?:preferred|nice|bonus|plus|pluses|desired|desirable|ideally|helpful|extra)\b", re.I
)
_BENEFITS_HEADING = re.compile(r"\b(?:benefits|perks|pay|compensation|salary|offer|why)\b", re.I)
_REQUIRED_HEADING = re.compile(
    r"\b(?:qualifications?|requirements?|required|minimum|basic|must|need|looking|who you are|skills?|education|"
    r"experience|certifications?|licensure|licenses?|knowledge|competencies|bring|you have|what you'll need|ksas?)\b",
    re.I,
)
_DUTIES_HEADING = re.compile(r"\b(?:responsibilit\w*|duties|functions|do|doing|role|day in the life)\b", re.I)
_ABOUT_HEADING = re.compile(r"\b(?:about|overview|company|mission|culture|values|who we are)\b", re.I)
# In a posting without headings, a sentence that asks for something.
_REQUIREMENT_SENTENCE = re.compile(
    r"\b(?:required|must (?:have|hold|be|possess|obtain)|you need|need (?:a|an|to have)|will hold|"
    r"should (?:have|be|hold)|is essential|are essential|preferred|a plus|welcome|will set you apart|"
    r"to be considered|at least (?:one|two|three|four|five|[0-9])|minimum of|(?:is|are) (?:important|a must))\b|"
    # "You hold a bachelor's degree ...", "You have worked with ...": a paragraph that describes the candidate.
    r"^you (?:hold|have|bring|know)\b|"
    r"^(?:deep |solid |strong |working )?(?:experience|knowledge|familiarity|proficiency) (?:with|of|in)\b",
    re.IGNORECASE,
)
_LINE_PREFERRED = re.compile(r"^\s*(preferred|desired|optional)\b|\b(a plus|nice to have|is a bonus)\b", re.IGNORECASE)
MAX_HEADER_LINES = 12
# A posting is read within a few seconds whatever it holds: a real one has tens of requirement lines and
# paragraphs of a few hundred words. Past these, lines are kept as text but not read for terms.
MAX_REQUIREMENT_LINES = 1_000
# A real posting asks for tens of things in a few thousand characters. Each requirement is later looked
# for in the resume, so a crafted posting of 100,000 "A or B;" terms took 35 s to tailor to and 80 s to
# check against; reading stops at these, which no real posting comes near.
MAX_REQUIREMENTS = 1_000
MAX_REQUIREMENT_TEXT = 200_000  # characters of requirement lines read for terms
MAX_LINE_READ = 20_000  # characters of one line read for terms
MAX_SCHEMA_PROBLEMS = 50  # problems listed for a JSON posting that does not fit the schema
MAX_PARAGRAPH = 20_000  # characters of one paragraph that are split into sentences
# A line ending "p.m." or "Inc." has not ended a sentence.
_ABBREVIATION_END = re.compile(r"(?:\b[a-z]\.[a-z]\.|\b[A-Z][a-z]{1,3}\.)$")


def load_posting(path: str | Path) -> Posting:
    """A posting from ``path``: ``.json`` as a JSON Resume job document, anything else as text."""
    if str(path).lower().endswith(".json"):
        return _posting_from_json(path)
    return posting_from_text(read_text(path, what="job posting"), str(path))


def posting_from_text(text: str, name: str) -> Posting:
    """Read a text or Markdown posting: header facts, sections, and what its requirement lines ask for."""
    numbered = _joined_labels([(number, _plain_line(raw)) for number, raw in laid_out(text.splitlines())])
    header_end = _header_end(numbered)
    header_lines = [line for _, line in numbered[:header_end]]
    body = [(number, line) for number, line in numbered[header_end:] if line]
    lines = _sectioned_lines(body)
    if not any(line.section in {"required", "preferred"} for line in lines):
        lines = _lines_by_sentence(body)
    header = read_header(header_lines, [line for _, line in body], intro=_intro(body))
    if not lines and not header.title:
        raise InputFileError("the job posting has no text", Location(name))
    names = capitalised_names(text)
    readings: list[LineReading] = []
    final_lines = []
    budget = _ReadingBudget()
    for posting_line in lines:
        read = budget.take(posting_line.text) if posting_line.importance in {"required", "preferred"} else None
        if read is None:
            final_lines.append(posting_line)
            continue
        # The section decides the importance the line's clauses start from; a sentence of a posting
        # without headings starts from "required" and says otherwise itself.
        section = posting_line.section if posting_line.section in {"required", "preferred"} else "required"
        reading = read_requirement_line(read, section, posting_line.line, names)
        readings.append(budget.spent(reading))
        final_lines.append(_line_importance(posting_line, reading))
    if not final_lines:
        raise InputFileError("the job posting has no text beyond its title", Location(name))
    return _assemble(
        name,
        final_lines,
        readings,
        title=header.title,
        company=header.company,
        location=header.location,
        workplace=header.workplace,
        employment=header.employment,
    )


class _ReadingBudget:
    """How much of a posting is read for terms: ``MAX_REQUIREMENT_LINES`` lines, ``MAX_REQUIREMENTS``
    requirements, ``MAX_REQUIREMENT_TEXT`` characters, the first ``MAX_LINE_READ`` of a line; past these,
    lines are kept as text only."""

    def __init__(self) -> None:
        self.lines = self.requirements = self.characters = 0

    def take(self, text: str) -> str | None:
        """The part of ``text`` to read for terms (all of a line of any real length), or None to keep it as text."""
        if (
            self.lines >= MAX_REQUIREMENT_LINES
            or self.requirements >= MAX_REQUIREMENTS
            or self.characters >= MAX_REQUIREMENT_TEXT
        ):
            return None
        if len(text) > MAX_LINE_READ:
            cut = text.rfind(" ", 0, MAX_LINE_READ)  # a whole word, never the front of one
            text = text[: cut if cut > 0 else MAX_LINE_READ]
        self.lines += 1
        self.characters += len(text)
        return text

    def spent(self, reading: LineReading) -> LineReading:
        self.requirements += len(reading.requirements)
        return reading


def _joined_labels(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Workday and USAJOBS put a field's label on one line and its value on the next ("time type" /
    "Full time", "Telework eligible" / "No"): such a pair becomes one "Label: value" line."""
    joined: list[tuple[int, str]] = []
    index = 0
    while index < len(numbered):
        number, line = numbered[index]
        following = numbered[index + 1][1] if index + 1 < len(numbered) else ""
        if following and line.rstrip(":").strip().casefold() in BOARD_LABELS and ":" not in following:
            joined.append((number, f"{line.rstrip(':').strip()}: {following}"))
            joined.append((numbered[index + 1][0], ""))
            index += 2
            continue
        joined.append((number, line))
        index += 1
    return joined


def _plain_line(raw: str) -> str:
    """A line without surrounding space, byte-order mark, control characters or Markdown emphasis."""
    line = clean_text(raw.strip().lstrip("\ufeff"))[0]
    return line.replace("**", "").replace("__", "").strip()


def _assemble(name: str, lines: list[PostingLine], readings: list[LineReading], **header) -> Posting:
    years: dict[str, float] = {}
    levels: dict[str, list[str]] = {"required": [], "preferred": []}
    clauses: list[PostingClause] = []
    found: list[PostingRequirement] = []
    no_experience = False
    in_lieu = []
    path_years: list[tuple[str, float]] = []
    for reading in readings:
        clauses += reading.clauses
        found += reading.requirements
        in_lieu += reading.in_lieu
        no_experience = no_experience or reading.no_experience
        for importance, value in reading.years:
            years.setdefault(importance, value)
        path_years += reading.path_years
        for importance, level in reading.education:
            levels[importance].append(level)
    for importance, value in path_years:
        years.setdefault(importance, value)  # only when no line asks for years outright
    required_level = lowest_level(levels["required"])
    preferred_level = lowest_level(
        [
            level
            for level in levels["preferred"]
            if required_level is None or EDUCATION_LEVELS.index(level) > EDUCATION_LEVELS.index(required_level)
        ]
    )
    return Posting(
        file=name,
        lines=lines,
        clauses=clauses,
        requirements=merge_requirements(found, in_lieu),
        years_required=years.get("required"),
        years_preferred=years.get("preferred"),
        education_required=required_level,
        education_preferred=preferred_level,
        no_experience_needed=no_experience and "required" not in years,
        **header,
    )


def merge_requirements(
    found: list[PostingRequirement], in_lieu: list[tuple[list[PostingTerm], str]] | None = None
) -> list[PostingRequirement]:
    """One requirement per thing asked: a term named twice is one requirement (the stronger importance
    wins, the spellings join), a term that is also an alternative in a group is that group, and "RHIT or
    RHIA accepted in lieu of CCS" adds alternatives to the CCS requirement."""
    result = _RequirementList()
    for requirement in found:
        result.add(requirement)
    requirements = result.items
    # Each requirement's alternatives as sets of words, folded once (not once per "in lieu" clause).
    words = [[set(fold(alternative.term).split()) for alternative in item.alternatives] for item in requirements]
    for terms, named in in_lieu or []:
        named_words = set(fold(named).split())
        target = next(
            (index for index, sets in enumerate(words) if any(wanted <= named_words for wanted in sets)), None
        )
        if target is None:
            continue
        requirement = requirements[target]
        alternatives = list(requirement.alternatives)
        for term in terms:
            if all(fold(term.term) != fold(existing.term) for existing in alternatives):
                alternatives.append(term)
        requirements[target] = requirement.model_copy(update={"alternatives": alternatives})
        words[target] = [set(fold(alternative.term).split()) for alternative in alternatives]
    return requirements


class _RequirementList:
    """Requirements in the order first asked, each new one merged into the first that shares a term.

    Which requirement holds a term is looked up, not searched for: a posting of thousands of
    requirement lines compared every new term with every requirement so far (4,000 terms: 12 s).
    """

    def __init__(self) -> None:
        self.items: list[PostingRequirement] = []
        self._terms: list[set[str]] = []
        # For each folded term, the indices of requirements that have held it, smallest first; an index
        # whose requirement no longer holds the term is dropped when it comes to the top.
        self._holders: dict[str, list[int]] = {}

    def add(self, new: PostingRequirement) -> None:
        new_terms = _folded_terms(new)
        firsts = [index for term in new_terms if (index := self._first_holder(term)) is not None]
        if not firsts:
            self.items.append(new)
            self._terms.append(set())
            self._hold(len(self.items) - 1, new_terms)
            return
        index = min(firsts)
        merged = _merged(self.items[index], new)
        self.items[index] = merged
        self._hold(index, _folded_terms(merged))

    def _hold(self, index: int, terms: set[str]) -> None:
        for term in terms - self._terms[index]:
            heapq.heappush(self._holders.setdefault(term, []), index)
        self._terms[index] = terms

    def _first_holder(self, term: str) -> int | None:
        heap = self._holders.get(term)
        while heap and term not in self._terms[heap[0]]:
            heapq.heappop(heap)
        return heap[0] if heap else None


def _folded_terms(requirement: PostingRequirement) -> set[str]:
    return {fold(alternative.term) for alternative in requirement.alternatives}


def _merged(existing: PostingRequirement, new: PostingRequirement) -> PostingRequirement:
    """``existing`` and ``new``, which share a term, as one requirement: the one with more alternatives
    keeps them, with the other's spellings added; the stronger importance, kind and weight win."""
    keep, other = (new, existing) if len(new.alternatives) > len(existing.alternatives) else (existing, new)
    spellings = {fold(alternative.term): alternative for alternative in other.alternatives}
    alternatives = []
    for alternative in keep.alternatives:
        extra = spellings.get(fold(alternative.term))
        if extra is not None:
            known = {fold(spelling) for spelling in alternative.all_spellings()}
            added = [spelling for spelling in extra.all_spellings() if fold(spelling) not in known]
            alternative = alternative.model_copy(update={"spellings": [*alternative.spellings, *added]})
        alternatives.append(alternative)
    importance = "required" if "required" in {keep.importance, other.importance} else "preferred"
    kind = "credential" if "credential" in {keep.kind, other.kind} else "keyword"
    return keep.model_copy(
        update={
            "alternatives": alternatives,
            "importance": importance,
            "kind": kind,
            "weight": max(keep.weight, other.weight),
            "line": existing.line,
            "source": existing.source,
        }
    )


def _shortened(message: str, limit: int = 300) -> str:
    """A schema message quotes the value it refuses, whole: a 4 MB string made a 4 MB line."""
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _line_importance(posting_line: PostingLine, reading: LineReading) -> PostingLine:
    """A requirement line is required if any of its clauses is; preferred if every clause is."""
    importances = {clause.importance for clause in reading.clauses}
    if importances == {"preferred"}:
        return posting_line.model_copy(update={"importance": "preferred"})
    if "required" in importances:
        return posting_line.model_copy(update={"importance": "required"})
    return posting_line


def _header_end(numbered: list[tuple[int, str]]) -> int:
    """Index of the first line after the header: a heading, or the first paragraph of sentences."""
    seen = 0
    for index, (_, line) in enumerate(numbered):
        if not line or is_page_chrome_line(line):
            continue  # "Join now" above a LinkedIn title is a button, not a "Join X" heading
        if _BULLET.match(line):
            return index
        if not seen and line.startswith("#") and heading_kind(line.lstrip("# ")) is None:
            seen += 1  # "# Registered Dental Hygienist": a Markdown title
            continue
        if heading_kind(line) is not None:
            return index  # a posting that starts with "Requirements" has no header
        if seen and _is_paragraph(line):
            return index
        seen += 1
        if seen >= MAX_HEADER_LINES:
            return index + 1
    return len(numbered)


def _is_paragraph(line: str) -> bool:
    """A line of sentences, not a header line ("Company | City, ST | Full-time | Hybrid (2 days on site)")."""
    if line.count("|") + line.count("·") >= 2 or field_of(line):
        return False
    words = [word for word in line.split() if any(char.isalpha() for char in word)]
    # "Monday through Friday 8:00 a.m. to 4:30 p.m." ends with a period and is still a header line.
    sentence_end = line.rstrip().endswith((".", "!", "?")) and not _ABBREVIATION_END.search(line.rstrip())
    return len(words) >= 16 or (sentence_end and len(words) >= 5)


def heading_kind(line: str) -> str | None:
    """The kind of section a heading line opens ("required", "preferred", "duties", "about", "benefits",
    "other"), or None when the line is not a heading."""
    if _BULLET.match(line):
        return None
    markdown = line.startswith("#")
    text = line.lstrip("#").strip().rstrip(":").strip().replace("\u2019", "'")
    # "Qualifications (pasted from our job description form)": a remark after the heading's words.
    text = _HEADING_REMARK.sub("", text) or text
    words = text.split()
    if not words or len(words) > 8 or len(text) > 80:
        return None
    if not markdown:
        if text.endswith((".", ",", "!", "?", ";")) or not text[:1].isupper():
            return None
        colon = line.rstrip().endswith(":") and ":" not in line.rstrip()[:-1]
        plain = all(
            word.strip("()&,").casefold() in _HEADING_WORDS or word in {"&", "/", "-", "–"}
            for word in re.split(r"[\s/]+", text)
            if word
        )
        if not (colon and len(words) <= 8) and not plain and not _HEADING_NAMED.match(text):
            return None
    if _PREFERRED_HEADING.search(text):
        return "preferred"
    if _BENEFITS_HEADING.search(text):
        return "benefits"
    if _DUTIES_HEADING.search(text) and not _REQUIRED_HEADING.search(text.replace("What you'll do", "")):
        return "duties"
    if _REQUIRED_HEADING.search(text):
        return "required"
    if _ABOUT_HEADING.search(text):
        return "about"
    return "other"


def _label_kind(line: str) -> str | None:
    """ "Pay: $20 an hour", "Benefits: medical, ...": a labelled line about pay or benefits is "other"."""
    label, _, rest = line.partition(":")
    if rest.strip() and label.strip().casefold() in _OTHER_LABELS:
        return "other"
    return None


def _sectioned_lines(body: list[tuple[int, str]]) -> list[PostingLine]:
    """Body lines with the kind of section each sits in; requirement lines keep their section's importance.

    In a section whose items are bulleted, an unbulleted line after them ("HIPAA training is provided
    on your first day") is not one of its items; a labelled pay or benefits line ends the items too.
    """
    lines: list[PostingLine] = []
    kind = "about"
    bulleted: bool | None = None
    chrome_until = _board_chrome_end(body)
    for position, (number, line) in enumerate(body):
        if position < chrome_until or line.casefold() in _PAGE_CHROME:
            lines.append(PostingLine(text=line, importance="other", line=number, section="other"))
            continue
        labelled = _LABELLED_IMPORTANCE.match(line)
        if (
            labelled
            and kind in {"required", "preferred", "other"}
            and any(item.section in {"required", "preferred"} for item in lines)
        ):
            # "Preferred: X; Y" after a bulleted list is its own requirement line, not text after the items.
            importance = "preferred" if _PREFERRED_HEADING.search(labelled.group(1)) else "required"
            lines.append(PostingLine(text=line, importance=importance, line=number, section=importance))
            continue
        heading = heading_kind(line)
        if heading is not None:
            kind, bulleted = heading, None
            continue
        is_bullet = bool(_BULLET.match(line))
        if kind in {"required", "preferred"}:
            if _label_kind(line) or field_of(line):
                kind = "other"
            elif bulleted is None:
                bulleted = is_bullet
            elif bulleted and not is_bullet:
                kind = "other"
        text = _BULLET.sub("", line)
        importance = kind if kind in {"required", "preferred"} else "other"
        if importance == "required" and _LINE_PREFERRED.search(text):
            importance = "preferred"
        lines.append(PostingLine(text=text, importance=importance, line=number, section=kind))
    return lines


def _board_chrome_end(body: list[tuple[int, str]]) -> int:
    """Index of the first line after a job board's own panels: Indeed puts "Profile insights", "Skills"
    and "Job details" above a "Full job description" line; the employer's text starts after it."""
    for position, (_, line) in enumerate(body[:_CHROME_LINES]):
        if line.casefold().rstrip(":") == "full job description":
            return position + 1
    return 0


def _lines_by_sentence(body: list[tuple[int, str]]) -> list[PostingLine]:
    """A posting with no qualifications heading: each sentence that asks for something is a requirement."""
    lines: list[PostingLine] = []
    kind = "about"
    chrome_until = _board_chrome_end(body)
    for position, (number, line) in enumerate(body):
        if position < chrome_until or line.casefold() in _PAGE_CHROME:
            lines.append(PostingLine(text=line, importance="other", line=number, section="other"))
            continue
        heading = heading_kind(line)
        if heading is not None:
            kind = heading
            continue
        text = _BULLET.sub("", line)
        if kind in {"benefits", "other"}:
            lines.append(PostingLine(text=text, importance="other", line=number, section=kind))
            continue
        for sentence in split_sentences(text[:MAX_PARAGRAPH]):
            if _REQUIREMENT_SENTENCE.search(sentence):
                # Read from "required"; the sentence's clauses say otherwise themselves ("... is a plus").
                lines.append(PostingLine(text=sentence, importance="required", line=number, section="required"))
            else:
                lines.append(PostingLine(text=sentence, importance="other", line=number, section=kind))
    return lines


def _intro(body: list[tuple[int, str]]) -> list[str]:
    """Body lines before the first heading (where "Full-time, 40 hours" often sits)."""
    intro = []
    for _, line in body:
        if heading_kind(line) is not None:
            break
        intro.append(line[:MAX_HEADER_LINE])
    return intro


def _posting_from_json(path: str | Path) -> Posting:
    loaded = parse_json(read_text(path, what="job posting"), str(path))
    data = loaded.data
    if not isinstance(data, dict):
        raise ValidationError("a JSON job posting must be an object with title, company, ...", loaded.locate(()))
    validator = schema_validator("job")
    # A file of a million wrong values would give a million messages, each quoting its value whole.
    problems = [
        Problem(_shortened(error.message), loaded.location_of(tuple(error.absolute_path)))
        for error in islice(validator.iter_errors(data), MAX_SCHEMA_PROBLEMS)
    ]
    if problems:
        raise ValidationError(f"{len(problems)} problem(s) in {path}", problems=problems)

    def cleaned(value: object) -> str:
        return clean_text(value)[0] if isinstance(value, str) else ""

    texts: list[str] = []
    for key in ("description", "responsibilities", "qualifications"):
        values = data.get(key) or []
        texts += [cleaned(value) for value in ([values] if isinstance(values, str) else values)]
    names = capitalised_names("\n".join(texts))
    budget = _ReadingBudget()
    lines: list[PostingLine] = []
    readings: list[LineReading] = []
    for key, section in (("description", "about"), ("responsibilities", "duties"), ("qualifications", "required")):
        values = data.get(key) or []
        for value in [values] if isinstance(values, str) else values:
            text = cleaned(value)
            line = loaded.locate((key,)).line
            if section != "required" or not text:
                lines.append(PostingLine(text=text, importance="other", line=line, section=section))
                continue
            read = budget.take(text)
            if read is None:
                lines.append(PostingLine(text=text, importance="other", line=line, section=section))
                continue
            reading = budget.spent(read_requirement_line(read, "required", line, names))
            readings.append(reading)
            lines.append(
                _line_importance(PostingLine(text=text, importance="required", line=line, section="required"), reading)
            )
    for index, skill in enumerate(data.get("skills") or []):
        importance = "preferred" if _PREFERRED_HEADING.search(skill.get("name", "")) else "required"
        line = loaded.locate(("skills", index)).line
        reading = LineReading()
        for keyword in skill.get("keywords") or []:
            text = cleaned(keyword)
            if not text or budget.take(text) != text:  # a keyword of 20,000 characters is no term
                continue
            lines.append(PostingLine(text=text, importance=importance, line=line, section=importance))
            # A skills keyword is a term as it stands: the writer has already picked it out.
            reading.requirements.append(
                PostingRequirement(
                    alternatives=[PostingTerm(term=text)],
                    importance=importance,
                    line=line,
                    source=text,
                )
            )
        readings.append(budget.spent(reading))
    location = data.get("location") or {}
    place = ", ".join(cleaned(location.get(part)) for part in ("city", "region") if location.get(part))
    remote = {"full": "remote", "hybrid": "hybrid", "none": "onsite"}.get(cleaned(data.get("remote")).casefold())
    lines = [line for line in lines if line.text]
    if not lines:
        raise InputFileError(
            "the job posting has no description, responsibilities, qualifications or skills", loaded.locate(())
        )
    return _assemble(
        str(path),
        lines,
        readings,
        title=cleaned(data.get("title")),
        company=cleaned(data.get("company")),
        location=place,
        workplace=remote,
        employment=employment_of(cleaned(data.get("type"))),
    )
