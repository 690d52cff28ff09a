"""--pages N: a document fitted on N pages by tightening the theme within its limits, never by dropping content."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from docx import Document
from pypdf import PdfReader
from support.paths import EXAMPLES, REPO
from support.programs import convert_with_libreoffice, requires_program

from toolkit.api import render_cover_letter, render_resume
from toolkit.cli import cli
from toolkit.errors import JobkitError
from toolkit.inputs.themes import load_theme
from toolkit.render.page_fit import LADDER, PageFitError, tightened

LONG_PROFILE = REPO / "tests" / "fixtures" / "profiles" / "long-career.yaml"
_PAGE_NUMBER = re.compile(r"^\d+ / \d+$")
MORE = [
    "Reviewed a sample of coded encounters each week with the coding lead and fixed what the review found.",
    "Kept the department's scanning backlog under one day through the busiest quarter of the year.",
    "Answered physicians' questions about documentation rules at the monthly medical staff meeting.",
]


@pytest.fixture
def two_pages(write_profile) -> Path:
    """The example profile with a third job and more bullets: just over one page as designed."""
    profile = yaml.safe_load((EXAMPLES / "profile.yaml").read_text(encoding="utf-8"))
    profile["work"][1]["highlights"] += MORE
    profile["work"].append(
        {"name": "Oak Park Clinic", "position": "Front Desk Associate", "startDate": "2018-01", "endDate": "2019-12"}
        | {"highlights": MORE}
    )
    return write_profile(profile)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _words(pdf: bytes) -> list[str]:
    """Every word of the PDF in reading order, without page numbers and bullet markers."""
    words = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for line in page.extract_text().splitlines():
            line = " ".join(line.replace("•", " ").split())
            if line and not _PAGE_NUMBER.match(line):
                words += line.split()
    return words


@pytest.mark.slow
def test_a_two_page_resume_that_can_fit_comes_out_on_one_page_with_all_its_text(two_pages):
    designed = render_resume(two_pages, fmt="pdf").content
    assert _pages(designed) == 2
    fitted = render_resume(two_pages, fmt="pdf", pages=1)
    assert _pages(fitted.content) == 1
    assert sorted(_words(fitted.content)) == sorted(_words(designed)), "fitting changed the resume's words"
    (note,) = [note for note in fitted.notes if note.startswith("fitted on")]
    assert note.startswith("fitted on 1 page (it took 2 as designed): ")
    assert "page.sides 0.6 → 0.5 in" in note, "the least visible step (margins) is taken first"


@pytest.mark.slow
def test_the_docx_takes_the_settings_that_fit_the_pdf(two_pages):
    fitted = render_resume(two_pages, fmt="docx", pages=1)
    section = Document(io.BytesIO(fitted.content)).sections[0]
    assert round(section.left_margin.inches, 2) == 0.5 and round(section.bottom_margin.inches, 2) == 0.5
    assert any(note.startswith("fitted on 1 page (it took 2") for note in fitted.notes)


@pytest.mark.slow
@requires_program("soffice")
def test_libreoffice_lays_the_fitted_docx_on_the_pages_the_pdf_fitted(two_pages, tmp_path):
    source = tmp_path / "fitted.docx"
    source.write_bytes(render_resume(two_pages, fmt="docx", pages=1).content)
    assert _pages(convert_with_libreoffice(source, tmp_path).read_bytes()) == 1


@pytest.mark.slow
def test_a_document_that_fits_already_is_left_as_designed(two_pages):
    designed = render_resume(two_pages, fmt="pdf").content
    fitted = render_resume(two_pages, fmt="pdf", pages=2)
    assert "fits on 2 pages as designed; nothing changed" in fitted.notes
    assert _words(fitted.content) == _words(designed) and _pages(fitted.content) == 2
    letter = render_cover_letter(EXAMPLES / "profile.yaml", job=EXAMPLES / "posting.txt", fmt="pdf", pages=1)
    assert "fits on 1 page as designed; nothing changed" in letter.notes


@pytest.mark.slow
def test_an_impossible_fit_says_how_many_pages_it_needs():
    with pytest.raises(PageFitError, match=r"the resume needs 2 pages even at the tightest settings"):
        render_resume(LONG_PROFILE, fmt="pdf", pages=1)


@pytest.mark.slow
def test_the_cli_exits_1_naming_the_pages_and_writes_nothing(runner, tmp_path):
    output = tmp_path / "resume.pdf"
    result = runner.invoke(cli, ["resume", str(LONG_PROFILE), "--pages", "1", "-o", str(output)])
    assert result.exit_code == 1
    assert "needs 2 pages" in result.output and "--pages 2" in result.output
    assert "Traceback" not in result.output
    assert not output.exists(), "a refused fit must leave no file behind"


@pytest.mark.slow
def test_the_cli_fits_and_says_what_it_changed(runner, two_pages, tmp_path):
    output = tmp_path / "resume.pdf"
    result = runner.invoke(cli, ["resume", str(two_pages), "--pages", "1", "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "note: fitted on 1 page (it took 2 as designed): page.sides 0.6 → 0.5 in" in result.output
    assert _pages(output.read_bytes()) == 1


def test_pages_refuses_formats_without_pages(two_pages):
    with pytest.raises(JobkitError, match="applies to pdf, docx and html, not md"):
        render_resume(two_pages, fmt="md", pages=1)


def test_the_tightest_step_stays_within_the_themes_limits(tmp_path):
    theme_folder = tmp_path / "roomy"
    theme_folder.mkdir()
    (theme_folder / "theme.yaml").write_text(
        "text: {size: 11, line_height: 1.5}\nletter: {size: 12, line_height: 1.6}\n"
        "page: {top: 1, sides: 1, bottom: 1}\n"
        "fit: {text_size: 10.5, line_height: 1.2, margin: 0.75, spacing: 0.5}\n",
        encoding="utf-8",
    )
    theme = load_theme(str(theme_folder))
    tokens = tightened(theme, LADDER[-1]).tokens
    assert tokens.text.size == 10.5, "type stops at the theme's floor (11 - 2 x 0.5 would be 10)"
    assert tokens.text.line_height == 1.2
    assert (tokens.page.top, tokens.page.sides, tokens.page.bottom) == (0.75, 0.75, 0.75)
    assert tokens.spacing.section == 4 and tokens.spacing.entry == 3
    assert tokens.letter == theme.tokens.letter, "a resume's fit leaves the letter's type alone"
    letter = tightened(theme, LADDER[-1], body="letter").tokens
    assert (letter.letter.size, letter.letter.line_height) == (11, 1.2)
    # A theme set tighter than the floors already is never loosened.
    classic = load_theme("classic")
    assert tightened(classic, LADDER[-1]).tokens.page.top == classic.tokens.page.top == 0.5


@pytest.mark.slow
def test_a_cover_letter_is_fitted_in_the_letters_own_type(tmp_path):
    theme = tmp_path / "roomy"
    theme.mkdir()
    (theme / "theme.yaml").write_text(
        "letter: {size: 12.5, line_height: 1.9}\npage: {top: 1.1, sides: 1.1, bottom: 1.1}\n"
        "fit: {text_size: 10.5, line_height: 1.3, margin: 0.6, spacing: 0.5}\n",
        encoding="utf-8",
    )
    options = dict(job=EXAMPLES / "posting.txt", theme=str(theme), fmt="pdf")
    designed = render_cover_letter(LONG_PROFILE, **options).content
    assert _pages(designed) == 2
    fitted = render_cover_letter(LONG_PROFILE, **options, pages=1)
    assert _pages(fitted.content) == 1
    assert sorted(_words(fitted.content)) == sorted(_words(designed))
    (note,) = [note for note in fitted.notes if note.startswith("fitted on")]
    assert "letter.line_height 1.9 → " in note and "text." not in note
