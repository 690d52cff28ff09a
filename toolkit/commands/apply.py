"""The apply command: resume, cover letter, interview practice and check report for one posting, in one folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .options import (
    FORMAT_CHOICES,
    handle_errors,
    language_options,
    letter_words_options,
    make_console,
    own_words_options,
    role_options,
    tell_outcome,
    theme_option,
)
from .terminal import terminal_text as text

if TYPE_CHECKING:
    from ..apply import Application


@click.command()
@click.argument("profile", type=click.Path(path_type=Path))
@click.option(
    "--job",
    required=True,
    type=click.Path(path_type=Path),
    metavar="POSTING",
    help="The job posting (text, Markdown or JSON Resume job): every document is made for it.",
)
@role_options()
@click.option(
    "--company", metavar="NAME", help="The employer, when the posting does not name it (or names it wrongly)."
)
@click.option("--position", metavar="TITLE", help="The position, instead of the posting's title.")
@click.option("--hiring-manager", metavar="NAME", help='The letter\'s addressee; without it "Dear Hiring Manager,".')
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMAT_CHOICES, case_sensitive=False),
    help="Format of the documents; repeat for several (-f pdf -f docx). Default: pdf. "
    "The check reads the PDF, else the DOCX.",
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    default=".",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="FOLDER",
    help="Folder for the files, created if missing. Default: the current folder.",
)
@own_words_options(why=True)
@letter_words_options
@theme_option
@language_options
@handle_errors
def apply(
    profile: Path,
    job: Path,
    role: str | None,
    level: str | None,
    roles_dirs: tuple[Path, ...],
    company: str | None,
    position: str | None,
    hiring_manager: str | None,
    formats: tuple[str, ...],
    out_dir: Path,
    why: str | None,
    headline: str | None,
    summary: str | None,
    salutation: str | None,
    sign_off: str | None,
    theme: str,
    lang: str | None,
    paper: str | None,
) -> None:
    """The whole application for one posting: resume, cover letter, interview practice, check report.

    From one reading of PROFILE and the posting: the resume tailored to it, the cover
    letter, the `check` report of that very resume against the posting (Markdown and
    JSON), and an interview practice sheet with the posting's requirements first and your
    closest evidence under each question. With --lang (or the profile's meta.language)
    the resume and letter are in that language (the interview sheet and the report stay in
    English). Without --role, the role pack the posting's title
    names is used, when there is one. Files are named "Name - Company - Title -
    Resume.pdf" and so on; a new run replaces the same application's files, never an
    input. The summary lists what was made, the score, and the gaps: those your profile
    already states (true to fill) and those it does not (add only if true).

    \b
    Example:
        jobkit apply profile.yaml --job posting.txt -o riverside/
        jobkit apply profile.yaml --job posting.txt --role medical-records-specialist -f pdf -f docx -o riverside/
        jobkit apply profile.yaml --job stellenanzeige.txt --lang de -o klinikum/
        jobkit apply profile.yaml --job posting.txt --headline "Data Analyst" --why @why.txt -o acme/
        jobkit apply profile.yaml --job posting.txt --salutation "Dear Ms. Rivera," --sign-off "Kind regards," -o acme/
    """
    from ..apply import apply_for_job

    application = apply_for_job(
        profile,
        job=job,
        out_dir=out_dir,
        role=role,
        level=level,
        roles_dirs=roles_dirs,
        company=company,
        position=position,
        hiring_manager=hiring_manager,
        formats=[fmt.lower() for fmt in formats] or ["pdf"],
        theme=theme,
        paper=paper,
        lang=lang,
        why=why,
        headline=headline,
        summary=summary,
        salutation=salutation,
        sign_off=sign_off,
        within_budget=True,
    )
    tell_outcome(application)
    make_console().print(render_application_summary(application))


def render_application_summary(application: Application) -> Any:
    """A rich renderable: what was made, the score, and the gaps, all text from files shown as text."""
    from rich.console import Group
    from rich.text import Text

    from .check_view import score_style
    from .tables import Table

    parts: list[Any] = [
        Text.assemble(
            ("Application: ", "bold"),
            text(application.title or "the position", "bold cyan"),
            " at ",
            text(application.company or "the company", "bold cyan"),
        )
    ]
    made = Table(title=text(f"Made in {application.folder}"), title_justify="left", show_header=False, box=None)
    made.add_column(style="dim", no_wrap=True)
    made.add_column()
    made.add_column(justify="right", style="dim", no_wrap=True)
    for file in application.files:
        made.add_row(text(file.what), text(file.path.name), text(_size(file.size)))
    parts.append(made)

    report = application.report
    if report is None:
        parts.append(text(f"No check: {application.check_note}", "yellow"))
    else:
        if report.score is None:
            score = text(f"Score: {report.score_note}", "bold yellow")
        else:
            score = Text.assemble(
                ("Score: ", "bold"),
                (f"{report.score}/100", score_style(report.score)),
                text(f"  ({report.score_note})", "dim"),
            )
        parts.append(score)
        problems = len(report.problems)
        facts = report.facts or []
        wrong_facts = sum(1 for fact in facts if fact.status != "found")
        parts.append(
            text(
                f"Parse-back: {'no problems' if not problems else f'{problems} problem(s), see the check report'}; "
                f"key facts: {f'all {len(facts)} found' if not wrong_facts else f'{wrong_facts} not read back whole'}",
                "green" if not problems and not wrong_facts else "yellow",
            )
        )
        parts.append(
            _gap_table("True to fill: your profile says these, the resume does not show them", True, application)
        )
        parts.append(_gap_table("Not in your profile: add only if true", False, application))
    parts.append(Text("jobkit suggests; it never changes your profile. Add only what is true.", style="dim italic"))
    return Group(*parts)


def _gap_table(title: str, in_profile: bool, application: Application) -> Any:
    from rich.text import Text

    from .tables import Table

    gaps = application.true_to_fill if in_profile else application.only_if_true
    if not gaps:
        return Text(f"{title}: none", style="green" if in_profile or not application.gaps else "dim")
    table = Table(title=text(title), title_justify="left")
    table.add_column("requirement")
    table.add_column("asked")
    table.add_column("where your profile says it" if in_profile else "where it could go")
    for gap in gaps:
        table.add_row(text(gap.term), text(gap.importance), text(gap.in_profile if in_profile else gap.suggestion))
    return table


def _size(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size >= 1024 else f"{size} bytes"
