"""Fill a document kind's template for a theme into semantic HTML, the single source of every format."""

from __future__ import annotations

import os
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
        bytecode_cache=_bytecode_cache(),
    )


def _bytecode_cache():
    """Compiled templates kept in the user's cache folder: compiling them costs more than a PDF page.

    Jinja keys each entry by the template's source checksum, so an edited template is
    recompiled. Without a writable cache folder, templates are simply compiled each time.
    """
    from jinja2 import FileSystemBytecodeCache

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "jobkit", "templates")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(folder) if os.access(folder, os.W_OK) else None


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
