"""Inline HTML to Word runs: a mail or web link is a real Word hyperlink."""

from __future__ import annotations

from support.example_docx import example_resume_docx


def test_docx_links_are_real_hyperlinks():
    document = example_resume_docx()
    targets = [rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    assert "mailto:maya.robinson@example.com" in targets
