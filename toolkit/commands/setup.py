"""Commands that set up and inspect inputs: init, validate, schema, roles, themes."""

from __future__ import annotations

from pathlib import Path

import click

from .options import (
    handle_errors,
    make_console,
    require_stdout,
    roles_dir_option,
    tell,
)
from .terminal import printable, terminal_text


@click.command()
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


@click.command()
@click.argument("profile", type=click.Path(path_type=Path))
@handle_errors
def validate(profile: Path) -> None:
    """Check a profile (JSON Resume, YAML or JSON); list every problem as FILE:LINE:COL: field: message.

    \b
    Example:
        jobkit validate profile.yaml
    """
    from ..inputs.profiles import load_profile

    loaded = load_profile(profile)
    for warning in loaded.warnings:
        tell(f"warning: {warning}")
    count = len(loaded.warnings)
    # A warning may mean text left out of every document (a misspelt field), so it is never plain "valid".
    verdict = f"valid with warnings ({count} above)" if count else "valid JSON Resume profile"
    click.echo(printable(f"{profile}: {verdict}"))


@click.command()
@click.argument("kind", type=click.Choice(["profile", "role", "company"]))
@handle_errors
def schema(kind: str) -> None:
    """Print the JSON Schema of a profile, a role pack or a company file, for editors to check and complete them.

    Save it and point your editor's YAML or JSON support at it (for VS Code's YAML extension,
    a first line ``# yaml-language-server: $schema=role.schema.json``).

    \b
    Example:
        jobkit schema role > role.schema.json
        jobkit schema profile > resume.schema.json
    """
    import json

    from ..inputs.schemas import json_schema

    click.echo(json.dumps(json_schema(kind), indent=2, ensure_ascii=False), file=require_stdout())


@click.group()
def roles() -> None:
    """List, inspect, start and check role packs: the shipped ones and your own.

    Your own packs live in the folders given with --roles-dir, in JOBKIT_ROLES_PATH, or in
    your user folder (`jobkit roles list` shows where); a pack there with a shipped pack's id
    replaces it.

    \b
    Example:
        jobkit roles list
        jobkit roles show medical-records-specialist
        jobkit roles new dental-assistant --title "Dental Assistant"
        jobkit roles validate dental-assistant.yaml
    """


@roles.command("list")
@roles_dir_option
@handle_errors
def roles_list(roles_dirs: tuple[Path, ...]) -> None:
    """Table of role packs: id, title, levels, and where each comes from.

    \b
    Example:
        jobkit roles list
        jobkit roles list --roles-dir my-packs/
    """
    from ..errors import JobkitError
    from ..inputs.roles import PackLocation, available_packs, load_role, user_roles_dir
    from ..models.role import RolePack
    from .roles_view import roles_table

    console = make_console()
    entries: list[tuple[PackLocation, RolePack | None, str]] = []
    for entry in available_packs(roles_dirs):
        try:
            entries.append((entry, load_role(str(entry.path), roles_dirs), ""))
        except JobkitError as error:
            entries.append((entry, None, str(error.problems[0])))
    console.print(roles_table(entries))
    tell(f"your own packs: {user_roles_dir()} (or --roles-dir, or JOBKIT_ROLES_PATH)")


@roles.command("show")
@click.argument("role")
@roles_dir_option
@handle_errors
def roles_show(role: str, roles_dirs: tuple[Path, ...]) -> None:
    """A role pack's levels, pay figures with their sources, certifications and keywords.

    \b
    Example:
        jobkit roles show medical-records-specialist
    """
    from ..inputs.roles import resolve_role
    from .roles_view import role_report

    resolved = resolve_role(role, roles_dirs)
    for warning in resolved.warnings:
        tell(f"warning: {warning}")
    for note in resolved.notes:
        tell(f"note: {note}")
    make_console().print(role_report(resolved.pack))


@roles.command("new")
@click.argument("role_id", metavar="ID")
@click.option("--title", help="The occupation's name (default: from the id).")
@click.option("--extends", "parent", default="general", show_default=True, metavar="ROLE", help="The pack to build on.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="PATH",
    help="Where to write it (default: ID.yaml in the current folder). Never overwrites a file.",
)
@click.option(
    "--soc",
    metavar="CODE",
    help="The occupation's SOC code (e.g. 53-7051; `jobkit pay search WORDS` finds it): job descriptions get "
    "BLS OEWS pay for it at once.",
)
@roles_dir_option
@handle_errors
def roles_new(
    role_id: str, title: str | None, parent: str, output: Path | None, soc: str | None, roles_dirs: tuple[Path, ...]
) -> None:
    """Write a commented starter role pack that extends another (the general pack by default).

    Its example text (summary, duties, terms, the interview question) must be replaced before
    it makes documents; `jobkit roles validate` points at each line that still holds it.

    \b
    Example:
        jobkit roles new forklift-operator --title "Forklift Operator" --soc 53-7051
        jobkit roles new dental-assistant --title "Dental Assistant"
        jobkit roles new medical-scribe --extends health-information-base -o ~/.config/jobkit/roles/medical-scribe.yaml
    """
    from ..starters import write_role_starter

    path = output or Path(f"{role_id}.yaml")
    write_role_starter(path, role_id=role_id, title=title, parent=parent, roles_dirs=roles_dirs, soc=soc)
    tell(f"wrote {path}; edit it, then run: jobkit roles validate {path}")


@roles.command("validate")
@click.argument("pack_file", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path))
@roles_dir_option
@handle_errors
def roles_validate(pack_file: Path, roles_dirs: tuple[Path, ...]) -> None:
    """Check a role pack file (merged with the packs it extends); list every problem as FILE:LINE:COL: field: message.

    \b
    Example:
        jobkit roles validate dental-assistant.yaml
    """
    from ..inputs.roles import resolve_role

    resolved = resolve_role(str(pack_file), roles_dirs, allow_abstract=True)
    warnings = [str(warning) for warning in resolved.warnings]
    pack = resolved.pack
    if pack.id != pack_file.stem:
        # A folder's pack is found by its file name: `roles list` showed dental-assistant, --role refused it.
        warnings.append(
            f"{pack_file}: id {pack.id!r} is not this file's name ({pack_file.name}); a pack in a folder is found "
            f"by its file name, so `--role {pack.id}` will not find it: name the file {pack.id}.yaml"
        )
    for warning in warnings:
        tell(f"warning: {warning}")
    count = len(warnings)
    summary = (
        f"{pack_file}: valid role pack {pack.id} ({len(pack.levels)} levels, {len(pack.all_keywords())} terms, "
        f"{len(pack.interview.questions)} interview questions"
        + (f", extends {' -> '.join(path.stem for path in resolved.files[1:])}" if len(resolved.files) > 1 else "")
        + ")"
        + (f" with {count} warning{'s' * (count != 1)}" if count else "")
    )
    click.echo(printable(summary), file=require_stdout())


@click.group()
def themes() -> None:
    """List the document themes.

    \b
    Example:
        jobkit themes list
    """


@themes.command("list")
@handle_errors
def themes_list() -> None:
    """The shipped themes, described by their tokens files; every document kind comes in each.

    --theme also takes the path of a theme folder of your own: a theme.yaml of tokens
    (fonts, sizes, colours, spacing, rules), and optionally theme.css and templates/.
    See examples/themes/ and docs/themes.md.

    \b
    Example:
        jobkit themes list
        jobkit resume profile.yaml --theme examples/themes/slate -o resume.docx
    """
    from ..inputs.themes import TOKENS_FILE, load_theme
    from ..render.html import available_themes
    from .tables import Table

    table = Table(title="Themes")
    table.add_column("theme", no_wrap=True)
    table.add_column("what it looks like")
    shipped = available_themes()
    for name, description in shipped.items():
        table.add_row(terminal_text(name), terminal_text(description))
    console = make_console()
    console.print(table)
    # The paths go below the table, each whole on one line: they are there to be copied, and a
    # table cell cuts a long path ("…/themes/classi…") or breaks it across its borders.
    console.print(terminal_text("Tokens files (copy a theme's folder to start your own):"))
    for name in shipped:
        console.print(terminal_text(f"  {name}: {load_theme(name).folder / TOKENS_FILE}"), soft_wrap=True)
