"""Fill a document kind's template for a theme into semantic HTML, the single source of every format."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from ..errors import Location, RenderError, UnknownNameError
from ..inputs.themes import Theme, available_themes, load_theme
from ..resources import templates_dir
from ..suggestions import unknown_name_message
from .directions import mark_directions
from .formats import PAPER_SIZES
from .html_safety import active_content
from .screen import screen_css
from .stylesheet import build_stylesheet

__all__ = [
    "CONTENT_POLICY",
    "active_content",
    "available_themes",
    "check_paper",
    "check_theme",
    "document_css",
    "fill_template",
    "with_content_policy",
]


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

    from ..inputs.themes import theme_template_loader

    loader = ChoiceLoader([theme_template_loader(overrides), FileSystemLoader(str(templates_dir()))])
    return ImmutableSandboxedEnvironment(loader=loader, **options)


def warm_templates() -> None:
    """Compile jobkit's own document templates now (about 30 ms), for a process whose children make documents."""
    environment = _environment()
    for path in sorted(templates_dir().glob("*/document.html.j2")):
        environment.get_template(path.relative_to(templates_dir()).as_posix())


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
    from markupsafe import Markup

    # The CSS is generated from validated tokens, or a theme file checked to hold no '<', so it is
    # marked safe to keep quotes intact.
    paper = check_paper(paper)
    css = Markup(document_css(loaded) + screen_css(loaded.tokens.page, paper))
    values = {
        "doc": document,
        "theme": loaded.name,
        "theme_tokens": loaded.tokens.model_dump(mode="json"),
        "paper": PAPER_SIZES[paper],
        "css": css,
    }
    if loaded.templates is None:
        # jobkit's own templates: an error in them is a bug, and shows as one.
        template = _environment().get_template(f"{document.kind}/document.html.j2")
        return mark_directions(template.render(**values, _=_translator(document)))
    from ..budget import run_within_budget

    # The sandbox keeps a theme's template from Python's internals, not from looping for ever
    # ({% for %} in {% for %} over range(100000)), growing without end or recursing until Python
    # gives up: it runs in a child process under the time and memory budget, as a render does.
    filled = run_within_budget(
        partial(_fill_theme_templates, document.kind, values, loaded), task="filling the theme's templates"
    )
    return mark_directions(filled)


def _translator(document: Any) -> Callable[[str], str]:
    """``_("Experience")`` in a template: jobkit's own words in the document's language (its ``meta.lang``).

    A plain function, so a theme's sandboxed template can call it and reach nothing through it.
    """
    from ..language import language_for

    language = language_for(document.meta.lang)

    def translate(message: str) -> str:
        return language.gettext(str(message))

    return translate


def _fill_theme_templates(kind: str, values: dict[str, Any], theme: Theme) -> str:
    from jinja2 import TemplateError

    environment = _environment(str(theme.templates))
    try:
        html = environment.get_template(f"{kind}/document.html.j2").render(**values, _=_translator(values["doc"]))
    except TemplateError as error:
        raise RenderError(
            f"the theme's templates failed: {type(error).__name__}: {error}", _template_location(error, theme)
        ) from None
    except RecursionError as error:
        raise RenderError(
            "the theme's templates failed: they nest too deeply, or a macro or include calls itself without end",
            _template_location(error, theme),
        ) from None
    from .html_safety import UnsafeMarkup, checked_html

    try:
        # What every format is made from is the tree that was checked, written out again.
        return checked_html(html)
    except UnsafeMarkup as refused:
        assert theme.templates is not None
        raise RenderError(
            f"the theme's templates write {refused}: a theme lays out the document; it may not add scripts, "
            "redirects, frames or links to other files (opened in a browser, they would run or fetch)",
            Location(str(theme.templates)),
        ) from None


# Put first in every HTML document jobkit writes: opened in a browser, the page runs no script and
# fetches nothing (theme CSS may name url()s; the PDF renderer refuses them, a browser would not).
CONTENT_POLICY = (
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; base-uri 'none'; form-action 'none'\">"
)
# <!DOCTYPE html><html lang="en"><head ...> at the very start, attribute values quoted or not; linear.
_DOCUMENT_START = re.compile(
    r"\A\s*(?:<!DOCTYPE\b[^<>]*>\s*)?(?:<html\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>\s*)?"
    r"<head\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>",
    re.IGNORECASE,
)
_DOCTYPE = re.compile(r"\A\s*<!DOCTYPE\b[^<>]*>", re.IGNORECASE)


def with_content_policy(html: str) -> str:
    """``html`` with ``CONTENT_POLICY`` as the first element of its head, before anything that could run.

    Where the document does not start as jobkit's templates start it, the policy goes before
    everything but the doctype (a browser then puts it in the head it makes).
    """
    start = _DOCUMENT_START.match(html) or _DOCTYPE.match(html)
    at = start.end() if start else 0
    return html[:at] + CONTENT_POLICY + html[at:]
