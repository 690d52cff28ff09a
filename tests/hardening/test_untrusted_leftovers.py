"""What jobkit leaves on disk: outputs never more open than the file they replace, and nothing of its
own (WeasyPrint's font folders, temporary files) outliving the command."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support.paths import EXAMPLES

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


# --- temporary folders ----------------------------------------------------------------------------


def _jobkit(tmp_path: Path, *arguments: str, **env: str) -> subprocess.CompletedProcess:
    """The real CLI in a fresh process, with its own empty $TMPDIR (returned as ``.tmpdir``)."""
    temporary = tmp_path / "tmpdir"
    temporary.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TMPDIR": str(temporary), **env},
        cwd=tmp_path,
    )
    result.tmpdir = temporary  # type: ignore[attr-defined]
    return result


@pytest.mark.slow
def test_a_pdf_render_leaves_nothing_in_the_temporary_folder(tmp_path):
    result = _jobkit(tmp_path, "resume", str(PROFILE), "-o", str(tmp_path / "resume.pdf"))
    assert result.returncode == 0, result.stderr
    assert list(result.tmpdir.iterdir()) == []


@pytest.mark.slow
def test_a_batch_of_two_workers_leaves_nothing_in_the_temporary_folder(tmp_path):
    rows = tmp_path / "jobs.csv"
    rows.write_text(
        "role,level,company\n" + "".join(f"medical-records-specialist,mid,Clinic {n}\n" for n in range(3)),
        encoding="utf-8",
    )
    result = _jobkit(tmp_path, "batch", str(rows), "--out-dir", str(tmp_path / "out"), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3
    assert list(result.tmpdir.iterdir()) == []


def _make_folder_then_hang() -> None:
    import tempfile
    import time

    tempfile.mkdtemp(prefix="weasyprint-")
    time.sleep(60)


@pytest.mark.slow
def test_a_child_stopped_at_its_budget_leaves_no_temporary_folder(tmp_path, monkeypatch):
    import tempfile

    from toolkit.budget import BudgetExceededError, run_within_budget

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(BudgetExceededError):
        run_within_budget(_make_folder_then_hang, seconds=1, memory_mb=0)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_watch_stopped_with_sigterm_ends_cleanly_and_leaves_nothing(tmp_path):
    import signal
    import time

    temporary = tmp_path / "tmpdir"
    temporary.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "resume", str(PROFILE), "-o", str(tmp_path / "resume.pdf"), "--watch"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    try:
        assert process.stderr is not None
        deadline = time.monotonic() + 120
        while "wrote" not in process.stderr.readline():
            assert time.monotonic() < deadline and process.poll() is None
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        process.kill()
    assert list(temporary.iterdir()) == []


@pytest.mark.slow  # Word documents rendered through the CLI, or a fresh process
def test_without_a_temporary_folder_to_write_in_a_text_render_still_works(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "resume", str(PROFILE), "-f", "md", "-o", "-"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TMPDIR": str(tmp_path / "missing")},
        cwd="/",
    )
    assert result.returncode == 0, result.stderr
    assert "Maya Robinson" in result.stdout
