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
