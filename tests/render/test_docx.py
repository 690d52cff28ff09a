"""DOCX output reopened with python-docx, and opened by LibreOffice as a real client would."""

from __future__ import annotations

import io

import docx
import pytest
from conftest import EXAMPLES, convert_with_libreoffice, requires_program
from docx.shared import Inches, Mm

from toolkit.api import render_resume
from toolkit.inputs.profiles import load_profile

ROLE = "medical-records-specialist"


def _docx(**options) -> docx.document.Document:
    content = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", **options).content
    return docx.Document(io.BytesIO(content))


def test_docx_says_what_the_text_output_says():
    document = _docx()
    docx_lines = [" ".join(p.text.replace("\t", " ").split()) for p in document.paragraphs if p.text.strip()]
    text = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="txt").content.decode()
    text_lines = [" ".join(line.split()) for line in text.splitlines() if line.strip() and set(line) != {"="}]
    # Plain text upper-cases headings and writes "Title (dates)"; compare words, case-folded.
    assert len(docx_lines) == len(text_lines)
    for docx_line, text_line in zip(docx_lines, text_lines, strict=True):
        assert docx_line.casefold().split()[0] == text_line.casefold().lstrip("- ").split()[0]


def test_docx_uses_named_word_styles_and_real_bullets():
    document = _docx()
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    assert styles[0] == "Title"
    assert styles.count("Heading 1") >= 5
    assert "Heading 2" in styles
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    highlights = [item for job in load_profile(EXAMPLES / "profile.yaml").profile.work for item in job.highlights]
    assert sorted(bullets) == sorted(highlights)
    numbering = document.styles["List Bullet"].element.pPr.numPr
    assert numbering is not None, "List Bullet must carry Word numbering (a real list)"


def test_docx_dates_share_the_title_line():
    document = _docx()
    title = next(p for p in document.paragraphs if p.style.name == "Heading 2")
    assert title.text == "Medical Records Specialist\tMar 2022 – Present"


def test_docx_core_properties_name_the_person():
    properties = _docx().core_properties
    assert properties.author == "Maya Robinson"
    assert properties.title == "Maya Robinson – Resume"
    assert "python-docx" not in (properties.author + properties.last_modified_by + properties.comments)


def test_docx_links_are_real_hyperlinks():
    document = _docx()
    targets = [rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    assert "mailto:maya.robinson@example.com" in targets


@pytest.mark.parametrize("paper, width", [("letter", Inches(8.5)), ("a4", Mm(210))])
def test_docx_paper_size(paper, width):
    assert abs(_docx(paper=paper).sections[0].page_width - width) < Mm(1)


@requires_program("soffice")
@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_libreoffice_opens_the_docx(tmp_path, theme):
    from pypdf import PdfReader

    source = tmp_path / "resume.docx"
    source.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", theme=theme).content)
    convert_with_libreoffice(source, tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "resume.pdf").pages)
    assert "Maya Robinson" in text and "Lakeshore Community Hospital" in text
    assert "Registered Health Information Technician (RHIT)" in " ".join(text.split())
