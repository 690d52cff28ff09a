"""manifest.csv: no cell a spreadsheet would run as a formula, and a second run keeps the lines of files it did
not make."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pytest

from toolkit.batch.manifest import manifest_bytes, merged_with_earlier, spreadsheet_safe


@dataclass
class Result:
    row: int
    output: str
    status: str
    message: str = ""


@pytest.mark.parametrize("cell", ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_is_shown_as_text(cell):
    assert spreadsheet_safe(cell) == "'" + cell


def test_an_ordinary_cell_is_left_alone():
    assert spreadsheet_safe("Acme's posting") == "Acme's posting"


def test_a_second_run_keeps_the_earlier_lines_of_files_it_did_not_make(tmp_path):
    manifest = tmp_path / "manifest.csv"
    first = [Result(2, "out/a.pdf", "made"), Result(3, "-b.pdf", "made"), Result(4, "out/c.pdf", "failed", "x")]
    manifest.write_bytes(manifest_bytes(merged_with_earlier(manifest, first)))
    second = [Result(4, "out/c.pdf", "made"), Result(2, "out/a.docx", "made")]
    lines = merged_with_earlier(manifest, second)
    assert lines == [
        ("2", "out/a.docx", "made", ""),
        ("2", "out/a.pdf", "made", ""),
        ("3", "-b.pdf", "made", ""),  # read back without the quote that kept it from running
        ("4", "out/c.pdf", "made", ""),
    ]
    manifest.write_bytes(manifest_bytes(lines))
    cells = list(csv.reader(io.StringIO(manifest.read_text(encoding="utf-8"))))
    assert cells[0] == ["row", "output", "status", "message"]
    assert [line[1] for line in cells[1:]] == ["out/a.docx", "out/a.pdf", "'-b.pdf", "out/c.pdf"]


def test_an_unreadable_earlier_manifest_is_replaced(tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(b"\xff\xfe not a manifest")
    assert merged_with_earlier(manifest, [Result(2, "a.md", "made")]) == [("2", "a.md", "made", "")]
