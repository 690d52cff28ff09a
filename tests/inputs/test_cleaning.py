"""Characters no document can hold are removed from loaded text, each removal reported at its field."""

from __future__ import annotations

from toolkit.inputs.cleaning import clean_loaded_strings, clean_text
from toolkit.inputs.loading import parse_yaml


def test_control_characters_and_lone_surrogates_go_tabs_and_newlines_stay():
    assert clean_text("Maya\x00 Robin\x1bson\ud800") == ("Maya Robinson", 3)
    assert clean_text("a\tb\nc\r\nd – é 中") == ("a\tb\nc\r\nd – é 中", 0)


def test_each_cleaned_field_is_reported_where_it_is_written():
    loaded = parse_yaml(
        'basics:\n  name: "Maya\\x07 Robinson"\n  label: Clerk\nwork:\n  - name: "A\\x00\\x01cme"\n', "p.yaml"
    )
    warnings = clean_loaded_strings(loaded)
    assert loaded.data == {"basics": {"name": "Maya Robinson", "label": "Clerk"}, "work": [{"name": "Acme"}]}
    where = [(warning.location.file, warning.location.line, warning.location.field) for warning in warnings]
    assert where == [("p.yaml", 2, "basics.name"), ("p.yaml", 5, "work[0].name")]
    assert [warning.message for warning in warnings] == [
        "removed 1 control or invalid character that no document can hold",
        "removed 2 control or invalid characters that no document can hold",
    ]
