"""What a browser needs to show the PDF's page: the page's width and margins, and the shipped font.

A browser applies no ``@page`` rule on screen and cannot read the font files WeasyPrint loads, so an
HTML document shows edge to edge in the browser's own font unless it says more. ``screen_css`` draws
the page as a sheet of the PDF's width with the PDF's margins (``@media screen``, which the PDF and
the DOCX ignore); ``with_embedded_fonts`` puts the shipped faces inside an HTML document jobkit writes.
"""

from __future__ import annotations

from ..models.theme import PageTokens
from .formats import PAPER_HEIGHTS, PAPER_WIDTHS

SHEET_GAP = "0.25in"  # the grey around the sheet


def screen_css(page: PageTokens, paper: str) -> str:
    """The sheet on screen: ``paper``'s width and at least its height, padded by the theme's page margins."""
    return (
        "@media screen {\n"
        "  html { background: #d9d9de; }\n"
        f"  body {{ box-sizing: border-box; width: {PAPER_WIDTHS[paper]}; min-height: {PAPER_HEIGHTS[paper]}; "
        f"margin: {SHEET_GAP} auto; padding: {page.top:g}in {page.sides:g}in {page.bottom:g}in; "
        "background: #ffffff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }\n"
        "}\n"
    )


def with_embedded_fonts(html: str, *, whole_faces: bool = False) -> str:
    """``html`` with the shipped faces, cut to the characters it uses (or whole), in a style element closing
    its head."""
    from .fonts import embedded_font_face_css

    style = f"<style>\n{embedded_font_face_css(None if whole_faces else html)}\n</style>"
    at = html.find("</head>")
    return html[:at] + style + html[at:] if at != -1 else style + html
