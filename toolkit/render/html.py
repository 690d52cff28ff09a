"""Fill a document kind's template for a theme into semantic HTML, the single source of every format."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..errors import UnknownNameError
from ..resources import templates_dir
from ..suggestions import unknown_name_message
from . import PAPER_SIZES


@cache
def _environment():
    # No on-disk bytecode cache: Jinja unpickles its entries, so a planted cache file would run code,
    # and compiling every template costs ~30 ms a process (measured), less than it is worth guarding.
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def available_themes() -> dict[str, str]:
    """Theme name -> one-line description, from the first comment of each theme's CSS file.

    A theme is a CSS file in templates/styles (besides base.css); every document kind
    is laid out by one template and dressed by the chosen theme, so a resume and a
    cover letter in the same theme match.
    """
    themes = {}
    for css in sorted((templates_dir() / "styles").glob("*.css")):
        if css.stem == "base":
            continue
        first_line = css.read_text(encoding="utf-8").splitlines()[0]
        themes[css.stem] = first_line.strip("/* ").strip()
    return themes


def check_theme(theme: str) -> str:
    if theme not in available_themes():
        raise UnknownNameError(unknown_name_message("theme", theme, available_themes()))
    return theme


def check_paper(paper: str) -> str:
    if paper.lower() not in PAPER_SIZES:
        raise UnknownNameError(unknown_name_message("paper size", paper, PAPER_SIZES))
    return paper.lower()


def document_css(kind: str, theme: str) -> str:
    """base.css, then the kind's own layout (templates/<kind>/layout.css), then the theme."""
    root = templates_dir()
    files = [root / "styles" / "base.css", root / kind / "layout.css", root / "styles" / f"{theme}.css"]
    return "\n".join(path.read_text(encoding="utf-8") for path in files if path.exists())


def fill_template(document: Any, theme: str, *, paper: str = "letter") -> str:
    """The filled HTML for ``document``: its kind's template, dressed in ``theme``."""
    check_theme(theme)
    kind = document.kind
    template = _environment().get_template(f"{kind}/document.html.j2")
    from markupsafe import Markup

    # The CSS is jobkit's own file, not user input, so it is marked safe to keep quotes intact.
    css = Markup(document_css(kind, theme))
    return template.render(doc=document, theme=theme, paper=PAPER_SIZES[check_paper(paper)], css=css)
