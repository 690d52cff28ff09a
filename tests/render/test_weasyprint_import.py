"""WeasyPrint imported without the library search on Linux, and the ordinary import whenever that fails.

Each case runs in a fresh interpreter: WeasyPrint is imported once per process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow

# Counts the library searches and process starts during the import, then renders a page and reads it back.
PROBE = """
import ctypes.util, io, json, subprocess, sys
searches = []
real_search = ctypes.util.find_library
def counting_search(name):
    searches.append(name)
    return real_search(name)
ctypes.util.find_library = counting_search
started = []
real_init = subprocess.Popen.__init__
def counting_init(self, *args, **kwargs):
    started.append(args[0] if args else kwargs.get("args"))
    return real_init(self, *args, **kwargs)
subprocess.Popen.__init__ = counting_init
{setup}
from toolkit.render.weasyprint_import import import_weasyprint
import_weasyprint()
process_starts = len(started)
from toolkit.render.pdf import html_to_pdf
from pypdf import PdfReader
pdf = html_to_pdf("<html><body><p>Probe page</p></body></html>")
text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
import weasyprint.text.ffi as libraries
print(json.dumps({{"searches": len(searches), "process_starts": process_starts, "text": text,
                  "subset": libraries.harfbuzz_subset is not None,
                  "search_restored": ctypes.util.find_library is counting_search}}))
"""

# A system where the Linux names in WeasyPrint's lists do not load as they stand: only the search finds them.
SONAMES_DO_NOT_LOAD = """
import cffi.api
real_load = cffi.api._load_backend_lib
def load(backend, name, flags):
    if ctypes.util.find_library is not counting_search and ".so." in str(name):
        raise OSError(f"{name}: cannot open shared object file (simulated)")
    return real_load(backend, name, flags)
cffi.api._load_backend_lib = load
"""


def _probe(setup: str = "", env: dict[str, str] | None = None) -> dict:
    import os

    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(setup=textwrap.dedent(setup))],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is for Linux only")
def test_on_linux_weasyprint_loads_without_searching_for_libraries_and_renders():
    outcome = _probe()
    assert outcome["searches"] == 0
    assert outcome["process_starts"] == 0
    assert outcome["subset"], "HarfBuzz-Subset must load as it would with the search"
    assert "Probe page" in outcome["text"]
    assert outcome["search_restored"], "ctypes.util.find_library must be the real one again after the import"


def test_when_the_linux_names_do_not_load_the_ordinary_import_finds_the_libraries():
    outcome = _probe(SONAMES_DO_NOT_LOAD)
    if sys.platform.startswith("linux"):
        assert outcome["searches"] > 0, "the ordinary import (with the search) must have run"
    assert "Probe page" in outcome["text"]
    assert outcome["search_restored"]


def test_the_shortcut_can_be_turned_off():
    outcome = _probe(env={"JOBKIT_PLAIN_WEASYPRINT_IMPORT": "1"})
    if sys.platform.startswith("linux"):
        assert outcome["searches"] > 0
    assert "Probe page" in outcome["text"]


def test_other_platforms_use_the_ordinary_import():
    # urllib.request reads the platform when imported; WeasyPrint needs it loaded as on this machine.
    outcome = _probe("import urllib.request; sys.platform = 'darwin'")
    assert outcome["searches"] > 0
    assert "Probe page" in outcome["text"]


# A machine without HarfBuzz-Subset (many lack libharfbuzz-subset0): its names never load, and the search finds
# nothing either. ``hidden`` says whether a file of it is still in the loader's directories (under a name the
# loader does not try), which only the search could find.
NO_HARFBUZZ_SUBSET = """
import cffi.api
real_load = cffi.api._load_backend_lib
def load(backend, name, flags):
    if "harfbuzz-subset" in str(name):
        raise OSError(f"{{name}}: cannot open shared object file (simulated)")
    return real_load(backend, name, flags)
cffi.api._load_backend_lib = load
real_search_inside = real_search
def search(name):
    return None if "harfbuzz-subset" in name else real_search_inside(name)
real_search = search
import toolkit.render.weasyprint_import as shortcut
shortcut.library_files = lambda prefix: {hidden} if prefix == "libharfbuzz-subset" else []
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is for Linux only")
def test_without_harfbuzz_subset_installed_the_fast_import_stands_and_renders():
    outcome = _probe(NO_HARFBUZZ_SUBSET.format(hidden="[]"))
    assert outcome["searches"] == 0 and outcome["process_starts"] == 0, outcome
    assert not outcome["subset"]
    assert "Probe page" in outcome["text"], "WeasyPrint subsets fonts without HarfBuzz-Subset"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is for Linux only")
def test_harfbuzz_subset_under_another_file_name_is_searched_for():
    outcome = _probe(NO_HARFBUZZ_SUBSET.format(hidden="['/usr/lib/libharfbuzz-subset.so.1']"))
    assert outcome["searches"] > 0, "the ordinary import (with the search) must have run"
    assert "Probe page" in outcome["text"]


def test_the_loader_directories_are_read_from_ld_so_conf_and_its_includes(tmp_path, monkeypatch):
    from toolkit.render.weasyprint_import import library_files

    libs, more, elsewhere = tmp_path / "libs", tmp_path / "more", tmp_path / "elsewhere"
    for folder in (libs, more, elsewhere):
        folder.mkdir()
    (libs / "libharfbuzz-subset.so.0").write_bytes(b"")
    (more / "libharfbuzz-subset.so.1").write_bytes(b"")
    (elsewhere / "libharfbuzz-subset.so.2").write_bytes(b"")
    (tmp_path / "conf.d").mkdir()
    (tmp_path / "conf.d" / "extra.conf").write_text(f"# more\n{more}\n", encoding="utf-8")
    config = tmp_path / "ld.so.conf"
    config.write_text(f"include conf.d/*.conf\n{libs}  # ours\ninclude {config}\n", encoding="utf-8")
    monkeypatch.setenv("LD_LIBRARY_PATH", "")
    found = {name.rsplit("/", 1)[1] for name in library_files("libharfbuzz-subset", config)}
    assert {"libharfbuzz-subset.so.0", "libharfbuzz-subset.so.1"} <= found
    assert "libharfbuzz-subset.so.2" not in found
    monkeypatch.setenv("LD_LIBRARY_PATH", str(elsewhere))
    assert "libharfbuzz-subset.so.2" in {name.rsplit("/", 1)[1] for name in library_files("libharfbuzz-subset", config)}
