"""Making one document from the command line: written where -o says, on the paper of its language unless --paper
says otherwise, and with --pages fitted (saying what changed) or refused with nothing written."""

from __future__ import annotations

import pytest
import yaml
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


def _long_profile(folder, highlights: int):
    work = {"name": "Harbor Clinic", "position": "Records Clerk", "startDate": "2015-01"}
    work["highlights"] = [f"Filed and checked {n} batches of patient records each week." for n in range(highlights)]
    path = folder / "profile.yaml"
    path.write_text(yaml.safe_dump({"basics": {"name": "Ann Lee"}, "work": [work]}), encoding="utf-8")
    return path


@pytest.mark.slow
def test_pages_fits_a_resume_saying_what_changed_or_writes_nothing(runner, tmp_path):
    target = tmp_path / "resume.pdf"
    fitted = runner.invoke(
        cli, ["resume", str(_long_profile(tmp_path, 48)), "--role", ROLE, "--pages", "1", "-o", str(target)]
    )
    assert fitted.exit_code == 0, fitted.output
    assert "fitted on 1 page (it took 2 as designed)" in fitted.output and len(PdfReader(target).pages) == 1
    target.unlink()
    refused = runner.invoke(
        cli, ["resume", str(_long_profile(tmp_path, 200)), "--role", ROLE, "--pages", "1", "-o", str(target)]
    )
    assert refused.exit_code == 1 and "Nothing was written" in refused.output
    assert not target.exists()
