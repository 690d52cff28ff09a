"""The interviewer kit's rating row: each checkbox label on one line, inside its cell, in the PDF and the DOCX.

Equal columns left "Not assessed" one word to a line in the DOCX on A4 (LibreOffice) and running into the
cell's border in the PDF.
"""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pytest
from support.paths import ROLE
from support.programs import convert_with_libreoffice, requires_program

from toolkit.api import render_interview
from toolkit.inputs.themes import load_theme
from toolkit.render.stylesheet import TABLE_CELL_PADDING

A4_WIDTH = 595.3  # points


def kit(fmt: str) -> bytes:
    return render_interview(role=ROLE, level="mid", kit=True, fmt=fmt, theme="modern", paper="a4").content


def test_the_docx_rating_row_gives_not_assessed_room_and_keeps_the_full_width():
    document = docx.Document(io.BytesIO(kit("docx")))
    row = next(table for table in document.tables if table.rows[0].cells[0].text == "Rating")
    widths = [column.width.pt for column in row.columns]
    assert row.rows[0].cells[-1].text == "☐ Not assessed"
    assert widths[-1] > max(widths[1:-1])  # the long label's column is wider than a number's
    page = document.sections[0]
    text_width = (page.page_width - page.left_margin - page.right_margin) / 12700
    assert abs(sum(widths) - text_width) < 2


@requires_program("pdftotext")
def test_the_pdf_rating_label_stays_inside_its_cell(tmp_path):
    pdf = tmp_path / "kit.pdf"
    pdf.write_bytes(kit("pdf"))
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    ends = [float(found) for found in re.findall(r'xMax="([0-9.]+)"[^>]*>assessed<', boxes)]
    assert ends
    _, padding = TABLE_CELL_PADDING
    cell_text_edge = A4_WIDTH - load_theme("modern").tokens.page.sides * 72 - padding
    assert max(ends) <= cell_text_edge, (max(ends), cell_text_edge)


@pytest.mark.slow
@requires_program("soffice")
def test_libreoffice_sets_not_assessed_on_one_line(tmp_path):
    source = tmp_path / "kit.docx"
    source.write_bytes(kit("docx"))
    pdf = convert_with_libreoffice(source, tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    rating_lines = [line for line in text.splitlines() if line.strip().startswith("Rating")]
    assert rating_lines and all(line.rstrip().endswith("Not assessed") for line in rating_lines), rating_lines
