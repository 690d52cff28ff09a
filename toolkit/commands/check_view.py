"""How `jobkit check` shows its report on a terminal: rich tables, colour where it helps."""

from __future__ import annotations

from typing import Any

from ..check import SCORE_FORMULA, CheckReport
from ..matching import importance_weight
from .terminal import printable
from .terminal import terminal_text as text


def render_check_report(report: CheckReport, *, show_text: bool = False) -> Any:
    """A rich renderable for the whole report.

    Everything from the resume, posting or file name goes in as ``Text`` (never markup)
    through ``printable``: it is someone else's text, shown on your terminal.
    """
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    from .tables import Table

    parts: list[Any] = []
    parts.append(
        Text.assemble(
            ("jobkit check ", "bold"),
            (printable(report.file), "bold cyan"),
            f"  ({report.kind.upper()}, {report.pages_read()}, {len(report.text):,} characters read)",
        )
    )
    if show_text:
        parts.append(Panel(text(report.text), title="Text an ATS reads", title_align="left", border_style="dim"))

    if report.resume:
        parts.append(_what_was_read(report.resume))

    if report.problems:
        problems = Table(title="Parse-back problems", title_justify="left", show_header=False, box=None)
        problems.add_column(style="yellow", no_wrap=True)
        problems.add_column()
        for problem in report.problems:
            problems.add_row(text(f"! {problem.code}"), text(problem.message))
        parts.append(problems)
    else:
        parts.append(Text("✓ Parse-back: no problems found", style="green"))

    if report.facts is not None:
        wrong = [fact for fact in report.facts if fact.status != "found"]
        if wrong:
            facts = Table(title="Key facts from the profile", title_justify="left")
            facts.add_column("fact")
            facts.add_column("value")
            facts.add_column("status", style="red")
            for fact in wrong:
                facts.add_row(text(fact.fact), text(fact.value), text(fact.status))
            parts.append(facts)
        else:
            parts.append(
                Text(f"✓ Key facts: all {len(report.facts)} from the profile found, whole and in order", style="green")
            )

    if report.posting is not None:
        parts.append(_posting_read(report.posting))
    if report.against:
        table = Table(title=text(f"Match against {report.against}"), title_justify="left")
        from_posting = any(requirement.source for requirement in report.requirements)
        table.add_column("requirement (and the posting line that asks it)" if from_posting else "requirement")
        table.add_column("kind")
        table.add_column("asked")
        table.add_column("points", justify="right")
        table.add_column("found", justify="center")
        table.add_column("where it was found, or where it could honestly go")
        order = sorted(report.requirements, key=lambda item: (item.found, item.importance != "required"))
        for requirement in order:
            mark = Text("✓", style="green") if requirement.found else Text("✗", style="red")
            detail = (
                text(requirement.where)
                if requirement.found
                else text(
                    f"if true for you: {requirement.suggestion}"
                    + (f" ({requirement.where})" if requirement.where else ""),
                    "dim",
                )
            )
            term = text(requirement.term)
            if requirement.source:
                where = f"line {requirement.line}: " if requirement.line else ""
                term.append(text(f"\n{where}{_shortened(requirement.source)}", "dim"))
            counted = importance_weight(requirement.weight, requirement.importance)
            table.add_row(term, text(requirement.kind), text(requirement.importance), text(str(counted)), mark, detail)
        parts.append(table)
        if report.score is None:
            parts.append(text(f"Score: {report.score_note}", "bold yellow"))
        else:
            parts.append(
                Text.assemble(
                    ("Score: ", "bold"),
                    (f"{report.score}/100", score_style(report.score)),
                    printable(f"  ({report.score_note})"),
                )
            )
            parts.append(Text(SCORE_FORMULA, style="dim"))
    parts.append(Text("jobkit suggests; it never changes your resume. Add only what is true.", style="dim italic"))
    return Group(*parts)


def _what_was_read(resume: dict[str, Any]) -> Any:
    """The fields an ATS fills from the resume, as jobkit read them: contact, sections, jobs, degrees, skills."""
    from rich.console import Group
    from rich.text import Text

    from .tables import Table

    def shown(value: Any) -> Text:
        return text(str(value)) if value not in (None, "") else Text("not read", style="red")

    parts: list[Any] = [Text("What an ATS reads", style="bold")]
    contact = Table(show_header=False, box=None, padding=(0, 1))
    for label in ("name", "email", "phone"):
        contact.add_row(label, shown(resume.get(label)))
    years = resume.get("years_of_work")
    contact.add_row("years of work", shown(None if years is None else f"{years:g} (from the jobs' dates)"))
    sections = " · ".join(f"{section['heading']} ({section['kind']})" for section in resume.get("sections", []))
    contact.add_row("sections", shown(sections))
    skills = resume.get("skills") or []
    contact.add_row(
        "skills", shown(", ".join(skills[:15]) + (f" and {len(skills) - 15} more" if len(skills) > 15 else ""))
    )
    parts.append(contact)
    if resume.get("jobs"):
        jobs = Table(title="jobs", title_justify="left", box=None, padding=(0, 1))
        for column in ("title", "employer", "start", "end"):
            jobs.add_column(column)
        for job in resume["jobs"]:
            jobs.add_row(*(shown(job.get(column)) for column in ("title", "employer", "start", "end")))
        parts.append(jobs)
    if resume.get("education"):
        education = Table(title="education", title_justify="left", box=None, padding=(0, 1))
        for column in ("degree", "level", "school", "end", "finished"):
            education.add_column(column)
        for degree in resume["education"]:
            finished = Text("in progress", style="yellow") if degree.get("in_progress") else text("yes")
            education.add_row(*(shown(degree.get(column)) for column in ("degree", "level", "school", "end")), finished)
        parts.append(education)
    return Group(*parts)


def _posting_read(posting: dict[str, Any]) -> Any:
    """What was read from the posting's header: a fact not read shows as such, never as a guess."""
    from rich.text import Text

    line = Text.assemble(("Posting read: ", "bold"))
    for index, label in enumerate(("title", "company", "location", "workplace", "employment")):
        if index:
            line.append(" · ")
        value = posting.get(label)
        line.append(f"{label} ")
        line.append(text(value) if value else Text("not read", style="yellow"))
    return line


def score_style(score: int) -> str:
    """Green from 75, yellow from 50, red below: how a match score is coloured wherever it is shown."""
    return "bold green" if score >= 75 else "bold yellow" if score >= 50 else "bold red"


def _shortened(line: str, width: int = 70) -> str:
    """The line's start, cut between words ("... Chemistry…", not "... (grade…")."""
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"


def _pages(report: CheckReport) -> str:
    """ "2 pages"; a DOCX's pages are only estimated: Word lays it out when it opens it."""
    pages = f"{report.pages} page{'s' * (report.pages != 1)}"
    return pages if report.pages_exact else f"about {pages}, estimated: a DOCX has no fixed pages"
