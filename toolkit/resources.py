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


@cache
def language_data(name: str) -> dict[str, Any]:
    """A shipped file of words about job postings and titles (``templates/language/<name>.yaml``)."""
    import yaml

    return yaml.safe_load((templates_dir() / "language" / f"{name}.yaml").read_text(encoding="utf-8"))


@cache
def data_file(*parts: str) -> Any:
    """A shipped data file (``templates/data/...``, YAML), parsed once; libyaml's parser when it is installed."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((templates_dir() / "data" / Path(*parts)).read_text(encoding="utf-8"), Loader=loader)
