"""`jobkit schema role|company`: every field says what it is for, so an editor can show it."""

from __future__ import annotations

import pytest

from toolkit.inputs.schemas import json_schema


@pytest.mark.parametrize("kind, top", [("role", "RolePack"), ("company", "Company")])
def test_every_field_has_a_description(kind, top):
    schema = json_schema(kind)
    models = [(top, schema), *schema.get("$defs", {}).items()]
    missing = [
        f"{name}.{field}"
        for name, model in models
        for field, definition in model.get("properties", {}).items()
        if not definition.get("description")
    ]
    assert missing == []
    if kind == "role":
        assert "SOC code" in schema["$defs"]["OccupationCode"]["properties"]["code"]["description"]
