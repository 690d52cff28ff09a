"""Shared fixtures: example files, a CLI runner, a profile writer; helpers imported by name are in tests/support/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from support.paths import EXAMPLES


@pytest.fixture
def runner() -> CliRunner:
    """Commands print as when piped (tables 160 columns wide), whatever COLUMNS the developer's terminal sets:
    a test that cares about the width passes its own ``env={"COLUMNS": ...}``."""
    return CliRunner(env={"COLUMNS": None, "LINES": None})


@pytest.fixture
def example_profile(tmp_path: Path) -> Path:
    """A copy of the example YAML profile in a temporary folder (tests may write beside it)."""
    target = tmp_path / "profile.yaml"
    shutil.copy(EXAMPLES / "profile.yaml", target)
    return target


@pytest.fixture
def write_profile(tmp_path: Path):
    """Write a profile given as a dict (YAML) or as raw text; return its path."""

    def write(content, name: str = "profile.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, (bytes, bytearray)):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return path

    return write
