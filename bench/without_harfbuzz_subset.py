"""Run jobkit as on a machine without HarfBuzz-Subset (libharfbuzz-subset0), which many machines lack.

Its names fail to load, the library search finds nothing for it, and no file of it is in the loader's
directories; everything else loads as on this machine. Used by bench_resume.py:

    python bench/without_harfbuzz_subset.py resume examples/profile.yaml -o resume.pdf
"""

from __future__ import annotations

import ctypes.util
import runpy
import sys

import cffi.api

_real_load = cffi.api._load_backend_lib
_real_search = ctypes.util.find_library


def _load(backend, name, flags):
    if "harfbuzz-subset" in str(name):
        raise OSError(f"{name}: cannot open shared object file (no libharfbuzz-subset0 here)")
    return _real_load(backend, name, flags)


def _search(name):
    return None if "harfbuzz-subset" in name else _real_search(name)


cffi.api._load_backend_lib = _load
ctypes.util.find_library = _search

import toolkit.render.weasyprint_import as shortcut  # noqa: E402

_real_library_files = shortcut.library_files
shortcut.library_files = lambda prefix, *rest: (
    [] if prefix == "libharfbuzz-subset" else _real_library_files(prefix, *rest)
)
sys.argv = ["jobkit", *sys.argv[1:]]
runpy.run_module("toolkit", run_name="__main__")
