"""Chinese, Hebrew and Arabic in the PDF and the DOCX: real glyphs from an installed font, text in logical order,
and Word's script slots and right-to-left runs."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader
from support.scripts import ARABIC, CHINESE, HEBREW, profile_with_employer

from toolkit.api import render_resume
from toolkit.render import glyph_coverage


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

    rendered = render_resume(profile_with_employer(tmp_path, CHINESE), fmt="pdf")
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
    rendered = render_resume(profile_with_employer(tmp_path, f"{word} Ltd"), fmt="pdf")
    text = PdfReader(io.BytesIO(rendered.content)).pages[0].extract_text()
    assert word in text and word[::-1] not in text


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
