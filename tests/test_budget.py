"""A render has a time and a memory budget; past either it stops with a clear message and writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from toolkit.budget import BudgetedRenderer
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


def test_a_thousand_highlights_render_within_the_default_budget(runner, large_profile, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "large.pdf"
    result = runner.invoke(cli, ["resume", str(large_profile), "--role", ROLE, "-o", str(target)])
    assert result.exit_code == 0, result.output
    reader = PdfReader(target)
    assert len(reader.pages) > 10
    assert "batch 9-99" in reader.pages[-1].extract_text()


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


def test_renderer_errors_cross_the_process_boundary_with_their_message():
    with BudgetedRenderer("pdf") as renderer, pytest.raises(Exception) as caught:
        renderer.convert("<html></html>", "rtf")
    assert "unknown format 'rtf'" in str(caught.value)


def test_budgeted_renderer_returns_the_same_bytes_as_in_process():
    from toolkit.render import convert_html

    html = "<html><body><h1>Title</h1><ul><li>one</li></ul></body></html>"
    with BudgetedRenderer("md") as renderer:
        assert renderer.convert(html, "md") == convert_html(html, "md")
