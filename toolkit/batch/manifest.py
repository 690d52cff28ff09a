"""A batch's manifest.csv: row, output, status, message; safe to open in a spreadsheet, and kept across runs.

A second run (another format, a fix to one row) replaces the lines of the files it makes and
keeps the earlier lines of the files it does not, so the manifest lists everything in the folder.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

HEADER = ["row", "output", "status", "message"]
# What a spreadsheet may take for the start of a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``=HYPERLINK(...)`` -> ``'=HYPERLINK(...)``: a cell a spreadsheet would run is shown as text.

    The manifest repeats names and messages that come from the CSV and the company files,
    so a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading single quote, the OWASP rule for CSV files meant to be opened in a spreadsheet.
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _unquoted(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def merged_with_earlier(manifest: Path, results: list[Any]) -> list[tuple[str, str, str, str]]:
    """This run's lines, and an earlier manifest's lines for outputs this run did not make, by row then file."""
    lines = {
        str(result.output): (str(result.row), str(result.output), result.status, result.message) for result in results
    }
    try:
        text = manifest.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    reader = csv.reader(io.StringIO(text))
    if next(reader, None) == HEADER:
        for cells in reader:
            if len(cells) == len(HEADER):
                row, output, status, message = (_unquoted(cell) for cell in cells)
                lines.setdefault(output, (row, output, status, message))
    return sorted(lines.values(), key=lambda line: (int(line[0]) if line[0].isdigit() else 0, line[1]))


def manifest_bytes(lines: list[tuple[str, str, str, str]]) -> bytes:
    """manifest.csv: row, output, status, message; no cell can be read as a spreadsheet formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for line in lines:
        writer.writerow([spreadsheet_safe(cell) for cell in line])
    return buffer.getvalue().encode("utf-8")
