"""A narrow terminal gets taller table rows, never shortened text: a 40-column terminal once showed each
pay figure of `roles show` as ``$38,…``."""

from __future__ import annotations

from support.paths import ROLE

from toolkit.cli import cli
from toolkit.inputs.roles import load_role


def column_text(output: str, title: str, column: int) -> str:
    """One column of the table under ``title``, its folded pieces joined with no spaces between them."""
    lines = output.splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith(title))
    pieces = []
    for line in lines[start + 1 :]:
        if line.startswith("└"):
            break
        if line.startswith("│"):
            pieces.append(line.split("│")[column + 1].strip())
    return "".join(pieces).replace(" ", "")


def test_roles_show_on_a_40_column_terminal_keeps_every_pay_figure_whole(runner):
    shown = runner.invoke(cli, ["roles", "show", ROLE], env={"COLUMNS": "40"})
    assert shown.exit_code == 0, shown.output
    assert max(len(line) for line in shown.output.splitlines()) <= 40
    assert "…" not in shown.output
    amounts = column_text(shown.output, "Pay figures", 2)
    figures = load_role(ROLE).reference.pay
    assert figures and all(f"${figure.amount:,.0f}" in amounts for figure in figures if figure.unit == "year")
    levels = column_text(shown.output, "Levels (career path)", 1)
    assert all(level.title.replace(" ", "") in levels for level in load_role(ROLE).levels)
