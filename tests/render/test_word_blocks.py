"""HTML blocks to Word paragraphs: a job's dates on its title line, never broken across lines, as the PDF sets
them."""

from __future__ import annotations

from support.example_docx import example_resume_docx


def test_docx_dates_share_the_title_line_and_never_break():
    document = example_resume_docx()
    title = next(p for p in document.paragraphs if p.style.name == "Heading 2")
    # No-break spaces, and a word joiner after the dash (a line may otherwise break after a dash), as the PDF's nowrap.
    assert title.text == "Medical Records Specialist\tMar\u00a02022\u00a0\u2013\u2060\u00a0Present"
