"""The check command: a report for people or, with --json, the documented JSON for scripts; --min-score makes a
low match a failing exit for CI, saying why."""

from __future__ import annotations

import json

import pytest
from support.paths import EXAMPLES, ROLE

from toolkit.api import render_resume
from toolkit.cli import cli


@pytest.fixture(scope="module")
def resume(tmp_path_factory):
    path = tmp_path_factory.mktemp("check") / "resume.docx"
    path.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content)
    return path


def test_json_for_scripts_has_the_match_against_the_role(runner, resume):
    result = runner.invoke(cli, ["check", str(resume), "--role", ROLE, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["version"] == 1 and report["format"] == "docx"
    assert report["resume"]["name"] == "Maya Robinson"
    assert isinstance(report["match"]["score"], int) and report["match"]["requirements"]


def test_a_score_below_min_score_fails_and_says_why(runner, resume):
    passing = runner.invoke(cli, ["check", str(resume), "--role", ROLE, "--min-score", "1"])
    assert passing.exit_code == 0, passing.output
    failing = runner.invoke(cli, ["check", str(resume), "--role", ROLE, "--min-score", "100", "--json"])
    score = json.loads(failing.stdout)["match"]["score"]
    assert score < 100
    assert failing.exit_code == 1 and f"score {score} is below --min-score 100" in failing.stderr


def test_without_a_role_or_posting_there_is_no_score_to_pass(runner, resume):
    result = runner.invoke(cli, ["check", str(resume), "--min-score", "10"])
    assert result.exit_code == 1 and "score n/a is below --min-score 10" in result.output
    assert "What an ATS reads" in result.output
