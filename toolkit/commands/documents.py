"""Commands that make one document: resume, cover-letter, job-description, interview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .making import make_document
from .options import (
    JD_FORMAT_CHOICES,
    JOB_OPTION_HELP,
    choose_format,
    handle_errors,
    letter_words_options,
    output_options,
    own_words_options,
    pages_option,
    role_options,
)
from .watching import watch_option


@click.command()
@click.argument("profile", type=click.Path(path_type=Path))
@role_options()
@click.option("--job", type=click.Path(path_type=Path), metavar="POSTING", help=JOB_OPTION_HELP)
@click.option("--company", metavar="NAME", help="The employer the resume's aim names (else the posting's).")
@click.option("--position", metavar="TITLE", help="The position the resume's aim names (else the posting's title).")
@own_words_options()
@pages_option
@output_options(languages=True)
@watch_option
@handle_errors
def resume(
    profile: Path,
    role: str | None,
    level: str | None,
    roles_dirs: tuple[Path, ...],
    job: Path | None,
    company: str | None,
    position: str | None,
    headline: str | None,
    summary: str | None,
    theme: str,
    lang: str | None,
    paper: str | None,
    fmt: str | None,
    output: str | None,
    docx_template: Path | None,
    word_template: Path | None,
    watch: bool,
    pages: int | None,
) -> None:
    """Make a resume from PROFILE (JSON Resume in YAML or JSON), for any job.

    Alone it is your profile, cleanly laid out. With --job it is tailored to the posting
    (its terms first, a core-competencies line of the ones your profile really contains);
    with --role to a role pack's terms; known certifications get their full names. Nothing
    is claimed that the profile does not say.

    \b
    Example:
        jobkit resume profile.yaml -o resume.pdf
        jobkit resume profile.yaml --job posting.txt -o resume.docx
        jobkit resume profile.yaml --job posting.txt --position "Line Cook" --company "Alder & Ash" -o resume.pdf
        jobkit resume profile.yaml --role medical-records-specialist --level senior --theme modern --paper a4 -o cv.pdf
        jobkit resume resume.json -f md -o -
        jobkit resume profile.yaml --job posting.txt -o resume.pdf --watch     # again on every save
        jobkit resume profile.yaml --docx-template letterhead.docx -o resume.docx
        jobkit resume profile.yaml --lang de -o lebenslauf.pdf          # German headings and dates, A4
        jobkit resume profile.yaml --job posting.txt --headline "Data Analyst" --summary @summary.txt -o resume.pdf
        jobkit resume profile.yaml --pages 1 -o resume.pdf      # fit on one page, or say it cannot
    """
    fmt = choose_format(fmt, output, docx_template=docx_template, word_template=word_template)
    options: dict[str, Any] = dict(
        role=role,
        level=level,
        roles_dirs=roles_dirs,
        job=job,
        company=company,
        position=position,
        headline=headline,
        summary=summary,
        theme=theme,
        paper=paper,
        fmt=fmt,
        docx_template=docx_template,
        word_template=word_template,
        lang=lang,
        pages=pages,
    )
    from ..inputs.own_words import own_words_files  # here: --help loads no pydantic

    inputs = [profile, job, *own_words_files(summary)]
    make_document("render_resume", profile, options=options, output=output, watch=watch, inputs=inputs)


@click.command("cover-letter")
@click.argument("profile", type=click.Path(path_type=Path))
@role_options()
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
@own_words_options(why=True)
@letter_words_options
@pages_option
@output_options(languages=True)
@watch_option
@handle_errors
def cover_letter(
    profile: Path,
    role: str | None,
    level: str | None,
    roles_dirs: tuple[Path, ...],
    company: str | None,
    position: str | None,
    hiring_manager: str | None,
    address: str | None,
    job: Path | None,
    explain: bool,
    seed: int | None,
    letter_date,
    why: str | None,
    headline: str | None,
    summary: str | None,
    salutation: str | None,
    sign_off: str | None,
    theme: str,
    lang: str | None,
    paper: str | None,
    fmt: str | None,
    output: str | None,
    docx_template: Path | None,
    word_template: Path | None,
    watch: bool,
    pages: int | None,
) -> None:
    """Write a cover letter from PROFILE for one application, in the same themes as the resume.

    The body picks the profile's strongest evidence (work highlights, certifications,
    skills) for the posting's requirements, else the role's terms. A requirement the
    profile cannot meet is left out, never claimed. It needs an employer and a position:
    from --job, or --company and --position (or --role).

    \b
    Example:
        jobkit cover-letter profile.yaml --job posting.txt -o letter.pdf
        jobkit cover-letter profile.yaml --company "Pacific Crest Logistics" --position "Warehouse Shift Lead" \\
            --hiring-manager "Dana Lee" -o letter.docx
        jobkit cover-letter profile.yaml --role medical-records-specialist --job job.json -f md -o - --explain
        jobkit cover-letter profile.yaml --job annonce.txt --lang fr -o lettre.pdf
        jobkit cover-letter profile.yaml --job posting.txt --why @why-riverside.txt -o letter.pdf
        jobkit cover-letter profile.yaml --job posting.txt --salutation "Dear Ms. Rivera," \\
            --sign-off "Kind regards," -o letter.pdf
        jobkit cover-letter profile.yaml --job posting.txt --pages 1 -o letter.docx
    """
    fmt = choose_format(fmt, output, docx_template=docx_template, word_template=word_template)
    options: dict[str, Any] = dict(
        role=role,
        level=level,
        roles_dirs=roles_dirs,
        company=company,
        position=position,
        job=job,
        hiring_manager=hiring_manager,
        address=address,
        seed=seed,
        why=why,
        headline=headline,
        summary=summary,
        salutation=salutation,
        sign_off=sign_off,
        theme=theme,
        paper=paper,
        fmt=fmt,
        today=letter_date.date() if letter_date else None,
        docx_template=docx_template,
        word_template=word_template,
        lang=lang,
        pages=pages,
    )
    from ..inputs.own_words import own_words_files

    make_document(
        "render_cover_letter",
        profile,
        options=options,
        output=output,
        watch=watch,
        inputs=[profile, job, *own_words_files(why, summary)],
        explain=explain,
    )


@click.command("job-description")
@role_options(required=True, level_help="Career level of the job (see `jobkit roles show ROLE`).")
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
@click.option(
    "--apply-by",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="The date applications close, said in the posting (Colorado requires it).",
)
@click.option(
    "--employees",
    type=click.IntRange(min=1),
    metavar="N",
    help="How many people you employ (else the company file's `employees`): pay-transparency laws reach "
    "employers from a size on.",
)
@output_options(JD_FORMAT_CHOICES)
@watch_option
@handle_errors
def job_description(
    role: str,
    level: str,
    roles_dirs: tuple[Path, ...],
    company: str | None,
    company_file: Path | None,
    location: str | None,
    remote: str,
    employment: str,
    salary: str,
    apply_by,
    employees: int | None,
    theme: str,
    paper: str,
    fmt: str | None,
    output: str | None,
    docx_template: Path | None,
    word_template: Path | None,
    watch: bool,
) -> None:
    """Write a ready-to-post job description for a role and level, in your company's voice.

    Title from the career path, about-us, location and work mode, pay range, summary,
    responsibilities for the level, required and preferred qualifications kept apart,
    skills and tools, schedule, physical demands, benefits, an EEO statement and how to
    apply. -f json gives a JSON Resume job document; the HTML embeds schema.org JobPosting
    JSON-LD for careers pages.

    Pay (--salary auto) comes from BLS OEWS wages for the level where the job is (--location, else
    the company file's first location), and the posting says so. The finished posting is audited
    like any other (`jobkit audit`): its findings for that place are printed.

    \b
    Example:
        jobkit job-description --role medical-records-specialist --level senior --company-file company.yaml \\
            --location "Chicago, IL" --remote hybrid --employment full-time -o senior-mrs.docx
        jobkit job-description --role medical-records-specialist --level junior --company "Riverside Health" \\
            --salary 36000-42000 -o jd.pdf
        jobkit job-description --role medical-coder --level mid --company-file company.yaml \\
            --location "Denver, CO" --apply-by 2027-06-30 -o coder-denver.pdf
        jobkit job-description --role medical-records-specialist --level mid --company "Riverside Health" \\
            -f json -o job.json
        jobkit job-description --role medical-records-specialist --level mid --company-file company.yaml \\
            --word-template examples/templates/job-description.docx -o mrs.docx
    """
    fmt = choose_format(fmt, output, JD_FORMAT_CHOICES, docx_template=docx_template, word_template=word_template)
    options: dict[str, Any] = dict(
        role=role,
        level=level,
        roles_dirs=roles_dirs,
        company=company,
        company_file=company_file,
        location=location,
        remote=remote,
        employment=employment,
        salary=salary,
        apply_by=apply_by.date() if apply_by else None,
        employees=employees,
        theme=theme,
        paper=paper,
        fmt=fmt,
        docx_template=docx_template,
        word_template=word_template,
    )
    make_document("render_job_description", options=options, output=output, watch=watch, inputs=[company_file])
