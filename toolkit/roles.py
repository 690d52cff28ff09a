"""Find and load role packs: built-in ones in templates/roles, or a pack file given by path."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import UnknownNameError, ValidationError
from .loading import LoadedData, load_data_file
from .models.role import RolePack
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
    """Build a ``RolePack`` from loaded data; every problem names its line and field."""
    from pydantic import ValidationError as PydanticValidationError

    try:
        return RolePack.model_validate(loaded.data)
    except PydanticValidationError as error:
        problems = problems_from_pydantic(error, loaded)
        raise ValidationError(f"{len(problems)} problem(s) in role pack {loaded.file}", problems=problems) from None
