"""Untrusted files: no planted cache runs code, no planted link is followed, no input is overwritten,
no special file is read or replaced, and no manifest cell is a spreadsheet formula."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, REPO, ROLE


def _jobkit(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run jobkit in a fresh interpreter, as a user would: nothing cached from earlier tests."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd or REPO,
        timeout=120,
    )


class _OpenOnUnpickle:
    """Unpickling this creates a file: proof that a cache entry was unpickled."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


# Item 1: template bytecode cache


def test_a_planted_template_cache_entry_is_never_loaded(tmp_path):
    from jinja2 import Environment, FileSystemLoader
    from jinja2.bccache import BytecodeCache, bc_magic

    from toolkit.resources import templates_dir

    cache = tmp_path / "cache"
    folder = cache / "jobkit" / "templates"
    folder.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    environment = Environment(loader=FileSystemLoader(str(templates_dir())))
    for name in environment.list_templates(extensions=["j2"]):
        _, filename, _ = environment.loader.get_source(environment, name)
        key = BytecodeCache().get_cache_key(name, filename)
        (folder / f"__jinja2_{key}.cache").write_bytes(bc_magic + pickle.dumps(_OpenOnUnpickle(marker)))
    result = _jobkit(
        "resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-f", "html", "-o", str(tmp_path / "resume.html"),
        env={"XDG_CACHE_HOME": str(cache)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    assert "<html" in (tmp_path / "resume.html").read_text(encoding="utf-8")


def test_a_missing_home_folder_is_not_created(tmp_path):
    home = tmp_path / "nonexistent" / "home"
    env = {"HOME": str(home), "XDG_CACHE_HOME": "", "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": ""}
    result = _jobkit(
        "resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-f", "html", "-o", str(tmp_path / "r.html"), env=env
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "nonexistent").exists()
