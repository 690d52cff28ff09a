"""-o and -f must agree: a file never holds another format than its name says."""

from __future__ import annotations

import pytest
from support.paths import EXAMPLES, ROLE

from toolkit.cli import cli

PROFILE = str(EXAMPLES / "profile.yaml")


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["-o", "resume.doc"], "resume.doc' ends in .doc, which is Word 97-2003 (use .docx)"),
        (["-o", "resume.rtf"], "Rich Text (use .docx)"),
        (["-f", "md", "-o", "x.pdf"], "x.pdf' ends in .pdf, which is PDF; name the file .md or use -f pdf"),
        (["-f", "pdf", "-o", "cv.docx"], "name the file .pdf or use -f docx"),
        (["-o", "resume.json"], "ends in .json (JSON), which this command does not write"),
        (["-o", "profile.yaml"], "profile.yaml' ends in .yaml, which is a YAML data file"),
        (["-o", "jobs.csv"], "jobs.csv' ends in .csv, which is a spreadsheet (CSV)"),
        (["-o", "logo.PNG"], "logo.PNG' ends in .png, which is an image"),
    ],
)
def test_a_format_the_file_name_contradicts_is_a_usage_error(runner, tmp_path, arguments, message):
    *options, name = arguments
    result = runner.invoke(cli, ["resume", PROFILE, "--role", ROLE, *options, str(tmp_path / name)])
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []  # nothing was written under the wrong name


@pytest.mark.parametrize(
    "arguments, expected",
    [
        (["-o", "resume.out"], b"%PDF"),  # a name that says no format: -f, else PDF
        (["-f", "md", "-o", "resume.out"], b"# Maya Robinson"),
        (["-o", "resume.markdown"], b"# Maya Robinson"),
        (["-f", "md", "-o", "resume.MD"], b"# Maya Robinson"),
    ],
)
def test_names_that_agree_or_say_nothing_are_written(runner, tmp_path, arguments, expected):
    *options, name = arguments
    result = runner.invoke(cli, ["resume", PROFILE, "--role", ROLE, *options, str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes().startswith(expected)


def test_standard_output_takes_any_format(runner):
    result = runner.invoke(
        cli, ["job-description", "--role", ROLE, "--level", "mid", "--company", "X", "-f", "json", "-o", "-"]
    )
    assert result.exit_code == 0 and result.stdout.startswith("{")


def test_a_data_file_named_by_mistake_for_the_output_is_kept(runner, tmp_path):
    # `-o company.yaml` typed where `--company-file company.yaml` was meant replaced the file with a PDF.
    company = tmp_path / "company.yaml"
    company.write_text("name: Riverside Health\n", encoding="utf-8")
    arguments = ["job-description", "--role", ROLE, "--level", "mid", "--company", "Riverside Health"]
    result = runner.invoke(cli, [*arguments, "-o", str(company)])
    assert result.exit_code == 2, result.output
    assert company.read_text(encoding="utf-8") == "name: Riverside Health\n"
