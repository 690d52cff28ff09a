"""How `jobkit check` shows its report on a terminal: what was read and what was not, missing requirements first
with where each could honestly go, the score coloured by how good it is."""

from __future__ import annotations

from rich.console import Console

from toolkit.check.report import CheckReport, Requirement
from toolkit.commands.check_view import render_check_report, score_style


def _shown(report: CheckReport, **options) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(render_check_report(report, **options))
    return console.export_text()


def _report(**fields) -> CheckReport:
    return CheckReport("resume.docx", "docx", 2, "Maya Robinson\nRHIT", pages_exact=False, **fields)


def test_a_clean_file_says_so_and_that_a_docx_has_only_estimated_pages():
    shown = _shown(_report())
    assert "jobkit check resume.docx  (DOCX, about 2 pages, estimated: a DOCX has no fixed pages" in shown
    assert "✓ Parse-back: no problems found" in shown
    assert "jobkit suggests; it never changes your resume. Add only what is true." in shown


def test_missing_requirements_come_first_with_where_they_could_honestly_go():
    report = _report(
        against="the posting posting.txt",
        requirements=[
            Requirement("RHIT", "certification", "required", 2, True, where="certificates"),
            Requirement("Epic", "keyword", "preferred", 1, False, suggestion="add it to Skills"),
        ],
        score=80,
        score_note="4 of 5 weighted points",
    )
    shown = _shown(report)
    assert shown.index("Epic") < shown.index("RHIT")
    assert "if true for you: add it to Skills" in shown
    assert "Score: 80/100  (4 of 5 weighted points)" in shown


def test_what_was_not_read_is_said_never_guessed():
    report = _report(resume={"name": "Maya Robinson", "email": None}, posting={"title": "Coder", "company": None})
    shown = _shown(report)
    lines = [" ".join(line.split()) for line in shown.splitlines()]
    assert "name Maya Robinson" in lines and "email not read" in lines
    assert "Posting read: title Coder · company not read" in shown


def test_scores_are_coloured_green_yellow_red():
    assert [score_style(score) for score in (90, 75, 74, 50, 49)] == [
        "bold green",
        "bold green",
        "bold yellow",
        "bold yellow",
        "bold red",
    ]
