"""Fit a document on N pages (``--pages``): tighten the theme within its ``fit`` floors, never drop content.

The theme's tokens are tightened a step at a time, least visible first: the page margins, then
the space between sections and entries, then the line height, then the type size, each
no further than the theme's ``fit`` tokens allow. Pages are counted by rendering the PDF, so a
fit is measured, not estimated; the first step that fits is kept, and the notes say what it
changed. When even the tightest step does not fit, ``PageFitError`` says how many pages the
document needs. A DOCX is made with the settings that fit the PDF.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel

from ..errors import JobkitError
from ..inputs.themes import Theme
from ..models.theme import ThemeTokens
from .formats import MAX_PAGES


class PageFitError(JobkitError):
    """The document cannot be fitted on the pages asked for without dropping content."""


@dataclass(frozen=True)
class Tightening:
    """How far along each knob, from the theme's own value (0) to its ``fit`` floor (1); type in half points."""

    spacing: float = 0.0
    margins: float = 0.0
    line_height: float = 0.0
    type_steps: int = 0


# Each step keeps what the one before it did and goes one notch further, least visible first.
LADDER = (
    Tightening(margins=0.5),
    Tightening(margins=1),
    Tightening(margins=1, spacing=0.5),
    Tightening(margins=1, spacing=1),
    Tightening(margins=1, spacing=1, line_height=1 / 3),
    Tightening(margins=1, spacing=1, line_height=2 / 3),
    Tightening(margins=1, spacing=1, line_height=1),
    Tightening(margins=1, spacing=1, line_height=1, type_steps=1),
    Tightening(margins=1, spacing=1, line_height=1, type_steps=2),
)


@dataclass(frozen=True)
class Fitted:
    """The theme that fits, the pages it takes (and took as designed), and each token it changed."""

    theme: Theme
    pages: int
    designed_pages: int
    changes: list[str]
    pdf: bytes | None = None  # the fitting theme's PDF as measured, so a PDF is not rendered once more

    def note(self) -> str:
        """What ``--pages`` did, for the user (on stderr)."""
        pages = _pages(self.pages)
        if not self.changes:
            return f"fits on {pages} as designed; nothing changed"
        return f"fitted on {pages} (it took {self.designed_pages} as designed): " + ", ".join(self.changes)


def fit_to_pages(
    theme: Theme, pages: int, count_pages: Callable[[Theme], int], body: str = "text", what: str = "the document"
) -> Fitted:
    """The least tightened version of ``theme`` on which the document takes at most ``pages`` pages.
    ``count_pages`` renders the document in a theme and counts its pages; ``body`` as for ``tightened``.

    Raises ``PageFitError`` naming the pages it needs when even the tightest step is too long.
    """
    if not 1 <= pages <= MAX_PAGES:
        raise JobkitError(f"pages must be between 1 and {MAX_PAGES} (got {pages})")  # the API's word, not the option's
    designed = count_pages(theme)
    if designed <= pages:
        return Fitted(theme, designed, designed, [])
    themes = [tightened(theme, step, body) for step in LADDER]
    tightest = count_pages(themes[-1])
    if tightest > pages:
        fit, running = theme.tokens.fit, getattr(themes[-1].tokens, body)
        more = f"ask for --pages {tightest}" if tightest <= MAX_PAGES else f"note that --pages goes to {MAX_PAGES}"
        raise PageFitError(
            f"{what} needs {_pages(tightest)} even at the tightest settings --pages allows (type at "
            f"{running.size:g} pt, line height {running.line_height:g}, margins {fit.margin:g} in, spacing "
            f"{fit.spacing:.0%}); it takes {designed} as designed. Nothing was written: jobkit never drops "
            f"content, so shorten the profile or {more}"
        )
    # Tighter never takes more pages, so the first step that fits is found by halving.
    low, high, found = 0, len(themes) - 1, tightest
    while low < high:
        middle = (low + high) // 2
        counted = count_pages(themes[middle])
        if counted <= pages:
            high, found = middle, counted
        else:
            low = middle + 1
    chosen = themes[low]
    return Fitted(chosen, found, designed, _changes(theme.tokens, chosen.tokens))


def tightened(theme: Theme, step: Tightening, body: str = "text") -> Theme:
    """``theme`` with ``step`` applied to its tokens, within their ``fit`` floors.

    ``body`` is the tokens group of the document's running text: ``text``, or ``letter`` for a letter,
    whose paragraphs are set in the letter's size and line height (the other group is left alone).
    """
    tokens = theme.tokens
    fit = tokens.fit

    def toward(value: float, floor: float, share: float, unit: float) -> float:
        if value <= floor:
            return value  # a theme already tighter than the floor is left as it is
        return max(floor, _round_up(value - share * (value - floor), unit))

    def smaller(size: float) -> float:
        return max(min(size, fit.text_size), size - 0.5 * step.type_steps)

    spacing = {
        name: toward(value, value * fit.spacing, step.spacing, 0.5)
        for name, value in tokens.spacing.model_dump().items()
    }
    margins = {name: toward(value, fit.margin, step.margins, 0.05) for name, value in tokens.page.model_dump().items()}
    sized = {
        name: getattr(tokens, name).model_copy(update={"size": smaller(getattr(tokens, name).size)})
        for name in ("name", "headline", "contact", "section_title", "entry_title")
    }
    running = getattr(tokens, body)
    update = {
        "size": smaller(running.size),
        "line_height": toward(running.line_height, fit.line_height, step.line_height, 0.01),
    }
    if body == "text":
        update["small"] = smaller(tokens.text.small)
    updated = tokens.model_copy(
        update={
            "spacing": tokens.spacing.model_copy(update=spacing),
            "page": tokens.page.model_copy(update=margins),
            body: running.model_copy(update=update),
            **sized,
        }
    )
    return replace(theme, tokens=updated)


def _round_up(value: float, unit: float) -> float:
    """``value`` to a multiple of ``unit``, upwards (a margin of 0.537 in becomes 0.55), without float dust."""
    return round(math.ceil(round(value / unit, 6)) * unit, 4)


def _changes(before: ThemeTokens, after: ThemeTokens) -> list[str]:
    """``spacing.section 8 → 4 pt`` for each token that differs, in the tokens file's names."""
    changes: list[str] = []

    def walk(old: Any, new: Any, path: str) -> None:
        if isinstance(old, BaseModel):
            for name in type(old).model_fields:
                walk(getattr(old, name), getattr(new, name), f"{path}.{name}" if path else name)
        elif old != new:
            unit = " in" if path.startswith("page.") else "" if path.endswith("line_height") else " pt"
            changes.append(f"{path} {old:g} → {new:g}{unit}")

    walk(before, after, "")
    return changes


def _pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


def fit_document(document: Any, theme: str | Theme, paper: str, pages: int, convert: Callable[..., bytes]) -> Fitted:
    """``fit_to_pages`` for a built document: each try fills its template and renders it as PDF with ``convert``."""
    from pypdf import PdfReader

    from .html import check_theme, fill_template

    measured: dict[int, bytes] = {}  # id of each theme tried -> its PDF; the themes live until the fit returns

    def count_pages(candidate: Theme) -> int:
        pdf = measured[id(candidate)] = convert(fill_template(document, candidate, paper=paper), "pdf")
        return len(PdfReader(io.BytesIO(pdf)).pages)

    # A letter's paragraphs are set in the letter tokens; every other kind's in the text tokens.
    body = "letter" if document.kind == "cover_letter" else "text"
    what = "the " + document.kind.replace("_", " ")
    fitted = fit_to_pages(check_theme(theme), pages, count_pages, body, what)
    return replace(fitted, pdf=measured.get(id(fitted.theme)))


def check_fit_format(fmt: str, word_template: bool) -> None:
    """``--pages`` counts printed pages of jobkit's own layout: PDF, DOCX and HTML, without a Word template."""
    if fmt not in {"pdf", "docx", "html"}:
        raise JobkitError(f"--pages fits printed pages: it applies to pdf, docx and html, not {fmt}")
    if word_template:
        raise JobkitError("--pages fits jobkit's own layout; with a Word template the template decides the page")
