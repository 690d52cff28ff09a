"""What reading a resume file gives: its text, and for a PDF where each piece of it sits.

A leaf both readers build on (``extraction`` for PDF, ``docx_text`` for DOCX), so neither imports the other
for it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TextPiece:
    """A run of text and where it sits: page number, x and y (PDF points, y up)."""

    page: int
    x: float
    y: float
    text: str


@dataclass
class ExtractedResume:
    path: str
    kind: str  # "pdf" or "docx"
    text: str
    pages: int = 1
    page_height: float = 792.0
    page_width: float = 612.0
    pieces: list[TextPiece] = field(default_factory=list)
    link_targets: list[str] = field(default_factory=list)
    fonts_without_text_mapping: list[str] = field(default_factory=list)
    header_footer_text: str = ""
    text_box_text: str = ""
    pages_exact: bool = True  # a PDF's pages are counted; a DOCX has none until a word processor lays it out
    layout_table_columns: int = 0  # columns of a table that holds most of a DOCX's text (a two-column layout)
    # A PDF's text as its content stream gives it, word runs joined only where it draws a space (pypdf, as many
    # parsers read it); ``text`` is read by character positions (PDFium) and has the spaces a reader sees.
    stream_text: str = ""
    # The text the resume's fields are read from when it differs from ``text``: a DOCX's text boxes in the
    # flow where they are anchored ("" when it is ``text``).
    reading_text: str = ""
