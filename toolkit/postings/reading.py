"""Read job postings: plain text or Markdown as people paste them from job boards, or JSON job documents.

A JSON file is validated against the JSON Resume job schema with located errors (``json_job``). Text is
read in steps: the layout is undone (``layout``), the header read (``header``: title, company, location,
workplace, employment type, each kept only when it can be trusted), the body's lines given their roles
(``sections``), the requirement lines read for years, education and terms (``clauses``), and the duties for
the hard skills they name (``duties``).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputFileError, Location
from ..inputs.loading import read_text
from ..matching import fold
from ..models.posting import Posting
from .assembly import ReadingBudget, assemble, line_importance
from .clauses import LineReading, read_requirement_line
from .cut_words import PostingWords
from .duties import duty_reading
from .facts import first_stated
from .header import read_header
from .importance import EXAM_COVERS
from .json_job import posting_from_json
from .layout import joined_labels, laid_out, plain_line
from .names import shared_words_spelled_out, without_board_word
from .paths import levels_of_one_way, ways_across_lines
from .qualities import is_the_jobs_own_exam, names_the_employer_or_board
from .sections import find_header_end, intro, lines_by_sentence, sectioned_lines, split_glued_headings
from .tokens import capitalised_names
from .words import INTERVIEW_STEP_PATTERNS, SHIFT_PATTERNS

MAX_SHOWN_HEADER_LINES = 3


def load_posting(path: str | Path) -> Posting:
    """A posting from ``path``: ``.json`` as a JSON Resume job document, anything else as text."""
    if str(path).lower().endswith(".json"):
        return posting_from_json(path)
    return posting_from_text(read_text(path, what="job posting"), str(path))


def posting_from_text(text: str, name: str) -> Posting:
    """Read a text or Markdown posting: header facts, sections, and what its requirement lines ask for."""
    numbered = split_glued_headings(
        joined_labels([(number, plain_line(raw)) for number, raw in laid_out(text.splitlines())])
    )
    header_end = find_header_end(numbered)
    header_lines = [line for _, line in numbered[:header_end]]
    body = [(number, line) for number, line in numbered[header_end:] if line]
    lines = sectioned_lines(body)
    if not any(line.section in {"required", "preferred"} for line in lines):
        lines = lines_by_sentence(body)
    header = read_header(header_lines, [line for _, line in body], intro=intro(body))
    if not lines and not header.title:
        raise InputFileError("the job posting has no text", Location(name))
    names = capitalised_names(text)
    posting_words = PostingWords(text)
    said_titles = {fold(header.title)} & {fold(line) for line in header_lines} - {""}
    readings: list[LineReading] = []
    opens_a_way: list[bool] = []
    final_lines = []
    budget = ReadingBudget()
    lines, opens = ways_across_lines(lines)
    for posting_line, opens_way in zip(lines, opens, strict=True):
        asked = posting_line.importance in {"required", "preferred"}
        exam = None if asked else EXAM_COVERS.search(posting_line.text)
        read = (
            budget.take(posting_line.text[exam.start("asked") :] if exam else posting_line.text)
            if asked or exam
            else None
        )
        if read is None or fold(posting_line.text) in said_titles:
            final_lines.append(posting_line)  # the title said again over the requirements is none of them
            continue
        read = shared_words_spelled_out(posting_words.without_cut_word(read))
        # The section decides the importance the line's clauses start from; a sentence of a posting
        # without headings starts from "required" and says otherwise itself.
        section = posting_line.section if posting_line.section in {"required", "preferred"} else "required"
        # A sentence that asks for something outside a qualifications section ("All RNs must keep current BCLS
        # certification" under the job's summary) is read for the things it names, not for every phrase.
        names_only = posting_line.section not in {"required", "preferred", ""} and not exam
        reading = read_requirement_line(read, section, posting_line.line, names, names_only=names_only)
        readings.append(budget.spent(reading))
        if opens_way:  # "OR" over this line: its years are one way in, asked of no one
            reading.path_years += reading.years
            reading.years = []
        opens_a_way.append(opens_way)
        final_lines.append(line_importance(posting_line, reading))
    levels = [[level for _, level in reading.education] for reading in readings]
    for reading, one_way in zip(readings, levels_of_one_way(opens_a_way, levels), strict=True):
        if one_way:
            reading.education, reading.education_alone = [], []
    if not final_lines:
        raise InputFileError("the job posting has no text beyond its title", Location(name))
    readings.append(duty_reading(final_lines, header, budget, posting_words))
    for reading in readings:
        reading.requirements = [
            requirement
            for requirement in reading.requirements
            if not all(
                names_the_employer_or_board(term.term, header.company)
                or is_the_jobs_own_exam(term.term, header.title)
                # "We need a Full-Time Charge Bookkeeper to ...": the job itself, not a thing asked of it
                or (requirement.kind != "credential" and fold(term.term) == fold(header.title))
                for term in requirement.alternatives
            )
        ]
    # What the job is, not its benefits ("night shift differential") or the employer's story.
    said = [*header_lines, *(line.text for line in final_lines if line.section not in {"benefits", "about"})]
    return assemble(
        name,
        final_lines,
        readings,
        title=without_board_word(header.title),
        company=header.company,
        location=header.location,
        workplace=header.workplace,
        employment=header.employment,
        start_date=header.start_date,
        shift=first_stated(said, SHIFT_PATTERNS, only_one=True),
        interview_step=first_stated(said, INTERVIEW_STEP_PATTERNS),
        header_lines=[line[:120] for line in header_lines if line.strip()][:MAX_SHOWN_HEADER_LINES],
    )
