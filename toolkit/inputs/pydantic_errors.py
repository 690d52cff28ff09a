"""Turn pydantic validation errors into located problems, in words a person can act on."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ..errors import Problem
from ..suggestions import did_you_mean
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


def problems_from_pydantic(error: Any, loaded: LoadedData, model: type[BaseModel] | None = None) -> list[Problem]:
    """One ``Problem`` per pydantic error, located at the field it names.

    With ``model``, an unknown field gets a did-you-mean from the fields the model has there.
    """
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
            if model is not None and path and isinstance(path[-1], str):
                message += did_you_mean(path[-1], fields_at(model, path[:-1]))
        elif kind == "missing":
            message = "required field is missing"
        else:
            message = detail["msg"].removeprefix("Value error, ")
        problems.append(Problem(message, loaded.location_of(path)))
    return problems


def fields_at(model: type[BaseModel], path: FieldPath) -> list[str]:
    """The field names the model tree allows at ``path`` (list indexes and mapping keys are stepped over)."""
    from typing import get_args, get_origin

    current: Any = model
    key_next = False  # the previous field was a mapping, so this part is one of its keys
    for part in path:
        if isinstance(part, int) or key_next:
            key_next = False
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(part)
        if field is None:
            return []
        current, key_next = None, False
        for option in (field.annotation, *get_args(field.annotation)):
            inner = get_args(option)[-1] if get_origin(option) in (list, dict) else option
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                current, key_next = inner, get_origin(option) is dict
                break
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []
