"""Reading a DOCX resume as an ATS would (toolkit/check/docx_text.py): the body's paragraphs in order with Word's
own hyphens, and apart from them the text only headers, footers or text boxes hold, which many ATS never read."""

from __future__ import annotations

import io

import docx
import pytest
from support.paths import REPO

from toolkit.check.docx_text import read_docx
from toolkit.check.extraction import extract_resume
from toolkit.errors import InputFileError

FOLDER = REPO / "tests" / "fixtures" / "resumes"


def test_word_hyphens_read_as_word_shows_them():
    text = extract_resume(FOLDER / "04-lo-nobreak-hyphen-tomasz-wojcik.docx").text
    # non-breaking hyphens (w:noBreakHyphen) are hyphens; soft hyphens (w:softHyphen) are invisible
    assert "ICD-10-CM" in text and "503-555-0119" in text and "APR-DRG" in text
    assert "ICD10CM" not in text and "5035550119" not in text
    assert "documentation" in text and "reimbursement" in text


def test_text_box_text_is_read_once_and_not_glued_into_the_body():
    extracted = extract_resume(FOLDER / "03-lo-textbox-header-dolores-reyes.docx")
    assert "Certified Release of Information Specialist" not in extracted.text
    assert extracted.text_box_text.count("Certified Release of Information Specialist") == 1
    assert "(614) 555-0162" in extracted.header_footer_text


def _docx(body: list[str], header: str = "") -> bytes:
    document = docx.Document()
    for text in body:
        document.add_paragraph(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_body_is_read_in_order_and_the_page_header_apart():
    read = read_docx(
        _docx(["Ann Lee", "Experience", "Coder, First Clinic"], header="ann@example.com"), "r.docx", 10_000
    )
    assert read.text == "Ann Lee\nExperience\nCoder, First Clinic"
    assert read.header_footer_text == "ann@example.com" and "ann@example.com" not in read.text
    assert read.kind == "docx" and not read.pages_exact  # Word lays out the pages when it opens the file


def test_a_docx_with_no_text_or_too_much_is_refused_with_the_reason():
    with pytest.raises(InputFileError, match="holds no text in its body"):
        read_docx(_docx([""], header="ann@example.com"), "r.docx", 10_000)
    with pytest.raises(InputFileError, match="jobkit check reads at most 10"):
        read_docx(_docx(["word " * 10]), "r.docx", 10)
    with pytest.raises(InputFileError, match="not a readable DOCX"):
        read_docx(b"PK\x03\x04 not a real archive", "r.docx", 10_000)
