"""Page breaks: a heading never ends a page, a job keeps its first two bullets, a long job may split.

A long profile (tests/fixtures/profiles/long-career.yaml, two pages or more) is rendered in
both themes on both papers; the PDF is read back page by page, and the DOCX is laid out by
LibreOffice (as a reader opening it would) and read back the same way.
"""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from lxml import html as lxml_html
from pypdf import PdfReader
from support.paths import EXAMPLES, REPO
from support.programs import requires_program

from toolkit.api import render_resume

PROFILES = REPO / "tests" / "fixtures" / "profiles"
LONG_PROFILE = PROFILES / "long-career.yaml"
# Two pages or more in every theme and paper: the long career, and a software engineer's JSON Resume.
LONG_PROFILES = [LONG_PROFILE, PROFILES / "software-engineer.json"]
TODAY = date(2025, 3, 3)
CASES = [(theme, paper) for theme in ("classic", "modern") for paper in ("letter", "a4")]
_PAGE_NUMBER = re.compile(r"^\d+ / \d+$")


@dataclass(frozen=True)
class Layout:
    """What the resume's HTML says is a heading, and each entry's title with its first bullets."""

    headings: list[str]  # section titles, entry titles and employer lines, casefolded
    entries: list[tuple[str, list[str]]]  # (title, its bullets) for entries with bullets


def _layout(theme: str, paper: str, profile: Path = LONG_PROFILE) -> Layout:
    html = render_resume(profile, theme=theme, paper=paper, fmt="html", today=TODAY).content
    tree = lxml_html.document_fromstring(html)
    headings = [
        " ".join(element.text_content().split()).casefold()
        for element in tree.xpath("//*[contains(@class, 'section-title') or contains(@class, 'entry-title')]")
        + tree.xpath("//*[contains(@class, 'entry-subtitle')]")
    ]
    entries = []
    for article in tree.xpath("//article[contains(@class, 'entry')]"):
        title = " ".join(article.xpath(".//*[contains(@class, 'entry-title')]")[0].text_content().split())
        bullets = [" ".join(item.text_content().split()) for item in article.xpath(".//ul/li")]
        if bullets:
            entries.append((title, bullets))
    return Layout(headings, entries)


def _page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's text lines, without bullet markers and page numbers, spaces normalised."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = []
        for line in page.extract_text().splitlines():
            text = " ".join(line.replace("•", " ").split())
            if text and not _PAGE_NUMBER.match(text):
                lines.append(text)
        pages.append(lines)
    return pages


def _is_heading(line: str, layout: Layout) -> bool:
    # An entry title shares its line with its dates, so a heading is matched at the line's start.
    folded = line.casefold()
    return any(folded == heading or folded.startswith(heading + " ") for heading in layout.headings)


def _page_with(text: str, pages: list[list[str]]) -> int:
    """The page holding the line that starts ``text`` (its first words: a bullet may wrap)."""
    start = text[:40]
    for number, lines in enumerate(pages):
        if any(line.startswith(start) for line in lines):
            return number
    raise AssertionError(f"{start!r} is on no page")


def assert_breaks_well(pdf: bytes, layout: Layout, label: str) -> list[list[str]]:
    pages = _page_lines(pdf)
    assert len(pages) >= 2, f"{label}: the long profile should take two pages or more"
    for number, lines in enumerate(pages[:-1], start=1):
        last_heading = max((index for index, line in enumerate(lines) if _is_heading(line, layout)), default=-1)
        after = len(lines) - 1 - last_heading
        # Fewer than two lines after a heading only when that was all its section had.
        section_ended = _is_heading(pages[number][0], layout)
        assert after >= 2 or (after and section_ended), (
            f"{label}: page {number} ends {lines[-3:]}: a heading with {after} line(s) after it"
        )
    for title, bullets in layout.entries:
        title_page = _page_with(title, pages)
        for bullet in bullets[:2]:
            assert _page_with(bullet, pages) == title_page, f"{label}: {title!r} is parted from {bullet[:40]!r}"
    return pages


def _split_entries(pages: list[list[str]], layout: Layout) -> list[str]:
    """The entries whose bullets run onto the next page: a long job broken between bullets, not moved whole."""
    return [title for title, bullets in layout.entries if _page_with(bullets[-1], pages) > _page_with(title, pages)]


@pytest.mark.slow
@pytest.mark.parametrize("profile", LONG_PROFILES, ids=[path.stem for path in LONG_PROFILES])
@pytest.mark.parametrize("theme, paper", CASES, ids=[f"{theme}-{paper}" for theme, paper in CASES])
def test_pdf_breaks_pages_between_bullets_never_after_a_heading(profile, theme, paper):
    layout = _layout(theme, paper, profile)
    pdf = render_resume(profile, theme=theme, paper=paper, fmt="pdf", today=TODAY).content
    pages = assert_breaks_well(pdf, layout, f"PDF {profile.name} {theme} {paper}")
    if profile == LONG_PROFILE and paper == "letter":
        # On Letter the page ends inside a six-bullet job: it breaks there instead of leaving a gap.
        assert _split_entries(pages, layout), f"no job broke across pages: {[lines[-1] for lines in pages]}"


@pytest.mark.slow
@requires_program("soffice")
def test_docx_in_libreoffice_breaks_pages_as_the_pdf_does(tmp_path: Path):
    cases = [(profile, theme, paper) for profile in LONG_PROFILES for theme, paper in CASES]
    sources = []
    for profile, theme, paper in cases:
        source = tmp_path / f"{profile.stem}-{theme}-{paper}.docx"
        source.write_bytes(render_resume(profile, theme=theme, paper=paper, fmt="docx", today=TODAY).content)
        sources.append(str(source))
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf"]
        + ["--outdir", str(tmp_path / "out"), *sources],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for profile, theme, paper in cases:
        layout = _layout(theme, paper, profile)
        pdf = (tmp_path / "out" / f"{profile.stem}-{theme}-{paper}.pdf").read_bytes()
        pages = assert_breaks_well(pdf, layout, f"DOCX {profile.name} {theme} {paper} in LibreOffice")
        if profile == LONG_PROFILE and paper == "letter":
            assert _split_entries(pages, layout), f"no job broke across pages: {[lines[-1] for lines in pages]}"


def test_docx_keeps_a_jobs_first_and_last_two_bullets_chained_and_frees_the_middle():
    from docx import Document

    document = Document(io.BytesIO(render_resume(LONG_PROFILE, fmt="docx", today=TODAY).content))
    paragraphs = document.paragraphs
    first_job = next(index for index, paragraph in enumerate(paragraphs) if paragraph.style.name == "Heading 2")
    bullets = []
    for paragraph in paragraphs[first_job + 1 :]:
        if paragraph.style.name == "Heading 2":
            break
        if paragraph.style.name == "List Bullet":
            bullets.append(bool(paragraph.paragraph_format.keep_with_next))
    # Six bullets: the first stays with the second, the fifth with the sixth; the page may break between the others.
    assert bullets == [True, False, False, False, True, False]


@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_the_contact_line_breaks_between_items_never_inside_an_address(theme):
    html = render_resume(LONG_PROFILE, theme=theme, fmt="html", today=TODAY).content
    items = [
        " ".join(item.text_content().split())
        for item in lxml_html.document_fromstring(html).xpath("//*[contains(@class, 'contact-item')]")
    ]
    assert any(len(item) > 50 for item in items), "the profile has a long link to break"
    pdf = render_resume(LONG_PROFILE, theme=theme, fmt="pdf", today=TODAY).content
    lines = _page_lines(pdf)[0]
    # Name, headline, then the contact line down to the first section's title.
    contact_lines = lines[2 : [line.casefold() for line in lines].index("summary")]
    assert len(contact_lines) == 2, "the contact line wraps once on this profile"
    for item in items:
        assert any(item in line for line in contact_lines), f"{item!r} is broken across lines: {contact_lines}"


@pytest.mark.slow
@pytest.mark.parametrize("theme, paper", CASES, ids=[f"{theme}-{paper}" for theme, paper in CASES])
def test_an_interviewer_kits_competency_opening_stays_with_its_first_question(theme, paper):
    from toolkit.api import render_interview

    pdf = render_interview(
        role="medical-records-specialist", level="mid", kit=True, theme=theme, paper=paper, today=TODAY
    ).content
    for number, lines in enumerate(_page_lines(pdf), start=1):
        opening = max(
            (index for index, line in enumerate(lines) if line.startswith("What good looks like:")), default=None
        )
        if opening is not None:
            questions = [line for line in lines[opening:] if re.match(r"\d+\. ", line)]
            assert questions, f"{theme} {paper}: page {number} ends on a competency's opening: {lines[-3:]}"


@pytest.mark.slow
@pytest.mark.parametrize("theme, paper", CASES, ids=[f"{theme}-{paper}" for theme, paper in CASES])
def test_a_job_descriptions_lists_never_leave_one_item_alone_on_a_page(theme, paper):
    from toolkit.api import render_job_description

    def render(fmt: str) -> bytes:
        return render_job_description(
            role="medical-records-specialist",
            level="senior",
            company_file=EXAMPLES / "company.yaml",
            theme=theme,
            paper=paper,
            fmt=fmt,
            today=TODAY,
        ).content

    tree = lxml_html.document_fromstring(render("html"))
    lists = [[" ".join(item.text_content().split()) for item in ul.xpath("./li")] for ul in tree.xpath("//ul")]
    pages = _page_lines(render("pdf"))
    assert len(pages) >= 2
    for items in (items for items in lists if len(items) >= 2):
        assert _page_with(items[0], pages) == _page_with(items[1], pages), f"{items[0]!r} alone on its page"
        assert _page_with(items[-2], pages) == _page_with(items[-1], pages), f"{items[-1]!r} alone on its page"
