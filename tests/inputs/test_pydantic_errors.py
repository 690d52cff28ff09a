"""A pack's or profile's wrong field in words a person can act on: located at its file and line, what was expected
and what the file holds, and a did-you-mean for a misspelt field."""

from __future__ import annotations

import pytest
from support.role_packs import write_pack

from toolkit.errors import ValidationError
from toolkit.inputs.profiles import load_profile
from toolkit.inputs.pydantic_errors import describe_value, fields_at
from toolkit.inputs.roles import load_role
from toolkit.models.profile import Profile


def test_a_problem_points_at_the_file_and_line_that_holds_it_with_a_did_you_mean(tmp_path):
    path = write_pack(
        tmp_path,
        "test-role",
        "format: 2\nid: test-role\nextends: medical-records-specialist\ntitle: Test\nsummary: A test.\n"
        "keywords:\n  - term: thing\n    categroy: records\n  - term: other\n    category: recrods\n",
    )
    with pytest.raises(ValidationError) as caught:
        load_role(str(path))
    messages = [str(problem) for problem in caught.value.problems]
    # The index is the keyword's place in the user's file, not in the list merged with the parent pack's.
    assert f"{path}:8:5: keywords[0].categroy: unknown field (did you mean 'category'?)" in messages, messages


def test_a_child_packs_wrong_value_is_named_at_its_index_in_the_childs_file(tmp_path):
    path = write_pack(
        tmp_path,
        "test-role",
        "format: 2\nid: test-role\nextends: medical-records-specialist\ntitle: Test\nsummary: A test.\n"
        "keywords:\n  - term: thing\n    category: records\n  - term: other\n    category: [1, 2]\n",
    )
    with pytest.raises(ValidationError) as caught:
        load_role(str(path))
    messages = [str(problem) for problem in caught.value.problems]
    assert any(message.startswith(f"{path}:10:5: keywords[1].category: ") for message in messages), messages


@pytest.mark.parametrize(
    "value, shown",
    [
        (None, "nothing (null)"),
        (True, "true/false (True)"),
        (5, "a number (5)"),
        ([1], "a list"),
        ({"a": 1}, "a mapping of fields"),
        ("five", "text ('five')"),
        ("x" * 100, "text ('" + "x" * 60 + "')"),
    ],
)
def test_what_the_file_holds_is_named_plainly(value, shown):
    assert describe_value(value) == shown


def test_the_fields_a_place_in_the_profile_allows_are_known_through_lists():
    assert "highlights" in fields_at(Profile, ("work", 0)) and "startDate" in fields_at(Profile, ("work", 0))
    assert "email" in fields_at(Profile, ("basics",))
    assert fields_at(Profile, ("no-such-field",)) == []


def test_a_wrong_type_says_what_was_expected_and_what_was_found(tmp_path):
    profile = tmp_path / "profile.yaml"
    profile.write_text("basics:\n  name: Ann\nwork: text\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_profile(profile)
    assert f"{profile}:3:1: work: expected a list, got text ('text')" in str(caught.value)
