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


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--company", "for_company", is_flag=True, help="Write a starter company file for job descriptions.")
@handle_errors
def init(path: Path, for_company: bool) -> None:
    """Write a commented starter profile (JSON Resume in YAML) to PATH. Never overwrites a file.

    \b
    Example:
        jobkit init profile.yaml
        jobkit init --company company.yaml
    """
    from .starters import write_starter

    write_starter("company" if for_company else "profile", path)
    if for_company:
        click.echo(f"wrote {path}; fill it in, then run: jobkit job-description --company-file {path} ...", err=True)
    else:
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
@output_options()
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
@output_options()
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


@cli.command("job-description")
@click.option("--role", required=True, metavar="ROLE", help="Role pack id (see `jobkit roles list`) or a pack file.")
@click.option(
    "--level",
    required=True,
    metavar="LEVEL",
    help="Career level: junior, mid, senior, supervisor, manager or director.",
)
@click.option("--company", metavar="NAME", help="Company name (or the name to use instead of the company file's).")
@click.option(
    "--company-file",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Company file (YAML or JSON): about-us, benefits, EEO statement, how to apply, logo. "
    "Start one with `jobkit init --company company.yaml`.",
)
@click.option(
    "--location",
    metavar="PLACE",
    help='Where the job is, e.g. "Chicago, IL" (default: the first location in the company file).',
)
@click.option(
    "--remote",
    type=click.Choice(["onsite", "hybrid", "remote"], case_sensitive=False),
    default="onsite",
    show_default=True,
    help="Work mode.",
)
@click.option(
    "--employment",
    type=click.Choice(
        ["full-time", "part-time", "contract", "temporary", "internship", "per-diem"], case_sensitive=False
    ),
    default="full-time",
    show_default=True,
    help="Employment type.",
)
@click.option(
    "--salary",
    default="auto",
    show_default=True,
    metavar="MIN-MAX|auto|none",
    help="Pay range as MIN-MAX (e.g. 36000-42000); auto uses the role pack's figures for the level "
    "and says where they come from; none leaves pay out.",
)
@output_options(JD_FORMAT_CHOICES)
@handle_errors
def job_description(
    role: str,
    level: str,
    company: str | None,
    company_file: Path | None,
    location: str | None,
    remote: str,
    employment: str,
    salary: str,
    theme: str,
    paper: str,
    fmt: str | None,
    output: str | None,
) -> None:
    """Write a ready-to-post job description for a role and level, in your company's voice.

    Title from the career path, about-us, location and work mode, pay range, summary,
    responsibilities for the level, required and preferred qualifications kept apart,
    skills and tools, schedule, physical demands, benefits, an EEO statement and how to
    apply. -f json gives a JSON Resume job document; the HTML embeds schema.org JobPosting
    JSON-LD for careers pages.

    \b
    Example:
        jobkit job-description --role medical-records-specialist --level senior --company-file company.yaml \\
            --location "Chicago, IL" --remote hybrid --employment full-time -o senior-mrs.docx
        jobkit job-description --role medical-records-specialist --level junior --company "Riverside Health" \\
            --salary 36000-42000 -o jd.pdf
        jobkit job-description --role medical-records-specialist --level mid --company "Riverside Health" \\
            -f json -o job.json
    """
    from .budget import BudgetedRenderer

    if not company and not company_file:
        raise click.UsageError("a job description needs a company: give --company NAME or --company-file FILE")
    fmt = choose_format(fmt, output, JD_FORMAT_CHOICES)
    with BudgetedRenderer(fmt) as renderer:
        from .api import render_job_description

        document = render_job_description(
            role=role,
            level=level,
            company=company,
            company_file=company_file,
            location=location,
            remote=remote,
            employment=employment,
            salary=salary,
            theme=theme,
            paper=paper,
            fmt=fmt,
            convert=renderer.convert,
        )
    emit(document, output, [path for path in (company_file,) if path])


@cli.command()
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
    "fmt",
    type=click.Choice(JD_FORMAT_CHOICES, case_sensitive=False),
    default="pdf",
    show_default=True,
    help="Format of every document.",
)
@click.option("--jobs", type=click.IntRange(1, 64), help="Worker processes (default: the number of cores).")
@click.option("--force", is_flag=True, help="Replace documents that already exist in --out-dir.")
@click.option("--theme", default="classic", show_default=True, metavar="THEME", help="classic or modern.")
@click.option(
    "--paper",
    type=click.Choice(["letter", "a4"], case_sensitive=False),
    default="letter",
    show_default=True,
    help="Paper size for PDF and DOCX.",
)
@handle_errors
def batch(csv_file: Path, out_dir: Path, fmt: str, jobs: int | None, force: bool, theme: str, paper: str) -> None:
    """Make one document per row of CSV: job descriptions for many roles, levels and places at once.

    Columns: kind (default job-description), role, level, company or company_file,
    location, remote, employment, salary_min, salary_max, output (optional file name).
    A bad row is reported with its row number and the rest are made; the exit code is 1
    if any row failed. manifest.csv in --out-dir lists row, output file and status.

    \b
    Example:
        jobkit batch jobs.csv --out-dir postings/ --format pdf --jobs 2
    """
    from .batch import run_batch
    from .render.html import check_paper, check_theme

    check_theme(theme)
    check_paper(paper)
    progress = _BatchProgress(len_hint=_count_rows(csv_file))
    with progress:
        summary = run_batch(
            csv_file,
            out_dir=out_dir,
            fmt=fmt.lower(),
            jobs=jobs,
            force=force,
            theme=theme,
            paper=paper,
            on_result=progress.update,
        )
    click.echo(
        f"made {summary.made}, failed {summary.failed}, in {summary.seconds:.1f} s; manifest: {summary.manifest}",
        err=True,
    )
    if summary.failed:
        sys.exit(EXIT_BAD_INPUT)


def _count_rows(csv_file: Path) -> int | None:
    try:
        with open(csv_file, encoding="utf-8-sig", errors="replace") as handle:
            return max(sum(1 for line in handle if line.strip()) - 1, 0)
    except OSError:
        return None


class _BatchProgress:
    """A rich progress bar on a terminal; one plain line per row otherwise. Failures always get a line."""

    def __init__(self, len_hint: int | None):
        self.total = len_hint
        self.done = 0
        self.bar = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("making documents"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
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
                self.bar.console.print(f"[red]row {result.row} failed:[/red] {result.message}")
        else:
            detail = f"{result.output} ({result.seconds:.2f} s)" if result.status == "made" else result.message
            click.echo(f"[{self.done}{of}] row {result.row} {result.status}: {detail}", err=True)


@cli.command()
@click.option("--role", required=True, metavar="ROLE", help="Role pack id (see `jobkit roles list`) or a pack file.")
@click.option(
    "--level",
    metavar="LEVEL",
    help="Career level; questions for that level only (default: all levels, or the level the --profile points to).",
)
@click.option(
    "--count",
    type=click.IntRange(min=1),
    metavar="N",
    help="How many questions (practice default 10; kit default 2 per competency).",
)
@click.option(
    "--category",
    "categories",
    multiple=True,
    metavar="ID",
    help="Only this category; repeat for several (see --list-categories).",
)
@click.option("--seed", type=int, help="Reproducible random selection and order; without it, a balanced spread.")
@click.option(
    "--answers",
    type=click.Choice(["inline", "key"]),
    is_flag=False,
    flag_value="inline",
    default=None,
    help="Add what a strong answer covers: after each question (--answers), or as an answer key on "
    "separate pages (--answers=key).",
)
@click.option("--kit", is_flag=True, help="An interviewer kit: competencies, probes, rating scale, recommendation.")
@click.option(
    "--job",
    type=click.Path(path_type=Path),
    metavar="POSTING",
    help="Put questions that match the posting's requirements first.",
)
@click.option(
    "--profile",
    type=click.Path(path_type=Path),
    metavar="PROFILE",
    help='Add a "your evidence" prompt quoting your closest work highlight under each question.',
)
@click.option(
    "--list-categories", is_flag=True, help="List the question categories and how many each holds, then stop."
)
@click.option("--strict", is_flag=True, help="Exit 1 when fewer questions exist than --count asks for.")
@output_options()
@handle_errors
def interview(
    role: str,
    level: str | None,
    count: int | None,
    categories: tuple[str, ...],
    seed: int | None,
    answers: str | None,
    kit: bool,
    job: Path | None,
    profile: Path | None,
    list_categories: bool,
    strict: bool,
    theme: str,
    paper: str,
    fmt: str | None,
    output: str | None,
) -> None:
    """Make an interview practice sheet (candidates) or a structured interviewer kit (hiring teams).

    Questions come from the role's question bank, grouped by category and numbered, each
    with a STAR reminder and room to write. Page breaks never split a question from its
    notes space.

    \b
    Example:
        jobkit interview --role medical-records-specialist --level mid -o practice.pdf
        jobkit interview --role medical-records-specialist --count 12 --category behavioral --category technical \\
            --seed 7 -o set.docx
        jobkit interview --role medical-records-specialist --level senior --answers -o practice-with-guide.pdf
        jobkit interview --role medical-records-specialist --level supervisor --kit -o interviewer-kit.pdf
        jobkit interview --role medical-records-specialist --job posting.txt --profile profile.yaml -o prep.pdf
        jobkit interview --role medical-records-specialist --list-categories
    """
    if list_categories:
        _print_categories(role, level)
        return
    from .budget import BudgetedRenderer

    fmt = choose_format(fmt, output)
    with BudgetedRenderer(fmt) as renderer:
        from .api import render_interview

        document = render_interview(
            role=role,
            level=level,
            categories=list(categories),
            count=count,
            seed=seed,
            answers=answers,
            kit=kit,
            job=job,
            profile=profile,
            strict=strict,
            theme=theme,
            paper=paper,
            fmt=fmt,
            convert=renderer.convert,
        )
    for note in list(document.notes):
        click.echo(f"warning: {note}", err=True)
    document.notes = []
    emit(document, output, [path for path in (job, profile) if path])


def _print_categories(role: str, level: str | None) -> None:
    from rich.table import Table

    from .documents.interview import eligible_questions
    from .roles import load_role

    pack = load_role(role)
    if level is not None and level not in [item.id for item in pack.levels]:
        from .suggestions import unknown_name_message

        raise JobkitError(unknown_name_message("level", level, [item.id for item in pack.levels]))
    table = Table(title=f"Question categories for {pack.title}" + (f" ({level})" if level else ""))
    table.add_column("id", no_wrap=True)
    table.add_column("title")
    table.add_column("questions", justify="right")
    for category in pack.interview.categories:
        table.add_row(
            category.id, category.title, str(len(eligible_questions(pack, level=level, categories=[category.id])))
        )
    make_console().print(table)


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
