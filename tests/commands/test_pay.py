"""`jobkit pay search|show`, `roles new --soc` and `roles validate` on SOC codes."""

from __future__ import annotations

import json
import re

from toolkit.cli import cli


def test_pay_search_lists_codes_the_standard_way(runner):
    result = runner.invoke(cli, ["pay", "search", "medical", "records"])
    assert result.exit_code == 0 and "29-2072" in result.stdout and "Medical Records Specialists" in result.stdout


def test_pay_search_lists_at_most_the_limit(runner):
    def codes(*options: str) -> list[str]:
        result = runner.invoke(cli, ["pay", "search", "medical", *options])
        assert result.exit_code == 0, result.output
        return re.findall(r"\b\d\d-\d{4}\b", result.stdout)

    everything = codes()
    assert len(everything) > 2 and codes("--limit", "2") == everything[:2]


def test_pay_search_with_no_match_says_so(runner):
    result = runner.invoke(cli, ["pay", "search", "zzzz", "qqqq"])
    assert result.exit_code == 1 and "no OEWS occupation matches" in result.output


def test_pay_show_prints_the_percentiles_and_the_area_used(runner):
    result = runner.invoke(cli, ["pay", "show", "292072", "--location", "Oak Park, IL", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["soc"] == "29-2072" and data["area"] == "Illinois" and data["area_kind"] == "state"
    assert data["paid"] == "hour" and data["hourly"]["median"] > 0
    assert "Oak Park, IL is not named in any OEWS metropolitan area" in result.stderr


def test_pay_show_prints_each_percentile_hourly_and_yearly_as_the_json_gives_it(runner):
    arguments = ["pay", "show", "29-2072", "--location", "Chicago, IL"]
    data = json.loads(runner.invoke(cli, [*arguments, "--json"]).stdout)
    table = runner.invoke(cli, arguments, env={"COLUMNS": "200"})  # rows unwrapped whatever the terminal
    assert table.exit_code == 0, table.output
    lines = [line.strip("│ ").split(" │ ") for line in table.stdout.splitlines()]
    rows = {cells[0].strip(): [cell.strip() for cell in cells[1:]] for cells in lines if len(cells) == 3}
    labels = {"p10": "10th percentile", "p25": "25th percentile", "median": "median", "p75": "75th percentile"}
    for key, label in (labels | {"p90": "90th percentile", "mean": "mean"}).items():
        hourly, yearly = data["hourly"][key], data["annual"][key]
        assert rows[label] == [f"${hourly:,.2f}", f"${yearly:,.0f}"], label
    assert "Chicago-Naperville-Elgin" in table.stdout


def test_pay_show_an_unknown_code_is_a_clear_error(runner):
    result = runner.invoke(cli, ["pay", "show", "29-2073"])
    assert result.exit_code == 1 and "did you mean 29-2072" in result.output and "Traceback" not in result.output


def test_roles_validate_checks_soc_codes_with_file_line_and_near_codes(runner, tmp_path):
    pack = tmp_path / "clerk.yaml"
    pack.write_text(
        'format: 2\nid: clerk\nextends: medical-records-specialist\ntitle: Records Clerk\nsoc:\n  - {code: "29-2073"}\n'
    )
    result = runner.invoke(cli, ["roles", "validate", str(pack)])
    assert result.exit_code == 1
    assert "clerk.yaml:6:" in result.output and "soc[0].code" in result.output and "29-2072" in result.output
