"""--salutation and --sign-off: the applicant's own greeting and closing words, used as written; the defaults stay
each language's own."""

from __future__ import annotations

import io

import docx
from pypdf import PdfReader
from support.paths import EXAMPLES

from toolkit.api import render_cover_letter
from toolkit.cli import cli

PROFILE = EXAMPLES / "profile.yaml"
POSTING = EXAMPLES / "posting.txt"
STEM = "Maya Robinson - Riverside Health - Medical Records Specialist"


def _pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def _docx_paragraphs(content: bytes) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs if paragraph.text.strip()]


def test_the_salutation_and_sign_off_given_stand_in_the_pdf_as_written():
    text = _pdf_text(
        render_cover_letter(
            PROFILE, job=POSTING, salutation="Dear Ms. Rivera,", sign_off="Kind regards,", fmt="pdf"
        ).content
    )
    assert "Dear Ms. Rivera," in text and "Kind regards, Maya Robinson" in text
    assert "Dear Hiring Manager" not in text and "Sincerely" not in text
    # The greeting opens the letter and the sign-off ends it, the body between.
    assert text.index("Dear Ms. Rivera,") < text.index("I am applying") < text.index("Kind regards,")


def test_the_docx_has_each_as_its_own_paragraph_verbatim():
    paragraphs = _docx_paragraphs(
        render_cover_letter(
            PROFILE, job=POSTING, salutation="Hello Jordan and the Riverside team,", sign_off="With thanks,", fmt="docx"
        ).content
    )
    assert "Hello Jordan and the Riverside team," in paragraphs and "With thanks," in paragraphs
    assert paragraphs.index("With thanks,") == len(paragraphs) - 2  # then the name
    assert paragraphs[-1] == "Maya Robinson"


def test_without_them_each_language_keeps_its_own_and_with_them_the_words_given_win():
    german = _pdf_text(render_cover_letter(PROFILE, job=POSTING, lang="de", fmt="pdf").content)
    assert "Sehr geehrte Damen und Herren," in german and "Mit freundlichen Grüßen" in german
    own = _pdf_text(
        render_cover_letter(
            PROFILE, job=POSTING, lang="de", salutation="Liebe Frau Rivera,", sign_off="Herzliche Grüße", fmt="pdf"
        ).content
    )
    assert "Liebe Frau Rivera," in own and "Herzliche Grüße" in own
    assert "Sehr geehrte" not in own and "Mit freundlichen" not in own


def test_the_hiring_managers_name_still_greets_when_no_salutation_is_given():
    text = _pdf_text(render_cover_letter(PROFILE, job=POSTING, hiring_manager="Dana Lee", fmt="pdf").content)
    assert "Dear Dana Lee," in text and "Sincerely," in text


def test_cover_letter_command_takes_both_and_refuses_blank_words(runner, tmp_path):
    out = tmp_path / "letter.docx"
    arguments = ["cover-letter", str(PROFILE), "--job", str(POSTING), "-o", str(out)]
    result = runner.invoke(cli, [*arguments, "--salutation", "Dear Ms. Rivera,", "--sign-off", "Best,"])
    assert result.exit_code == 0, result.output
    paragraphs = _docx_paragraphs(out.read_bytes())
    assert "Dear Ms. Rivera," in paragraphs and "Best," in paragraphs
    blank = runner.invoke(cli, [*arguments, "--sign-off", "  "])
    assert blank.exit_code == 2 and "--sign-off" in blank.output and "Traceback" not in blank.output


def test_apply_puts_them_in_the_applications_letter(runner, tmp_path):
    out = tmp_path / "riverside"
    result = runner.invoke(
        cli,
        ["apply", str(PROFILE), "--job", str(POSTING), "-o", str(out), "-f", "pdf"]
        + ["--salutation", "Dear Ms. Rivera,", "--sign-off", "Warm regards,"],
    )
    assert result.exit_code == 0, result.output
    text = _pdf_text((out / f"{STEM} - Cover Letter.pdf").read_bytes())
    assert "Dear Ms. Rivera," in text and "Warm regards, Maya Robinson" in text
