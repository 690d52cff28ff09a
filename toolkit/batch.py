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

import csv
import io
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .batch_manifest import manifest_bytes, merged_with_earlier, spreadsheet_safe  # noqa: F401  (public here)
from .errors import InputFileError, JobkitError, Location, OutputPathError
from .inputs.loading import read_bytes, read_text
from .output import check_output_path, refuse_special_output, safe_file_stem, same_file, write_atomically
from .scratch import scratch_folder  # the workers end with os._exit(), leaving WeasyPrint's folders to it
from .suggestions import did_you_mean

COLUMNS = [
    "kind",
    "role",
    "level",
    "company",
    "company_file",
    "location",
    "remote",
    "employment",
    "salary_min",
    "salary_max",
    "output",
    "docx_template",
    "word_template",
    "benefits",
]
TEMPLATE_COLUMNS = ("docx_template", "word_template")
KINDS = ["job-description"]
# Names Windows reserves for devices; a file called CON.pdf cannot be opened there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


@dataclass
class RowResult:
    row: int
    output: str
    status: str  # "made", "failed" or "skipped"
    message: str = ""
    seconds: float = 0.0


@dataclass
class BatchSummary:
    made: int
    failed: int
    seconds: float
    manifest: Path


Shard = tuple[int, int]  # (K, N): the K-th of N shards, 1 <= K <= N


def parse_shard(text: str) -> Shard:
    """``"2/8"`` -> ``(2, 8)``; anything else, or K outside 1..N, is a ``JobkitError`` saying what is wanted."""
    import re

    match = re.fullmatch(r"\s*([0-9]{1,6})\s*/\s*([0-9]{1,6})\s*", text)
    if not match:
        raise JobkitError(f"a shard is K/N, e.g. 1/4 for the first of four (got {text[:40]!r})")
    return check_shard((int(match.group(1)), int(match.group(2))))


def check_shard(shard: Shard) -> Shard:
    number, count = shard
    if count < 1 or not 1 <= number <= count:
        raise JobkitError(f"a shard K/N needs 1 <= K <= N (got {number}/{count}); shards are numbered from 1")
    return shard


def manifest_name(shard: Shard | None) -> str:
    """``manifest.csv``, or ``manifest-K-of-N.csv`` for a shard, so the manifests of all shards sit side by side."""
    return "manifest.csv" if shard is None else f"manifest-{shard[0]}-of-{shard[1]}.csv"


def in_shard(ordinal: int, shard: Shard | None) -> bool:
    """Whether the ``ordinal``-th data row (1 for the first) belongs to ``shard``: every N-th from the K-th."""
    return shard is None or (ordinal - shard[0]) % shard[1] == 0


def expected_rows(csv_path: str | Path, shard: Shard | None = None) -> int | None:
    """About how many rows a run makes, for a progress bar: the non-blank lines after the header, those of
    ``shard`` only; read with the batch's own limits. None when the file cannot be read (the run says why)."""
    try:
        lines = read_bytes(csv_path, what="batch file").splitlines()
    except JobkitError:
        return None
    rows = max(sum(1 for line in lines if line.strip()) - 1, 0)
    if shard is None:
        return rows
    number, count = shard  # shard K/N makes the rows numbered K, K+N, K+2N, ...
    return max(0, (rows - number) // count + 1)


@dataclass
class _Task:
    row: int
    options: dict
    output: Path
    fmt: str
    seconds: int = 0  # the budget; 0 is no limit
    memory_mb: int = 0


def read_batch_rows(path: str | Path) -> Iterator[tuple[int, dict[str, str], str]]:
    """(row number, values, problem) for each non-empty row; the header is checked before any row is read.

    Row numbers count the header as row 1, as a spreadsheet does.
    """
    text = read_text(path, what="batch file")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise InputFileError("batch file is empty", Location(str(path))) from None
    except csv.Error as error:
        raise InputFileError(f"invalid CSV: {error}", Location(str(path), 1)) from None
    seen: set[str] = set()
    for index, column in enumerate(header, start=1):
        if not column:
            raise InputFileError(f"column {index} has no name", Location(str(path), 1, index))
        if column in seen:
            raise InputFileError(f"column {column!r} appears twice in the header", Location(str(path), 1, index))
        if column not in COLUMNS:
            raise InputFileError(
                f"unknown column {column!r}{did_you_mean(column, COLUMNS)}; columns are: {', '.join(COLUMNS)}",
                Location(str(path), 1, index),
            )
        seen.add(column)
    for required in ("role", "level"):
        if required not in seen:
            raise InputFileError(f"the header has no {required!r} column", Location(str(path), 1))
    if "company" not in seen and "company_file" not in seen:
        raise InputFileError("the header needs a 'company' or 'company_file' column", Location(str(path), 1))
    try:
        for fields in reader:
            number = reader.line_num
            if not any(field.strip() for field in fields):
                continue
            problem = ""
            if len(fields) > len(header):
                problem = f"row has {len(fields)} fields but the header has {len(header)}"
            values = {
                column: (fields[index].strip() if index < len(fields) else "") for index, column in enumerate(header)
            }
            yield number, values, problem
    except csv.Error as error:
        raise InputFileError(f"invalid CSV: {error}", Location(str(path), reader.line_num)) from None


def output_name(requested: str, values: dict[str, str], row: int, fmt: str) -> str:
    """A safe file name for a row: never a path, never empty or reserved, always the format's extension."""
    if requested:
        stem = safe_file_stem(Path(requested.replace("\\", "/")).stem, fallback="")
    else:
        company = values.get("company") or values.get("company_name") or Path(values.get("company_file") or "").stem
        stem = safe_file_stem(
            "-".join(part for part in (company, values.get("role", ""), values.get("level", "")) if part), fallback=""
        )
    stem = stem or f"row-{row}"
    if stem.split(".")[0].lower() in _RESERVED:
        stem += "-file"
    return f"{stem}.{fmt}"


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
    from .budget import budget_limits

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
    tasks: list[_Task] = []
    company_names: dict[str, str] = {}
    for fmt, ordinal, (row, values, problem) in (
        (fmt, ordinal, item) for fmt in formats for ordinal, item in enumerate(read_batch_rows(csv_path), start=1)
    ):
        if ordinal == 1:  # each format plans its own names: report.pdf and report.docx do not clash
            taken: set[str] = set()
            suffixes: dict[str, int] = {}
        mine = in_shard(ordinal, shard)
        problem = problem or _outside_problem(values, csv_path.parent)
        for source in _row_sources(values, csv_path.parent):
            inputs.setdefault(source.resolve(), source)
        if not values.get("company") and values.get("company_file") and not problem:
            try:
                values["company_name"] = _company_name(csv_path.parent / values["company_file"], company_names)
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
        templates = _row_templates(values, csv_path.parent, defaults)
        problem = problem or _row_problem(values, fmt, templates)
        if problem:
            report(RowResult(row, str(target), "failed", problem))
            continue
        options = {**_row_options(values, csv_path.parent, theme, paper), **templates}
        options["roles_dirs"] = [str(folder) for folder in roles_dirs]
        tasks.append(_Task(row, options, target, fmt, seconds, memory_mb))

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
            _run_tasks(batch, jobs or os.cpu_count() or 1, each, report)
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


def _row_sources(values: dict[str, str], folder: Path) -> list[Path]:
    """The files a row names: its company file, Word template, and role pack when given as a path."""
    from .inputs.roles import role_files

    sources = [folder / values[column] for column in ("company_file", *TEMPLATE_COLUMNS) if values.get(column)]
    role = values.get("role", "")
    # A built-in id names a file inside jobkit, never an output; a path out of the CSV's folder is never read.
    if is_role_path(role) and _inside(folder / role, folder):
        try:
            sources += role_files(str(folder / role))
        except JobkitError:
            pass  # a missing pack file is reported when the row is made
    return sources


PATH_COLUMNS = ("company_file", *TEMPLATE_COLUMNS, "role")


def is_role_path(role: str) -> bool:
    """A ``role`` cell names a pack file (relative to the CSV) rather than a pack id."""
    return role.lower().endswith((".yaml", ".yml")) or "/" in role or os.sep in role


def _outside_problem(values: dict[str, str], folder: Path) -> str:
    """Why a row may not be made because a file it names is outside the CSV's folder ("" if none is).

    A CSV may come from someone else: a cell naming ``~/Documents/contract.docx`` as a Word
    template copied that document into --out-dir, and one naming any YAML file printed its
    values in the row's errors. Files a row names must be in the CSV's folder or below it.
    """
    for column in PATH_COLUMNS:
        value = values.get(column, "")
        if not value or (column == "role" and not is_role_path(value)):
            continue
        if not _inside(folder / value, folder):
            shown = value if len(value) <= 60 else value[:60] + "…"
            return (
                f"{column} {shown!r} is outside the CSV's folder; a batch file names only files in its own "
                "folder or below it"
            )
    return ""


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links (Python before 3.13)
        return False


def _company_name(path: Path, cache: dict[str, str]) -> str:
    """The company's name from its file, loaded once per file (errors name the file and line)."""
    from .inputs.companies import load_company

    key = str(path)
    if key not in cache:
        cache[key] = load_company(path).company.name
    return cache[key]


def _row_templates(
    values: dict[str, str], folder: Path, defaults: dict[str, str | Path | None]
) -> dict[str, str | None]:
    """The row's Word template (its columns, paths relative to the CSV), else the batch's; as API options."""
    if any(values.get(column) for column in TEMPLATE_COLUMNS):
        return {column: str(folder / values[column]) if values.get(column) else None for column in TEMPLATE_COLUMNS}
    return {column: str(defaults[column]) if defaults.get(column) else None for column in TEMPLATE_COLUMNS}


def _row_problem(values: dict[str, str], fmt: str, templates: dict[str, str | None]) -> str:
    if all(templates.values()):
        return "give a docx_template or a word_template, not both"
    if any(templates.values()) and fmt != "docx":
        return f"a Word template makes Word documents; this batch makes {fmt} (run it with -f docx)"
    kind = values.get("kind") or "job-description"
    if kind not in KINDS:
        return f"kind {kind!r} is not something batch makes; use: {', '.join(KINDS)}"
    for column in ("role", "level"):
        if not values.get(column):
            return f"the {column!r} column is empty"
    if not values.get("company") and not values.get("company_file"):
        return "give a company or a company_file"
    return _salary_problem(values.get("salary_min", ""), values.get("salary_max", ""))


def _salary_problem(low: str, high: str) -> str:
    """What is wrong with a row's pay cells, named as the CSV names them ("" when nothing is)."""
    from .documents.pay import SalaryError, parse_salary

    if not low and not high:
        return ""  # the role pack's sourced band
    if not (low and high):
        return (
            "give both salary_min and salary_max (a real range, as pay-transparency laws require), "
            "or leave both empty for the role pack's band"
        )
    try:
        parse_salary(f"{low}-{high}", given_as=f"salary_min {low!r} and salary_max {high!r}")
    except SalaryError as error:
        return str(error)
    return ""


def _row_options(values: dict[str, str], folder: Path, theme: str, paper: str) -> dict:
    low, high = values.get("salary_min", ""), values.get("salary_max", "")
    salary = f"{low}-{high}" if low and high else (low or high or "auto")
    if (low or high) and not (low and high):
        salary = f"{low or high}+"  # one end only: parse_salary reports it as open-ended
    company_file = values.get("company_file")
    role = values["role"]
    benefits = values.get("benefits", "")
    return {
        # One cell, benefits split by semicolons, replaces the company file's list; "none" lists none.
        "benefits": None if not benefits else [] if benefits.casefold() == "none" else _split(benefits),
        "role": str(folder / role) if is_role_path(role) else role,  # a pack file, like the others: by the CSV
        "level": values["level"],
        "company": values.get("company") or None,
        "company_file": str(folder / company_file) if company_file else None,
        "location": values.get("location") or None,
        "remote": values.get("remote") or "onsite",
        "employment": values.get("employment") or "full-time",
        "salary": salary,
        "theme": theme,
        "paper": paper,
    }


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


def _run_tasks(tasks: list[_Task], jobs: int, fmt: str, report: Callable[[RowResult], None]) -> None:
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

    from .budget import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(os.getppid())
    _warm_worker(fmt)


def _warm_worker(fmt: str) -> None:
    """Load the renderer and the role packs once per worker, and render one posting to fill every cache.

    Each row is rendered in a child forked from this worker, so what a child learns
    (compiled templates, parsed stylesheets, font data) is lost with it; the warm-up
    render puts all of that into the worker, where every child inherits it.
    """
    from .api import render_job_description
    from .inputs.roles import builtin_role_ids, load_role
    from .render import load_renderer

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


def _make(task: _Task) -> RowResult:
    from functools import partial

    from .api import render_job_description
    from .budget import run_within_budget

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
