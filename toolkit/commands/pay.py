"""`jobkit pay search|show`: BLS OEWS wages for any occupation and place."""

from __future__ import annotations

import click

from .options import handle_errors, make_console, tell
from .terminal import terminal_text as text


@click.group()
def pay() -> None:
    """Market pay from BLS OEWS (May 2025): find an occupation's SOC code, see its wages by place.

    \b
    Example:
        jobkit pay search medical records
        jobkit pay show 29-2072 --location "Jackson, MS"
    """


@pay.command("search")
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True, help="At most this many.")
@handle_errors
def pay_search(words: tuple[str, ...], limit: int) -> None:
    """List the occupations whose titles hold all of WORDS, with their SOC codes.

    A SOC code (29-2072 or 292072) or the start of one (29-20) lists that code or group.

    \b
    Example:
        jobkit pay search forklift
        jobkit pay search medical records
        jobkit pay search 53-70
    """
    from ..pay import release, search_occupations
    from .tables import Table

    query = " ".join(words)
    found = search_occupations(query, limit=limit)
    if not found:
        tell(f"no OEWS occupation matches {query!r}; try fewer or other words")
        raise SystemExit(1)
    table = Table(title=text(f"BLS OEWS {release()} occupations matching {query!r}"))
    table.add_column("SOC", no_wrap=True)
    table.add_column("occupation")
    for occupation in found:
        title = occupation.title if occupation.detailed else f"{occupation.title} (group)"
        table.add_row(text(occupation.code), text(title))
    make_console().print(table)


@pay.command("show")
@click.argument("soc")
@click.option("--location", metavar='"City, ST"', help="The place of the job (default: the whole nation).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@handle_errors
def pay_show(soc: str, location: str | None, as_json: bool) -> None:
    """Print an occupation's wage percentiles, hourly and yearly, and the area they are for.

    The area is the place's metropolitan area, else its state, else the nation; jobkit says
    which it used and why.

    \b
    Example:
        jobkit pay show 29-2072 --location "Jackson, MS"
        jobkit pay show 537051 --location "Oak Park, IL"
        jobkit pay show 11-9111 --json
    """
    from ..pay.report import pay_report

    report = pay_report(soc, location)
    for note in report["notes"]:
        tell(f"note: {note}")
    if as_json:
        import json

        click.echo(json.dumps(report, indent=2))
        return
    make_console().print(_pay_table(report))


def _pay_table(report: dict):
    from .tables import Table

    top = set(report["top_coded"])
    table = Table(
        title=text(f"{report['occupation']} ({report['soc']}) in {report['area']}"),
        caption=text(
            f"{report['source']}; usually paid by the {report['paid']}"
            + (f"; employment {report['employment']:,}" if report["employment"] else "")
            + ("; ≥ marks BLS's top code (the wage is at least this)" if top else "")
        ),
    )
    table.add_column("statistic")
    table.add_column("hourly", justify="right")
    table.add_column("yearly", justify="right")
    names = {"p10": "10th percentile", "p25": "25th percentile", "median": "median", "p75": "75th percentile"}
    names |= {"p90": "90th percentile", "mean": "mean"}
    for key, label in names.items():
        mark = "≥ " if key in top else ""
        hourly, annual = report["hourly"][key], report["annual"][key]
        table.add_row(
            text(label),
            text(f"{mark}${hourly:,.2f}" if hourly is not None else "not published"),
            text(f"{mark}${annual:,.0f}" if annual is not None else "not published"),
        )
    return table
