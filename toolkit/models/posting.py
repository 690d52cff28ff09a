"""A job posting, read from plain text, Markdown, or a JSON Resume job document."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PostingLine(BaseModel):
    """One line of requirement-bearing text and whether the posting calls it required or preferred."""

    model_config = ConfigDict(frozen=True)

    text: str
    importance: str  # "required", "preferred" or "other" (duties, about-us)
    line: int | None = None


class Posting(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    title: str = ""
    company: str = ""
    location: str = ""
    lines: list[PostingLine] = []
