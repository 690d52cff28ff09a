"""A JSON Resume job document read as a posting, validated against the job schema with located errors."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from ..errors import InputFileError, Problem, ValidationError
from ..inputs.cleaning import clean_text
from ..inputs.loading import parse_json, read_text
from ..models.posting import Posting, PostingLine, PostingRequirement, PostingTerm
from ..resources import schema_validator
from .assembly import ReadingBudget, assemble, line_importance
from .clauses import LineReading, read_requirement_line
from .facts import employment_of
from .sections import PREFERRED_HEADING
from .tokens import capitalised_names

MAX_SCHEMA_PROBLEMS = 50  # problems listed for a JSON posting that does not fit the schema


def _shortened(message: str, limit: int = 300) -> str:
    """A schema message quotes the value it refuses, whole: a 4 MB string made a 4 MB line."""
    return message if len(message) <= limit else message[: limit - 1] + "…"


def posting_from_json(path: str | Path) -> Posting:
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
    budget = ReadingBudget()
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
                line_importance(PostingLine(text=text, importance="required", line=line, section="required"), reading)
            )
    for index, skill in enumerate(data.get("skills") or []):
        importance = "preferred" if PREFERRED_HEADING.search(skill.get("name", "")) else "required"
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
    return assemble(
        str(path),
        lines,
        readings,
        title=cleaned(data.get("title")),
        company=cleaned(data.get("company")),
        location=place,
        workplace=remote,
        employment=employment_of(cleaned(data.get("type"))),
    )
