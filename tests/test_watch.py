"""Live preview driven in-process: a save renders again, a broken save is reported located, the loop goes on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.editing import EditingSleep, save
from support.paths import ROLE
from support.word_files import JOB_TEMPLATE, LETTERHEAD

import toolkit.watch
from toolkit.api import render_resume
from toolkit.cli import cli
from toolkit.output import write_atomically
from toolkit.watch import FileWatcher, watch_and_render


def test_a_save_renders_again_a_broken_save_is_located_and_the_loop_goes_on(example_profile, tmp_path):
    out = tmp_path / "resume.md"
    text = example_profile.read_text(encoding="utf-8")

    def render() -> list[Path]:
        document = render_resume(example_profile, fmt="md")
        write_atomically(out, document.content)
        return document.sources

    renamed = text.replace("Maya Robinson", "Maya R. Robinson")
    sleep = EditingSleep(
        {
            1: lambda: save(example_profile, renamed),
            3: lambda: save(example_profile, renamed.replace("2022-03", "2022-13")),
            5: lambda: save(example_profile, text.replace("2022-03", "2022-04")),
        }
    )
    events = []
    outputs = []

    def on_render(event):
        events.append(event)
        outputs.append(out.read_text(encoding="utf-8"))

    watch_and_render(render, also_watch=[example_profile], on_render=on_render, sleep=sleep, max_polls=7)

    assert [event.changed for event in events] == [[], [example_profile], [example_profile], [example_profile]]
    assert [event.error is None for event in events] == [True, True, False, True]
    assert outputs[0].startswith("# Maya Robinson") and outputs[1].startswith("# Maya R. Robinson")
    problem = str(events[2].error.problems[0])
    line = next(number for number, row in enumerate(text.splitlines(), 1) if "startDate: 2022-03" in row)
    assert problem.startswith(f"{example_profile}:{line}:5: work[0].startDate: month must be 1-12")
    assert outputs[2] == outputs[1], "a broken save leaves the last good document in place"
    assert outputs[3].startswith("# Maya Robinson") and "Apr 2022" in outputs[3]
    # Every render watched what it read: the profile and the role pack files.
    assert example_profile in events[0].read and any(path.suffix == ".yaml" for path in events[0].read[1:])


def test_a_file_replaced_by_an_editor_is_a_change_even_with_the_same_size_and_time(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text("basics: {name: A}\n")
    watcher = FileWatcher([path])
    status = os.stat(path)
    replacement = tmp_path / "profile.yaml.tmp"
    replacement.write_text("basics: {name: B}\n")
    os.utime(replacement, ns=(status.st_atime_ns, status.st_mtime_ns))
    os.replace(replacement, path)
    assert watcher.changed() == [path]
    assert watcher.changed() == []
    path.unlink()
    assert watcher.changed() == [path], "a deleted file is a change too"


def test_watch_refuses_standard_output(runner, example_profile):
    result = runner.invoke(cli, ["resume", str(example_profile), "-o", "-", "--watch"])
    assert result.exit_code == 2
    assert "--watch writes a file each time" in result.output


@pytest.mark.slow
def test_resume_watch_writes_a_new_pdf_on_each_save_and_says_how_long_it_took(runner, example_profile, monkeypatch):
    out = example_profile.parent / "resume.pdf"
    text = example_profile.read_text(encoding="utf-8")
    sleep = EditingSleep(
        {
            1: lambda: save(example_profile, text.replace("startDate: 2022-03", "startDate: 2022-99")),
            2: lambda: save(example_profile, text.replace("Maya Robinson", "Maya Q. Robinson")),
        }
    )
    real_loop = toolkit.watch.watch_and_render

    def driven_loop(*args, **kwargs):
        return real_loop(*args, **kwargs, sleep=sleep, max_polls=3)

    monkeypatch.setattr(toolkit.watch, "watch_and_render", driven_loop)
    result = runner.invoke(cli, ["resume", str(example_profile), "-o", str(out), "--watch"])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "watching for changes (Ctrl-C stops)"
    assert lines[1].endswith(f"wrote {out} in " + lines[1].split(" in ")[1]) and " s" in lines[1]
    assert any("work[0].startDate: month must be 1-12 (got 2022-99)" in line for line in lines)
    assert any("not written (profile.yaml changed); fix it and save to try again" in line for line in lines)
    assert "s after the save (profile.yaml changed)" in lines[-1]
    assert "Maya Q. Robinson" in PdfReader(out).pages[0].extract_text()


@pytest.mark.slow
def test_without_an_output_name_the_first_name_is_kept_when_the_name_in_the_profile_changes(
    runner, example_profile, monkeypatch
):
    text = example_profile.read_text(encoding="utf-8")
    sleep = EditingSleep({1: lambda: save(example_profile, text.replace("Maya Robinson", "Maya Lee"))})
    real_loop = toolkit.watch.watch_and_render
    monkeypatch.setattr(
        toolkit.watch, "watch_and_render", lambda *args, **kwargs: real_loop(*args, **kwargs, sleep=sleep, max_polls=2)
    )
    monkeypatch.chdir(example_profile.parent)
    result = runner.invoke(cli, ["resume", str(example_profile), "-f", "md", "--watch"])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in example_profile.parent.glob("*.md")) == ["maya-robinson-resume.md"]
    assert (example_profile.parent / "maya-robinson-resume.md").read_text(encoding="utf-8").startswith("# Maya Lee")


_STUCK: list[Path] = []  # while this file exists, the person's document hangs in the renderer


def _convert_that_hangs_while_stuck(html: str, fmt: str, template=None) -> bytes:
    """A renderer that hangs (module level: the render's child receives it pickled, by name)."""
    import time

    from toolkit.render.text import html_to_markdown

    if _STUCK and _STUCK[0].exists() and "Maya" in html:  # the person's document, not the warm-up page
        time.sleep(60)
    return html_to_markdown(html).encode("utf-8")


@pytest.mark.slow
def test_a_render_past_its_budget_is_reported_and_the_next_save_renders(runner, example_profile, tmp_path, monkeypatch):
    import toolkit.render

    stuck = tmp_path / "stuck"
    stuck.touch()
    monkeypatch.setattr(sys.modules[__name__], "_STUCK", [stuck])
    monkeypatch.setattr(toolkit.render, "convert_html", _convert_that_hangs_while_stuck)
    monkeypatch.setenv("JOBKIT_TIME_LIMIT", "2")
    text = example_profile.read_text(encoding="utf-8")

    def unstick_and_save():
        stuck.unlink()
        save(example_profile, text.replace("Maya Robinson", "Maya Q. Robinson"))

    sleep = EditingSleep({1: unstick_and_save})
    real_loop = toolkit.watch.watch_and_render
    monkeypatch.setattr(
        toolkit.watch, "watch_and_render", lambda *args, **kwargs: real_loop(*args, **kwargs, sleep=sleep, max_polls=2)
    )
    out = tmp_path / "resume.md"
    result = runner.invoke(cli, ["resume", str(example_profile), "-o", str(out), "--watch"])

    assert result.exit_code == 0, result.output
    assert "error: making the document took longer than its budget of 2 s and was stopped" in result.output
    assert "wrote" in result.output.splitlines()[-1]
    assert out.read_text(encoding="utf-8").startswith("# Maya Q. Robinson")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["resume", "{profile}", "--docx-template", str(LETTERHEAD)], "Riverside Health"),
        (
            ["job-description", "--role", ROLE, "--level", "mid", "--company", "Acme Records"]
            + ["--word-template", str(JOB_TEMPLATE)],
            "Acme Records",
        ),
    ],
)
def test_watch_makes_a_docx_with_a_word_template(runner, example_profile, monkeypatch, arguments, expected):
    import docx

    real_loop = toolkit.watch.watch_and_render
    monkeypatch.setattr(
        toolkit.watch, "watch_and_render", lambda *args, **kwargs: real_loop(*args, **kwargs, max_polls=0)
    )
    out = example_profile.parent / "out.docx"
    command = [argument.format(profile=example_profile) for argument in arguments]
    result = runner.invoke(cli, [*command, "-o", str(out), "--watch"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out} in " in result.output
    document = docx.Document(out)
    shown = [paragraph.text for paragraph in document.paragraphs]
    shown += [paragraph.text for paragraph in document.sections[0].header.paragraphs]
    assert any(expected in text for text in shown)
