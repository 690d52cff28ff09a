"""Writing outputs: atomic, no temporary files left, symlinks replaced rather than followed."""

from __future__ import annotations

import os

import pytest

from toolkit.errors import OutputPathError
from toolkit.output import check_output_path, readable_file_part, safe_file_stem, write_atomically


def test_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["resume.pdf"]


def test_a_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"previous")

    def explode(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", explode)
    with pytest.raises(Exception, match="No space left"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["resume.pdf"]


def test_a_planted_symlink_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "resume.pdf"
    link.symlink_to(victim)
    write_atomically(link, b"resume")
    assert victim.read_text() == "keep me"
    assert not link.is_symlink() and link.read_bytes() == b"resume"


def test_output_checks(tmp_path):
    source = tmp_path / "profile.yaml"
    source.write_text("x")
    with pytest.raises(OutputPathError, match="is the input file"):
        check_output_path(source, [source])
    with pytest.raises(OutputPathError, match="is a folder"):
        check_output_path(tmp_path, [source])
    with pytest.raises(OutputPathError, match="does not exist"):
        check_output_path(tmp_path / "missing" / "x.pdf", [source])


def test_safe_file_stem():
    assert safe_file_stem("José Núñez-O'Brien") == "jose-nunez-o-brien"
    assert safe_file_stem("../../etc/passwd") == "etc-passwd"
    assert safe_file_stem("李") == "document"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riverside Health", "Riverside Health"),
        ("José Núñez-O'Brien", "José Núñez-O'Brien"),  # people read these names: case, accents, apostrophes stay
        ("李小龍", "李小龍"),
        ("../../etc/passwd", "etc passwd"),
        ('Acme: "North" <HQ> | *', "Acme North HQ"),
        ("C:\\Users\\x", "C Users x"),
        ("..hidden", "hidden"),
        ("-rf", "rf"),
        ("tab\there\nnewline\x00nul", "tab here newline nul"),
        ("\u202eevil\u202c.pdf", "evil .pdf"),
        ("", "Fallback"),
        ("///", "Fallback"),
    ],
)
def test_readable_file_parts_are_plain_names_people_can_read(text, expected):
    assert readable_file_part(text, "Fallback") == expected


def test_readable_file_parts_are_cut_to_a_byte_budget_at_a_character_boundary():
    part = readable_file_part("Ünïcödé " * 40, "x", max_bytes=25)
    assert len(part.encode("utf-8")) <= 25
    assert part == "Ünïcödé Ünïcödé"


def test_an_output_ending_in_a_slash_names_a_folder_and_no_file_is_written(tmp_path, monkeypatch):
    """``-o applications/`` means a folder: writing a PDF called ``applications`` would surprise anyone."""
    from click.testing import CliRunner

    from toolkit.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("basics:\n  name: Ana Diaz\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["resume", "p.yaml", "-f", "txt", "-o", "applications/"])
    assert result.exit_code == 1, result.output
    assert "applications/" in result.output and "folder" in result.output
    assert "Traceback" not in result.output
    assert sorted(os.listdir(tmp_path)) == ["p.yaml"]
