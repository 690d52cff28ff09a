"""--docx-template and --word-template on every document command and on batch, as a user types them."""

from __future__ import annotations

import csv
import io
import shutil

import docx
import pytest
from support.paths import EXAMPLES, ROLE
from support.word_files import JOB_TEMPLATE, LETTERHEAD, paragraph_template

from toolkit.cli import cli

PROFILE = str(EXAMPLES / "profile.yaml")
COMMANDS = {
    "resume": ["resume", PROFILE],
    "cover-letter": ["cover-letter", PROFILE, "--company", "Riverside Health", "--position", "Clerk"],
    "job-description": ["job-description", "--role", ROLE, "--level", "mid", "--company", "Riverside Health"],
    "interview": ["interview", "--role", ROLE, "--level", "mid"],
}


@pytest.mark.parametrize("command", [*COMMANDS, "batch"])
def test_every_document_command_offers_both_options(runner, command):
    help_text = runner.invoke(cli, [command, "--help"]).output
    assert "--docx-template FILE" in help_text and "--word-template FILE" in help_text


@pytest.mark.parametrize("command", COMMANDS)
def test_a_reference_makes_a_docx_on_the_letterhead_without_naming_the_format(runner, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, [*COMMANDS[command], "--docx-template", str(LETTERHEAD)])
    assert result.exit_code == 0, result.output
    assert f"note: styles, page setup, headers and footers from {LETTERHEAD}" in result.output
    (made,) = tmp_path.glob("*.docx")
    assert "Riverside Health" in docx.Document(made).sections[0].header.paragraphs[0].text


def test_a_word_template_fills_the_job_description(runner, tmp_path):
    output = tmp_path / "mrs.docx"
    result = runner.invoke(
        cli,
        [*COMMANDS["job-description"], "--company-file", str(EXAMPLES / "company.yaml"), "--word-template"]
        + [str(JOB_TEMPLATE), "-o", str(output)],
    )
    assert result.exit_code == 0, result.output
    assert "note: filled the Word template" in result.output
    document = docx.Document(output)
    assert document.paragraphs[0].text == "Medical Records Specialist"
    assert "Benefits" in [paragraph.text for paragraph in document.paragraphs]


@pytest.mark.parametrize(
    "options, expected",
    [
        (
            ["-f", "pdf", "--docx-template", str(LETTERHEAD)],
            "--docx-template makes a Word document, but the format is pdf",
        ),
        (
            ["-o", "x.md", "--word-template", str(JOB_TEMPLATE)],
            "--word-template makes a Word document, but the format is md",
        ),
        (["--docx-template", str(LETTERHEAD), "--word-template", str(JOB_TEMPLATE)], "do not go together"),
    ],
)
def test_a_word_template_with_another_format_or_both_kinds_is_a_usage_error(runner, tmp_path, options, expected):
    result = runner.invoke(cli, [*COMMANDS["resume"], *options])
    assert result.exit_code == 2
    assert expected in result.output


def test_an_unknown_placeholder_exits_1_with_its_location_and_writes_nothing(runner, tmp_path):
    template = paragraph_template(tmp_path / "t.docx", "Dear {{ person.nme }},")
    output = tmp_path / "letter.docx"
    result = runner.invoke(cli, [*COMMANDS["cover-letter"], "--word-template", str(template), "-o", str(output)])
    assert result.exit_code == 1
    assert (
        f"error: {template}: body, paragraph \"Dear {{{{ person.nme }}}},\": unknown placeholder 'person.nme' "
        "(did you mean 'person.name'?)"
    ) in result.output
    assert "Traceback" not in result.output and not output.exists()


def test_a_missing_template_is_a_located_error(runner, tmp_path):
    result = runner.invoke(cli, [*COMMANDS["resume"], "--docx-template", str(tmp_path / "nope.docx"), "-f", "docx"])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'nope.docx'}: Word template not found" in result.output


@pytest.fixture
def jobs_folder(tmp_path):
    for name in ("company.yaml",):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    shutil.copy(LETTERHEAD, tmp_path / "letterhead.docx")
    return tmp_path


def _manifest(folder):
    with open(folder / "manifest.csv", encoding="utf-8") as handle:
        return {row["output"].rsplit("/", 1)[-1]: row for row in csv.DictReader(handle)}


def test_batch_takes_a_template_per_row_or_for_all_rows(runner, jobs_folder):
    (jobs_folder / "jobs.csv").write_text(
        "role,level,company,docx_template,output\n"
        f"{ROLE},mid,Acme,letterhead.docx,on-letterhead\n"
        f"{ROLE},mid,Acme,,filled\n"
        f"{ROLE},mid,Acme,missing.docx,broken\n"
    )
    out = jobs_folder / "out"
    result = runner.invoke(
        cli, ["batch", str(jobs_folder / "jobs.csv"), "--out-dir", str(out), "--word-template", str(JOB_TEMPLATE)]
    )
    assert result.exit_code == 1, result.output
    rows = _manifest(out)
    assert rows["on-letterhead.docx"]["status"] == rows["filled.docx"]["status"] == "made"
    assert rows["broken.docx"]["status"] == "failed"
    assert "missing.docx: Word template not found" in rows["broken.docx"]["message"]
    on_letterhead = docx.Document(out / "on-letterhead.docx")
    assert "Riverside Health" in on_letterhead.sections[0].header.paragraphs[0].text
    filled = docx.Document(io.BytesIO((out / "filled.docx").read_bytes()))
    assert filled.paragraphs[0].text == "Medical Records Specialist" and filled.paragraphs[0].style.name == "Title"


def test_batch_never_writes_over_a_rows_template(runner, jobs_folder):
    (jobs_folder / "jobs.csv").write_text(
        f"role,level,company,docx_template,output\n{ROLE},mid,Acme,out/letterhead.docx,letterhead\n"
    )
    (jobs_folder / "out").mkdir()
    shutil.copy(LETTERHEAD, jobs_folder / "out" / "letterhead.docx")
    result = runner.invoke(
        cli, ["batch", str(jobs_folder / "jobs.csv"), "--out-dir", str(jobs_folder / "out"), "--force", "-f", "docx"]
    )
    assert result.exit_code == 1
    assert "is the input file" in _manifest(jobs_folder / "out")["letterhead.docx"]["message"]
    assert (jobs_folder / "out" / "letterhead.docx").read_bytes() == LETTERHEAD.read_bytes()


def test_batch_rows_with_a_template_need_docx(runner, jobs_folder):
    shutil.copy(JOB_TEMPLATE, jobs_folder / "job-template.docx")  # a CSV names files in its own folder only
    (jobs_folder / "jobs.csv").write_text(f"role,level,company,word_template\n{ROLE},mid,Acme,job-template.docx\n")
    result = runner.invoke(
        cli, ["batch", str(jobs_folder / "jobs.csv"), "--out-dir", str(jobs_folder / "o"), "-f", "md"]
    )
    assert result.exit_code == 1
    assert "a Word template makes Word documents; this batch makes md (run it with -f docx)" in result.output
    usage = runner.invoke(
        cli,
        ["batch", str(jobs_folder / "jobs.csv"), "--out-dir", str(jobs_folder / "o"), "-f", "pdf", "--docx-template"]
        + [str(LETTERHEAD)],
    )
    assert usage.exit_code == 2 and "--docx-template makes a Word document, but the format is pdf" in usage.output
