"""fontTools' subsetter and variable-font tools load when WeasyPrint first uses them: the PDF is the same byte for
byte, and any later use of those modules gets the real ones.

Each case runs in a fresh interpreter: what a process has imported cannot be taken back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

RENDER = """
import sys
from toolkit.render.weasyprint_import import import_weasyprint
import_weasyprint()
loaded_at_import = sorted(name for name in ("fontTools.ttLib.tables.otTables", "fontTools.varLib.merger")
                          if name in sys.modules)
from toolkit.render.pdf import html_to_pdf
pdf = html_to_pdf('<html><head><title>Probe</title></head><body><p>Probe page – “quoted” é</p></body></html>')
sys.stdout.buffer.write(repr(loaded_at_import).encode() + b"\\n" + pdf)
"""


def _run(code: str, **env: str) -> bytes:
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", **env}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=environment).stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast import is for Linux only")
def test_the_pdf_is_the_same_and_the_subsetter_was_not_loaded_to_make_it():
    deferred, _, pdf = _run(RENDER).partition(b"\n")
    plain_loaded, _, plain_pdf = _run(RENDER, JOBKIT_PLAIN_WEASYPRINT_IMPORT="1").partition(b"\n")
    assert pdf == plain_pdf and pdf.startswith(b"%PDF")
    assert deferred == b"[]", "fontTools' layout tables and varLib were imported with WeasyPrint"
    assert plain_loaded != b"[]", "the ordinary import loads them (or this test shows nothing)"


USE_LATER = """
import json, sys
from toolkit.render.weasyprint_import import import_weasyprint
import_weasyprint()
from fontTools.subset import Options, Subsetter
import fontTools.varLib.instancer as instancer
from fontTools.varLib.instancer import instantiateVariableFont
import fontTools.varLib.instancer.solver
from fontTools.ttLib import TTFont
from toolkit.render.fonts import font_dir
try:  # the stand-in's function is the real one: Lato is no variable font, and the real function says so
    instantiateVariableFont(TTFont(str(font_dir() / "Lato-Regular.ttf")), {"wght": 400})
except ValueError as error:
    refused = "fvar" in str(error)
real = sys.modules["fontTools.varLib.instancer"]
mode = instancer.OverlapMode
from fontTools.varLib.instancer import instantiateVariableFont as imported_after
print(json.dumps({
    "subsetter": Subsetter(Options()).__class__.__module__,
    "instancer_real": type(real).__name__ == "module" and real.OverlapMode is mode,
    "same_function": imported_after.__module__ == "fontTools.varLib.instancer",
    "stand_in_named": instantiateVariableFont.__name__ == "instantiateVariableFont",
    "stand_in_called_the_real": refused,
}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast import is for Linux only")
def test_the_deferred_modules_are_the_real_ones_when_used():
    found = json.loads(_run(USE_LATER).decode().strip().splitlines()[-1])
    assert found == {
        "subsetter": "fontTools.subset",
        "instancer_real": True,
        "same_function": True,
        "stand_in_named": True,
        "stand_in_called_the_real": True,
    }


FORGOTTEN = """
import json, sys
from toolkit.render.deferred_imports import defer_font_tools, forget_deferred
defer_font_tools()
registered = sorted(name for name in ("fontTools.subset", "fontTools.varLib", "fontTools.varLib.instancer")
                    if name in sys.modules)
forget_deferred()
import fontTools.varLib.instancer
print(json.dumps({"registered": registered, "real": type(sys.modules["fontTools.varLib.instancer"]).__name__}))
"""


def test_a_failed_fast_import_takes_the_deferred_modules_back():
    found = json.loads(_run(FORGOTTEN).decode().strip().splitlines()[-1])
    assert found == {
        "registered": ["fontTools.subset", "fontTools.varLib", "fontTools.varLib.instancer"],
        "real": "module",
    }
