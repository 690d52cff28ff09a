"""`jobkit audit POSTING`: pay transparency for the posting's place, and fair wording."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..errors import EXIT_BAD_INPUT
from .options import handle_errors, require_stdout, tell
from .terminal import printable


@click.command()
@click.argument("posting", type=click.Path(path_type=Path))
@click.option("--location", metavar='"City, ST"', help="Where the job is (else the location the posting states).")
@click.option(
    "--employees",
    type=click.IntRange(min=1),
    metavar="N",
    help="How many people the employer has (else a size the posting states): laws reach employers from a size on.",
)
@click.option(
    "--date",
    "on_day",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Audit as of this day (default: today): which laws are in effect.",
)
@click.option("--json", "as_json", is_flag=True, help='Print {"findings": [...]} as JSON on standard output.')
@handle_errors
def audit(posting: Path, location: str | None, employees: int | None, on_day, as_json: bool) -> None:
    """Review a job posting (jobkit's or any pasted one): pay transparency and fair wording.

    Each finding has a rule id, a severity (violation, warning or note), a message quoting
    the posting, and the law or source behind the rule. Pay-transparency rules are checked
    for the posting's place (Colorado, California, Washington, New York State and City,
    Illinois, Maryland, Minnesota, Massachusetts, New Jersey, Vermont, Hawaii, the District
    of Columbia; the EU directive as a note). Exit code 1 when there is a violation. Not
    legal advice.

    \b
    Example:
        jobkit audit posting.txt --location "Denver, CO"
        jobkit audit jd.md --employees 12 --json
        jobkit job-description --role medical-coder --level mid --company-file company.yaml -f md -o jd.md \\
            && jobkit audit jd.md
    """
    from ..audit import audit_posting

    report = audit_posting(
        posting, location=location, employees=employees, today=on_day.date() if on_day else date.today()
    )
    for note in report.notes:
        tell(f"note: {note}")
    if as_json:
        import json

        click.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False), file=require_stdout())
    else:
        _print(report, posting)
    if report.violations:
        sys.exit(EXIT_BAD_INPUT)


def _print(report, posting: Path) -> None:
    where = f"{report.location} (from {report.location_from})" if report.location else "no place known"
    counts = {kind: sum(1 for item in report.findings if item.severity == kind) for kind in ("violation", "warning")}
    out = require_stdout()
    click.echo(
        printable(
            f"jobkit audit {posting}: {where}; {counts['violation']} violation(s), {counts['warning']} warning(s)"
        ),
        file=out,
    )
    for finding in report.findings:
        at = f"line {finding.line}: " if finding.line else ""
        click.echo(printable(f"{finding.severity:9} {finding.rule}: {at}{finding.message}"), file=out)
        if finding.quote:
            click.echo(printable(f"          the posting: {finding.quote[:160]!r}"), file=out)
        click.echo(printable(f"          source: {finding.source}"), file=out)
    click.echo("Not legal advice: check the source of each rule for your case.", file=out)
