"""What roles show prints: each pay figure once with its unit, and sources as a reader needs them, not as the pack
was made."""

from __future__ import annotations

import pytest

from toolkit.cli import cli


def test_roles_show_states_each_pay_figure_once_with_its_unit(runner):
    # A figure read "$44,090 a year a year"; the unit belongs once, after the amount.
    shown = runner.invoke(cli, ["roles", "show", "medical-coder"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "$44,090 a year " in shown.output and "$21.20 an hour " in shown.output
    assert "a year a year" not in shown.output and "an hour an hour" not in shown.output


@pytest.mark.parametrize("role", ["medical-records-specialist", "medical-coder", "him-supervisor"])
def test_roles_show_speaks_to_the_user_not_of_how_the_pack_was_made(runner, role):
    """A source was shown as "(publisher not named in the seed)": the pack authors' word, not the reader's."""
    shown = runner.invoke(cli, ["roles", "show", role], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert "not named in the seed" not in text
    assert "career-training guide" in text and "((" not in text.replace(" ", "")
