"""Batch: one job description per CSV row, made by worker processes, with a manifest.

The parent reads and checks the CSV row by row, plans a safe, unique output name for each, and hands
rows to a pool of workers. Each worker loads the renderer and role packs once and reuses them; it
writes its document itself and sends back only a short result, so nothing accumulates as rows stream
through. Each row is made in a child forked from the warm worker, under the same time and memory
budget as a single document (``toolkit.budget``). One bad row never stops the others, nor does a row
over budget: it is reported with its row number and reason.

A large CSV can run as N independent jobs on N machines: shard K of N (``shard=(K, N)``)
makes every N-th row starting at the K-th and writes ``manifest-K-of-N.csv``. Every
shard plans the output names of all rows, so a name that two rows share gets the same
``-2`` suffix whichever shard makes it, and the shards' folders merge without clashes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import JobkitError, OutputPathError
from ..output import check_output_path, refuse_special_output, same_file, write_atomically
from .manifest import manifest_bytes, merged_with_earlier
from .rows import (
    company_name,
    output_name,
    outside_problem,
    read_batch_rows,
    row_options,
    row_problem,
    row_sources,
    row_templates,
)
from .shards import Shard, check_shard, in_shard, manifest_name
from .workers import RowResult, Task, run_tasks


@dataclass
class BatchSummary:
    made: int
    failed: int
    seconds: float
    manifest: Path


def run_batch(
    csv_path: str | Path,
    *,
    out_dir: str | Path,
    fmt: str | Sequence[str] = "pdf",
    jobs: int | None = None,
    force: bool = False,
    theme: str = "classic",
    paper: str = "letter",
    docx_template: str | Path | None = None,
    word_template: str | Path | None = None,
    on_result: Callable[[RowResult], None] | None = None,
    shard: Shard | None = None,
    roles_dirs: Sequence[str | Path] = (),
) -> BatchSummary:
    """Make one document per row of ``csv_path`` and format into ``out_dir``; write ``manifest.csv`` there.

    ``fmt`` is one format or several (``["pdf", "docx"]``: each row in each). The manifest keeps
    the lines of earlier runs for files this run did not make, so a run per format leaves one
    manifest of all of them. ``roles_dirs`` are folders of the user's own role packs.

    Each row is made under the time and memory budget (``JOBKIT_TIME_LIMIT``,
    ``JOBKIT_MEMORY_LIMIT_MB``); a row past it fails with the reason and the rest go on.
    ``docx_template`` or ``word_template`` (DOCX only) serve every row that names no Word
    template of its own in the ``docx_template`` or ``word_template`` column.
    ``shard=(K, N)`` makes only every N-th row from the K-th (see the module notes) and
    writes ``manifest-K-of-N.csv``; row numbers stay those of the whole CSV.
    """
    from ..budget import budget_limits

    if shard is not None:
        check_shard(shard)
    seconds, memory_mb = budget_limits()  # a bad setting stops the batch before any row
    started = time.perf_counter()
    csv_path = Path(csv_path)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise JobkitError(f"cannot create the output folder {out_dir}: {error.strerror or error}") from None
    root = out_dir.resolve()
    manifest = out_dir / manifest_name(shard)
    # Every file the batch reads is an input no output may replace: the CSV, company files, role packs.
    inputs = {csv_path.resolve(): csv_path}
    defaults: dict[str, str | Path | None] = {"docx_template": docx_template, "word_template": word_template}
    for template in (Path(path) for path in defaults.values() if path):
        inputs.setdefault(template.resolve(), template)
    _check_manifest(manifest, list(inputs.values()))
    results: list[RowResult] = []

    def report(result: RowResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    formats = [fmt] if isinstance(fmt, str) else list(dict.fromkeys(fmt))
    tasks: list[Task] = []
    company_names: dict[str, str] = {}
    for fmt, ordinal, (row, values, problem) in (
        (fmt, ordinal, item) for fmt in formats for ordinal, item in enumerate(read_batch_rows(csv_path), start=1)
    ):
        if ordinal == 1:  # each format plans its own names: report.pdf and report.docx do not clash
            taken: set[str] = set()
            suffixes: dict[str, int] = {}
        mine = in_shard(ordinal, shard)
        problem = problem or outside_problem(values, csv_path.parent)
        for source in row_sources(values, csv_path.parent):
            inputs.setdefault(source.resolve(), source)
        if not values.get("company") and values.get("company_file") and not problem:
            try:
                values["company_name"] = company_name(csv_path.parent / values["company_file"], company_names)
            except JobkitError as error:
                problem = problem or str(error).replace("\n", " / ")
        # Every row's name is planned, in every shard, so that suffixes for repeated names agree.
        name = output_name(values.get("output", ""), values, row, fmt)
        if name.casefold() in taken:
            base, _, extension = name.rpartition(".")
            # Resumed from the last suffix given to this name: every one before it is still taken, and
            # counting up from 2 for each of 40,000 rows of one name took minutes.
            key = f"{base}.{extension}".casefold()
            counter = suffixes.get(key, 2)
            while f"{base}-{counter}.{extension}".casefold() in taken:
                counter += 1
            suffixes[key] = counter + 1
            name = f"{base}-{counter}.{extension}"
        taken.add(name.casefold())
        if not mine:
            continue
        target = out_dir / name
        if target.resolve().parent != root:  # output_name cannot produce this; a guard all the same
            problem = problem or "output name would leave --out-dir"
        templates = row_templates(values, csv_path.parent, defaults)
        problem = problem or row_problem(values, fmt, templates)
        if problem:
            report(RowResult(row, str(target), "failed", problem))
            continue
        options = {**row_options(values, csv_path.parent, theme, paper), **templates}
        options["roles_dirs"] = [str(folder) for folder in roles_dirs]
        tasks.append(Task(row, options, target, fmt, seconds, memory_mb))

    # Checked once every row is read: row 2's output must not replace the company file of row 9.
    sources = list(inputs.values())
    _check_manifest(manifest, sources)
    ready = []
    for task in tasks:
        if problem := _target_problem(task.output, sources, force):
            report(RowResult(task.row, str(task.output), "failed", problem))
        else:
            ready.append(task)
    for each in formats:
        if batch := [task for task in ready if task.fmt == each]:
            run_tasks(batch, jobs or os.cpu_count() or 1, each, report)
    results.sort(key=lambda item: item.row)
    write_atomically(manifest, manifest_bytes(merged_with_earlier(manifest, results)))
    made = sum(1 for result in results if result.status == "made")
    return BatchSummary(made, len(results) - made, time.perf_counter() - started, manifest)


def _check_manifest(manifest: Path, inputs: list[Path]) -> None:
    """Refuse the whole batch, before anything is written, if manifest.csv would replace an input."""
    for source in inputs:
        if same_file(manifest, source):
            raise OutputPathError(
                f"{manifest} would replace the input file {source}; choose another --out-dir or rename the input"
            )
    refuse_special_output(manifest)


def _target_problem(target: Path, inputs: list[Path], force: bool) -> str:
    """Why a row's output may not be written ("" if it may): it is an input or a special file, or it exists."""
    try:
        check_output_path(target, inputs)
    except OutputPathError as error:
        return str(error)
    if not force and target.exists():
        return f"{target.name} exists already; pass --force to replace it"
    return ""
