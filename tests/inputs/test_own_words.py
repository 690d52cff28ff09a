"""The applicant's own words per application: --why in the letter as written, --headline and --summary
in place of the profile's label and summary, in that document only; read back from PDF and DOCX."""

from __future__ import annotations

import io
import re
import shutil

import docx
import pytest
import yaml
from pypdf import PdfReader
from support.paths import EXAMPLES

from toolkit.api import render_cover_letter, render_resume
from toolkit.cli import cli as main
from toolkit.errors import JobkitError

WHY = (
    "I have followed Riverside Health since its records centre opened, and I want to help keep those records right.\n"
    "\n"
    "Moving from coding into records work is a change I chose after years of fixing charts by hand."
)
FIRST, SECOND = (" ".join(part.split()) for part in WHY.split("\n\n"))


def _pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def _docx_paragraphs(content: bytes) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs if paragraph.text.strip()]


@pytest.fixture
def inputs(tmp_path):
    for name in ("profile.yaml", "posting.txt"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path / "profile.yaml", tmp_path / "posting.txt"


def test_why_is_the_letters_own_paragraphs_before_the_closing_in_docx(inputs, tmp_path):
    profile, posting = inputs
    (tmp_path / "why.txt").write_text(WHY.replace("I want to help", "I want\nto help"), encoding="utf-8")
    letter = render_cover_letter(profile, job=posting, why=f"@{tmp_path / 'why.txt'}", fmt="docx")
    paragraphs = _docx_paragraphs(letter.content)
    # Verbatim, one paragraph each, the wrapped line joined; then jobkit's closing, then the sign-off.
    first, second = paragraphs.index(FIRST), paragraphs.index(SECOND)
    assert second == first + 1
    assert "Thank you for considering my application" in paragraphs[second + 1]
    assert paragraphs[1:first] and any("Lakeshore Community Hospital" in text for text in paragraphs[:first])


def test_why_given_as_text_or_a_path_reads_back_from_the_pdf(inputs, tmp_path):
    profile, posting = inputs
    as_text = _pdf_text(render_cover_letter(profile, job=posting, why=FIRST, fmt="pdf").content)
    assert FIRST in as_text
    (tmp_path / "why.md").write_text(FIRST, encoding="utf-8")
    as_path = _pdf_text(render_cover_letter(profile, job=posting, why=tmp_path / "why.md", fmt="pdf").content)
    assert FIRST in as_path and as_path.index(FIRST) < as_path.index("Thank you for considering")


def test_a_long_typed_paragraph_is_text_and_a_bare_file_name_is_asked_about(inputs, tmp_path):
    profile, posting = inputs
    long_line = "I have followed the hospital's records team since my student placement there. " * 4
    assert len(long_line) > 256  # longer than a file name may be: never taken for one
    letter = render_cover_letter(profile, job=posting, why=long_line, fmt="md").content.decode()
    assert long_line.strip().split(". ")[0] in letter
    (tmp_path / "why.txt").write_text(FIRST, encoding="utf-8")
    with pytest.raises(JobkitError, match="@"):
        render_cover_letter(profile, job=posting, why=str(tmp_path / "why.txt"), fmt="md")


def test_without_why_the_letter_has_no_paragraph_of_the_kind(inputs):
    profile, posting = inputs
    text = render_cover_letter(profile, job=posting, fmt="md").content.decode()
    assert "followed Riverside Health" not in text


def test_headline_and_summary_replace_the_profiles_in_that_resume_only(inputs, tmp_path):
    profile, posting = inputs
    (tmp_path / "summary.txt").write_text("Records specialist turning chart audits into clean data.", encoding="utf-8")
    content = render_resume(
        profile, job=posting, headline="Health Data Analyst", summary=f"@{tmp_path / 'summary.txt'}", fmt="pdf"
    ).content
    text = _pdf_text(content)
    label = yaml.safe_load(profile.read_text())["basics"]["label"]
    assert "Health Data Analyst" in text and "Records specialist turning chart audits into clean data." in text
    assert label not in text.split("SUMMARY")[0]  # the profile's own label is not the headline
    plain = _pdf_text(render_resume(profile, job=posting, fmt="pdf").content)
    assert label in plain and "Health Data Analyst" not in plain
    assert "basics" in profile.read_text() and "Health Data Analyst" not in profile.read_text()


def test_the_letter_takes_the_headline_under_the_name_in_docx(inputs):
    profile, posting = inputs
    paragraphs = _docx_paragraphs(
        render_cover_letter(profile, job=posting, headline="Health Data Analyst", fmt="docx").content
    )
    assert "Health Data Analyst" in paragraphs[:3]


def test_a_missing_file_is_a_clear_error(inputs, tmp_path):
    profile, posting = inputs
    with pytest.raises(JobkitError, match=r"nope\.txt: why paragraph file not found"):
        render_cover_letter(profile, job=posting, why=f"@{tmp_path / 'nope.txt'}", fmt="md")
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    with pytest.raises(JobkitError, match="empty"):
        render_resume(profile, summary=f"@{tmp_path / 'empty.txt'}", fmt="md")


@pytest.mark.parametrize("command", ["cover-letter", "apply"])
def test_the_commands_exit_1_naming_the_missing_file(runner, inputs, tmp_path, command):
    profile, posting = inputs
    out = tmp_path / ("letter.md" if command == "cover-letter" else "folder")
    result = runner.invoke(main, [command, str(profile), "--job", str(posting), "--why", "@gone.txt", "-o", str(out)])
    assert result.exit_code == 1
    assert "gone.txt: why paragraph file not found" in result.output
    assert "Traceback" not in result.output and not out.exists()


@pytest.mark.parametrize(("command", "option"), [("resume", "--summary"), ("cover-letter", "--why")])
def test_the_document_never_replaces_the_file_its_own_words_came_from(runner, inputs, tmp_path, command, option):
    profile, posting = inputs
    words = tmp_path / "mine.md"
    words.write_text(WHY, encoding="utf-8")
    arguments = [command, str(profile), "--job", str(posting), option, f"@{words}", "-f", "md", "-o", str(words)]
    result = runner.invoke(main, arguments)
    assert result.exit_code == 1 and "is the input file" in result.output
    assert words.read_text(encoding="utf-8") == WHY


def test_cover_letter_command_writes_why_headline_and_summary(runner, inputs, tmp_path):
    profile, posting = inputs
    (tmp_path / "why.txt").write_text(WHY, encoding="utf-8")
    out = tmp_path / "letter.docx"
    result = runner.invoke(
        main,
        ["cover-letter", str(profile), "--job", str(posting), "--why", f"@{tmp_path / 'why.txt'}"]
        + ["--headline", "Health Data Analyst", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    paragraphs = _docx_paragraphs(out.read_bytes())
    assert FIRST in paragraphs and SECOND in paragraphs and "Health Data Analyst" in paragraphs


@pytest.mark.slow
def test_apply_carries_the_own_words_into_the_letter_and_resume(runner, inputs, tmp_path):
    profile, posting = inputs
    out = tmp_path / "riverside"
    result = runner.invoke(
        main,
        ["apply", str(profile), "--job", str(posting), "-f", "docx", "-o", str(out), "--why", FIRST]
        + ["--headline", "Health Data Analyst", "--summary", "Records work, read as data."],
    )
    assert result.exit_code == 0, result.output
    letter = next(out.glob("* - Cover Letter.docx"))
    resume = next(out.glob("* - Resume.docx"))
    assert FIRST in _docx_paragraphs(letter.read_bytes())
    resume_text = "\n".join(_docx_paragraphs(resume.read_bytes()))
    assert "Health Data Analyst" in resume_text and "Records work, read as data." in resume_text
    assert re.search(r"Health Data Analyst", "\n".join(_docx_paragraphs(letter.read_bytes())))


def test_a_headline_is_text_even_when_a_file_has_that_name(inputs, tmp_path, monkeypatch):
    profile, posting = inputs
    monkeypatch.chdir(tmp_path)
    (tmp_path / "analyst").write_text("not a headline", encoding="utf-8")
    text = render_resume(profile, headline="analyst", fmt="md").content.decode()
    assert "\nanalyst\n" in text and "not a headline" not in text


@pytest.mark.parametrize("value", ["why.txt", "notes/why.md", "~/letters/why-riverside.txt"])
def test_a_file_name_with_no_such_file_is_asked_about_not_printed_in_the_letter(inputs, tmp_path, value):
    """A typo'd or forgotten file (``--why why.txt`` run from another folder) must not put "why.txt" in the
    letter as its paragraph: one word that reads as a path is no paragraph anyone means to send."""
    profile, posting = inputs
    with pytest.raises(JobkitError, match=r"no such file.*@") as caught:
        render_cover_letter(profile, job=posting, why=value, fmt="md")
    assert value in str(caught.value)
    with pytest.raises(JobkitError, match="no such file"):
        render_resume(profile, summary=value, fmt="md")


@pytest.mark.parametrize("value", ["Relocating.", "Why not?", "I love this work."])
def test_short_typed_words_are_still_text(inputs, value):
    profile, posting = inputs
    letter = render_cover_letter(profile, job=posting, why=value, fmt="md").content.decode()
    assert value in letter
