"""The output formats and paper sizes every renderer and command agrees on.

A leaf: it imports no renderer, so a renderer can use these names without importing the
``render`` package that dispatches to it (no import loop), and a command's ``--help`` stays light.
"""

from __future__ import annotations

from ..errors import UnknownNameError
from ..suggestions import unknown_name_message

FORMATS = ("pdf", "docx", "html", "md", "txt")
FORMAT_ALIASES = {"markdown": "md", "text": "txt", "htm": "html"}
MAX_PAGES = 20  # the most pages --pages fits a document on

PAPER_SIZES = {"letter": "letter", "a4": "A4"}
PAPER_WIDTHS = {"letter": "8.5in", "a4": "210mm"}  # CSS lengths, for drawing the page on a screen
PAPER_HEIGHTS = {"letter": "11in", "a4": "297mm"}


def check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise UnknownNameError(unknown_name_message("format", fmt, FORMATS))
    return fmt
