"""`jobkit apply` as a user types it: the files, the summary on the terminal, and errors that exit 1."""

from __future__ import annotations

import json

import docx
import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES

from toolkit.cli import cli

STEM = "Maya Robinson - Riverside Health - Medical Records Specialist"


@pytest.mark.slow
def test_apply_makes_each_document_in_each_format_and_sums_up(runner, tmp_path):
    out = tmp_path / "riverside"
    result = runner.invoke(
        cli,
        ["apply", str(EXAMPLES / "profile.yaml"), "--job", str(EXAMPLES / "posting.txt"), "-o", str(out)]
        + ["-f", "pdf", "-f", "docx"],
    )
    assert result.exit_code == 0, result.output
    for label in ("Resume", "Cover Letter", "Interview Practice"):
        assert (out / f"{STEM} - {label}.pdf").read_bytes()[:5] == b"%PDF-"
        assert (out / f"{STEM} - {label}.docx").read_bytes()[:2] == b"PK"
    resume = PdfReader(out / f"{STEM} - Resume.pdf")
    assert "Maya Robinson" in resume.pages[0].extract_text()
    report = json.loads((out / f"{STEM} - Check.json").read_text(encoding="utf-8"))
    assert report["format"] == "pdf"  # the PDF is checked when both are made
    assert f"Score: {report['match']['score']}/100" in result.output
    assert "Application: Medical Records Specialist at Riverside Health" in result.output
    assert "Not in your profile: add only if true" in result.output and "confidentiality" in result.output
    assert f"{STEM} - Check.md" in result.output
    assert "note: role: medical-records-specialist, from the posting's title" in result.output


def test_apply_with_a_posting_that_names_no_company_asks_for_one(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Medical Records Specialist\n\n- Working knowledge of ICD-10-CM and CPT\n", encoding="utf-8")
    out = tmp_path / "out"
    arguments = ["apply", str(EXAMPLES / "profile.yaml"), "--job", str(posting), "-o", str(out), "-f", "md"]
    result = runner.invoke(cli, arguments)
    assert result.exit_code == 1
    assert "an application names the employer" in result.output and "pass --company" in result.output
    assert "--position" not in result.output  # the title was read: only what is missing is asked
    assert "Medical Records Specialist" in result.output  # what was read is said
    assert "Traceback" not in result.output
    assert not out.exists()

    result = runner.invoke(cli, [*arguments, "--company", "Lakeview Clinic"])
    assert result.exit_code == 0, result.output
    assert (out / "Maya Robinson - Lakeview Clinic - Medical Records Specialist - Resume.md").is_file()
    assert "No check: the check reads a PDF or DOCX resume" in result.output


def test_apply_needs_a_posting(runner, tmp_path):
    result = runner.invoke(cli, ["apply", str(EXAMPLES / "profile.yaml"), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "Missing option '--job'" in result.output


def test_apply_passes_the_position_language_theme_and_paper_on_to_the_documents(runner, tmp_path):
    out = tmp_path / "out"
    arguments = ["apply", str(EXAMPLES / "profile.yaml"), "--job", str(EXAMPLES / "posting.txt"), "-o", str(out)]
    options = ["--position", "Records Coordinator", "--lang", "de", "--theme", "modern", "--paper", "letter"]
    result = runner.invoke(cli, [*arguments, *options, "-f", "docx"])
    assert result.exit_code == 0, result.output
    stem = "Maya Robinson - Riverside Health - Records Coordinator"
    resume = docx.Document(out / f"{stem} - Resume.docx")
    assert "Berufserfahrung" in [p.text for p in resume.paragraphs if p.style.name == "Heading 1"]
    assert round(resume.sections[0].page_width.mm) == 216  # letter as asked, not German's A4
    assert str(resume.styles["Heading 1"].font.color.rgb) == "0F4C5C"  # modern's teal section titles
    practice = docx.Document(out / f"{stem} - Interview Practice.docx")
    assert practice.paragraphs[0].text == "Interview practice: Records Coordinator"


def test_apply_addresses_the_letter_to_the_hiring_manager(runner, tmp_path):
    out = tmp_path / "out"
    arguments = ["apply", str(EXAMPLES / "profile.yaml"), "--job", str(EXAMPLES / "posting.txt"), "-o", str(out)]
    result = runner.invoke(cli, [*arguments, "-f", "md", "--hiring-manager", "Dana Lee"])
    assert result.exit_code == 0, result.output
    letter = (out / f"{STEM} - Cover Letter.md").read_text(encoding="utf-8")
    assert "Dear Dana Lee," in letter and "Dear Hiring Manager" not in letter
