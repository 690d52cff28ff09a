"""Turn pydantic validation errors into located problems."""

from __future__ import annotations

from typing import Any

from .errors import Problem
from .loading import LoadedData


def problems_from_pydantic(error: Any, loaded: LoadedData) -> list[Problem]:
    """One ``Problem`` per pydantic error, located at the field it names."""
    problems = []
    for detail in error.errors():
        path = tuple(part for part in detail["loc"] if isinstance(part, (str, int)))
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            message = "unknown field"
        elif detail["type"] == "missing":
            message = "required field is missing"
        problems.append(Problem(message.removeprefix("Value error, "), loaded.location_of(path)))
    return problems
