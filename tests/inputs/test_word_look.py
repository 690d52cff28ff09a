"""--docx-template with a reference whose look is set on its text (Word and Google Docs resumes), not in its styles.

jobkit's document must take the file's typeface, sizes and alignment into its named styles, keep dates on
one line, and say what it took; read back with python-docx and laid out by LibreOffice.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, RGBColor
from support.paths import EXAMPLES, REPO, ROLE
from support.programs import convert_with_libreoffice, requires_program

from toolkit.api import render_resume
from toolkit.inputs.word import WordPackage
from toolkit.inputs.word_look import read_direct_look, reference_note

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD_MADE = REPO / "tests/fixtures/resumes/outside/files/r4-word-docx-tabbed-entries.docx"  # Word, Times 10 pt
# Another person's Word resume from a public repository: copied in by outside/copy_corpus.py, never committed.
needs_word_made = pytest.mark.skipif(
    not WORD_MADE.exists(),
    reason=f"{WORD_MADE.name} is absent: fetch its repository and run tests/fixtures/resumes/outside/copy_corpus.py",
)
LETTERHEAD = EXAMPLES / "templates" / "letterhead.docx"


def direct_formatted_reference(path: Path) -> Path:
    """A resume in Google Docs' manner: every paragraph in Normal (or Title), every run carrying its own
    typeface, size and colour; Arial 10 pt text, an 18 pt centred name, 11 pt bold headings, 1 inch margins."""
    document = docx.Document()
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(document.sections[0], side, Pt(72))

    def line(text: str, size: float, *, bold: bool = False, center: bool = False, dates: str = "", style=None):
        paragraph = document.add_paragraph(style=style)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece, piece_bold in ((text, bold), ("\t" + dates if dates else "", False)):
            if not piece:
                continue
            run = paragraph.add_run(piece)
            run.font.name, run.font.size, run.font.bold = "Arial", Pt(size), piece_bold
            run.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
        if dates:
            paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(468), WD_TAB_ALIGNMENT.RIGHT)

    line("Jordan Lee", 18, bold=True, center=True, style="Title")
    line("Portland, OR | jordan@example.com | 555-0100", 9, center=True)
    for heading, title, dates in (("EXPERIENCE", "Line Cook", "Jun 2019 – Aug 2021"), ("EDUCATION", "Cert", "2018")):
        line(heading, 11, bold=True)
        line(title, 10, bold=True, dates=dates)
        line("Prepared mise en place for a 120-seat dining room and kept the station clean through service.", 10)
        line("Trained two new cooks on knife work, portioning and the closing checklist.", 10)
    document.save(path)
    return path


def resume_with(reference: Path) -> docx.document.Document:
    content = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", docx_template=reference).content
    return docx.Document(io.BytesIO(content))


def style(document, name: str):
    return next(item for item in document.styles if item.name == name)


def test_a_reference_set_on_its_text_lends_its_typeface_sizes_and_alignment_to_the_styles(tmp_path):
    output = resume_with(direct_formatted_reference(tmp_path / "google-docs-like.docx"))
    normal, title, contact = style(output, "Normal"), style(output, "Title"), style(output, "Contact")
    heading, entry = style(output, "Heading 1"), style(output, "Heading 2")
    assert (normal.font.name, normal.font.size) == ("Arial", Pt(10))
    assert (title.font.size, title.font.bold, title.paragraph_format.alignment) == (Pt(18), True, 1)  # centred
    assert (contact.font.size, contact.paragraph_format.alignment) == (Pt(9), 1)
    assert (heading.font.name, heading.font.size, heading.font.bold) == ("Arial", Pt(11), True)
    assert (entry.font.size, entry.font.bold) == (Pt(10), True)
    assert normal.font.color.rgb == RGBColor(0x22, 0x22, 0x22)
    assert style(output, "Entry Dates").font.size is None  # the dates are the size of their title line
    # The look is in the styles, not on the text: the document stays restylable in Word.
    assert not list(output.element.body.iter(f"{W}rFonts")) and not list(output.element.body.iter(f"{W}sz"))
    assert output.paragraphs[0].text == "Maya Robinson"  # the body is jobkit's; only the look came


def test_what_was_taken_and_what_was_not_is_said(tmp_path):
    reference = direct_formatted_reference(tmp_path / "google-docs-like.docx")
    note = reference_note(WordPackage(reference.read_bytes(), str(reference)))
    assert "body text Arial 10 pt" in note and "name Arial 18 pt bold" in note and "center-aligned" in note
    assert "headings Arial 11 pt bold" in note and "entry titles Arial 10 pt bold" in note
    assert "Not taken (jobkit's, in the body's typeface): spacing, borders, bullets and tables" in note


def test_a_reference_whose_styles_carry_its_look_is_read_from_its_styles_alone():
    assert read_direct_look(WordPackage(LETTERHEAD.read_bytes(), str(LETTERHEAD))) is None
    output = resume_with(LETTERHEAD)
    letterhead = docx.Document(str(LETTERHEAD))
    assert style(output, "Normal").font.name == style(letterhead, "Normal").font.name


@needs_word_made
def test_a_word_made_resume_lends_times_and_its_right_aligned_header():
    output = resume_with(WORD_MADE)
    assert (style(output, "Normal").font.name, style(output, "Normal").font.size) == ("Times New Roman", Pt(10))
    assert style(output, "Title").paragraph_format.alignment == 2  # right, as the file's name
    assert style(output, "Contact").paragraph_format.alignment == 2


def test_dates_on_a_title_line_never_break_in_the_docx():
    output = resume_with(LETTERHEAD)
    titles = [paragraph.text for paragraph in output.paragraphs if "\t" in paragraph.text]
    dates = [text.split("\t", 1)[1] for text in titles]
    assert "Mar\u00a02022\u00a0\u2013\u2060\u00a0Present" in dates
    assert all(" " not in text for text in dates)


@pytest.mark.slow
@requires_program("soffice")
@pytest.mark.parametrize(
    ("made_by", "typeface", "pages"),
    [("word", "LiberationSerif", 1), ("google-docs-like", "LiberationSans", 2)],  # Times and Arial's stand-ins here
)
def test_libreoffice_sets_the_resume_in_the_reference_s_typeface_on_as_few_pages(tmp_path, made_by, typeface, pages):
    """Before the look was read from the text, both came out in Word's stock Calibri/Cambria (Carlito and
    Caladea here) on two pages; the Word resume itself takes one page, and so does jobkit's on it now."""
    from pypdf import PdfReader

    if made_by == "word" and not WORD_MADE.exists():
        pytest.skip(f"{WORD_MADE.name} is absent: run tests/fixtures/resumes/outside/copy_corpus.py")
    reference = WORD_MADE if made_by == "word" else direct_formatted_reference(tmp_path / "google-docs-like.docx")
    source = tmp_path / "resume.docx"
    source.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", docx_template=reference).content)
    laid_out = PdfReader(convert_with_libreoffice(source, tmp_path)).pages
    assert len(laid_out) == pages
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in laid_out
        for font in page["/Resources"]["/Font"].values()
    }
    assert {typeface, f"{typeface}-Bold", f"{typeface}-Italic"} <= fonts
    assert not any(name.startswith(("Carlito", "Caladea", "Lato")) for name in fonts), fonts
    lines = [" ".join(line.split()) for line in laid_out[0].extract_text().splitlines()]
    assert any(line.endswith("Mar 2022 – Present") for line in lines), lines  # whole, on the title's line
