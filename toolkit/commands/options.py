"""What the commands share: the options that mean the same everywhere, error handling, output and printing.

Commands import from here and never from ``toolkit.cli``, which only assembles them, so
there is no import circle.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from ..errors import JobkitError, OutputPathError
from ..render import FORMAT_ALIASES, FORMATS, MAX_PAGES, PAPER_SIZES
from .terminal import printable

FORMAT_CHOICES = list(FORMATS)
JD_FORMAT_CHOICES = [*FORMATS, "json"]  # a job description is also a JSON Resume job (made by the API)


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


def roles_dir_option(command):
    """--roles-dir: a folder of the user's own role packs, searched before the shipped ones."""
    return click.option(
        "--roles-dir",
        "roles_dirs",
        multiple=True,
        type=click.Path(file_okay=False, path_type=Path),
        metavar="DIR",
        help="A folder of your own role packs, searched first (repeatable; also JOBKIT_ROLES_PATH).",
    )(command)


def role_options(*, required: bool = False, level_help: str | None = None):
    """--role, --level and --roles-dir, meaning the same on every command that takes a role."""

    def decorate(command):
        command = roles_dir_option(command)
        command = click.option(
            "--level",
            metavar="LEVEL",
            required=required,
            help=level_help
            or "Career level (see `jobkit roles show ROLE`); inferred from the profile's years of work when left out.",
        )(command)
        return click.option(
            "--role",
            required=required,
            metavar="ROLE",
            help="Role pack id (see `jobkit roles list`) or a path to a role pack .yaml file"
            + (
                "."
                if required
                else "; optional: without it, the shipped role the --job posting's title names, "
                "else a document that fits any job."
            ),
        )(command)

    return decorate


DOCX_TEMPLATE_HELP = (
    "A Word document (.docx, .dotx) whose styles, page setup, headers, footers and logo the DOCX takes, as "
    "pandoc's --reference-doc does; its body is never used. Makes a DOCX."
)
WORD_TEMPLATE_HELP = (
    "A Word file with {{ placeholders }} (docxtpl) that jobkit fills with this document's values instead of "
    "using its own layout; --theme and --paper do not apply. Makes a DOCX."
)


def word_template_options(command):
    """--docx-template and --word-template: a user's Word file for a DOCX (see ``toolkit.inputs.word``)."""
    command = click.option("--word-template", type=click.Path(path_type=Path), metavar="FILE", help=WORD_TEMPLATE_HELP)(
        command
    )
    return click.option("--docx-template", type=click.Path(path_type=Path), metavar="FILE", help=DOCX_TEMPLATE_HELP)(
        command
    )


JOB_OPTION_HELP = "Job posting (text, Markdown or JSON Resume job): tailor to its requirements."


pages_option = click.option(
    "--pages",
    type=click.IntRange(1, MAX_PAGES),
    metavar="N",
    help="Fit on N pages: tighten margins, spacing, line height, then type, within the theme's fit limits, "
    "and say what changed; exit 1 naming the pages needed if it cannot (no content is dropped). "
    "Measured on the PDF; a DOCX gets the settings that fit the PDF.",
)


def letter_words_options(command):
    """--salutation and --sign-off: the letter's greeting and closing words, as the applicant writes them."""
    command = click.option(
        "--sign-off",
        "sign_off",
        metavar="TEXT",
        callback=_not_blank,
        help='The words above your name, used as written, e.g. "Kind regards," (default: the language\'s own).',
    )(command)
    return click.option(
        "--salutation",
        metavar="TEXT",
        callback=_not_blank,
        help="The letter's greeting, used as written, e.g. \"Dear Ms. Rivera,\" (default: the language's own, "
        "or one naming --hiring-manager).",
    )(command)


def _not_blank(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise click.BadParameter("give the words to use, or leave the option out for the default", param=parameter)
    return value


def own_words_options(*, why: bool = False):
    """--headline and --summary (and, on letters, --why): the applicant's own words for one application."""

    def decorate(command):
        command = click.option(
            "--summary",
            metavar="TEXT|@FILE",
            help="Your summary for this application, instead of the profile's basics.summary (@FILE reads a file).",
        )(command)
        command = click.option(
            "--headline",
            metavar="TEXT",
            help='Your headline for this application, e.g. "Data Analyst", instead of the profile\'s basics.label.',
        )(command)
        if why:
            command = click.option(
                "--why",
                metavar="TEXT|@FILE",
                help="Your own paragraph for the letter (why this employer, why this change), set before the "
                "closing as written; @FILE (or a path) reads it from a text file, blank lines start new paragraphs.",
            )(command)
        return command

    return decorate


def theme_option(command):
    """--theme: a shipped theme or a theme folder, on every command that lays out a document."""
    return click.option(
        "--theme",
        default="classic",
        show_default=True,
        metavar="THEME",
        help="classic: centred header, ruled sections. modern: coloured name band. "
        "Both single-column and ATS-safe. Or the path of a theme folder of your own "
        "(jobkit themes list; docs/themes.md).",
    )(command)


def paper_option(command):
    """--paper: the page size, on every command that lays out a document."""
    return click.option(
        "--paper",
        type=click.Choice(list(PAPER_SIZES), case_sensitive=False),
        default="letter",
        show_default=True,
        help="Paper size of the pages (PDF, DOCX, and HTML when printed).",
    )(command)


def language_options(command):
    """--lang, and --paper defaulting to the language's paper: on the commands that write a person's documents."""
    from ..language import available_languages, language_code

    command = click.option(
        "--paper",
        type=click.Choice(list(PAPER_SIZES), case_sensitive=False),
        help="Paper size of the pages (PDF, DOCX, and HTML when printed). "
        "Default: letter for English, a4 for the other languages.",
    )(command)
    codes = available_languages()

    def a_language_jobkit_writes(context, parameter, value: str | None) -> str | None:
        # The tags a profile's meta.language takes (de-DE, fr_CA) are taken here too, and refused alike.
        if value is None or language_code(value) in codes:
            return value
        raise click.BadParameter(f"{value!r} is not one of {', '.join(codes)} (a region may follow: de-AT, fr-CA)")

    return click.option(
        "--lang",
        metavar="[" + "|".join(codes) + "]",
        callback=a_language_jobkit_writes,
        help="Language of jobkit's own words (headings, dates, labels, written sentences); your profile's words "
        "stay as you wrote them; a region may follow (de-AT). Default: the profile's meta.language, else en.",
    )(command)


def output_options(formats: list[str] = FORMAT_CHOICES, *, languages: bool = False):
    """--theme, --paper, -f/--format, -o/--output and the Word templates, meaning the same on every document command;
    with ``languages``, --lang and a --paper that follows it (``language_options``)."""

    def decorate(command):
        command = word_template_options(command)
        command = click.option(
            "-o",
            "--output",
            metavar="PATH",
            help="Output file; '-' writes to standard output. Its extension must match the format "
            "(-o cv.docx, not cv.doc); one that names no format (.out) takes -f, else pdf. Default: a "
            "name from the document, in the current folder.",
        )(command)
        command = click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(formats, case_sensitive=False),
            help="Output format. Default: from the -o extension, else docx with a Word template, else pdf.",
        )(command)
        return theme_option(language_options(command) if languages else paper_option(command))

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


FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "html": "HTML",
    "md": "Markdown",
    "txt": "plain text",
    "json": "JSON",
}
# Extensions of document formats jobkit does not write: a file under one of them would not open as it says.
FOREIGN_EXTENSIONS = {
    "doc": "Word 97-2003 (use .docx)",
    "dot": "a Word 97-2003 template (use .docx)",
    "rtf": "Rich Text (use .docx)",
    "odt": "OpenDocument text (use .docx)",
    "pages": "Apple Pages (use .docx)",
    "xps": "XPS (use .pdf)",
    "ps": "PostScript (use .pdf)",
    "tex": "LaTeX (use .md or .txt)",
    "rst": "reStructuredText (use .md)",
}
# The kinds of file jobkit reads: `-o company.yaml` typed for `--company-file` replaced it with a PDF. Refused
# unless -f says the format was meant (a file the command read is refused whatever its name).
INPUT_EXTENSIONS = {
    "yaml": "a YAML data file, such as a profile or company file",
    "yml": "a YAML data file, such as a profile or company file",
    "csv": "a spreadsheet (CSV)",
    "tsv": "a spreadsheet (TSV)",
    "xlsx": "an Excel workbook",
    "png": "an image",
    "jpg": "an image",
    "jpeg": "an image",
    "gif": "an image",
    "svg": "an image",
}


def choose_format(
    fmt: str | None,
    output: str | None,
    formats: list[str] = FORMAT_CHOICES,
    *,
    docx_template: Path | None = None,
    word_template: Path | None = None,
) -> str:
    """The format to write: -f, else the -o extension, else DOCX with a Word template, else PDF.

    ``-o resume.doc`` or ``-f md -o x.pdf`` would write a file that does not open as its
    name says, so they are usage errors naming both; so is ``-o company.yaml`` without -f.
    ``-o -`` and extensions that name no document format (``.out``, none at all) are allowed.
    A Word template with another format, or both kinds of template, is a usage error too (exit code 2).
    """
    chosen = _format_asked(fmt, output, formats)
    check_word_template_options(chosen or "docx", docx_template, word_template)
    if chosen:
        return chosen
    return "docx" if docx_template or word_template else "pdf"


def _format_asked(fmt: str | None, output: str | None, formats: list[str]) -> str | None:
    """-f or the -o extension, refused when they disagree; None when neither names a format."""
    suffix = ""
    if output and output != "-":
        suffix = Path(output).suffix.lower().lstrip(".")
    named = FORMAT_ALIASES.get(suffix, suffix)
    if suffix in FOREIGN_EXTENSIONS:
        raise click.BadParameter(
            f"{output!r} ends in .{suffix}, which is {FOREIGN_EXTENSIONS[suffix]}; jobkit writes "
            + ", ".join(f".{item}" for item in formats),
            param_hint="'-o' / '--output'",
        )
    if suffix in INPUT_EXTENSIONS and not fmt:
        raise click.BadParameter(
            f"{output!r} ends in .{suffix}, which is {INPUT_EXTENSIONS[suffix]}, not a document; name it "
            + ", ".join(f".{item}" for item in formats)
            + " (or give -f to write that format under this name)",
            param_hint="'-o' / '--output'",
        )
    if fmt:
        fmt = fmt.lower()
        if named in FORMAT_NAMES and named != fmt:
            raise click.BadParameter(
                f"-f {fmt} writes {FORMAT_NAMES[fmt]} but {output!r} ends in .{suffix}, which is "
                f"{FORMAT_NAMES[named]}; name the file .{fmt} or use -f {named}",
                param_hint="'-f' / '--format'",
            )
        return fmt
    if named in formats:
        return named
    if named in FORMAT_NAMES:
        raise click.BadParameter(
            f"{output!r} ends in .{suffix} ({FORMAT_NAMES[named]}), which this command does not write; "
            "use " + ", ".join(f".{item}" for item in formats),
            param_hint="'-o' / '--output'",
        )
    return None


def check_word_template_options(fmt: str, docx_template: Path | None, word_template: Path | None) -> None:
    """Usage errors: both kinds of Word template at once, or a Word template for a format other than DOCX."""
    context = click.get_current_context(silent=True)
    if docx_template and word_template:
        raise click.UsageError(
            "--docx-template and --word-template do not go together: the first lends its look to jobkit's "
            "document, the second replaces jobkit's layout with its own; choose one",
            context,
        )
    option = "--docx-template" if docx_template else "--word-template" if word_template else None
    if option and fmt != "docx":
        raise click.UsageError(f"{option} makes a Word document, but the format is {fmt}; use -f docx", context)


def tell_outcome(outcome) -> None:
    """The warnings, the level chosen (when one was) and the notes of what the library made, on stderr."""
    for warning in outcome.warnings:
        tell(f"warning: {warning}")
    if outcome.level:
        tell(outcome.level.describe())
    for note in outcome.notes:
        tell(f"note: {note}")
    for finding in getattr(outcome, "findings", []):
        quoted = f" (line {finding.line}: {finding.quote[:80]!r})" if finding.quote else ""
        tell(f"audit: {finding.severity}: {finding.rule}: {finding.message}{quoted}")


def emit(document, output: str | None) -> None:
    """Print warnings and notes to stderr, then write the document (stdout for '-').

    The document never replaces a file it was made from: the library lists those in ``sources``.
    """
    from ..output import check_output_path, output_file_path, write_atomically

    tell_outcome(document)
    if output == "-":
        stdout = require_stdout()
        stdout.buffer.write(document.content)
        stdout.flush()
        return
    path = output_file_path(output) if output else Path(document.suggested_name)
    check_output_path(path, document.sources)
    write_atomically(path, document.content)
    tell(f"wrote {path} ({document.fmt}, {len(document.content):,} bytes)")
