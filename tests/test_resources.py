"""The shipped templates are found wherever jobkit is installed, shipped YAML is read safely, and the JSON Schemas
check what they say they check."""

from __future__ import annotations

import pytest
import yaml

from toolkit.resources import data_file, load_schema, parse_shipped_yaml, schema_validator, templates_dir


def test_the_templates_folder_holds_the_role_packs_starters_and_schemas():
    folder = templates_dir()
    assert (folder / "roles").is_dir() and (folder / "starters" / "profile.yaml").is_file()
    assert (folder / "schemas" / "resume.schema.json").is_file()


def test_the_resume_schema_checks_formats_as_well_as_shapes():
    validator = schema_validator("resume")
    assert validator.is_valid({"basics": {"name": "Maya Robinson", "email": "maya@example.com"}})
    assert not validator.is_valid({"basics": {"email": "not an address"}})
    assert not validator.is_valid({"work": "a list is wanted"})
    assert load_schema("job")["$schema"].startswith("http://json-schema.org/draft-04/")


def test_shipped_yaml_never_builds_python_objects():
    assert parse_shipped_yaml("a: [1, two]") == {"a": [1, "two"]}
    with pytest.raises(yaml.YAMLError):
        parse_shipped_yaml("!!python/object/apply:os.system ['echo hi']")


def test_a_data_file_is_read_once_and_shared():
    assert data_file("pay", "rules.yaml") is data_file("pay", "rules.yaml")
