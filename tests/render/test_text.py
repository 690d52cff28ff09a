"""Markdown and plain text: compared with golden files (set JOBKIT_UPDATE_GOLDEN=1 to rewrite them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.paths import EXAMPLES

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


def _kit(fmt: str) -> str:
    from toolkit.api import render_interview

    return render_interview(role="medical-records-specialist", level="supervisor", kit=True, fmt=fmt).content.decode()


def test_markdown_kit_tables_are_tables_a_markdown_parser_finds():
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(_kit("md"))
    tables: list[list[list[str]]] = []
    in_cell = False
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append([])
        elif token.type in {"th_open", "td_open"}:
            in_cell = True
        elif token.type in {"th_close", "td_close"}:
            in_cell = False
        elif token.type == "inline" and in_cell:
            tables[-1][-1].append(token.content)
    # The form, the rating scale, a rating row per competency, the recommendation.
    assert len(tables) >= 4
    scale = next(table for table in tables if table[0] == ["Score", "Meaning"])
    assert len(scale) == 6 and all(len(row) == 2 for row in scale)
    assert scale[1][0] == "**1 – Not demonstrated**"
    recommendation = next(table for table in tables if table[0][0] == "Decision")
    assert recommendation[1][0] == "Confidence" and "Medium" in recommendation[1][2]


def test_text_kit_tables_are_aligned_columns_within_the_width():
    text = _kit("txt")
    lines = text.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Score ")))
    table = lines[start : start + 12]
    column = table[0].index("Meaning")
    assert set(table[1]) == {"-", " "}, "a rule under the header row"
    for line in table[2:]:
        if not line.strip():
            break
        # Every row, and every wrapped continuation, starts its second column in the same place.
        assert line[column - 2 : column] == "  " and line[column] != " ", line
        assert len(line) <= 100
    form = next(line for line in lines if line.startswith("Candidate"))
    assert "Candidate  ________________  Interviewer  ________________  Date  ________________" == form
