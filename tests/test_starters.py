"""Starter files: a role pack started for an id, a parent and a SOC code says so and asks for the user's own words
before it is used; a bad id, parent or title is refused with the rule; nothing is ever written over."""

from __future__ import annotations

import pytest
import yaml

from toolkit.errors import JobkitError, OutputPathError, UnknownNameError, ValidationError
from toolkit.inputs.roles import load_role
from toolkit.starters import write_role_starter, write_starter


def test_a_role_starter_carries_its_id_parent_title_and_pay_code(tmp_path):
    pack = tmp_path / "dental.yaml"
    write_role_starter(pack, role_id="dental-assistant", title=None, parent="general", soc="319091")
    data = yaml.safe_load(pack.read_text(encoding="utf-8"))
    assert (data["id"], data["extends"], data["title"]) == ("dental-assistant", "general", "Dental Assistant")
    assert data["soc"] == [{"code": "31-9091"}]
    assert "# Dental Assistants (BLS OEWS)" in pack.read_text(encoding="utf-8")


def test_a_role_starter_is_refused_until_its_example_text_is_replaced(tmp_path):
    pack = tmp_path / "dental.yaml"
    write_role_starter(pack, role_id="dental-assistant", title=None, parent="general")
    with pytest.raises(ValidationError) as caught:
        load_role(str(pack))
    assert all(
        "`jobkit roles new`'s example text: write your own" in problem.message for problem in caught.value.problems
    )


@pytest.mark.parametrize(
    "options, error, message",
    [
        ({"role_id": "Dental"}, JobkitError, "is not a new pack id: use 1-30 lower-case letters"),
        ({"parent": "generl"}, UnknownNameError, "unknown role 'generl' (did you mean 'general'?)"),
        ({"parent": "../x"}, JobkitError, "--extends '../x': name a pack by its id"),
        ({"title": "null"}, JobkitError, "reads as no value in YAML"),
        ({"soc": "53-7052"}, UnknownNameError, "53-7051 Industrial Truck"),
    ],
)
def test_a_bad_id_parent_title_or_code_is_refused_and_nothing_written(tmp_path, options, error, message):
    pack = tmp_path / "pack.yaml"
    with pytest.raises(error) as caught:
        write_role_starter(pack, **{"role_id": "dental", "title": None, "parent": "general", **options})
    assert message in str(caught.value)
    assert not pack.exists()


def test_a_starter_is_never_written_over_a_file_or_into_a_missing_folder(tmp_path):
    mine = tmp_path / "company.yaml"
    mine.write_text("name: Mine\n", encoding="utf-8")
    with pytest.raises(OutputPathError, match="already exists; jobkit init never overwrites a file"):
        write_starter("company", mine)
    assert mine.read_text(encoding="utf-8") == "name: Mine\n"
    with pytest.raises(OutputPathError, match="does not exist"):
        write_starter("company", tmp_path / "nowhere" / "company.yaml")
