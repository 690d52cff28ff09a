"""Making one document from the command line: the renderer started early is given the paper the document will
be on, so a German resume comes out on A4 and an English one on Letter unless --paper says otherwise."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from support.paths import ROLE

from toolkit.cli import cli

A4 = (595, 842)
LETTER = (612, 792)


def _page_size(path):
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(
    "options, size",
    [(["--lang", "de"], A4), (["--lang", "en"], LETTER), (["--lang", "de", "--paper", "letter"], LETTER)],
)
def test_a_pdf_is_on_the_paper_of_its_language_unless_asked(runner, example_profile, tmp_path, options, size):
    target = tmp_path / "resume.pdf"
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, *options, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert _page_size(target) == size
    assert f"wrote {target}" in result.output
