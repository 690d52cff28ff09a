"""--watch on the document commands: the loop of ``toolkit.watch`` with a warm renderer and one line per render."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import click

from ..watch import RenderEvent
from .options import tell


def watch_option(command):
    """--watch, meaning the same on every document command."""
    return click.option(
        "--watch",
        is_flag=True,
        help="Keep running and make the document again on every save of the profile, posting, company file, "
        "role pack or template; prints the time of each render and any error, located, without stopping "
        "(Ctrl-C stops).",
    )(command)


def watch_document(
    function: str, *arguments: Any, options: dict[str, Any], output: str | None, inputs: Iterable[Path | None]
) -> None:
    """Run ``toolkit.api.<function>(*arguments, **options)`` now and on every save, writing to ``output``.

    The renderer is loaded once, here; each render forks from this warm process and runs
    under the time and memory budget, as a single render does.
    """
    from .. import api
    from ..document_budget import make_within_budget, warm_for_documents
    from ..output import check_output_path, output_file_path, write_atomically
    from ..render import FORMATS
    from ..render.html import check_paper, check_theme
    from ..watch import watch_and_render

    if output == "-":
        raise click.UsageError("--watch writes a file each time: give -o PATH, not -o -")
    # Options cannot be fixed by saving a file: a mistake in them stops here, before the loop.
    if output:
        output_file_path(output)
    check_theme(options["theme"])
    if options.get("paper") is not None:  # none: the document language's paper
        check_paper(options["paper"])
    fmt = options["fmt"]
    warm_for_documents(fmt if fmt in FORMATS else None, options.get("role"))
    make = getattr(api, function)
    templates = template_files()
    written: list[Path] = []
    shown_warnings: set[str] = set()

    def render() -> list[Path]:
        document = make_within_budget(partial(make, *arguments, **options))  # read, tailored, made in a child
        # Without -o the first render's name is kept: renaming yourself must not scatter new files.
        path = output_file_path(output) if output else written[0] if written else Path(document.suggested_name)
        check_output_path(path, document.sources)
        for warning in document.warnings:  # each warning once, not on every save
            if str(warning) not in shown_warnings:
                shown_warnings.add(str(warning))
                tell(f"warning: {warning}")
        write_atomically(path, document.content)
        written[:] = [path]
        return [*document.sources, *templates]

    tell("watching for changes (Ctrl-C stops)")
    try:
        watch_and_render(
            render,
            also_watch=[Path(path) for path in inputs if path],
            on_render=lambda event: report_render(event, f"wrote {written[0]}" if written else "", "not written"),
        )
    except KeyboardInterrupt:
        tell("stopped watching")


def report_render(event: RenderEvent, done: str, failed: str) -> None:
    """One line per render: ``[12:01:03] wrote resume.pdf in 0.21 s, 0.27 s after the save``, or the located errors."""
    when = datetime.now().strftime("%H:%M:%S")
    because = f" ({', '.join(path.name for path in event.changed)} changed)" if event.changed else ""
    if event.error is None:
        after_save = f", {event.since_save:.2f} s after the save" if event.since_save is not None else ""
        tell(f"[{when}] {done} in {event.seconds:.2f} s{after_save}{because}")
        return
    for problem in event.error.problems:
        tell(f"error: {problem}")
    tell(f"[{when}] {failed}{because}; fix it and save to try again (Ctrl-C stops)")


def template_files() -> list[Path]:
    """jobkit's templates and styles: saving one of them renders again too."""
    from ..resources import templates_dir

    root = templates_dir()
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).parts[0] not in {"roles", "schemas", "starters"}
    )
