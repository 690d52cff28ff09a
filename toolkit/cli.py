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


def output_options(command):
    """--theme, --paper, -f/--format and -o/--output, meaning the same on every document command."""
    command = click.option(
        "-o",
        "--output",
        metavar="PATH",
        help="Output file; '-' writes to standard output. Default: a name from the profile, in the current folder.",
    )(command)
    command = click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(FORMAT_CHOICES, case_sensitive=False),
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
        help="classic: one column, centred header, ATS-safe. modern: one column with a coloured name band, ATS-safe.",
    )(command)


def make_console():
    """A rich console: the terminal's width on a terminal, wide enough not to wrap tables when piped."""
    from rich.console import Console

    if sys.stdout.isatty():
        return Console()
    columns = os.environ.get("COLUMNS", "")
    return Console(width=int(columns) if columns.isdigit() else 160)


def choose_format(fmt: str | None, output: str | None) -> str:
    """-f wins; else the -o extension if it is a known format; else PDF."""
    if fmt:
        return fmt.lower()
    if output and output != "-":
        suffix = Path(output).suffix.lower().lstrip(".")
        aliases = {"markdown": "md", "text": "txt", "htm": "html"}
        suffix = aliases.get(suffix, suffix)
        if suffix in FORMAT_CHOICES:
            return suffix
    return "pdf"


def emit(document, output: str | None, inputs: list[Path]) -> None:
    """Print warnings and notes to stderr, then write the document (stdout for '-')."""
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
    check_output_path(path, inputs)
    write_atomically(path, document.content)
    click.echo(f"wrote {path} ({document.fmt}, {len(document.content):,} bytes)", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jobkit")
def cli() -> None:
    """Job-application documents from one profile: role-tailored resumes as PDF, DOCX, HTML, Markdown or text.

    \b
    Example:
        jobkit init profile.yaml
        jobkit resume profile.yaml --role medical-records-specialist -o resume.pdf
    """


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@handle_errors
def init(path: Path) -> None:
    """Write a commented starter profile (JSON Resume in YAML) to PATH. Never overwrites a file.

    \b
    Example:
        jobkit init profile.yaml
    """
    from .starters import write_starter_profile

    write_starter_profile(path)
    click.echo(f"wrote {path}; fill it in, then run: jobkit validate {path}", err=True)


@cli.command()
@click.argument("profile", type=click.Path(path_type=Path))
@handle_errors
def validate(profile: Path) -> None:
    """Check a profile (JSON Resume, YAML or JSON); list every problem as FILE:LINE:COL: field: message.

    \b
    Example:
        jobkit validate profile.yaml
    """
    from .profiles import load_profile

    loaded = load_profile(profile)
    for warning in loaded.warnings:
        click.echo(f"warning: {warning}", err=True)
    count = len(loaded.warnings)
    click.echo(f"{profile}: valid JSON Resume profile" + (f" ({count} warning{'s' * (count != 1)})" if count else ""))


@cli.group()
def roles() -> None:
    """List and inspect role packs.

    \b
    Example:
        jobkit roles list
        jobkit roles show medical-records-specialist
    """


@roles.command("list")
@handle_errors
def roles_list() -> None:
    """Table of role packs: id, title, levels.

    \b
    Example:
        jobkit roles list
    """
    from rich.table import Table

    from .roles import builtin_role_ids, load_role

    packs = [load_role(role_id) for role_id in builtin_role_ids()]
    table = Table(title="Role packs")
    # The id is what people copy into --role, so it is never shortened.
    table.add_column("id", no_wrap=True, min_width=max(len(pack.id) for pack in packs))
    table.add_column("title")
    table.add_column("levels")
    for pack in packs:
        table.add_row(pack.id, pack.title, ", ".join(level.id for level in pack.levels))
    make_console().print(table)


@roles.command("show")
@click.argument("role")
@handle_errors
def roles_show(role: str) -> None:
    """A role pack's levels, skills, certifications and keywords.

    \b
    Example:
        jobkit roles show medical-records-specialist
    """
    from .role_report import role_report

    make_console().print(role_report(role))


@cli.command()
@click.argument("profile", type=click.Path(path_type=Path))
@role_options
@output_options
@handle_errors
def resume(
    profile: Path, role: str, level: str | None, theme: str, paper: str, fmt: str | None, output: str | None
) -> None:
    """Make a resume from PROFILE (JSON Resume in YAML or JSON), tailored to a role and level.

    Skills the role values come first, a core-competencies line lists the role's keywords
    that the profile really contains, and known certifications get their full names.
    Nothing is claimed that the profile does not say.

    \b
    Example:
        jobkit resume profile.yaml --role medical-records-specialist -o resume.pdf
        jobkit resume profile.yaml --role medical-records-specialist --level senior --theme modern --paper a4 -o cv.docx
        jobkit resume resume.json --role medical-records-specialist -f md -o -
    """
    from .budget import BudgetedRenderer

    fmt = choose_format(fmt, output)
    # Start the renderer first: it loads WeasyPrint while this process loads and checks the input.
    with BudgetedRenderer(fmt) as renderer:
        from .api import render_resume

        document = render_resume(
            profile, role=role, level=level, theme=theme, paper=paper, fmt=fmt, convert=renderer.convert
        )
    emit(document, output, [profile])


@cli.command("cover-letter")
@click.argument("profile", type=click.Path(path_type=Path))
@role_options
@click.option("--company", metavar="NAME", help="The employer (else taken from --job).")
@click.option("--position", metavar="TITLE", help="The position (else the posting's title, else the role's).")
@click.option("--hiring-manager", metavar="NAME", help='Addressee; without it the letter opens "Dear Hiring Manager,".')
@click.option("--address", metavar="TEXT", help="The employer's address or city (else the posting's location).")
@click.option(
    "--job",
    type=click.Path(path_type=Path),
    metavar="POSTING",
    help="Job posting (text, Markdown or JSON Resume job): its requirements decide what the letter stresses.",
)
@click.option("--explain", is_flag=True, help="List on stderr which profile item was chosen for which requirement.")
@click.option("--seed", type=int, help="Vary the phrasing; the same seed gives the same letter.")
@click.option(
    "--date",
    "letter_date",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="The date on the letter (default: today).",
)
@output_options
@handle_errors
def cover_letter(
    profile: Path,
    role: str,
    level: str | None,
    company: str | None,
    position: str | None,
    hiring_manager: str | None,
    address: str | None,
    job: Path | None,
    explain: bool,
    seed: int | None,
    letter_date,
    theme: str,
    paper: str,
    fmt: str | None,
    output: str | None,
) -> None:
    """Write a cover letter from PROFILE for one application, in the same themes as the resume.

    The body picks the profile's strongest evidence (work highlights, certifications,
    skills) for the posting's requirements, or the role's keywords without a posting. A
    requirement the profile cannot meet is left out, never claimed.

    \b
    Example:
        jobkit cover-letter profile.yaml --role medical-records-specialist --company "Riverside Health" \\
            --position "Medical Records Specialist" --hiring-manager "Dana Lee" -o letter.pdf
        jobkit cover-letter profile.yaml --role medical-records-specialist --job posting.txt -o letter.docx
        jobkit cover-letter profile.yaml --role medical-records-specialist --job job.json -f md -o -
    """
    from .budget import BudgetedRenderer

    if not company and not job:
        raise click.UsageError(
            "a cover letter needs an employer: give --company NAME (and --position), or --job POSTING"
        )
    fmt = choose_format(fmt, output)
    with BudgetedRenderer(fmt) as renderer:
        from .api import render_cover_letter

        document = render_cover_letter(
            profile,
            role=role,
            company=company,
            position=position,
            job=job,
            hiring_manager=hiring_manager,
            address=address,
            level=level,
            theme=theme,
            paper=paper,
            fmt=fmt,
            seed=seed,
            today=letter_date.date() if letter_date else None,
            convert=renderer.convert,
        )
    if explain:
        for line in document.explanation:
            click.echo(f"explain: {line}", err=True)
    emit(document, output, [path for path in (profile, job) if path])


@cli.command()
@click.argument("resume_file", metavar="RESUME", type=click.Path(path_type=Path))
@click.option("--role", metavar="ROLE", help="Match against a role pack's keywords (and use its vocabulary for --job).")
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

    from .api import check_resume_file

    report = check_resume_file(resume_file, role=role, job=job, profile=profile)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        from .check_report import render_check_report

        make_console().print(render_check_report(report, show_text=show_text))
    if min_score is not None and (report.score is None or report.score < min_score):
        shown = "n/a" if report.score is None else str(report.score)
        click.echo(f"score {shown} is below --min-score {min_score}", err=True)
        sys.exit(EXIT_BAD_INPUT)


def main() -> None:
    """Console-script entry point."""
    try:
        cli(prog_name="jobkit")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_BAD_INPUT)
