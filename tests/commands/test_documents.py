"""The resume command: the file it writes (named for the person when no -o is given, in the format its extension
names, or to stdout), the level, theme and paper asked, and a located message with no output for a bad profile or
name."""

from __future__ import annotations

import io

import docx
import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES, ROLE
from support.role_packs import child_pack, write_pack

from toolkit.cli import cli


def test_resume_pdf_with_default_name(runner, example_profile, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE])
    assert result.exit_code == 0, result.output
    assert "inferred from" in result.output
    output = tmp_path / "maya-robinson-resume.pdf"
    assert "Maya Robinson" in PdfReader(output).pages[0].extract_text()


def test_resume_docx_with_level_theme_and_paper(runner, example_profile, tmp_path):
    target = tmp_path / "cv.docx"
    result = runner.invoke(
        cli,
        [
            "resume",
            str(example_profile),
            "--role",
            ROLE,
            "--level",
            "senior",
            "--theme",
            "modern",
            "--paper",
            "a4",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "level: senior" in result.output and "as asked" in result.output
    document = docx.Document(target)
    assert document.paragraphs[0].text == "Maya Robinson"
    assert round(document.sections[0].page_width.mm) == 210  # A4, not the English default of letter
    assert str(document.styles["Heading 1"].font.color.rgb) == "0F4C5C"  # modern's teal section titles


def test_resume_markdown_to_stdout_from_json(runner):
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "resume.json"), "--role", ROLE, "-f", "md", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Maya Robinson\n")
    assert "level:" not in result.stdout  # notes go to stderr, never into the document


@pytest.mark.parametrize(
    "suffix, check",
    [
        ("html", lambda data: data.startswith(b"<!DOCTYPE html>")),
        ("txt", lambda data: data.startswith(b"MAYA ROBINSON")),
        ("docx", lambda data: data[:2] == b"PK"),
        ("pdf", lambda data: data[:4] == b"%PDF"),
    ],
)
def test_format_comes_from_the_output_extension(runner, example_profile, tmp_path, suffix, check):
    target = tmp_path / f"out.{suffix}"
    assert runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-o", str(target)]).exit_code == 0
    assert check(target.read_bytes())


def test_pdf_to_stdout(runner, example_profile):
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-f", "pdf", "-o", "-"])
    assert result.exit_code == 0
    assert PdfReader(io.BytesIO(result.stdout_bytes)).pages


@pytest.mark.parametrize(
    "content, expected",
    [
        ("basics:\n  name: [broken\n", "while parsing a flow sequence that starts on line 2"),
        ("basics:\n  name: Ann\nwork: text\n", "work: expected a list"),
        ("work:\n  - name: A\n    startDate: 2020-13-45\n", "work[0].startDate: month must be 1-12"),
    ],
)
def test_bad_profiles_exit_1_with_located_message_and_no_output(runner, write_profile, tmp_path, content, expected):
    path = write_profile(content)
    target = tmp_path / "out.pdf"
    result = runner.invoke(cli, ["resume", str(path), "--role", ROLE, "-o", str(target)])
    assert result.exit_code == 1
    assert expected in result.output and str(path) in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    "options, expected",
    [
        (["--role", "nurse"], "unknown role 'nurse'"),
        (["--role", ROLE, "--level", "expert"], "unknown level 'expert'"),
        (["--role", ROLE, "--theme", "modren"], "unknown theme 'modren' (did you mean 'modern'?)"),
    ],
)
def test_unknown_names_exit_1(runner, example_profile, options, expected):
    result = runner.invoke(cli, ["resume", str(example_profile), *options, "-o", "-"])
    assert result.exit_code == 1
    assert expected in result.output


def test_output_may_not_overwrite_the_input(runner, example_profile):
    before = example_profile.read_bytes()
    result = runner.invoke(
        cli, ["resume", str(example_profile), "--role", ROLE, "-f", "md", "-o", str(example_profile)]
    )
    assert result.exit_code == 1 and "is the input file" in result.output
    assert example_profile.read_bytes() == before


def test_the_headline_and_summary_typed_on_the_command_line_replace_the_profiles(runner, example_profile):
    arguments = ["resume", str(example_profile), "--headline", "Health Data Analyst"]
    result = runner.invoke(cli, [*arguments, "--summary", "Records work, read as data.", "-f", "md", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Maya Robinson\n\nHealth Data Analyst\n")
    assert "## Summary\n\nRecords work, read as data.\n" in result.stdout and "RHIT-credentialed" not in result.stdout


def test_resume_and_job_description_take_a_pack_from_roles_dir(runner, example_profile, tmp_path):
    """A pack only the user's folder holds is found there by both commands (unknown without --roles-dir)."""
    packs = tmp_path / "packs"
    packs.mkdir()
    level = {"id": "mid", "title": "Records Clerk", "years_min": 0, "years_max": 2, "source": "himalayas"}
    level["responsibilities"] = ["File and find the paper charts of a small clinic."]
    write_pack(packs, "test-role", child_pack(title="Records Clerk", levels=[level]))
    resume = runner.invoke(
        cli, ["resume", str(example_profile), "--role", "test-role", "--roles-dir", str(packs), "-f", "md", "-o", "-"]
    )
    assert resume.exit_code == 0, resume.output
    assert "tailored to the role Records Clerk" in resume.stderr and "# Maya Robinson" in resume.stdout
    posting = runner.invoke(
        cli,
        ["job-description", "--role", "test-role", "--level", "mid", "--company", "Acme"]
        + ["--roles-dir", str(packs), "-f", "md", "-o", "-"],
    )
    assert posting.exit_code == 0, posting.output
    assert (
        "# Records Clerk\n" in posting.stdout
        and "- File and find the paper charts of a small clinic." in posting.stdout
    )


@pytest.mark.parametrize("employees, finding", [(5, "--employees says 5, so it does not apply"), (100, "violation")])
def test_job_description_employees_decides_whether_a_pay_law_applies(runner, employees, finding):
    """Massachusetts asks a pay range of employers with 25 or more people: 5 are told the law does not reach them."""
    result = runner.invoke(
        cli,
        ["job-description", "--role", ROLE, "--level", "mid", "--company", "Acme", "--location", "Worcester, MA"]
        + ["--salary", "none", "--employees", str(employees), "-f", "md", "-o", "-"],
    )
    assert result.exit_code == 0, result.output
    law = [line for line in result.stderr.splitlines() if "pay.us-ma" in line]
    assert law and finding in law[0], law
