"""Making one document from the command line: the renderer's child starts as early as its format allows."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

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
