"""Fill a document kind's template for a theme into semantic HTML, the single source of every format."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ..errors import Location, RenderError, UnknownNameError
from ..inputs.themes import Theme, available_themes, load_theme
from ..resources import templates_dir
from ..suggestions import unknown_name_message
from . import PAPER_SIZES
from .stylesheet import build_stylesheet

__all__ = ["available_themes", "check_paper", "check_theme", "document_css", "fill_template"]


@cache
def _environment(overrides: str | None = None):
    """Jinja for jobkit's templates; with a theme's ``templates/`` folder first, sandboxed.

    A theme folder may come from anyone, so its templates run in Jinja's immutable sandbox:
    they can lay out the document but cannot reach Python internals or change the data.
    """
    # No on-disk bytecode cache: Jinja unpickles its entries, so a planted cache file would run code,
    # and compiling every template costs ~30 ms a process (measured), less than it is worth guarding.
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    options: dict[str, Any] = {"autoescape": True, "undefined": StrictUndefined, "keep_trailing_newline": True}
    if overrides is None:
        return Environment(loader=FileSystemLoader(str(templates_dir())), **options)
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    loader = ChoiceLoader([FileSystemLoader(overrides), FileSystemLoader(str(templates_dir()))])
    return ImmutableSandboxedEnvironment(loader=loader, **options)


def check_theme(theme: str | Theme) -> Theme:
    """The theme ``theme`` names (a shipped theme or a theme folder), validated; a located error otherwise."""
    return load_theme(theme)


def _template_location(error: Exception, theme: Theme) -> Location:
    """The theme template (and line) a Jinja error came from, read from the traceback Jinja rewrites."""
    import traceback

    assert theme.templates is not None
    folder = str(theme.templates.resolve())
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename and str(Path(frame.filename).resolve()).startswith(folder):
            return Location(frame.filename, frame.lineno)
    return Location(str(theme.templates))


def check_paper(paper: str) -> str:
    if paper.lower() not in PAPER_SIZES:
        raise UnknownNameError(unknown_name_message("paper size", paper, PAPER_SIZES))
    return paper.lower()


def document_css(theme: Theme) -> str:
    """The theme's generated CSS, the shared layout (templates/base.css), then the theme's own theme.css."""
    base = (templates_dir() / "base.css").read_text(encoding="utf-8")
    return "\n".join(part for part in (build_stylesheet(theme.tokens).css(), base, theme.css) if part)


def fill_template(document: Any, theme: str | Theme, *, paper: str = "letter") -> str:
    """The filled HTML for ``document``: its kind's template, dressed in ``theme``.

    The theme's tokens travel in the HTML (a JSON script element), so the DOCX writer,
    which gets only the HTML, styles the Word document from the same tokens.
    """
    loaded = load_theme(theme)
    environment = _environment(str(loaded.templates) if loaded.templates else None)
    from markupsafe import Markup

    # The CSS is generated from validated tokens, or a theme file checked to hold no '<', so it is
    # marked safe to keep quotes intact.
    css = Markup(document_css(loaded))
    values = {
        "doc": document,
        "theme": loaded.name,
        "theme_tokens": loaded.tokens.model_dump(mode="json"),
        "paper": PAPER_SIZES[check_paper(paper)],
        "css": css,
    }
    if loaded.templates is None:
        # jobkit's own templates: an error in them is a bug, and shows as one.
        return environment.get_template(f"{document.kind}/document.html.j2").render(**values)
    from jinja2 import TemplateError

    try:
        return environment.get_template(f"{document.kind}/document.html.j2").render(**values)
    except TemplateError as error:
        raise RenderError(
            f"the theme's templates failed: {type(error).__name__}: {error}", _template_location(error, loaded)
        ) from None
