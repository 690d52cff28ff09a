"""Making one document from the command line: written where -o says, on the paper of its language unless --paper
says otherwise, with --pages fitted (saying what changed) or refused with nothing written, and the renderer's child
started as early as its format allows."""

from __future__ import annotations

import subprocess
import sys

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


# Runs the command with os.fork wrapped to print, at the first fork (the renderer's child), whether pydantic is loaded.
FIRST_FORK = """
import os, sys
forked = []
real_fork = os.fork
def fork():
    if not forked:
        forked.append(True)
        print("PYDANTIC BEFORE THE RENDERER", "pydantic" in sys.modules, flush=True)
    return real_fork()
os.fork = fork
from toolkit.cli import cli
try:
    cli(sys.argv[1:])
except SystemExit:
    pass
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="renders run in forked children only where fork is")
@pytest.mark.parametrize(("suffix", "loaded"), [("pdf", False), ("docx", True)])
def test_a_pdf_renderer_starts_loading_weasyprint_before_the_models_load(example_profile, tmp_path, suffix, loaded):
    """A PDF renderer needs WeasyPrint only, so its child starts before this process loads the API's models
    (pydantic, about 0.15 s); a DOCX renderer uses the models too, so its child starts after them and shares them."""
    output = tmp_path / f"resume.{suffix}"
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FORK, "resume", str(example_profile), "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert f"PYDANTIC BEFORE THE RENDERER {loaded}" in result.stdout, result.stdout + result.stderr
    if suffix == "pdf":
        assert "Maya Robinson" in PdfReader(output).pages[0].extract_text()
    else:
        assert output.stat().st_size > 0
