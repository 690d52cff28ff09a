"""The corpus scorers: scripts beside the fixtures, loaded once by name so their dataclasses stay one type."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from support.paths import REPO

FIXTURES = REPO / "tests" / "fixtures"


def scorer(name: str, script: Path) -> ModuleType:
    """The module of ``script`` (a scorer under tests/fixtures), imported once as ``name``."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, script)
        assert spec and spec.loader
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]
