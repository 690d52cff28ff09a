"""The batch's workers: each loads the renderer and role packs once, then makes rows in budgeted children."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import JobkitError
from ..output import check_output_path, write_atomically
from ..scratch import scratch_folder  # the workers end with os._exit(), leaving WeasyPrint's folders to it


@dataclass
class RowResult:
    row: int
    output: str
    status: str  # "made", "failed" or "skipped"
    message: str = ""
    seconds: float = 0.0


@dataclass
class Task:
    row: int
    options: dict
    output: Path
    fmt: str
    seconds: int = 0  # the budget; 0 is no limit
    memory_mb: int = 0


def run_tasks(tasks: list[Task], jobs: int, fmt: str, report: Callable[[RowResult], None]) -> None:
    if jobs <= 1 or len(tasks) == 1:
        _warm_worker(fmt)
        for task in tasks:
            report(_make(task))
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with scratch_folder(), context.Pool(min(jobs, len(tasks)), initializer=_start_worker, initargs=(fmt,)) as pool:
        for result in pool.imap_unordered(_make, tasks, chunksize=1):
            report(result)


def _start_worker(fmt: str) -> None:
    """A pool worker leaves Ctrl-C to the parent (which stops the pool) and ends if the parent dies."""
    import signal

    from ..budget import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(os.getppid())
    _warm_worker(fmt)


def _warm_worker(fmt: str) -> None:
    """Load the renderer and the role packs once per worker, and render one posting to fill every cache.

    Each row is rendered in a child forked from this worker, so what a child learns
    (compiled templates, parsed stylesheets, font data) is lost with it; the warm-up
    render puts all of that into the worker, where every child inherits it.
    """
    from ..api import render_job_description
    from ..inputs.roles import builtin_role_ids, load_role
    from ..render import load_renderer

    if fmt != "json":
        load_renderer(fmt)
    role_ids = builtin_role_ids()
    for role_id in role_ids:
        load_role(role_id)
    if role_ids:
        pack = load_role(role_ids[0])
        try:
            render_job_description(role=pack.id, level=pack.levels[0].id, company="Warm-up", salary="none", fmt=fmt)
        except JobkitError:
            pass  # only a warm-up: the rows report their own problems


def _make(task: Task) -> RowResult:
    from functools import partial

    from ..api import render_job_description
    from ..budget import run_within_budget

    started = time.perf_counter()
    try:
        # Rendered in a child under the budget; written here, so a row stopped mid-way leaves no file.
        document = run_within_budget(
            partial(render_job_description, fmt=task.fmt, **task.options),
            task="this row",
            seconds=task.seconds,
            memory_mb=task.memory_mb,
        )
        check_output_path(task.output, document.sources)  # e.g. the company file's logo
        write_atomically(task.output, document.content)
    except JobkitError as error:
        return RowResult(
            task.row,
            str(task.output),
            "failed",
            " / ".join(str(p) for p in error.problems),
            time.perf_counter() - started,
        )
    except Exception as error:  # a bug: report it for this row and keep the batch going
        return RowResult(
            task.row,
            str(task.output),
            "failed",
            f"internal error: {type(error).__name__}: {error}",
            time.perf_counter() - started,
        )
    # What the recruiter should check (a range that looks typed in thousands, an audit violation) stays with the row.
    said = [f"warning: {item}" for item in document.warnings]
    said += [f"audit {item.severity}: {item.message}" for item in document.findings if item.severity != "note"]
    return RowResult(task.row, str(task.output), "made", " / ".join(said), time.perf_counter() - started)
