"""What jobkit leaves on disk: outputs never more open than the file they replace, and nothing of its
own (WeasyPrint's font folders, temporary files) outliving the command."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES

from toolkit.output import write_atomically, write_new_file

PROFILE = EXAMPLES / "profile.yaml"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- permissions ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o400, 0o664])
def test_replacing_a_file_keeps_its_mode_never_widens_it(tmp_path, mode):
    target = tmp_path / "resume.md"
    target.write_bytes(b"old")
    os.chmod(target, mode)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == mode


def test_a_new_file_takes_the_umask_and_writing_never_changes_the_umask(tmp_path, monkeypatch):
    previous = os.umask(0o077)
    try:
        calls: list[int] = []
        real_umask = os.umask
        monkeypatch.setattr(os, "umask", lambda mask: calls.append(mask) or real_umask(mask))
        write_atomically(tmp_path / "a.md", b"a")
        write_new_file(tmp_path / "b.md", b"b")
    finally:
        monkeypatch.undo()
        os.umask(previous)
    # Setting the umask to read it opens a window in which another thread (the preview's) creates files 0666.
    assert calls == []
    assert _mode(tmp_path / "a.md") == 0o600
    assert _mode(tmp_path / "b.md") == 0o600


def test_a_link_at_the_output_is_replaced_by_a_new_file_not_given_the_targets_mode(tmp_path):
    private = tmp_path / "private.md"
    private.write_bytes(b"secret")
    os.chmod(private, 0o600)
    link = tmp_path / "resume.md"
    link.symlink_to(private)
    write_atomically(link, b"new")
    assert not link.is_symlink() and private.read_bytes() == b"secret"
    assert _mode(private) == 0o600


def test_making_a_private_resume_again_keeps_it_private(runner, tmp_path):
    from toolkit.cli import cli

    target = tmp_path / "resume.md"
    for _ in range(2):
        result = runner.invoke(cli, ["resume", str(PROFILE), "-f", "md", "-o", str(target)])
        assert result.exit_code == 0, result.output
        os.chmod(target, 0o600)
    result = runner.invoke(cli, ["resume", str(PROFILE), "-f", "md", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert _mode(target) == 0o600
