"""Untrusted files: no planted cache runs code, no planted link is followed, no input is overwritten,
no special file is read or replaced, and no manifest cell is a spreadsheet formula."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
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


# Item 2: temporary files


def test_init_never_writes_through_a_link_planted_at_a_temporary_name(runner, tmp_path):
    from toolkit.cli import cli

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    # The names a guessable scheme would use (the old one was .NAME.<pid>.tmp).
    for name in (f".profile.yaml.{os.getpid()}.tmp", ".profile.yaml.tmp", ".jobkit.tmp"):
        (tmp_path / name).symlink_to(victim)
    result = runner.invoke(cli, ["init", str(tmp_path / "profile.yaml")])
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "keep me"
    assert "basics:" in (tmp_path / "profile.yaml").read_text(encoding="utf-8")
    assert sorted(path.name for path in tmp_path.iterdir() if not path.is_symlink()) == ["profile.yaml", "victim.txt"]


def test_init_in_a_read_only_folder_says_so_without_a_traceback(tmp_path):
    import shutil

    folder = tmp_path / "read-only"
    folder.mkdir()
    command = [sys.executable, "-m", "toolkit", "init", str(folder / "profile.yaml")]
    if os.geteuid() == 0:  # root writes through permissions: mount a read-only file system instead
        if shutil.which("unshare") is None:
            pytest.skip("running as root without unshare: no way to make a read-only folder")
        command = ["unshare", "-rm", "sh", "-c", 'mount -t tmpfs -o ro tmpfs "$0" && exec "$@"', str(folder), *command]
    else:
        folder.chmod(0o555)
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    folder.chmod(0o755)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: cannot write {folder / 'profile.yaml'}:" in result.stderr
    assert list(folder.iterdir()) == []


def test_the_longest_output_name_the_folder_allows_is_written(runner, tmp_path):
    from toolkit.cli import cli
    from toolkit.output import write_atomically

    name = "r" * 247 + ".md"  # 250 bytes; NAME_MAX is 255
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-o", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("# ")
    write_atomically(tmp_path / ("x" * 255), b"data")
    assert (tmp_path / ("x" * 255)).read_bytes() == b"data"
    starter = "p" * 250 + ".yaml"
    assert runner.invoke(cli, ["init", str(tmp_path / starter)]).exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([name, "x" * 255, starter])
