"""Markdown and plain text: compared with golden files (set JOBKIT_UPDATE_GOLDEN=1 to rewrite them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import EXAMPLES

from toolkit.api import render_resume
from toolkit.render.text import html_to_markdown, html_to_text

GOLDEN = Path(__file__).parent.parent / "golden"


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_example_resume_matches_golden(fmt):
    produced = render_resume(
        EXAMPLES / "profile.yaml", role="medical-records-specialist", level="senior", fmt=fmt
    ).content.decode("utf-8")
    golden = GOLDEN / f"maya-robinson-resume.{fmt}"
    if os.environ.get("JOBKIT_UPDATE_GOLDEN"):
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def test_markdown_escapes_what_would_become_markup():
    html = "<html><body><p>Use *stars* and [links](x) and <b>bold</b> &lt;tag&gt;</p></body></html>"
    assert html_to_markdown(html) == "Use \\*stars\\* and \\[links\\](x) and **bold** \\<tag\\>\n"


def test_text_keeps_markup_as_literal_text():
    html = "<html><body><p>&lt;img src=&quot;file:///etc/passwd&quot;&gt;</p></body></html>"
    assert html_to_text(html) == '<img src="file:///etc/passwd">\n'
