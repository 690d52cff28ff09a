"""Where Word may break a page: a job's heading stays with its first two bullets, a bullet never splits, and the
page may break within the list."""

from __future__ import annotations

from support.example_docx import example_resume_docx


def test_docx_keeps_a_jobs_heading_with_its_first_two_bullets_and_lets_it_break_after():
    document = example_resume_docx()
    paragraphs = document.paragraphs
    heading = next(index for index, p in enumerate(paragraphs) if p.style.name == "Heading 2")
    entry = []
    for paragraph in paragraphs[heading:]:
        if entry and paragraph.style.name in {"Heading 1", "Heading 2"}:
            break
        entry.append(paragraph)
    title, employer, *rest = entry
    bullets = [p for p in rest if p.style.name == "List Bullet"]
    assert len(bullets) == 4
    assert title.style.paragraph_format.keep_with_next and employer.style.paragraph_format.keep_with_next
    assert all(p.style.paragraph_format.keep_together for p in bullets), "a bullet never splits across pages"
    # The first bullet stays with the second, the third with the last; the page may break between them.
    assert [bool(p.paragraph_format.keep_with_next) for p in bullets] == [True, False, True, False]
