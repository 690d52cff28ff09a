"""A render has a time and a memory budget; past either it stops with a clear message and writes nothing."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support.paths import EXAMPLES

from toolkit.cli import cli

ROLE = "medical-records-specialist"


@pytest.fixture
def large_profile(tmp_path):
    path = tmp_path / "large.yaml"
    jobs = [
        {
            "name": f"Employer {job}",
            "position": "Records Clerk",
            "startDate": "2010-01",
            "endDate": "2011-01",
            "highlights": [
                f"Checked record batch {job}-{item} for ICD-10 codes and HIPAA release rules." for item in range(100)
            ],
        }
        for job in range(10)
    ]
    path.write_text(yaml.safe_dump({"basics": {"name": "Large Profile"}, "work": jobs}), encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_thousand_highlights_render_within_the_default_budget(runner, large_profile, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "large.pdf"
    result = runner.invoke(cli, ["resume", str(large_profile), "--role", ROLE, "-o", str(target)])
    assert result.exit_code == 0, result.output
    reader = PdfReader(target)
    assert len(reader.pages) > 10
    assert "batch 9-99" in reader.pages[-1].extract_text()


@pytest.mark.slow
@pytest.mark.parametrize(
    "variable, value, expected",
    [
        ("JOBKIT_TIME_LIMIT", "1", "took longer than its budget of 1 s"),
        ("JOBKIT_MEMORY_LIMIT_MB", "10", "memory budget of 10 MiB"),
    ],
)
def test_past_the_budget_the_render_stops_clearly(large_profile, tmp_path, variable, value, expected):
    # A fresh process, as a user runs it: the budget counts from what the process has mapped so far.
    target = tmp_path / "large.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "resume", str(large_profile), "--role", ROLE, "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, variable: value},
    )
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_a_bad_budget_setting_is_named(runner, large_profile, monkeypatch):
    monkeypatch.setenv("JOBKIT_TIME_LIMIT", "soon")
    result = runner.invoke(cli, ["resume", str(large_profile), "--role", ROLE, "-f", "md", "-o", "-"])
    assert result.exit_code == 1 and "JOBKIT_TIME_LIMIT must be a whole number" in result.output


@pytest.mark.parametrize("value", ["²", "99999999999999999999", "-5", "1e3", "9" * 5000])
@pytest.mark.parametrize("variable", ["JOBKIT_TIME_LIMIT", "JOBKIT_MEMORY_LIMIT_MB"])
def test_budget_settings_that_are_not_small_whole_numbers_are_named(
    runner, example_profile, monkeypatch, variable, value
):
    monkeypatch.setenv(variable, value)
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-f", "md", "-o", "-"])
    assert result.exit_code == 1
    assert f"error: {variable} must be a whole number from 0 to" in result.output
    assert len(result.output) < 400


# --- Any call under the budget: check, batch rows, and the child's manners (issue 10, items 5, 7, 12) ---


def test_any_call_runs_under_the_budget_and_returns_its_result_or_error():
    import json
    from functools import partial

    from toolkit.budget import run_within_budget
    from toolkit.errors import JobkitError, Location

    assert run_within_budget(partial(json.loads, "[1, 2]")) == [1, 2]
    with pytest.raises(JobkitError) as caught:
        run_within_budget(partial(_raise_located, "bad row"))
    assert str(caught.value) == "jobs.csv:3: bad row"
    assert caught.value.location == Location("jobs.csv", 3)


def test_a_child_leaves_what_it_inherits_to_the_parent_and_still_collects_its_own_garbage():
    """The child's cycle collector skips what it inherited (walking it copied the parent's pages: ~0.03 s of a cold
    DOCX, issue 26), still frees the cycles it makes itself, and a warm parent (--watch, apply) keeps collecting."""
    import gc

    from toolkit.budget import run_within_budget

    inherited, collected = run_within_budget(_freeze_count_and_a_collected_cycle)
    assert inherited > 1000 and collected
    assert gc.get_freeze_count() == 0


def _freeze_count_and_a_collected_cycle() -> tuple[int, bool]:
    import gc
    import weakref

    class Node:
        pass

    node = Node()
    node.me = node  # type: ignore[attr-defined]
    gone = weakref.ref(node)
    del node
    gc.collect()
    return gc.get_freeze_count(), gone() is None


def _raise_located(message: str) -> None:
    from toolkit.errors import JobkitError, Location

    raise JobkitError(message, Location("jobs.csv", 3))


@pytest.mark.slow
def test_a_call_past_its_time_budget_is_stopped():
    import time
    from functools import partial

    from toolkit.budget import BudgetExceededError, run_within_budget

    started = time.monotonic()
    with pytest.raises(BudgetExceededError, match="the nap took longer than its budget of 1 s and was stopped"):
        run_within_budget(partial(time.sleep, 60), task="the nap", seconds=1)
    assert time.monotonic() - started < 30


@pytest.mark.slow
def test_a_child_that_never_reads_a_large_call_is_stopped_at_the_budget():
    # A call larger than a pipe holds waits for the child to read it; a child stuck while loading its
    # libraries never does, and the parent must still stop at its budget, not wait with it.
    import time
    from functools import partial

    from toolkit.budget import BudgetedProcess, BudgetExceededError

    started = time.monotonic()
    with BudgetedProcess(task="the stuck render", prepare=partial(time.sleep, 60), seconds=1) as process:
        with pytest.raises(BudgetExceededError, match="the stuck render took longer than its budget of 1 s"):
            process.run(partial(len, "x" * 5_000_000))
    assert time.monotonic() - started < 30


def test_large_values_cross_the_process_boundary_whole():
    from functools import partial

    from toolkit.budget import run_within_budget

    text = "résumé " * 1_000_000  # 8 MB of UTF-8, more than any pipe holds at once
    assert run_within_budget(partial(str.upper, text)) == text.upper()


def test_check_honours_the_memory_budget(tmp_path):
    from toolkit.api import render_resume

    resume = tmp_path / "resume.docx"
    resume.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content)
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "check", str(resume), "--role", ROLE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "JOBKIT_MEMORY_LIMIT_MB": "1"},
    )
    assert result.returncode == 1
    assert "the check needed more than its memory budget of 1 MiB" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.slow
def test_a_batch_row_past_the_time_budget_fails_alone(tmp_path, monkeypatch):
    from pypdf import PdfReader

    from toolkit.batch import run_batch

    # About 600 pages of "about us": far past 3 s, where an ordinary posting takes a fraction of a second.
    about = " ".join(f"word{number}" for number in range(150_000))
    (tmp_path / "big.yaml").write_text(yaml.safe_dump({"name": "Big Co", "about": about}), encoding="utf-8")
    (tmp_path / "jobs.csv").write_text(
        "role,level,company,company_file,output\n"
        f"{ROLE},junior,Acme,,acme\n{ROLE},mid,Big Co,big.yaml,big\n{ROLE},senior,Zed,,zed\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("JOBKIT_TIME_LIMIT", "3")
    summary = run_batch(tmp_path / "jobs.csv", out_dir=tmp_path / "out", fmt="pdf", jobs=2)
    assert (summary.made, summary.failed) == (2, 1)
    rows = {row["row"]: row for row in csv.DictReader(open(summary.manifest, encoding="utf-8"))}
    assert rows["3"]["status"] == "failed"
    assert rows["3"]["message"].startswith("this row took longer than its budget of 3 s and was stopped")
    assert not (tmp_path / "out" / "big.pdf").exists()
    assert sorted(path.name for path in (tmp_path / "out").iterdir() if not path.name.startswith(".")) == [
        "acme.pdf",
        "manifest.csv",
        "zed.pdf",
    ]
    assert "Zed" in PdfReader(tmp_path / "out" / "zed.pdf").pages[0].extract_text()


def _render_in_background(large_profile, target):
    """`jobkit resume ... -o x.pdf` in its own process group, and the id of its render child once it has one."""
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "resume", str(large_profile), "--role", ROLE, "-o", str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        except OSError:
            children = []
        if children:
            return process, int(children[0])
        time.sleep(0.01)
    process.kill()
    pytest.fail("the render child never started")


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the child process")
def test_the_render_child_dies_with_its_parent(large_profile, tmp_path):
    import signal
    import time

    process, child = _render_in_background(large_profile, tmp_path / "large.pdf")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 5
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _running(child)
    if alive:
        os.kill(child, signal.SIGKILL)
    assert not alive, "the render child outlived its killed parent"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the child process")
def test_ctrl_c_prints_one_line_and_exits_130(large_profile, tmp_path):
    import signal

    target = tmp_path / "large.pdf"
    process, child = _render_in_background(large_profile, target)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole foreground process group
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "interrupted"
    assert "Traceback" not in stderr and "Process" not in stderr and "KeyboardInterrupt" not in stderr
    assert not target.exists()
    assert not _running(child)


def test_a_pipe_that_cannot_be_made_is_a_clear_error_and_leaks_nothing(monkeypatch):
    # Out of file descriptors on the second pipe: the first pipe's two are closed, and the user reads why.
    from toolkit.budget import run_within_budget
    from toolkit.errors import RenderError

    real_pipe, opened, calls = os.pipe, [], []

    def pipe():
        calls.append(1)
        if len(calls) == 2:
            raise OSError(24, "Too many open files")
        ends = real_pipe()
        opened.extend(ends)
        return ends

    monkeypatch.setattr(os, "pipe", pipe)
    with pytest.raises(RenderError, match="cannot start a process for the work: Too many open files"):
        run_within_budget(len)
    for descriptor in opened:
        with pytest.raises(OSError):
            os.fstat(descriptor)
