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

from .budget import BudgetedProcess, run_within_budget

if TYPE_CHECKING:
    from .document_steps import Converter, RenderedDocument
    from .inputs.word import WordTemplate

TASK = "making the document"


def make_within_budget(
    make: Callable[..., RenderedDocument], renderer: BudgetedRenderer | None = None, convert: Converter | None = None
) -> RenderedDocument:
    """``make(convert=...)`` run in a child under the budget, rendered there (by ``convert``, else
    ``convert_html``) or, given ``renderer``, by it."""
    if renderer is None:
        from .render import convert_html

        return run_within_budget(partial(make, convert=convert or convert_html), task=TASK)
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


def warm_for_documents(fmt: str | None = None, role: str | None = None) -> None:
    """Load into this process what jobkit ships and every document needs: ``fmt``'s renderer, jobkit's own
    templates compiled, the general role pack and ``role`` when it is a shipped pack's id, and what a
    first document teaches a process (made from jobkit's starter profile).

    For a process that makes many documents, each in a child forked from it (``--watch``,
    ``preview``, ``apply``): every child starts with them (about 90 ms a document otherwise).
    Nothing from the user's files is read here; that is the children's work, under the budget.
    """
    from .api import render_resume
    from .errors import JobkitError
    from .inputs.roles import GENERAL_ROLE, builtin_role_ids, load_role
    from .render import convert_html
    from .render.html import warm_templates
    from .resources import templates_dir

    if fmt is not None:
        from .render import warm_renderer

        warm_renderer(fmt)
    warm_templates()
    for shipped in {name for name in (GENERAL_ROLE, role) if name} & set(builtin_role_ids()):
        load_role(shipped)
    try:
        render_resume(templates_dir() / "starters" / "profile.yaml", fmt=fmt or "html", convert=convert_html)
    except JobkitError:
        pass  # only a warm-up: the documents report their own problems


class BudgetedRenderer(BudgetedProcess):
    """A one-document renderer in a child process; use as a context manager and call ``convert``."""

    def __init__(
        self,
        fmt: str,
        *,
        theme: str | None = None,
        paper: str | None = None,
        seconds: int | None = None,
        memory_mb: int | None = None,
    ):
        """``theme`` and ``paper``, where known, let the child prepare more of the render while it waits."""
        prepare = partial(_load_renderer, fmt, theme, paper)
        super().__init__(task="the render", prepare=prepare, seconds=seconds, memory_mb=memory_mb)
        self.fmt = fmt

    def convert(self, html: str, fmt: str, template: WordTemplate | None = None) -> bytes:
        """The rendered bytes of ``html`` (see ``convert_html``); raises ``BudgetExceededError`` past the budget.

        A Word template is read and filled here, in the child, under the budget like any render.
        """
        from .render import convert_html

        return self.run(partial(convert_html, html, fmt, template))


def _load_renderer(fmt: str, theme: str | None, paper: str | None) -> None:
    from .render import load_renderer

    load_renderer(fmt, theme, paper)
