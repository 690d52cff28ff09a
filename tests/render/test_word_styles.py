"""A theme's stylesheet as Word styles: named styles a user can restyle from Word's style pane, real bullets, the
theme's own fonts and colours (none of python-docx's defaults), and the paper asked for."""

from __future__ import annotations

import pytest
from docx.shared import Inches, Mm
from support.example_docx import W, example_resume_docx
from support.paths import EXAMPLES

from toolkit.inputs.profiles import load_profile


def test_docx_uses_named_word_styles_and_real_bullets():
    document = example_resume_docx()
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    assert styles[0] == "Title"
    assert styles.count("Heading 1") >= 5
    assert "Heading 2" in styles
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    highlights = [item for job in load_profile(EXAMPLES / "profile.yaml").profile.work for item in job.highlights]
    assert sorted(bullets) == sorted(highlights)
    numbering = document.styles["List Bullet"].element.pPr.numPr
    assert numbering is not None, "List Bullet must carry Word numbering (a real list)"


@pytest.mark.parametrize("paper, width", [("letter", Inches(8.5)), ("a4", Mm(210))])
def test_docx_paper_size(paper, width):
    assert abs(example_resume_docx(paper=paper).sections[0].page_width - width) < Mm(1)


def test_docx_styles_are_the_themes_not_the_default_templates():
    document = example_resume_docx(theme="modern")
    xml = document.styles.element.xml
    assert "4F81BD" not in xml.split('w:styleId="Title"')[1].split("</w:style>")[0], "no default blue Title rule"
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "Normal"):
        style_xml = document.styles[name].element.xml
        assert "Theme=" not in style_xml, f"{name} still uses a theme font or colour of the default template"
    assert str(document.styles["Heading 1"].font.color.rgb) == "0F4C5C"
    assert document.styles["Heading 1"].paragraph_format.keep_with_next
    defaults = document.styles.element.find(f"{W}docDefaults").find(f"{W}rPrDefault").find(f"{W}rPr")
    assert defaults.find(f"{W}rFonts").get(f"{W}ascii") == "Lato"
    # Body lines are in the text colour, never the accent.
    body = [p for p in document.paragraphs if p.style.name in {"Normal", "List Bullet", "List", "Entry Summary"}]
    assert body and all(all(run.font.color.rgb is None for run in p.runs) for p in body)
    assert str(document.styles["Normal"].font.color.rgb) == "1D1D1F"
