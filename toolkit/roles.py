"""Find and load role packs: built-in ones in templates/roles, or a pack file given by path."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from .cleaning import clean_loaded_strings
from .errors import Problem, UnknownNameError, ValidationError
from .loading import FieldPath, LoadedData, load_data_file
from .models.role import PLACEHOLDER_FIELDS, RolePack
from .placeholders import placeholder_problem
from .pydantic_errors import problems_from_pydantic
from .resources import templates_dir
from .suggestions import unknown_name_message


def builtin_role_ids() -> list[str]:
    """Ids of the role packs shipped with jobkit, sorted."""
    return sorted(path.stem for path in (templates_dir() / "roles").glob("*.yaml"))


def load_role(role: str) -> RolePack:
    """A role pack by built-in id, or from a ``.yaml`` file path; errors are located."""
    return _load_pack_file(str(role_file(role)))


def role_file(role: str) -> Path:
    """The file ``role`` is read from: the ``.yaml`` path given, or the built-in pack with that id."""
    if role.endswith((".yaml", ".yml")) and Path(role).exists():
        return Path(role).resolve()
    if role not in builtin_role_ids():
        raise UnknownNameError(unknown_name_message("role", role, builtin_role_ids()))
    return templates_dir() / "roles" / f"{role}.yaml"


@cache
def _load_pack_file(path: str) -> RolePack:
    loaded = load_data_file(path, what="role pack")
    return validate_role_pack(loaded)


def validate_role_pack(loaded: LoadedData) -> RolePack:
    """Build a ``RolePack`` from loaded data; every problem names its line and field.

    A pack given by path is someone else's file, so its text is cleaned like a profile's
    (control characters removed, with a warning kept on the pack as ``load_warnings``)
    and its placeholders are checked field by field before anything fills them.
    """
    from pydantic import ValidationError as PydanticValidationError

    warnings = clean_loaded_strings(loaded)
    problems = _placeholder_problems(loaded)
    pack = None
    try:
        pack = RolePack.model_validate(loaded.data)
    except PydanticValidationError as error:
        problems += problems_from_pydantic(error, loaded)
    if problems or pack is None:
        problems.sort(key=lambda problem: (problem.location.line or 0, problem.location.column or 0))
        raise ValidationError(
            f"{len(problems)} problem(s) in role pack {loaded.file}", problems=problems, warnings=warnings
        )
    pack._load_warnings = warnings
    return pack


def _placeholder_problems(loaded: LoadedData) -> list[Problem]:
    """A located problem for every string whose braces do not fit its field (see ``PLACEHOLDER_FIELDS``)."""
    problems: list[Problem] = []

    def allowed_for(path: FieldPath) -> frozenset[str]:
        for pattern, names in PLACEHOLDER_FIELDS.items():
            if len(pattern) == len(path) and all(want in ("*", part) for want, part in zip(pattern, path, strict=True)):
                return names
        return frozenset()

    def visit(value: Any, path: FieldPath) -> None:
        if isinstance(value, str):
            if "{" in value or "}" in value:
                if message := placeholder_problem(value, allowed_for(path)):
                    problems.append(Problem(message, loaded.location_of(path)))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, (*path, index))
        elif isinstance(value, dict):
            for key, item in value.items():
                visit(item, (*path, key))

    visit(loaded.data, ())
    return problems
