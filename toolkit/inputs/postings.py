"""Read job postings: plain text or Markdown (headings split required from preferred), or JSON job documents.

A JSON file is validated against the JSON Resume job schema with located errors.
From text, the title is the first line (or a ``Title:`` line), and ``Company:`` and
``Location:`` lines are read where present; everything else is kept line by line,
marked required or preferred by the heading it sits under.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputFileError, Problem, ValidationError
from ..models.posting import Posting, PostingLine
from ..resources import schema_validator
from .cleaning import clean_text
from .loading import parse_json, read_text

_HEADING_PREFERRED = re.compile(r"\b(preferred|nice to have|bonus|a plus|desired|ideally)\b", re.IGNORECASE)
_HEADING_REQUIRED = re.compile(
    r"\b(required|requirements|qualifications|must have|you have|what you bring|minimum|skills)\b", re.IGNORECASE
)
_HEADING_OTHER = re.compile(
    r"\b(about|responsibilities|what you will do|what you'll do|duties|benefits|how to apply|the role|we offer)\b",
    re.IGNORECASE,
)
# In a list of qualifications, a line that itself says it is optional.
_LINE_PREFERRED = re.compile(r"^\s*(preferred|desired|optional)\b|\b(a plus|nice to have|is a bonus)\b", re.IGNORECASE)
_FIELD = re.compile(r"^\s*(title|position|job title|company|employer|organization|location)\s*:\s*(.+)$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def load_posting(path: str | Path) -> Posting:
    """A posting from ``path``: ``.json`` as a JSON Resume job document, anything else as text."""
    if str(path).lower().endswith(".json"):
        return _posting_from_json(path)
    return posting_from_text(read_text(path, what="job posting"), str(path))


def posting_from_text(text: str, name: str) -> Posting:
    """Split a text or Markdown posting into lines marked required, preferred or other."""
    title = company = location = ""
    lines: list[PostingLine] = []
    importance = "other"
    first_content_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line, _ = clean_text(raw.strip())
        if not line:
            continue
        field = _FIELD.match(line)
        if field:
            key, value = field.group(1).lower(), field.group(2).strip()
            if key in {"title", "position", "job title"}:
                title = title or value
            elif key in {"company", "employer", "organization"}:
                company = company or value
            else:
                # "Chicago, IL (hybrid after 90 days)": the address is the part before any remark.
                location = location or value.split("(")[0].strip()
            continue
        heading = _heading_text(line)
        if heading is not None:
            if not first_content_seen and not title and line.startswith("#"):
                title = heading
                first_content_seen = True
                continue
            importance = _importance_of_heading(heading, importance)
            continue
        if not first_content_seen:
            first_content_seen = True
            if not title:
                title = line
                continue
        if not company and len(lines) == 0 and not _BULLET.match(line) and len(line) < 60 and title:
            company = line
            continue
        lines.append(PostingLine(text=_BULLET.sub("", line), importance=importance, line=number))
    if not lines:
        raise InputFileError("the job posting has no text beyond its title", _location(name))
    return Posting(file=name, title=title, company=company, location=location, lines=lines)


def _heading_text(line: str) -> str | None:
    """The heading's words if ``line`` is a heading (Markdown '#', or a short line ending in ':' or Title-ish)."""
    if line.startswith("#"):
        return line.lstrip("#").strip()
    if _BULLET.match(line):
        return None
    stripped = line.rstrip(":").strip()
    words = stripped.split()
    if line.endswith(":") and len(words) <= 6:
        return stripped
    if (
        len(words) <= 5
        and (
            _HEADING_PREFERRED.search(stripped) or _HEADING_REQUIRED.search(stripped) or _HEADING_OTHER.search(stripped)
        )
        and not stripped.endswith(".")
    ):
        return stripped
    return None


def _importance_of_heading(heading: str, current: str) -> str:
    if _HEADING_PREFERRED.search(heading):
        return "preferred"
    if _HEADING_REQUIRED.search(heading):
        return "required"
    if _HEADING_OTHER.search(heading):
        return "other"
    return current


def _location(name: str):
    from ..errors import Location

    return Location(name)


def _posting_from_json(path: str | Path) -> Posting:
    loaded = parse_json(read_text(path, what="job posting"), str(path))
    data = loaded.data
    if not isinstance(data, dict):
        raise ValidationError("a JSON job posting must be an object with title, company, ...", loaded.locate(()))
    validator = schema_validator("job")
    problems = [
        Problem(error.message, loaded.location_of(tuple(error.absolute_path))) for error in validator.iter_errors(data)
    ]
    if problems:
        raise ValidationError(f"{len(problems)} problem(s) in {path}", problems=problems)

    def cleaned(value: object) -> str:
        return clean_text(value)[0] if isinstance(value, str) else ""

    lines: list[PostingLine] = []
    for key, importance in (("description", "other"), ("responsibilities", "other"), ("qualifications", "required")):
        values = data.get(key) or []
        for value in [values] if isinstance(values, str) else values:
            kind = "preferred" if importance == "required" and _LINE_PREFERRED.search(value) else importance
            lines.append(PostingLine(text=cleaned(value), importance=kind, line=loaded.locate((key,)).line))
    for index, skill in enumerate(data.get("skills") or []):
        kind = "preferred" if _HEADING_PREFERRED.search(skill.get("name", "")) else "required"
        for keyword in skill.get("keywords") or []:
            lines.append(
                PostingLine(text=cleaned(keyword), importance=kind, line=loaded.locate(("skills", index)).line)
            )
    location = data.get("location") or {}
    place = ", ".join(cleaned(location.get(part)) for part in ("city", "region") if location.get(part))
    posting = Posting(
        file=str(path),
        title=cleaned(data.get("title")),
        company=cleaned(data.get("company")),
        location=place,
        lines=[line for line in lines if line.text],
    )
    if not posting.lines:
        raise InputFileError(
            "the job posting has no description, responsibilities, qualifications or skills", loaded.locate(())
        )
    return posting
