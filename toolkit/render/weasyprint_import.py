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

If that import fails, WeasyPrint's modules are dropped and it is imported the ordinary way,
so the result never differs from a plain ``import weasyprint``. HarfBuzz-Subset is optional
(without it jobkit embeds whole faces, ``pdf.py``): when it did not load under
its Linux name, the search could only find it under another file name, so the directories
the dynamic loader searches are looked through for any ``libharfbuzz-subset*`` file (a few
directory listings, not a process). None there: the library is not installed and the fast
import stands; one there: the ordinary import searches for it. The fast import also leaves fontTools'
subsetter to load when WeasyPrint first uses it (``deferred_imports``) and has cffi read the simple C types
WeasyPrint names without its C parser (``c_types``). ``JOBKIT_PLAIN_WEASYPRINT_IMPORT=1`` turns all three off.
"""

from __future__ import annotations

import glob
import os
import sys
import threading
from pathlib import Path
from types import ModuleType

# Where the dynamic loader and ctypes.util.find_library look on Linux, besides LD_LIBRARY_PATH and ld.so.conf.
_DEFAULT_LIBRARY_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib")
_LOADER_CONFIG = Path("/etc/ld.so.conf")


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

    from .deferred_imports import defer_font_tools

    defer_font_tools()  # fontTools' subsetter loads when first used (deferred_imports.py)
    original = ctypes.util.find_library
    ctypes.util.find_library = _library_not_searched
    try:
        import weasyprint
    finally:
        ctypes.util.find_library = original
    libraries = sys.modules.get("weasyprint.text.ffi")
    if getattr(libraries, "harfbuzz_subset", None) is None and library_files("libharfbuzz-subset"):
        raise ImportError("HarfBuzz-Subset did not load under its Linux name; searching for it instead")
    from .c_types import read_simple_types

    read_simple_types(libraries.ffi)  # type: ignore[union-attr]
    return weasyprint


def library_files(prefix: str, config: Path = _LOADER_CONFIG) -> list[str]:
    """Files named ``prefix*`` in the directories the dynamic loader searches (LD_LIBRARY_PATH, ld.so.conf)."""
    found: list[str] = []
    for folder in dict.fromkeys(_library_dirs(config)):
        found += glob.glob(os.path.join(glob.escape(folder), glob.escape(prefix) + "*"))
    return found


def _library_dirs(config: Path) -> list[str]:
    folders = [folder for folder in os.environ.get("LD_LIBRARY_PATH", "").split(":") if folder]
    folders += _configured_dirs(config, depth=0)
    return folders + list(_DEFAULT_LIBRARY_DIRS)


def _configured_dirs(config: Path, depth: int) -> list[str]:
    """The directories an ld.so.conf names, its ``include`` files followed (a few levels, never in a loop)."""
    try:
        lines = config.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    folders: list[str] = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line.startswith("include ") and depth < 3:
            pattern = line[len("include ") :].strip()
            pattern = pattern if os.path.isabs(pattern) else str(config.parent / pattern)
            for included in sorted(glob.glob(pattern)):
                folders += _configured_dirs(Path(included), depth + 1)
        elif line.startswith("/"):
            folders.append(line.split()[0])
    return folders


def _forget_weasyprint() -> None:
    """Drop every WeasyPrint module a failed attempt left behind, so the next import starts afresh."""
    from .deferred_imports import forget_deferred

    forget_deferred()
    for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
        del sys.modules[name]
