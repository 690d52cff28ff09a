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

# EXIT_BAD_INPUT is imported by the commands from here.
from .errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, JobkitError, OutputPathError  # noqa: F401
from .terminal import ASCII_FALLBACK_ERRORS, printable

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
                tell(f"warning: {warning}")
            for problem in error.problems:
                tell(f"error: {problem}")
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


def tell(message: str) -> None:
    """One line for the person at the terminal (standard error), with nothing a terminal would act on."""
    click.echo(printable(message), err=True)


def require_stdout():
    """Standard output, or a clear error when it is closed (``>&-``): data must not vanish silently."""
    if sys.stdout is None:
        raise OutputPathError("standard output is closed; nothing was written (redirect it to a file instead)")
    return sys.stdout


def make_console(*, stderr: bool = False):
    """A rich console: the terminal's size on a terminal, wide enough not to wrap tables when piped.

    Width and height are always given, so rich never reads COLUMNS or LINES itself
    (it would fail on values such as ``²``); out-of-range values are ignored.
    """
    from rich.console import Console

    stream = sys.stderr if stderr else require_stdout()
    if stream is None:  # standard error closed: progress goes nowhere, as it would anyway
        import io

        stream = io.StringIO()
    columns = _whole_number_from_environment("COLUMNS", 20, 1000)
    lines = _whole_number_from_environment("LINES", 5, 1000)
    if stream.isatty():
        try:
            size = os.get_terminal_size(stream.fileno())
            columns, lines = columns or size.columns or 80, lines or size.lines or 25
        except (OSError, ValueError, AttributeError):
            columns, lines = columns or 80, lines or 25
    return Console(file=stream, width=columns or 160, height=lines or 25)


def _whole_number_from_environment(name: str, low: int, high: int) -> int | None:
    value = os.environ.get(name, "").strip()
    if value.isascii() and value.isdigit() and len(value) <= 6 and low <= int(value) <= high:
        return int(value)
    return None


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
        tell(f"warning: {warning}")
    if document.level:
        tell(document.level.describe())
    for note in document.notes:
        tell(f"note: {note}")
    if output == "-":
        stdout = require_stdout()
        stdout.buffer.write(document.content)
        stdout.flush()
        return
    path = Path(output) if output else Path(document.suggested_name)
    check_output_path(path, document.sources)
    write_atomically(path, document.content)
    tell(f"wrote {path} ({document.fmt}, {len(document.content):,} bytes)")


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
    """Console-script entry point: the CLI with safe standard streams, and one line for Ctrl-C (exit 130)."""
    _prepare_standard_streams()
    try:
        result = cli.main(prog_name="jobkit", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        tell("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as error:
        error.show(file=_PrintableStream(sys.stderr))
        sys.exit(error.exit_code)
    sys.exit(result if isinstance(result, int) else 0)


def _prepare_standard_streams() -> None:
    """Closed descriptors get /dev/null; text a stream cannot encode gets an ASCII spelling, not a crash.

    A closed standard output stays ``None`` in ``sys.stdout`` (so commands that write data
    say so), but its descriptor is taken by /dev/null: otherwise the next file opened
    would get descriptor 1 and receive whatever is printed.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != descriptor:
                os.dup2(null, descriptor)
                os.close(null)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=ASCII_FALLBACK_ERRORS)


class _PrintableStream:
    """A text stream wrapper for click's own messages, which quote what was typed."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        if self.stream is not None:
            self.stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        if self.stream is not None:
            self.stream.flush()


# Registers every command on `cli`; at the bottom because the command modules import the helpers above.
from .commands import batch, check, documents, setup  # noqa: E402, F401
