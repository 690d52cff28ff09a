"""Setting up: init writes a starter it never writes over, validate names every problem at its line, and roles list
and show what jobkit knows of each occupation."""

from __future__ import annotations

import pytest
from support.paths import EXAMPLES, REPO, ROLE

from toolkit.cli import cli
from toolkit.inputs.roles import builtin_role_ids, load_role


def test_init_writes_a_starter_that_validates_and_refuses_to_overwrite(runner, tmp_path):
    target = tmp_path / "profile.yaml"
    result = runner.invoke(cli, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("# Your profile")
    # Until it is filled in, the starter is refused: its only problems are its example texts.
    checked = runner.invoke(cli, ["validate", str(target)])
    assert checked.exit_code == 1
    errors = [line for line in checked.output.splitlines() if line.startswith("error: ")]
    assert errors and all("the starter's example" in line for line in errors)

    target.write_text("basics:\n  name: Mine\n")
    result = runner.invoke(cli, ["init", str(target)])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert target.read_text() == "basics:\n  name: Mine\n"
    assert [path.name for path in tmp_path.iterdir()] == ["profile.yaml"]


def test_validate_reports_every_problem_located(runner, write_profile):
    path = write_profile("basics:\n  name: Ann\n  emial: x\nwork:\n  - name: A\n    startDate: 2020-13-45\n")
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"warning: {path}:3:3: basics.emial: unknown field 'emial' (did you mean 'email'?)" in result.output
    assert f"error: {path}:6:5: work[0].startDate: month must be 1-12 (got 2020-13-45)" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["profile.yaml", "resume.json"])
def test_validate_accepts_the_examples(runner, name):
    result = runner.invoke(cli, ["validate", str(EXAMPLES / name)])
    assert result.exit_code == 0
    assert "valid JSON Resume profile" in result.output


def test_roles_list_and_show(runner):
    listing = runner.invoke(cli, ["roles", "list"], env={"COLUMNS": "200"})  # rows unwrapped whatever the terminal
    assert listing.exit_code == 0
    for role in builtin_role_ids():  # each pack on its own row: id, levels in ladder order, where it is from
        levels = ", ".join(load_role(role).level_ids())
        rows = [line for line in listing.stdout.splitlines() if line.startswith(f"│ {role} ")]
        assert len(rows) == 1 and f"│ {levels} " in rows[0] and "│ built-in │" in rows[0], (role, rows)
    shown = runner.invoke(cli, ["roles", "show", ROLE])
    assert shown.exit_code == 0
    for expected in (
        "Director of Medical Records",
        "Registered Health Information Technician",
        "AHIMA",
        "ICD-10-CM",
        "electronic health records",
        "$92,000",
    ):
        assert expected in shown.output
    unknown = runner.invoke(cli, ["roles", "show", "nurse"])
    assert unknown.exit_code == 1 and "unknown role 'nurse'" in unknown.output


@pytest.mark.parametrize(
    ("kind", "example"),
    [("company", EXAMPLES / "company.yaml"), ("role", REPO / "templates" / "roles" / "medical-coder.yaml")],
)
def test_schema_prints_a_json_schema_an_editor_can_check_a_file_with(runner, kind, example):
    import json

    import jsonschema
    import yaml

    result = runner.invoke(cli, ["schema", kind])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)  # a shipped file passes
    with pytest.raises(jsonschema.ValidationError):  # a misspelt top-level field is flagged, as jobkit flags it
        jsonschema.validate({**data, "titel": "x"}, schema)
