"""Untrusted text on the way out: Markdown that stays text, terminals that stay terminals, role packs
given by path, and settings from the environment that must not end in a traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO, ROLE

from toolkit.api import render_resume
from toolkit.cli import cli
from toolkit.terminal import printable

BUILTIN_PACK = REPO / "templates" / "roles" / f"{ROLE}.yaml"
ESC, BEL, RLO = "\x1b", "\x07", "\u202e"
TERMINAL_CONTROLS = [ESC, BEL, RLO, "\x9b", "\x7f", "\r"]


def _jobkit(*arguments: str, env: dict[str, str] | None = None, shell_prefix: str = "", cwd: Path | None = None):
    """The real CLI in a fresh process; ``shell_prefix`` lets a test close a descriptor first (``>&-``)."""
    command = [sys.executable, "-m", "toolkit", *arguments]
    if shell_prefix:
        command = ["sh", "-c", f'exec "$@" {shell_prefix}', "sh", *command]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}, cwd=cwd
    )


def _pack_with(tmp_path: Path, *replacements: tuple[str, str], name: str = "pack.yaml") -> Path:
    """The built-in role pack with some text replaced: a pack someone hands you as a file."""
    text = BUILTIN_PACK.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(path: Path, fragment: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if fragment in line)


# --- Terminal output (item 9) ---------------------------------------------------------------------


def test_printable_strips_what_a_terminal_would_act_on():
    text = f"a{ESC}]0;title{BEL}b{ESC}[2Jc\x9b31m\x7f{RLO}d\u2066e\u2069\rf\tg\nh\udcff"
    assert printable(text) == "a]0;titleb[2Jc31mdef\tg\nh\ufffd"
    assert printable("سجلات 🙂 é") == "سجلات 🙂 é"


def _minimal_pdf(text: bytes) -> bytes:
    """A one-page PDF whose text layer is exactly ``text``: what a hostile resume file can carry."""
    content = b"BT /F1 12 Tf 72 712 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_check_report_shows_hostile_text_as_text(runner, tmp_path):
    resume = tmp_path / "resume [bold red] [link=javascript:x].pdf"  # no "/" in a file name, so no closing tag
    resume.write_bytes(
        _minimal_pdf(b"Jane Doe \x1b]0;pwned\x07 \x1b[2J [/x] [link=https://evil.example]CPT[/link] EHR")
    )
    posting = tmp_path / f"posting [red]{RLO}.txt"
    posting.write_text("Requirements\n- EHR [/x] and CPT\n- [red]HIPAA[/red]\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(resume), "--job", str(posting), "--text"])
    assert result.exit_code == 0, result.output
    for control in TERMINAL_CONTROLS:
        assert control not in result.output, repr(control)
    flat = " ".join(result.output.split())
    assert "]0;pwned [2J [/x] [link=https://evil.example]CPT[/link] EHR" in flat
    assert "resume [bold red] [link=javascript:x].pdf" in flat
    assert "posting [red].txt" in flat


def test_errors_and_warnings_are_printed_without_controls(runner, tmp_path):
    broken = tmp_path / f"profile{ESC}]0;pwned{BEL}{RLO}.yaml"
    broken.write_text("basics: [unclosed\n", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "error: " in result.output and "profile]0;pwned.yaml" in result.output
    for control in TERMINAL_CONTROLS:
        assert control not in result.output, repr(control)


def test_batch_progress_prints_row_messages_as_text():
    from rich.console import Console
    from rich.progress import Progress

    from toolkit.batch import RowResult
    from toolkit.commands.batch import _BatchProgress

    progress = _BatchProgress(len_hint=1)
    stream = io.StringIO()
    progress.bar = Progress(console=Console(file=stream, width=200))
    progress.task = progress.bar.add_task("batch", total=1)
    progress.update(RowResult(2, "out/x.pdf", "failed", f"unknown role '[/x] [link=https://e.example]{ESC}[2J'"))
    assert "row 2 failed: unknown role '[/x] [link=https://e.example][2J'" in stream.getvalue()
    assert ESC not in stream.getvalue()


def test_json_report_escapes_terminal_controls_but_keeps_the_data(runner, tmp_path):
    import json

    resume = tmp_path / "resume.pdf"
    resume.write_bytes(_minimal_pdf(b"Jane \x7f Doe EHR"))
    result = runner.invoke(cli, ["check", str(resume), "--role", ROLE, "--json"])
    assert result.exit_code == 0, result.output
    assert "\x7f" not in result.output and "\\u007f" in result.output
    assert "\x7f" in json.loads(result.output)["parse"]["text"]


@pytest.fixture(scope="module")
def jobkit_docx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "resume.docx"
    path.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content)
    return path


def test_an_ascii_terminal_gets_ascii_spellings_not_a_crash(jobkit_docx):
    listed = _jobkit("roles", "list", env={"PYTHONIOENCODING": "ascii"})
    assert listed.returncode == 0 and ROLE in listed.stdout, listed.stderr
    checked = _jobkit("check", str(jobkit_docx), "--role", ROLE, env={"PYTHONIOENCODING": "ascii"})
    assert checked.returncode == 0, checked.stderr
    assert "ok Parse-back: no problems found" in checked.stdout
    assert "Traceback" not in checked.stderr


# --- Settings from the environment and standard streams (item 11) ----------------------------------


def test_columns_and_lines_that_are_not_numbers_are_ignored():
    for env in ({"COLUMNS": "²"}, {"LINES": "²", "COLUMNS": "99999999999"}, {"COLUMNS": "0"}):
        result = _jobkit("roles", "list", env=env)
        assert result.returncode == 0, result.stderr
        assert ROLE in result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 160


@pytest.mark.parametrize(
    "arguments",
    [["roles", "list"], ["resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-f", "md", "-o", "-"]],
)
def test_a_closed_standard_output_is_a_clear_error(arguments):
    result = _jobkit(*arguments, shell_prefix=">&-")
    assert result.returncode == 1
    assert "error: standard output is closed; nothing was written" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_closed_standard_output_does_not_stop_file_output(tmp_path):
    target = tmp_path / "resume.md"
    result = _jobkit("resume", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "-o", str(target), shell_prefix=">&-")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# Maya Robinson")
