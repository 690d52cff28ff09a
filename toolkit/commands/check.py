"""The check command: what an ATS reads from a resume, and the match."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EXIT_BAD_INPUT
from .options import handle_errors, make_console, require_stdout, roles_dir_option, tell


@click.command()
@click.argument("resume_file", metavar="RESUME", type=click.Path(path_type=Path))
@click.option("--role", metavar="ROLE", help="Match against a role pack's keywords (and use its vocabulary for --job).")
@roles_dir_option
@click.option(
    "--job",
    "job",
    type=click.Path(path_type=Path),
    metavar="POSTING",
    help="Match against a job posting: text, Markdown or a JSON Resume job file.",
)
@click.option(
    "--profile",
    type=click.Path(path_type=Path),
    metavar="PROFILE",
    help="Also check that every key fact in this profile reads back, whole and in order.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (documented in the README).")
@click.option("--text", "show_text", is_flag=True, help="Also print the text an ATS reads from the file.")
@click.option(
    "--min-score",
    type=click.IntRange(0, 100),
    metavar="N",
    help="Exit 1 when the match score is below N (or cannot be computed): for scripts and CI.",
)
@handle_errors
def check(
    resume_file: Path,
    role: str | None,
    roles_dirs: tuple[Path, ...],
    job: Path | None,
    profile: Path | None,
    as_json: bool,
    show_text: bool,
    min_score: int | None,
) -> None:
    """Show what an applicant tracking system reads from RESUME (PDF or DOCX) and how well it covers a role or posting.

    Reports parse-back problems (split words, odd glyphs, text out of reading order,
    contact details only in links, fonts without text mapping), with --profile whether
    every key fact reads back, and a 0-100 keyword match with its formula. It suggests;
    it never changes the file.

    \b
    Example:
        jobkit check resume.pdf --role medical-records-specialist
        jobkit check resume.docx --job posting.txt
        jobkit check resume.pdf --profile profile.yaml --job posting.txt --json
        jobkit check resume.pdf --job posting.txt --min-score 70
    """
    import json
    from functools import partial

    from ..api import check_resume_file
    from ..budget import run_within_budget
    from .terminal import json_for_terminal

    stdout = require_stdout()  # before the work: a report with nowhere to go is an error, not silence
    if role:
        from ..inputs.roles import load_role

        # Loaded here for its warnings; the child that checks inherits the loaded pack.
        for warning in load_role(role, roles_dirs).load_warnings:
            tell(f"warning: {warning}")
    # Reading a stranger's PDF or DOCX is work like a render: same time and memory budget, in a child.
    report = run_within_budget(
        partial(check_resume_file, resume_file, role=role, roles_dirs=roles_dirs, job=job, profile=profile),
        task="the check",
    )
    if as_json:
        click.echo(json_for_terminal(json.dumps(report.to_json(), indent=2, ensure_ascii=False)), file=stdout)
    else:
        from .check_view import render_check_report

        make_console().print(render_check_report(report, show_text=show_text))
    if min_score is not None and (report.score is None or report.score < min_score):
        shown = "n/a" if report.score is None else str(report.score)
        tell(f"score {shown} is below --min-score {min_score}")
        sys.exit(EXIT_BAD_INPUT)
