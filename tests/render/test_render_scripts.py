"""Chinese, Hebrew and Arabic in the PDF and the DOCX: real glyphs from an installed font, text in logical order,
and Word's script slots and right-to-left runs."""

from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from pypdf import PdfReader

from toolkit.api import render_resume
from toolkit.render import glyph_coverage

CHINESE = "深圳华为技术有限公司"
HEBREW = "שלום"
ARABIC = "شركة"


def _fontconfig_finds(pattern: str) -> bool:
    """Whether fontconfig lists an installed font matching ``pattern`` (``:lang=zh-cn``, ``Carlito``)."""
    try:
        listing = subprocess.run(["fc-list", pattern, "family"], capture_output=True, text=True).stdout
    except OSError:
        return False
    return bool(listing.strip())


needs_cjk = pytest.mark.skipif(
    not _fontconfig_finds(":lang=zh-cn"),
    reason="no Chinese font installed (Debian: fonts-wqy-zenhei or fonts-noto-cjk)",
)


def _profile(tmp_path, employer: str):
    path = tmp_path / "profile.yaml"
    path.write_text(
        "basics:\n  name: Li Wei\n  email: li@example.com\n"
        f'work:\n  - name: "{employer}"\n    position: Analyst\n    startDate: 2021-03\n'
        "    highlights: [Kept the books]\n",
        encoding="utf-8",
    )
    return path


def _fonts_drawing(reader: PdfReader, text: str) -> dict:
    fonts = {}

    def visit(chunk, matrix, text_matrix, font, size):
        if font and any(char in chunk for char in text):
            fonts[str(font["/BaseFont"])] = font

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return fonts


@needs_cjk
def test_a_chinese_employer_prints_with_real_glyphs_in_the_pdf(tmp_path):
    from fontTools.ttLib import TTFont

    rendered = render_resume(_profile(tmp_path, CHINESE), fmt="pdf")
    assert not [problem for problem in rendered.warnings if "glyph" in problem.message]
    reader = PdfReader(io.BytesIO(rendered.content))
    assert CHINESE in reader.pages[0].extract_text()
    fonts = _fonts_drawing(reader, CHINESE)
    assert fonts and not any("Lato" in name for name in fonts), fonts
    drawn = set()
    for font in fonts.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        embedded = TTFont(io.BytesIO(descriptor["/FontFile2"].get_data()))
        glyphs, cmap = embedded["glyf"], embedded.getBestCmap()
        # An outline for each character: not the empty box of .notdef.
        drawn |= {char for char in CHINESE if ord(char) in cmap and glyphs[cmap[ord(char)]].numberOfContours > 0}
    assert drawn == set(CHINESE)


@pytest.mark.parametrize("word", [HEBREW, ARABIC])
def test_right_to_left_words_read_back_in_logical_order_from_the_pdf(tmp_path, word):
    if glyph_coverage.system_ranges() is None or glyph_coverage.undrawable(word):
        pytest.skip(f"no installed font draws {word} (Debian: fonts-dejavu-core or fonts-noto-core)")
    rendered = render_resume(_profile(tmp_path, f"{word} Ltd"), fmt="pdf")
    text = PdfReader(io.BytesIO(rendered.content)).pages[0].extract_text()
    assert word in text and word[::-1] not in text


def test_docx_names_fonts_for_east_asian_and_complex_scripts(tmp_path):
    rendered = render_resume(_profile(tmp_path, CHINESE), fmt="docx")
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
    rendered = render_resume(_profile(tmp_path, f"{HEBREW} {ARABIC}"), fmt="docx")
    document = Document(io.BytesIO(rendered.content))
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    right_to_left = [run for run in runs if HEBREW in run.text]
    assert right_to_left and all(run._r.rPr.find(qn("w:rtl")) is not None for run in right_to_left)
    assert any(f"{HEBREW} {ARABIC}" in paragraph.text for paragraph in document.paragraphs)
    latin = [run for run in runs if "Analyst" in run.text]
    assert latin and all(run._r.rPr is None or run._r.rPr.find(qn("w:rtl")) is None for run in latin)


@pytest.mark.skipif(
    not _fontconfig_finds("Carlito"), reason="Carlito is not installed (Debian: fonts-crosextra-carlito)"
)
def test_vietnamese_letters_lato_lacks_come_from_its_likeness_carlito(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text(
        "basics:\n  name: Nguyễn Văn An\n  email: an@example.com\n"
        "education:\n  - institution: Đại học Bách khoa Hà Nội\n    area: Computing\n    studyType: Bachelor\n",
        encoding="utf-8",
    )
    reader = PdfReader(io.BytesIO(render_resume(path, fmt="pdf").content))
    text = reader.pages[0].extract_text()
    assert "Nguyễn Văn An" in text and "Đại học Bách khoa Hà Nội" in text
    fonts = _fonts_drawing(reader, "ễĐạọộ")
    assert fonts and all("Carlito" in name for name in fonts), list(fonts)
