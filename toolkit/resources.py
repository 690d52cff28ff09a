"""Where the shipped templates, styles, schemas and role packs live.

In a wheel, ``templates/`` is installed as ``toolkit/templates``; in a source
checkout (or an editable install) it sits beside the package.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def templates_dir() -> Path:
    """The folder holding document templates, styles, schemas and role packs."""
    for candidate in (_PACKAGE_DIR / "templates", _PACKAGE_DIR.parent / "templates"):
        if (candidate / "roles").is_dir():
            return candidate
    raise RuntimeError(f"jobkit's templates folder is missing from {_PACKAGE_DIR}; reinstall jobkit")


@cache
def schema_validator(name: str) -> Any:
    """A JSON Schema (draft 4) validator with format checks for a shipped schema: ``resume`` or ``job``."""
    from jsonschema import Draft4Validator

    return Draft4Validator(load_schema(name), format_checker=Draft4Validator.FORMAT_CHECKER)


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A shipped JSON Schema by name: ``resume`` or ``job``."""
    return json.loads((templates_dir() / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def parse_shipped_yaml(text: str) -> Any:
    """YAML that jobkit ships or writes itself, parsed safely; by libyaml when it is installed, several times
    faster than PyYAML's Python parser (a cold resume reads five such files). A user's file goes through
    ``inputs.loading`` instead, which keeps each value's position for error messages."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def shipped_yaml(*parts: str) -> Any:
    """A shipped YAML file under ``templates/`` (``shipped_yaml("language", "cefr.yaml")``), parsed once."""
    return parse_shipped_yaml((templates_dir() / Path(*parts)).read_text(encoding="utf-8"))


def language_data(name: str) -> dict[str, Any]:
    """A shipped file of words about job postings and titles (``templates/language/<name>.yaml``)."""
    data: dict[str, Any] = shipped_yaml("language", f"{name}.yaml")
    return data


def data_file(*parts: str) -> Any:
    """A shipped data file (``templates/data/...``, YAML), parsed once."""
    return shipped_yaml("data", *parts)
