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
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def available_themes(kind: str) -> dict[str, str]:
    """Theme name -> one-line description, read from the first comment of each theme's CSS."""
    themes = {}
    for template in sorted((templates_dir() / kind).glob("*.html.j2")):
        name = template.name.removesuffix(".html.j2")
        if name.startswith("_"):
            continue
        css = templates_dir() / "styles" / f"{name}.css"
        first_line = css.read_text(encoding="utf-8").splitlines()[0] if css.exists() else ""
        themes[name] = first_line.strip("/* ").strip()
    return themes


def check_theme(kind: str, theme: str) -> str:
    if theme not in available_themes(kind):
        raise UnknownNameError(unknown_name_message("theme", theme, available_themes(kind)))
    return theme


def check_paper(paper: str) -> str:
    if paper.lower() not in PAPER_SIZES:
        raise UnknownNameError(unknown_name_message("paper size", paper, PAPER_SIZES))
    return paper.lower()


def theme_css(theme: str) -> str:
    styles = templates_dir() / "styles"
    return "\n".join(
        (styles / name).read_text(encoding="utf-8") for name in ("base.css", f"{theme}.css") if (styles / name).exists()
    )


def fill_template(kind: str, theme: str, document: dict[str, Any], *, paper: str = "letter") -> str:
    """The filled HTML for ``document`` laid out by ``kind``'s ``theme`` template."""
    check_theme(kind, theme)
    template = _environment().get_template(f"{kind}/{theme}.html.j2")
    from markupsafe import Markup

    # The CSS is jobkit's own file, not user input, so it is marked safe to keep quotes intact.
    css = Markup(theme_css(theme))
    return template.render(doc=document, theme=theme, paper=PAPER_SIZES[check_paper(paper)], css=css)
