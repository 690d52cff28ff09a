"""Writing systems in a DOCX: fonts named for Word's east-Asian and complex-script slots, and Hebrew and Arabic runs
marked right to left while Latin ones are not."""

from __future__ import annotations

import io

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from support.scripts import ARABIC, CHINESE, HEBREW, profile_with_employer

from toolkit.api import render_resume


def test_docx_names_fonts_for_east_asian_and_complex_scripts(tmp_path):
    rendered = render_resume(profile_with_employer(tmp_path, CHINESE), fmt="docx")
    document = Document(io.BytesIO(rendered.content))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Lato"
    assert fonts.get(qn("w:eastAsia")) not in (None, "Lato") and fonts.get(qn("w:cs")) not in (None, "Lato")
    # Declared in the font table with a charset, so Word substitutes a font of that script where it is missing.
    table = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE).blob.decode("utf-8")
    assert f'w:name="{fonts.get(qn("w:eastAsia"))}"' in table
    assert any(CHINESE in paragraph.text for paragraph in document.paragraphs)


def test_docx_marks_hebrew_and_arabic_runs_right_to_left(tmp_path):
    rendered = render_resume(profile_with_employer(tmp_path, f"{HEBREW} {ARABIC}"), fmt="docx")
    document = Document(io.BytesIO(rendered.content))
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    right_to_left = [run for run in runs if HEBREW in run.text]
    assert right_to_left and all(run._r.rPr.find(qn("w:rtl")) is not None for run in right_to_left)
    assert any(f"{HEBREW} {ARABIC}" in paragraph.text for paragraph in document.paragraphs)
    latin = [run for run in runs if "Analyst" in run.text]
    assert latin and all(run._r.rPr is None or run._r.rPr.find(qn("w:rtl")) is None for run in latin)
