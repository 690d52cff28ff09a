"""The interview command: a practice sheet for a candidate, or a structured kit for interviewers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .making import make_document
from .options import (
    choose_format,
    handle_errors,
    make_console,
    output_options,
    role_options,
    tell,
)
from .terminal import terminal_text
from .watching import watch_option


@click.command()
@role_options(
    level_help="Career level; questions for that level only (default: all levels, or the level --profile points to)."
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
    "--same-as-practice",
    is_flag=True,
    help="With --kit: ask the questions the practice sheet for the same role, level and posting asks. By "
    "default the kit draws others where the bank has them, so a candidate is not asked what they rehearsed.",
)
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
@click.option("--company", metavar="NAME", help="The hiring company, shown on the sheet or kit (else the posting's).")
@output_options()
@watch_option
@handle_errors
def interview(
    role: str | None,
    level: str | None,
    roles_dirs: tuple[Path, ...],
    count: int | None,
    categories: tuple[str, ...],
    seed: int | None,
    answers: str | None,
    kit: bool,
    same_as_practice: bool,
    job: Path | None,
    profile: Path | None,
    list_categories: bool,
    strict: bool,
    company: str | None,
    theme: str,
    paper: str,
    fmt: str | None,
    output: str | None,
    docx_template: Path | None,
    word_template: Path | None,
    watch: bool,
) -> None:
    """Make an interview practice sheet (candidates) or a structured interviewer kit (hiring teams).

    Questions come from the role's question bank, grouped by category and numbered, each
    with a STAR reminder and room to write. Page breaks never split a question from its
    notes space.

    \b
    Example:
        jobkit interview --job posting.txt --profile profile.yaml -o prep.pdf    # any job: the general questions
        jobkit interview --level mid --kit -o interviewer-kit.pdf
        jobkit interview --role medical-records-specialist --level mid -o practice.pdf
        jobkit interview --role medical-records-specialist --count 12 --category behavioral --category technical \\
            --seed 7 -o set.docx
        jobkit interview --role medical-records-specialist --level senior --answers -o practice-with-guide.pdf
        jobkit interview --role medical-records-specialist --level supervisor --kit --company "Riverside Health" \\
            -o interviewer-kit.pdf
        jobkit interview --role medical-records-specialist --job posting.txt --profile profile.yaml -o prep.pdf
        jobkit interview --role medical-records-specialist --list-categories
    """
    if list_categories:
        _print_categories(role, level, roles_dirs)
        return
    fmt = choose_format(fmt, output, docx_template=docx_template, word_template=word_template)
    options: dict[str, Any] = dict(
        role=role,
        level=level,
        roles_dirs=roles_dirs,
        categories=list(categories),
        count=count,
        seed=seed,
        answers=answers,
        kit=kit,
        same_as_practice=same_as_practice,
        job=job,
        profile=profile,
        strict=strict,
        company=company,
        theme=theme,
        paper=paper,
        fmt=fmt,
        docx_template=docx_template,
        word_template=word_template,
    )
    make_document("render_interview", options=options, output=output, watch=watch, inputs=[job, profile])


def _print_categories(role: str | None, level: str | None, roles_dirs: tuple[Path, ...]) -> None:
    from ..api import interview_categories
    from .tables import Table

    listing = interview_categories(role=role, level=level, roles_dirs=roles_dirs)
    for warning in listing.warnings:
        tell(f"warning: {warning}")
    table = Table(title=terminal_text(f"Question categories for {listing.title}" + (f" ({level})" if level else "")))
    table.add_column("id", no_wrap=True)
    table.add_column("title")
    table.add_column("questions", justify="right")
    for category_id, title, count in listing.categories:
        table.add_row(terminal_text(category_id), terminal_text(title), terminal_text(count))
    make_console().print(table)
