"""Commands that set up and inspect inputs: init, validate, roles."""

from __future__ import annotations

from pathlib import Path

import click

from ..cli import (
    cli,
    handle_errors,
    make_console,
    tell,
)
from ..terminal import printable, terminal_text


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
    from ..starters import write_starter

    write_starter("company" if for_company else "profile", path)
    if for_company:
        tell(f"wrote {path}; fill it in, then run: jobkit job-description --company-file {path} ...")
    else:
        tell(f"wrote {path}; fill it in, then run: jobkit validate {path}")


@cli.command()
@click.argument("profile", type=click.Path(path_type=Path))
@handle_errors
def validate(profile: Path) -> None:
    """Check a profile (JSON Resume, YAML or JSON); list every problem as FILE:LINE:COL: field: message.

    \b
    Example:
        jobkit validate profile.yaml
    """
    from ..profiles import load_profile

    loaded = load_profile(profile)
    for warning in loaded.warnings:
        tell(f"warning: {warning}")
    count = len(loaded.warnings)
    click.echo(
        printable(
            f"{profile}: valid JSON Resume profile" + (f" ({count} warning{'s' * (count != 1)})" if count else "")
        )
    )


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

    from ..roles import builtin_role_ids, load_role

    console = make_console()
    packs = [load_role(role_id) for role_id in builtin_role_ids()]
    table = Table(title="Role packs")
    # The id is what people copy into --role, so it is never shortened.
    table.add_column("id", no_wrap=True, min_width=max(len(pack.id) for pack in packs))
    table.add_column("title")
    table.add_column("levels")
    for pack in packs:
        table.add_row(
            terminal_text(pack.id),
            terminal_text(pack.title),
            terminal_text(", ".join(level.id for level in pack.levels)),
        )
    console.print(table)


@roles.command("show")
@click.argument("role")
@handle_errors
def roles_show(role: str) -> None:
    """A role pack's levels, skills, certifications and keywords.

    \b
    Example:
        jobkit roles show medical-records-specialist
    """
    from ..role_report import role_report
    from ..roles import load_role

    console = make_console()
    for warning in load_role(role).load_warnings:
        tell(f"warning: {warning}")
    console.print(role_report(role))
