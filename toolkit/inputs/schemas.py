"""JSON Schemas for the files people write: profiles, role packs and company files, for their editors.

The profile schema is JSON Resume's own. The role-pack and company schemas are made from
jobkit's models, so they cannot drift from what jobkit accepts. A role-pack file may leave
out anything the pack it extends provides, so the pack schema requires only what a file
must say itself: its id, and the key of each item it lists (id, term or abbreviation).
"""

from __future__ import annotations

import copy
from typing import Any

from ..resources import load_schema

KINDS = ("profile", "role", "company")
_ITEM_KEYS = ("id", "term", "abbreviation")


def json_schema(kind: str) -> dict[str, Any]:
    """The schema for ``profile``, ``role`` or ``company``."""
    if kind == "profile":
        return copy.deepcopy(load_schema("resume"))  # a copy: the cached schema is shared
    if kind == "role":
        from ..models.role import RolePack

        schema = RolePack.model_json_schema()
        _file_requirements(schema, top=True)
        _describe(schema, "RolePack")
        schema["title"] = "jobkit role pack (format 2)"
        schema["description"] = (
            "One occupation's pack. It may extend another (`extends`) and then only writes what it adds or changes."
        )
        return {"$schema": "http://json-schema.org/draft-07/schema#", **schema}
    if kind == "company":
        from ..models.company import Company

        schema = Company.model_json_schema()
        _describe(schema, "Company")
        schema["title"] = "jobkit company file"
        return {"$schema": "http://json-schema.org/draft-07/schema#", **schema}
    raise ValueError(f"unknown schema kind {kind!r}")


def _describe(schema: dict[str, Any], top: str) -> None:
    """Each field's description from templates/schemas/descriptions.yaml, for editors to show."""
    from ..resources import shipped_yaml

    descriptions = shipped_yaml("schemas", "descriptions.yaml")
    models = [(top, schema), *schema.get("$defs", {}).items()]
    for name, model in models:
        for field, definition in model.get("properties", {}).items():
            if text := descriptions.get(name, {}).get(field):
                definition["description"] = text


def _file_requirements(schema: Any, *, top: bool = False) -> None:
    """Keep only the requirements a single pack file must meet itself (see the module docstring)."""
    if isinstance(schema, dict):
        if "required" in schema:
            kept = ["id"] if top else [key for key in schema["required"] if key in _ITEM_KEYS]
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]
        for key, value in schema.items():
            if key == "properties" or key == "$defs":
                for inner in value.values():
                    _file_requirements(inner)
            elif key != "required":
                _file_requirements(value)
    elif isinstance(schema, list):
        for item in schema:
            _file_requirements(item)
