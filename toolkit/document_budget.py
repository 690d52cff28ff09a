"""A whole document made under the time and memory budget: reading its inputs, tailoring, filling, rendering.

Tailoring is work that grows with its input (a profile's items against a posting's terms),
so it runs in a child process under the budget, as the render does, never in the process
that waits for it. An API call such as ``partial(api.render_resume, "profile.yaml",
job="posting.txt", fmt="pdf")`` is run whole in a child; its ``convert`` either renders
there (a warm process, which has loaded the renderer: ``--watch``, ``preview``, ``apply``)
or only records what to render, which a ``BudgetedRenderer`` started earlier then renders
(a single command, whose renderer loads WeasyPrint while the document is made). The two
children share one clock: a document has one time budget, however its work is split.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from .budget import BudgetedRenderer, run_within_budget

if TYPE_CHECKING:
    from .api import RenderedDocument
    from .inputs.word import WordTemplate

TASK = "making the document"


def make_within_budget(
    make: Callable[..., RenderedDocument], renderer: BudgetedRenderer | None = None
) -> RenderedDocument:
    """``make(convert=...)`` run in a child under the budget, rendered there or, given ``renderer``, by it."""
    if renderer is None:
        from .render import convert_html

        return run_within_budget(partial(make, convert=convert_html), task=TASK)
    renderer.start_clock()
    document, asked = run_within_budget(
        partial(_make_without_rendering, make), task=TASK, seconds=renderer.seconds, memory_mb=renderer.memory_mb
    )
    for conversion in asked:
        document.content = renderer.convert(conversion.html, conversion.fmt, conversion.template)
    return document


@dataclass(frozen=True)
class _Conversion:
    """What an API call asked its ``convert`` to render."""

    html: str
    fmt: str
    template: WordTemplate | None = None


def _make_without_rendering(make: Callable[..., RenderedDocument]) -> tuple[RenderedDocument, list[_Conversion]]:
    asked: list[_Conversion] = []

    def record(html: str, fmt: str, template: WordTemplate | None = None) -> bytes:
        asked.append(_Conversion(html, fmt, template))
        return b""

    return make(convert=record), asked
