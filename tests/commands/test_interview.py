"""`jobkit interview`: its options reach the sheet or kit, bad selections are refused with the reason, and
--list-categories lists the bank's categories."""

from __future__ import annotations

import re

import docx
import pytest
from support.paths import ROLE
from support.role_packs import child_pack, write_pack

from toolkit.cli import cli


@pytest.mark.parametrize(
    "options, code, message",
    [
        (["--category", "coding"], 1, "unknown category 'coding'; choose from: behavioral, situational, career"),
        (["--count", "0"], 2, "0 is not in the range"),
        (["--count", "-3"], 2, "is not in the range"),
        (["--level", "director", "--category", "technical", "--count", "5", "--strict"], 1, "only 1 questions match"),
    ],
)
def test_bad_selections(runner, options, code, message):
    result = runner.invoke(cli, ["interview", "--role", ROLE, *options, "-f", "md", "-o", "-"])
    assert result.exit_code == code
    assert message in result.output


def test_too_few_questions_warns_and_makes_what_exists(runner):
    result = runner.invoke(
        cli,
        [
            "interview",
            "--role",
            ROLE,
            "--level",
            "director",
            "--category",
            "technical",
            "--count",
            "5",
            "-f",
            "md",
            "-o",
            "-",
        ],
    )
    assert result.exit_code == 0
    assert "warning: only 1 questions match" in result.stderr
    assert result.stdout.count("**1.**") == 1 and "**2.**" not in result.stdout


def test_list_categories(runner):
    result = runner.invoke(cli, ["interview", "--role", ROLE, "--level", "junior", "--list-categories"])
    assert result.exit_code == 0
    for category in ("behavioral", "technical", "privacy", "records", "situational", "career"):
        assert category in result.output


def _questions(runner, *options: str) -> set[str]:
    result = runner.invoke(
        cli, ["interview", "--role", "medical-records-specialist", "--level", "mid", *options, "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    return set(re.findall(r"^\*\*\d+\.\*\* (.+)$", result.stdout, flags=re.MULTILINE))


def test_same_as_practice_lets_the_kit_ask_the_practised_questions(runner):
    practised = _questions(runner)
    assert len(practised) >= 8
    assert not practised & _questions(runner, "--kit")  # by default the kit avoids what was rehearsed
    assert practised & _questions(runner, "--kit", "--same-as-practice")


def test_answers_theme_and_paper_reach_the_sheet(runner, tmp_path):
    def sheet(*options: str) -> str:
        arguments = ["interview", "--role", ROLE, "--level", "senior", *options, "-f", "md", "-o", "-"]
        result = runner.invoke(cli, arguments)
        assert result.exit_code == 0, result.output
        return result.stdout

    assert "A strong answer covers:" not in sheet()
    inline = sheet("--answers")
    assert inline.count("A strong answer covers:") == 10 and "## Answer key" not in inline
    key = sheet("--answers=key")
    assert "## Answer key" in key and "A strong answer covers:" not in key.split("## Answer key")[0]
    target = tmp_path / "sheet.docx"
    result = runner.invoke(cli, ["interview", "--role", ROLE, "--theme", "modern", "--paper", "a4", "-o", str(target)])
    assert result.exit_code == 0, result.output
    document = docx.Document(target)
    assert round(document.sections[0].page_width.mm) == 210  # A4, not the English default of letter
    assert str(document.styles["Heading 1"].font.color.rgb) == "0F4C5C"  # modern's teal section titles


def test_interview_takes_a_pack_from_roles_dir(runner, tmp_path):
    write_pack(tmp_path, "test-role", child_pack(title="Records Clerk"))
    result = runner.invoke(
        cli, ["interview", "--role", "test-role", "--roles-dir", str(tmp_path), "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Interview practice: Records Clerk")
