"""Loading YAML and JSON: positions for every field, and located errors for broken files."""

from __future__ import annotations

import pytest

from toolkit.errors import InputFileError
from toolkit.inputs.loading import load_data_file, parse_json, parse_yaml, read_text


def test_yaml_positions_point_at_each_field():
    loaded = parse_yaml("basics:\n  name: Ann\nwork:\n  - name: Acme\n    position: Clerk\n", "p.yaml")
    assert loaded.locate(("basics", "name")).line == 2
    assert loaded.locate(("work", 0, "position")).line == 5
    assert loaded.locate(("work", 0, "position")).column == 5


def test_yaml_plain_scalars_keep_the_text_typed():
    loaded = parse_yaml("zip: 01234\ncountry: NO\nphone: +4412345\nversion: 1.10\nstart: 2020-01-15\n", "p.yaml")
    assert loaded.data == {
        "zip": "01234",
        "country": "NO",
        "phone": "+4412345",
        "version": "1.10",
        "start": "2020-01-15",
    }


def test_yaml_duplicate_key_names_both_lines():
    with pytest.raises(InputFileError) as caught:
        parse_yaml("basics:\n  name: A\n  email: a@b.c\n  name: B\n", "p.yaml")
    assert "duplicate key 'name' (first on line 2, again on line 4)" in str(caught.value)
    assert caught.value.location.line == 4


def test_yaml_python_tag_is_refused_not_run(tmp_path):
    marker = tmp_path / "ran"
    text = f"x: !!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(InputFileError) as caught:
        parse_yaml(text, "p.yaml")
    assert "unsupported YAML tag" in str(caught.value)
    assert not marker.exists()


def test_yaml_alias_bomb_is_stopped():
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for level in range(1, 9):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 10) + "]")
    with pytest.raises(InputFileError) as caught:
        parse_yaml("\n".join(lines) + "\n", "bomb.yaml")
    assert "too many values" in str(caught.value)


def test_yaml_tab_indentation_gets_a_hint():
    with pytest.raises(InputFileError) as caught:
        parse_yaml("basics:\n\tname: Ann\n", "p.yaml")
    assert "tabs" in str(caught.value)
    assert caught.value.location.line == 2


def test_yaml_syntax_error_is_located():
    with pytest.raises(InputFileError) as caught:
        parse_yaml("basics:\n  name: [unclosed\n", "p.yaml")
    assert str(caught.value).startswith("p.yaml:")
    assert caught.value.location.line is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ('{"a": NaN}', "NaN is not allowed"),
        ('{"a": [1, 2,]}', "invalid JSON"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ],
)
def test_json_problems(text, expected):
    with pytest.raises(InputFileError) as caught:
        parse_json(text, "p.json")
    assert expected in str(caught.value)


def test_json_positions():
    loaded = parse_json('{\n  "work": [\n    {"name": "Acme",\n     "position": "Clerk"}\n  ]\n}\n', "p.json")
    assert loaded.locate(("work", 0, "position")).line == 4


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "is empty"),
        (b"%PDF-1.7\n...", "is a PDF"),
        (b"name: caf\xe9\n", "not UTF-8"),
    ],
)
def test_unreadable_files(tmp_path, content, expected):
    path = tmp_path / "profile.yaml"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        load_data_file(path, what="profile")
    assert expected in str(caught.value)
    assert str(path) in str(caught.value)


def test_not_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_bytes(b"basics:\n  name: Jos\xe9\n")
    with pytest.raises(InputFileError) as caught:
        load_data_file(path)
    assert (caught.value.location.line, caught.value.location.column) == (2, 12)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="not found"):
        load_data_file(tmp_path / "nope.yaml", what="profile")
    with pytest.raises(InputFileError, match="is a folder"):
        load_data_file(tmp_path, what="profile")


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * (6 * 1024 * 1024) + b"\n")
    with pytest.raises(InputFileError, match="the limit is 5 MB"):
        load_data_file(path)


@pytest.mark.parametrize(("content", "kind"), [(b"%PDF-1.7\n...", "a PDF"), (b"PK\x03\x04rest", "a ZIP or Office")])
def test_a_posting_saved_as_pdf_or_docx_is_told_to_be_text_not_yaml(tmp_path, content, kind):
    """A posting is plain text: telling someone who saved one as a PDF to give "YAML or JSON" sends them wrong."""
    path = tmp_path / "posting.pdf"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        read_text(path, what="job posting")
    message = str(caught.value)
    assert f"job posting is {kind}" in message
    assert "YAML" not in message and "JSON" not in message
    assert "text" in message
