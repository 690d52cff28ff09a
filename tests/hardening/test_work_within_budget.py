"""Work that grows with the input runs inside the time and memory budget: tailoring a document (resume,
letter, sheet, job description; under --watch, preview and apply too) and checking a theme's templates.
And matching terms against a profile grows with the two added, not multiplied."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
import yaml
from support.paths import EXAMPLES, REPO, ROLE

from toolkit.cli import cli

PROFILE = EXAMPLES / "profile.yaml"
POSTING = EXAMPLES / "posting.txt"
SLOW = 60  # seconds a stand-in for hostile tailoring would take; the budget must stop it long before


def _never_ending(*args, **kwargs):
    time.sleep(SLOW)
    raise AssertionError("the budget did not stop this")


def _assert_stopped_by_budget(result, started: float, what: str = "making the document") -> None:
    assert result.exit_code == 1, result.output
    assert f"{what} took longer than its budget of 2 s" in result.output
    assert "Traceback" not in result.output
    assert time.monotonic() - started < SLOW / 2


COMMANDS = {
    "resume": ("toolkit.api.build_resume_context", ["resume", str(PROFILE), "--job", str(POSTING)]),
    "cover letter": (
        "toolkit.documents.cover_letter.build_cover_letter_context",
        ["cover-letter", str(PROFILE), "--job", str(POSTING)],
    ),
    "interview with a profile": (
        "toolkit.documents.interview.build_interview_context",
        ["interview", "--job", str(POSTING), "--profile", str(PROFILE)],
    ),
    "job description": (
        "toolkit.documents.job_description.build_job_description_context",
        ["job-description", "--role", ROLE, "--level", "mid", "--company", "Acme"],
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "md"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_tailoring_runs_inside_the_time_budget(runner, tmp_path, monkeypatch, command, fmt):
    target, arguments = COMMANDS[command]
    monkeypatch.setattr(target, _never_ending)
    started = time.monotonic()
    result = runner.invoke(
        cli, [*arguments, "-f", fmt, "-o", str(tmp_path / f"out.{fmt}")], env={"JOBKIT_TIME_LIMIT": "2"}
    )
    _assert_stopped_by_budget(result, started)
    assert not (tmp_path / f"out.{fmt}").exists()


@pytest.mark.slow
def test_tailoring_under_watch_runs_inside_the_time_budget(runner, tmp_path, monkeypatch):
    import toolkit.watch

    monkeypatch.setattr("toolkit.api.build_resume_context", _never_ending)
    errors = []

    def once(render, **kwargs):
        try:
            render()
        except Exception as error:  # noqa: BLE001 (recorded, then asserted on)
            errors.append(error)

    monkeypatch.setattr(toolkit.watch, "watch_and_render", once)
    monkeypatch.setenv("JOBKIT_TIME_LIMIT", "2")
    started = time.monotonic()
    result = runner.invoke(cli, ["resume", str(PROFILE), "-f", "md", "-o", str(tmp_path / "r.md"), "--watch"])
    assert result.exit_code == 0, result.output
    assert errors and "making the document took longer than its budget of 2 s" in str(errors[0])
    assert time.monotonic() - started < SLOW / 2


@pytest.mark.slow
def test_tailoring_under_preview_runs_inside_the_time_budget(runner, monkeypatch):
    import toolkit.watch

    monkeypatch.setattr("toolkit.api.build_resume_context", _never_ending)
    errors = []

    def once(render, **kwargs):
        try:
            render()
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    monkeypatch.setattr(toolkit.watch, "watch_and_render", once)
    monkeypatch.setenv("JOBKIT_TIME_LIMIT", "2")
    started = time.monotonic()
    result = runner.invoke(cli, ["preview", str(PROFILE), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert errors and "making the document took longer than its budget of 2 s" in str(errors[0])
    assert time.monotonic() - started < SLOW / 2


@pytest.mark.slow
@pytest.mark.parametrize("target", ["toolkit.api.build_resume_context", "toolkit.apply.find_gaps"])
def test_apply_tailors_and_finds_gaps_inside_the_time_budget(runner, tmp_path, monkeypatch, target):
    monkeypatch.setattr(target, _never_ending)
    started = time.monotonic()
    result = runner.invoke(
        cli,
        ["apply", str(PROFILE), "--job", str(POSTING), "-o", str(tmp_path / "out")],
        env={"JOBKIT_TIME_LIMIT": "2"},
    )
    assert result.exit_code == 1, result.output
    assert "took longer than its budget of 2 s" in result.output
    assert time.monotonic() - started < SLOW / 2
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# --- a theme's templates ---------------------------------------------------------------------------


def _theme(tmp_path: Path, template: str) -> Path:
    folder = tmp_path / "theme"
    (folder / "templates" / "resume").mkdir(parents=True)
    (folder / "theme.yaml").write_text("description: big\n", encoding="utf-8")
    (folder / "templates" / "resume" / "document.html.j2").write_text(template, encoding="utf-8")
    return folder


def test_a_theme_template_larger_than_a_template_needs_is_refused_before_it_is_parsed(runner, tmp_path):
    folder = _theme(tmp_path, "{{ " + "a+" * 2_400_000 + "a }}")  # 4.8 MB: 35 s and 570 MB to parse
    started = time.monotonic()
    result = runner.invoke(cli, ["resume", str(PROFILE), "--theme", str(folder), "-f", "html", "-o", "-"])
    assert result.exit_code == 1, result.output
    assert "document.html.j2" in result.output and "theme template" in result.output
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_a_themes_templates_are_checked_inside_the_time_budget(runner, tmp_path, monkeypatch):
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    monkeypatch.setattr(ImmutableSandboxedEnvironment, "parse", _never_ending)
    folder = _theme(tmp_path, "<p>{{ doc.person.name }}</p>")
    started = time.monotonic()
    result = runner.invoke(
        cli,
        ["resume", str(PROFILE), "--theme", str(folder), "-f", "html", "-o", "-"],
        env={"JOBKIT_TIME_LIMIT": "2"},
    )
    assert result.exit_code == 1, result.output
    assert "took longer than its budget of 2 s" in result.output
    assert time.monotonic() - started < SLOW / 2


# --- matching grows with terms plus text ---------------------------------------------------------------


def _large_pack(tmp_path: Path, count: int) -> Path:
    pack = yaml.safe_load((REPO / "templates" / "roles" / f"{ROLE}.yaml").read_text(encoding="utf-8"))
    category = pack["keywords"][0]["category"]
    pack["id"] = "huge-pack"
    pack["keywords"] += [
        {"term": f"tool{number} suite", "synonyms": [f"tool{number}"], "category": category} for number in range(count)
    ]
    path = tmp_path / "huge-pack.yaml"
    path.write_text(yaml.safe_dump(pack, sort_keys=False), encoding="utf-8")
    return path


def _large_profile(tmp_path: Path, highlights: int, terms: int) -> Path:
    chooser = random.Random(7)
    work = [
        {
            "name": f"Employer {job}",
            "position": "Records Clerk",
            "startDate": "2010-01",
            "endDate": "2011-01",
            "highlights": [
                " ".join(f"tool{chooser.randrange(terms)}" if n % 3 else "records" for n in range(20))
                for _ in range(100)
            ],
        }
        for job in range(highlights // 100)
    ]
    profile = {
        "basics": {"name": "Large Profile"},
        "work": work,
        "skills": [{"name": "Tools", "keywords": [f"Tool{n}" for n in range(300)]}],
    }
    path = tmp_path / "large.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("command", ["resume", "cover-letter", "interview"])
def test_a_huge_pack_against_a_large_profile_is_tailored_in_seconds(tmp_path, command):
    # 20,000 pack terms against 4,000 highlights: past 300 s term by term, a few seconds read once.
    from toolkit.api import render_cover_letter, render_interview, render_resume

    pack = _large_pack(tmp_path, 20_000)
    profile = _large_profile(tmp_path, 4_000, 20_000)
    started = time.monotonic()
    if command == "resume":
        render_resume(profile, role=str(pack), fmt="md")
    elif command == "cover-letter":
        render_cover_letter(profile, role=str(pack), company="Acme", position="Clerk", fmt="md")
    else:
        render_interview(role=str(pack), profile=profile, level="mid", fmt="md")
    assert time.monotonic() - started < 90


@pytest.mark.slow
def test_a_large_profile_against_a_large_posting_is_tailored_in_seconds(tmp_path):
    from toolkit.api import render_cover_letter, render_resume

    lines = ["Data Analyst", "Acme Corp", "", "Requirements"]
    lines += [f"- Experience with Zork{n} and Quux{n} systems" for n in range(1_400)]
    posting = tmp_path / "posting.txt"
    posting.write_text("\n".join(lines) + "\n", encoding="utf-8")
    chooser = random.Random(3)
    work = [
        {
            "name": f"Company {job}",
            "position": "Analyst",
            "startDate": "2020-01",
            "highlights": [
                " ".join(chooser.choice([f"zork{chooser.randrange(1400)}", "the", "team", "data"]) for _ in range(20))
                for _ in range(10)
            ],
        }
        for job in range(2_000)
    ]
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"basics": {"name": "Test Person"}, "work": work}), encoding="utf-8")
    started = time.monotonic()
    render_resume(profile, job=posting, fmt="md")
    render_cover_letter(profile, job=posting, company="Acme", position="Analyst", fmt="md")
    assert time.monotonic() - started < 60
