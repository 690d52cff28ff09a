"""The plain values a Word template (``--word-template``) is filled from: a document, as dicts, lists and text.

Each document kind gives its dataclass under one name, beside ``meta`` (title, author,
subject, keywords, lang) and, for documents about a person, ``person`` (name, label,
email, phone, location, links): ``resume``, ``letter`` (cover letter), ``job`` (job
description) and ``interview``. Field names are the dataclasses' own, so
``{{ job.title }}``, ``{% for duty in job.responsibilities %}`` and
``{{ person.name }}`` read as the README lists them. Values are only text, numbers,
booleans, None, lists and dicts: nothing a template could call.
"""

from __future__ import annotations

import dataclasses
from typing import Any

CONTEXT_NAMES = {"resume": "resume", "cover_letter": "letter", "job_description": "job", "interview": "interview"}
# Left out: schema.org data for web pages, and the logo as a data: URI (a Word template holds its own logo).
_LEFT_OUT = {"json_ld", "logo"}


def template_context(document: Any) -> dict[str, Any]:
    """``{"meta": ..., "person": ..., "<kind name>": ...}`` for ``document`` (a built document dataclass)."""
    values = plain_values(document)
    context = {"meta": values.pop("meta")}
    if "person" in values:
        context["person"] = values.pop("person")
    context[CONTEXT_NAMES[document.kind]] = values
    return context


def plain_values(value: Any) -> Any:
    """A dataclass as a dict of its fields, tuples as lists, recursively; other values as they are."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: plain_values(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.name not in _LEFT_OUT
        }
    if isinstance(value, (list, tuple)):
        return [plain_values(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain_values(item) for key, item in value.items()}
    return value
