"""The jobkit command line: parse options, call the library, print, map errors to exit codes.

No business logic lives here. Heavy modules are imported inside commands so that
``jobkit --help`` starts fast.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_BAD_INPUT, JobkitError

FORMAT_CHOICES = ["pdf", "docx", "html", "md", "txt"]
JD_FORMAT_CHOICES = [*FORMAT_CHOICES, "json"]


def handle_errors(command):
    """Run a command; a ``JobkitError`` becomes its located message and exit code 1."""

    @click.option("--debug", is_flag=True, help="Show a full traceback on errors (for bug reports).")
    @functools.wraps(command)
    def wrapper(*args, debug: bool = False, **kwargs):
        try:
            return command(*args, **kwargs)
        except JobkitError as error:
            if debug:
                raise
            for warning in getattr(error, "warnings", []):
                click.echo(f"warning: {warning}", err=True)
            for problem in error.problems:
                click.echo(f"error: {problem}", err=True)
            sys.exit(error.exit_code)

    return wrapper


def role_options(command):
    command = click.option(
        "--level",
        metavar="LEVEL",
        help="Career level (junior, mid, senior, supervisor, manager, director); "
        "inferred from the profile's years of work when left out.",
    )(command)
    return click.option(
        "--role",
        required=True,
        metavar="ROLE",
        help="Role pack id (see `jobkit roles list`) or a path to a role pack .yaml file.",
    )(command)


def output_options(formats: list[str] = FORMAT_CHOICES):
    """--theme, --paper, -f/--format and -o/--output, meaning the same on every document command."""

    def decorate(command):
        command = click.option(
            "-o",
            "--output",
            metavar="PATH",
            help="Output file; '-' writes to standard output. Default: a name from the "
            "document, in the current folder.",
        )(command)
        command = click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(formats, case_sensitive=False),
            help="Output format. Default: from the -o extension, else pdf.",
        )(command)
        command = click.option(
            "--paper",
            type=click.Choice(["letter", "a4"], case_sensitive=False),
            default="letter",
            show_default=True,
            help="Paper size for PDF and DOCX.",
        )(command)
        return click.option(
            "--theme",
            default="classic",
            show_default=True,
            metavar="THEME",
            help="classic: centred header, ruled sections. modern: coloured name band. "
            "Both single-column and ATS-safe.",
        )(command)

    return decorate


def make_console():
    """A rich console: the terminal's width on a terminal, wide enough not to wrap tables when piped."""
    from rich.console import Console

    if sys.stdout.isatty():
        return Console()
    columns = os.environ.get("COLUMNS", "")
    return Console(width=int(columns) if columns.isdigit() else 160)


def choose_format(fmt: str | None, output: str | None, formats: list[str] = FORMAT_CHOICES) -> str:
    """-f wins; else the -o extension if it is a known format; else PDF."""
    if fmt:
        return fmt.lower()
    if output and output != "-":
        suffix = Path(output).suffix.lower().lstrip(".")
        aliases = {"markdown": "md", "text": "txt", "htm": "html"}
        suffix = aliases.get(suffix, suffix)
        if suffix in formats:
            return suffix
    return "pdf"


def emit(document, output: str | None) -> None:
    """Print warnings and notes to stderr, then write the document (stdout for '-').

    The document never replaces a file it was made from: the library lists those in ``sources``.
    """
    from .output import check_output_path, write_atomically

    for warning in document.warnings:
        click.echo(f"warning: {warning}", err=True)
    if document.level:
        click.echo(document.level.describe(), err=True)
    for note in document.notes:
        click.echo(f"note: {note}", err=True)
    if output == "-":
        sys.stdout.buffer.write(document.content)
        sys.stdout.flush()
        return
    path = Path(output) if output else Path(document.suggested_name)
    check_output_path(path, document.sources)
    write_atomically(path, document.content)
    click.echo(f"wrote {path} ({document.fmt}, {len(document.content):,} bytes)", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jobkit")
def cli() -> None:
    """Job-application documents from one profile and role packs, as PDF, DOCX, HTML, Markdown or text.

    Resumes and cover letters for job seekers, job descriptions (one or a batch) and
    interview sheets for hiring teams, and a check of what an applicant tracking
    system reads from a resume.

    \b
    Example:
        jobkit init profile.yaml
        jobkit resume profile.yaml --role medical-records-specialist -o resume.pdf
        jobkit check resume.pdf --job posting.txt --profile profile.yaml
    """


def main() -> None:
    """Console-script entry point."""
    try:
        cli(prog_name="jobkit")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_BAD_INPUT)


# Registers every command on `cli`; at the bottom because the command modules import the helpers above.
from .commands import batch, check, documents, setup  # noqa: E402, F401
