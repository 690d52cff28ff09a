"""Making one document from the command line: the budgeted render, --watch, --explain, writing it out."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from .options import emit, tell
from .watching import watch_document


def make_document(
    function: str,
    *arguments: Path,
    options: dict[str, Any],
    output: str | None,
    watch: bool,
    inputs: list[Path | None],
    explain: bool = False,
) -> None:
    """Make a document with ``toolkit.api.<function>(*arguments, **options)`` and write it to ``output``.

    The render runs in a child under the budget; with ``watch`` it runs again on every save
    of ``inputs``, the Word template or a file the render read. ``explain`` prints why the
    document says what it says (a cover letter's choice of evidence).
    """
    if watch:
        templates = [options.get("docx_template"), options.get("word_template")]
        watch_document(function, *arguments, options=options, output=output, inputs=[*inputs, *templates])
        return
    from ..document_budget import BudgetedRenderer, make_within_budget

    if options.get("pages"):
        from .. import api

        # Fitting renders the PDF again and again to count its pages: it all runs in one child under the budget.
        document = make_within_budget(partial(getattr(api, function), *arguments, **options))
        return _finish(document, output, explain)
    # Start the renderer first: it loads WeasyPrint while another child reads, tailors and fills the document.
    # A PDF renderer needs nothing of the API's models (pydantic), so it starts before this process loads them
    # (about 0.15 s sooner); a DOCX renderer uses them too (its theme's Word styles), so it starts after and
    # shares them.
    if options["fmt"] != "pdf":  # the command's options give the format checked and in lower case
        from .. import api
    paper = options.get("paper") or _likely_paper(options.get("lang"))
    with BudgetedRenderer(options["fmt"], theme=options.get("theme"), paper=paper) as renderer:
        from .. import api

        document = make_within_budget(partial(getattr(api, function), *arguments, **options), renderer)
    _finish(document, output, explain)


def _finish(document, output: str | None, explain: bool) -> None:
    if explain:
        for line in document.explanation:
            tell(f"explain: {line}")
    emit(document, output)


def _likely_paper(lang: str | None) -> str:
    """The paper a document in ``lang`` is made on when none is given (a profile's own language may still differ)."""
    from ..language import language_for

    return language_for(lang).paper
