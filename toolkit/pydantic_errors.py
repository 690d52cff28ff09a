"""Turn pydantic validation errors into located problems, in words a person can act on."""

from __future__ import annotations

from typing import Any

from .errors import Problem
from .loading import FieldPath, LoadedData

_WANTED = {
    "string_type": "text",
    "list_type": "a list",
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
    "dict_type": "a mapping of fields",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
}


def describe_value(value: Any) -> str:
    """``text ('five')``, ``a number (5)``, ``a list``: what the file holds, for an error message."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of fields"
    text = str(value)
    return f"text ({text[:60]!r})"


def problems_from_pydantic(error: Any, loaded: LoadedData) -> list[Problem]:
    """One ``Problem`` per pydantic error, located at the field it names."""
    problems = []
    for detail in error.errors():
        path: FieldPath = tuple(part for part in detail["loc"] if isinstance(part, (str, int)))
        kind = detail["type"]
        context = detail.get("ctx") or {}
        if isinstance(context.get("field"), str):
            path = (*path, context["field"])
        if kind in _WANTED:
            message = f"expected {_WANTED[kind]}, got {describe_value(detail.get('input'))}"
        elif kind == "extra_forbidden":
            message = "unknown field"
        elif kind == "missing":
            message = "required field is missing"
        else:
            message = detail["msg"].removeprefix("Value error, ")
        problems.append(Problem(message, loaded.location_of(path)))
    return problems
