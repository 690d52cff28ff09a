"""The page on screen (toolkit/render/screen.py): the PDF's sheet and font in a browser."""

from __future__ import annotations

import re

import pytest

from toolkit.models.theme import PageTokens
from toolkit.render.formats import PAPER_WIDTHS
from toolkit.render.screen import screen_css, with_embedded_fonts


@pytest.mark.parametrize("paper", sorted(PAPER_WIDTHS))
def test_the_sheet_has_the_papers_width_and_the_themes_margins_on_screen_only(paper):
    page = PageTokens(top=0.6, sides=0.75, bottom=0.5)
    css = screen_css(page, paper)
    assert css.startswith("@media screen")  # the PDF and the DOCX never see it
    assert f"width: {PAPER_WIDTHS[paper]}" in css
    assert "padding: 0.6in 0.75in 0.5in" in css


def test_the_font_travels_inside_the_page_and_a_cut_face_is_smaller_than_the_whole():
    html = "<html><head><title>r</title></head><body><p>Maya Robinson</p></body></html>"
    cut, whole = with_embedded_fonts(html), with_embedded_fonts(html, whole_faces=True)
    for page in (cut, whole):
        assert page.index("@font-face") < page.index("</head>") < page.index("Maya Robinson")
        assert re.search(r"url\(\"?data:font/[a-z0-9]+;base64,", page)
    assert len(cut) < len(whole)
