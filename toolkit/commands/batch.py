"""The batch command: many documents from a CSV, with progress."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import EXIT_BAD_INPUT, JobkitError
from .options import (
    JD_FORMAT_CHOICES,
    check_word_template_options,
    handle_errors,
    make_console,
    paper_option,
    roles_dir_option,
    tell,
    theme_option,
    word_template_options,
)
from .terminal import terminal_text


@click.command()
@click.argument("csv_file", metavar="CSV", type=click.Path(path_type=Path))
@click.option(
    "--out-dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the documents and manifest.csv (created if missing).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(JD_FORMAT_CHOICES, case_sensitive=False),
    help="Format of the documents; repeat for several (-f pdf -f docx). Default: pdf, or docx with a Word template.",
)
@click.option("--jobs", type=click.IntRange(1, 64), help="Worker processes (default: the number of cores).")
@click.option("--force", is_flag=True, help="Replace documents that already exist in --out-dir.")
@click.option(
    "--shard",
    metavar="K/N",
    callback=lambda context, parameter, value: _shard(value),
    help="Make only every N-th row, starting at the K-th (1 <= K <= N), and write manifest-K-of-N.csv: "
    "run N of these as independent jobs (GNU parallel, a Slurm array, a Kubernetes indexed Job).",
)
@roles_dir_option
@theme_option
@paper_option
@word_template_options
@handle_errors
def batch(
    csv_file: Path,
    out_dir: Path,
    formats: tuple[str, ...],
    jobs: int | None,
    force: bool,
    shard: tuple[int, int] | None,
    roles_dirs: tuple[Path, ...],
    theme: str,
    paper: str,
    docx_template: Path | None,
    word_template: Path | None,
) -> None:
    """Make one document per row of CSV: job descriptions for many roles, levels and places at once.

    Columns: kind (default job-description), role, level, company or company_file,
    location, remote, employment, salary_min, salary_max, apply_by (optional closing
    date, YYYY-MM-DD), output (optional file name),
    docx_template or word_template (optional; a row's own Word template, instead of the
    one given by option; paths, like company_file, relative to the CSV), benefits
    (optional; the row's own, separated by semicolons, or none, instead of the company file's).
    A second run into the same folder (another format, a fixed row) keeps the manifest's
    lines for the files it does not make.
    A bad row is reported with its row number and the rest are made; the exit code is 1
    if any row failed. manifest.csv in --out-dir lists row, output file and status; a
    cell that starts with = + - @ gets a leading ' so no spreadsheet runs it as a formula.

    --shard K/N splits a large CSV into N independent jobs on any machines: each makes
    every N-th row from the K-th (row numbers stay the CSV's) and writes its own
    manifest-K-of-N.csv, so their output folders merge without clashes.

    \b
    Example:
        jobkit batch jobs.csv --out-dir postings/ --format pdf --jobs 2
        jobkit batch jobs.csv --out-dir postings/ -f pdf -f docx --roles-dir my-packs/
        jobkit batch jobs.csv --out-dir postings/ --word-template examples/templates/job-description.docx
        jobkit batch jobs.csv --out-dir postings/ --shard 3/8      # the third of eight jobs
    """
    from ..batch import expected_rows, run_batch
    from ..render.html import check_paper, check_theme

    chosen = [item.lower() for item in formats] or ["docx" if docx_template or word_template else "pdf"]
    for fmt in chosen:
        check_word_template_options(fmt, docx_template, word_template)
    check_theme(theme)
    check_paper(paper)
    rows = expected_rows(csv_file, shard)
    progress = _BatchProgress(len_hint=rows * len(chosen) if rows is not None else None)
    with progress:
        summary = run_batch(
            csv_file,
            out_dir=out_dir,
            fmt=chosen,
            jobs=jobs,
            force=force,
            theme=theme,
            paper=paper,
            docx_template=docx_template,
            word_template=word_template,
            on_result=progress.update,
            shard=shard,
            roles_dirs=roles_dirs,
        )
    tell(f"made {summary.made}, failed {summary.failed}, in {summary.seconds:.1f} s; manifest: {summary.manifest}")
    if summary.failed:
        sys.exit(EXIT_BAD_INPUT)


def _shard(value: str | None) -> tuple[int, int] | None:
    """--shard K/N checked as the command line is read: a bad value is a usage error (exit 2)."""
    if value is None:
        return None
    from ..batch import parse_shard

    try:
        return parse_shard(value)
    except JobkitError as error:
        raise click.BadParameter(str(error)) from None


class _BatchProgress:
    """A rich progress bar on a terminal; one plain line per row otherwise. Failures always get a line."""

    def __init__(self, len_hint: int | None):
        self.total = len_hint
        self.done = 0
        self.bar: Any = None  # a rich Progress on a terminal

    def __enter__(self):
        if sys.stderr is not None and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("making documents"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=make_console(stderr=True),
            )
            self.bar.start()
            self.task = self.bar.add_task("batch", total=self.total)
        return self

    def __exit__(self, *exc_info):
        if self.bar:
            self.bar.stop()

    def update(self, result) -> None:
        self.done += 1
        of = f"/{self.total}" if self.total else ""
        if self.bar:
            self.bar.advance(self.task)
            if result.status != "made":
                from rich.text import Text

                # The message quotes the row and its files: text, never markup.
                self.bar.console.print(Text(f"row {result.row} failed: ", style="red") + terminal_text(result.message))
            elif result.message:
                from rich.text import Text

                self.bar.console.print(Text(f"row {result.row}: ", style="yellow") + terminal_text(result.message))
        else:
            detail = f"{result.output} ({result.seconds:.2f} s)" if result.status == "made" else result.message
            if result.status == "made" and result.message:
                detail += f"; {result.message}"
            tell(f"[{self.done}{of}] row {result.row} {result.status}: {detail}")
