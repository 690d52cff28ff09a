"""Renderers: one filled HTML in, PDF, DOCX, HTML, Markdown or plain text out.

Renderers know HTML and styles only, nothing about resumes or roles. WeasyPrint
and python-docx are imported inside the renderer that needs them, so commands that
do not make a PDF or DOCX never pay for loading them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import JobkitError
from .formats import FORMAT_ALIASES, FORMATS, MAX_PAGES, PAPER_SIZES, check_format

if TYPE_CHECKING:
    from ..inputs.word import WordTemplate

__all__ = [
    "FORMATS",
    "FORMAT_ALIASES",
    "MAX_PAGES",
    "PAPER_SIZES",
    "check_format",
    "convert_html",
    "load_renderer",
    "warm_renderer",
]


def load_renderer(fmt: str, theme: str | None = None, paper: str | None = None) -> None:
    """Import the libraries ``fmt`` needs now, so that a render budget measures rendering, not loading.

    With the ``theme`` and ``paper`` the render will most likely ask for, a DOCX renderer
    also makes their styled blank document ahead (``docx.prepare_blank_document``).
    """
    fmt = check_format(fmt)
    if fmt == "pdf":
        from .pdf import load_fonts

        # Fontconfig reads its configuration and caches here, outside the memory budget: under
        # the budget, a failed allocation inside it can hang instead of failing. No warm-up page:
        # the child loading WeasyPrint is the slower of the two processes, and one cost it 50 ms
        # to save 25 (python bench/bench_resume.py).
        load_fonts()
    elif fmt == "docx":
        # python-docx, lxml's HTML parser, the style sheet's models and the font files load here: a render child
        # forked before the CLI loaded them (it forks first, to load while the profile is validated) otherwise
        # paid ~150 ms for them on the clock of the render itself. Making the styled blank document the render
        # will start from loads them all; without one (no theme or paper known, or a theme folder), a small
        # document of jobkit's own is made instead. Making both cost a cold DOCX 0.05 s more CPU (measured).
        from .docx import prepare_blank_document

        if theme is None or paper is None or not prepare_blank_document(theme, paper):
            convert_html(_WARM_UP_HTML, "docx")


# Text in the shipped font's four faces, a list and a link: what a first render of any document loads.
_WARM_UP_HTML = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>warm-up</title>'
    "<style>body { font-family: Lato, sans-serif; font-size: 10pt }</style></head><body>"
    "<h1>Warm-up</h1><p>Text, <strong>bold</strong>, <em>italic</em> and <strong><em>both</em></strong>.</p>"
    '<ul><li>One item with a <a href="https://example.com">link</a></li></ul></body></html>'
)


def warm_renderer(fmt: str) -> None:
    """Load ``fmt``'s renderer and render a small page of jobkit's own, for a process that renders many times.

    Renders forked from a warm process (``jobkit apply``, ``--watch``) inherit what the
    first render of a process learns (parsed C types, loaded font faces), which would
    otherwise cost every one of them again.
    """
    load_renderer(fmt)
    if check_format(fmt) != "docx":  # loading the DOCX renderer already made one
        convert_html(_WARM_UP_HTML, fmt)


def convert_html(html: str, fmt: str, template: WordTemplate | None = None) -> bytes:
    """Turn one filled HTML document into the bytes of ``fmt``.

    ``template``, a user's Word file, is for DOCX only: a reference document lends the
    DOCX its styles, page setup, headers and footers; a fill template (docxtpl) is filled
    from its own ``context`` instead, and the HTML is not used.
    """
    fmt = check_format(fmt)
    if template is not None:
        from ..inputs.word import FILL, OPTION_NAMES

        if fmt != "docx":
            raise JobkitError(f"{OPTION_NAMES[template.mode]} makes a Word document; the format asked for is {fmt}")
        if template.mode == FILL:
            from .word_fill import fill_word_template

            return fill_word_template(template)
    if fmt == "pdf":
        from .pdf import html_to_pdf

        return html_to_pdf(html)
    if fmt == "docx":
        from .docx import html_to_docx

        return html_to_docx(html, reference=template)
    if fmt == "html":
        from .html import with_content_policy
        from .screen import with_embedded_fonts

        return with_content_policy(with_embedded_fonts(html)).encode("utf-8")
    from .text import html_to_markdown, html_to_text

    converted = html_to_markdown(html) if fmt == "md" else html_to_text(html)
    return converted.encode("utf-8")
