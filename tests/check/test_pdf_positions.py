"""Text read from a PDF's glyphs (toolkit/check/pdf_positions.py): ligatures and glyphs with no text of their own
are spelled as the words they make, and an unnamed glyph between dates is a dash.
"""

from __future__ import annotations

import pytest

from toolkit.check.pdf_positions import restore_unmapped_glyphs, unnamed_glyphs_as_dashes, with_ligatures


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Prosper IT Consul\ufffeng - So\ufffeware Developer", "Prosper IT Consulting - Software Developer"),
        ("Pro\ufffeles", "Profiles"),  # "fi"
        ("Scienti\x1cc", "Scientific"),  # a TeX font's code for "fi"
        ("Xq\ufffezz", "Xq\ufffezz"),  # no ligature makes a word: left for the reader to drop or flag
    ],
)
def test_a_ligature_without_text_is_spelled_when_one_makes_a_word(text, read):
    assert with_ligatures(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Cayan \x16 Software Engineer\t2016\x152017", "Cayan – Software Engineer\t2016–2017"),
        ("dé\x1cnition", "dé\x1cnition"),  # inside a word: a ligature, not a dash
    ],
)
def test_an_unnamed_glyph_between_numbers_or_spaces_is_a_dash(text, read):
    assert unnamed_glyphs_as_dashes(text) == read


def test_a_glyph_pdfium_cannot_map_is_spelled_by_the_name_pypdf_gives_it():
    text = "Scienti\x1cc Employee in the \x1celd of \x1dexible assessment"
    stored = "Scienti/f_ic Employee in the /f_ield of /f_lexible assessment"
    assert restore_unmapped_glyphs(text, stored) == "Scientific Employee in the field of flexible assessment"
    assert restore_unmapped_glyphs("a\x1cb", "nothing alike") == "a\x1cb"
