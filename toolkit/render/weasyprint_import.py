"""Import WeasyPrint without the library search that makes up a third of its import time on Linux.

WeasyPrint opens Pango, HarfBuzz, GObject and Fontconfig by trying several names for
each (Windows, macOS and Linux spellings). cffi answers a name that does not load as it
stands by calling ``ctypes.util.find_library``, which on Linux starts ``ldconfig``,
``gcc`` and ``ld`` processes: dozens of process starts per import, about 0.3 s of a
0.9 s render on two cores. Every list also holds the library's Linux soname
(``libpango-1.0.so.0``), which the dynamic loader opens directly, so on Linux the
search only ever finds, slowly, what a later name loads at once.

``import_weasyprint`` therefore imports WeasyPrint once with ``find_library`` answering
``None``, and only:

- on Linux (elsewhere the search is how the libraries are found);
- while no other thread runs (the stand-in is process-wide while it is in place);
- around that one import (the real function is back before it returns).

If that import fails, or leaves out HarfBuzz-Subset (an optional library whose file
name might differ from the one listed), WeasyPrint's modules are dropped and it is
imported the ordinary way, so the result never differs from a plain ``import weasyprint``.
``JOBKIT_PLAIN_WEASYPRINT_IMPORT=1`` turns the shortcut off.
"""

from __future__ import annotations

import os
import sys
import threading
from types import ModuleType


def import_weasyprint() -> ModuleType:
    """The ``weasyprint`` module, imported the fast way where that is safe (see the module notes)."""
    loaded = sys.modules.get("weasyprint")
    if loaded is not None:
        return loaded
    if _shortcut_allowed():
        try:
            return _import_without_library_search()
        except Exception:  # whatever went wrong, the ordinary import below decides
            _forget_weasyprint()
    import weasyprint

    return weasyprint


def _shortcut_allowed() -> bool:
    return (
        sys.platform.startswith("linux")
        and os.environ.get("JOBKIT_PLAIN_WEASYPRINT_IMPORT", "") != "1"
        and threading.active_count() == 1
    )


def _library_not_searched(name: str) -> None:
    """Stands in for ``ctypes.util.find_library`` during the import: no search, no process started."""
    return None


def _import_without_library_search() -> ModuleType:
    import ctypes.util

    original = ctypes.util.find_library
    ctypes.util.find_library = _library_not_searched
    try:
        import weasyprint
    finally:
        ctypes.util.find_library = original
    libraries = sys.modules.get("weasyprint.text.ffi")
    if getattr(libraries, "harfbuzz_subset", None) is None:
        raise ImportError("HarfBuzz-Subset did not load under its Linux name; searching for it instead")
    return weasyprint


def _forget_weasyprint() -> None:
    """Drop every WeasyPrint module a failed attempt left behind, so the next import starts afresh."""
    for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
        del sys.modules[name]
