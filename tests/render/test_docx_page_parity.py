"""Page parity: each kind's DOCX, laid out by LibreOffice, has as many pages as its PDF.

The DOCX is what people edit; if Word or LibreOffice breaks it onto more pages than the
PDF, a one-page resume becomes two. Every document kind, in every shipped theme and the
example theme, on both paper sizes, is converted in one LibreOffice run and counted.
"""

from __future__ import annotations

import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES, ROLE
from support.programs import requires_program

from toolkit.api import render_cover_letter, render_interview, render_job_description, render_resume
from toolkit.inputs.themes import builtin_theme_names

TODAY = date(2025, 3, 3)
THEMES = [*builtin_theme_names(), str(EXAMPLES / "themes" / "slate")]
PAPERS = ["letter", "a4"]
KINDS = {
    "resume": lambda **options: render_resume(EXAMPLES / "profile.yaml", role=ROLE, today=TODAY, **options),
    "cover-letter": lambda **options: render_cover_letter(
        EXAMPLES / "profile.yaml", role=ROLE, job=EXAMPLES / "posting.txt", today=TODAY, **options
    ),
    "job-description": lambda **options: render_job_description(
        role=ROLE, level="senior", company_file=EXAMPLES / "company.yaml", today=TODAY, **options
    ),
    "practice-sheet": lambda **options: render_interview(role=ROLE, level="mid", today=TODAY, **options),
    "practice-with-answers": lambda **options: render_interview(
        role=ROLE, level="mid", answers="inline", today=TODAY, **options
    ),
    "practice-with-key": lambda **options: render_interview(
        role=ROLE, level="mid", answers="key", today=TODAY, **options
    ),
    "interviewer-kit": lambda **options: render_interview(
        role=ROLE, level="supervisor", kit=True, today=TODAY, **options
    ),
}
CASES = [(kind, theme, paper) for kind in KINDS for theme in THEMES for paper in PAPERS]


def _stem(kind: str, theme: str, paper: str) -> str:
    return f"{kind}-{theme.rsplit('/', 1)[-1]}-{paper}"


@pytest.fixture(scope="module")
def page_counts(tmp_path_factory) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(PDF pages, LibreOffice pages of the DOCX) for every case, converted in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("parity")
    pdf_pages = {}
    sources = []
    for kind, theme, paper in CASES:
        render = KINDS[kind]
        pdf = render(theme=theme, paper=paper, fmt="pdf").content
        pdf_pages[(kind, theme, paper)] = len(PdfReader(io.BytesIO(pdf)).pages)
        source = folder / f"{_stem(kind, theme, paper)}.docx"
        source.write_bytes(render(theme=theme, paper=paper, fmt="docx").content)
        sources.append(str(source))
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo", "--convert-to", "pdf"]
        + ["--outdir", str(folder / "out"), *sources],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return {case: (pdf_pages[case], len(PdfReader(folder / "out" / f"{_stem(*case)}.pdf").pages)) for case in CASES}


@pytest.mark.slow
@requires_program("soffice")
@pytest.mark.parametrize("kind, theme, paper", CASES, ids=[_stem(*case) for case in CASES])
def test_docx_in_libreoffice_has_the_pdfs_page_count(page_counts, kind, theme, paper):
    pdf, docx = page_counts[(kind, theme, paper)]
    assert docx == pdf, f"{kind} in {theme} on {paper}: PDF {pdf} pages, DOCX in LibreOffice {docx}"


@pytest.mark.slow
@requires_program("soffice")
@pytest.mark.parametrize("theme", THEMES, ids=[theme.rsplit("/", 1)[-1] for theme in THEMES])
def test_example_resume_is_one_page_in_pdf_and_docx(page_counts, theme):
    for paper in PAPERS:
        assert page_counts[("resume", theme, paper)] == (1, 1)
