"""Untrusted input: markup stays text, illegal characters are reported, unsafe links refused, nothing leaks."""

from __future__ import annotations

import io
import json
from datetime import datetime

import docx
import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES

from toolkit.api import render_resume
from toolkit.cli import cli
from toolkit.errors import JobkitError
from toolkit.inputs.profiles import load_profile

ROLE = "medical-records-specialist"
MARKUP = (
    '<img src="file:///etc/passwd"> <link rel=attachment href="file:///etc/passwd"> '
    "<style>@import url(http://127.0.0.1:9/)</style>"
)
LONG_WORD = "x" * 5000


@pytest.fixture
def hostile_profile(tmp_path):
    profile = {
        "basics": {
            "name": "Zoë \u202eevil\u202c Ünïcødé 🙂",
            "label": "Records\x08 Clerk\x0b\x1b[31m",
            "summary": f"Markup must stay text: {MARKUP}. Arabic: سجلات طبية. Hebrew: רשומות. "
            f"Combining: e\u0301\u0301. Illegal: \ufffe.",
            "url": "javascript:alert(1)",
            "image": "/etc/passwd",
            "profiles": [
                {"network": "Web", "url": "file:///etc/passwd"},
                {"network": "Data", "url": "data:text/html,hi"},
            ],
        },
        "work": [
            {
                "name": "Clinic\x00 One",
                "position": "Clerk",
                "startDate": "2020-01",
                "highlights": [f"Long word: {LONG_WORD}", "Lone surrogate: \ud800 here"],
            }
        ],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(profile), encoding="utf-8")  # json escapes the lone surrogate as \ud800
    return path


def test_illegal_characters_are_removed_and_reported(hostile_profile):
    loaded = load_profile(hostile_profile)
    messages = "\n".join(str(warning) for warning in loaded.warnings)
    assert "basics.label: removed 3 control or invalid characters" in messages
    assert "basics.summary: removed 1 control or invalid character" in messages
    assert "work[0].name: removed 1" in messages
    assert "work[0].highlights[1]: removed 1" in messages
    assert loaded.profile.work[0].name == "Clinic One"


def test_unsafe_links_are_refused_with_warnings(hostile_profile):
    loaded = load_profile(hostile_profile)
    messages = "\n".join(str(warning) for warning in loaded.warnings)
    assert "basics.url: 'javascript:alert(1)' is not an http(s) or mailto link" in messages
    assert "basics.profiles[0].url: 'file:///etc/passwd' is not an http(s) or mailto link" in messages
    assert "basics.profiles[1].url" in messages
    assert "basics.image: photos stay off resumes" in messages
    html = render_resume(loaded, role=ROLE, fmt="html").content.decode()
    for scheme in ("javascript:", "file:", "data:"):
        assert f'href="{scheme}' not in html
    assert "<img" not in html


def test_pdf_shows_markup_as_text_and_breaks_long_words(hostile_profile):
    reader = PdfReader(io.BytesIO(render_resume(hostile_profile, role=ROLE, fmt="pdf").content))
    text = "".join(page.extract_text() for page in reader.pages)
    flat = "".join(text.split())
    assert '<imgsrc="file:///etc/passwd">' in flat
    assert "@importurl(http://127.0.0.1:9/)" in flat
    assert LONG_WORD in flat
    assert "root:" not in text  # /etc/passwd was never read into the document
    assert "/EmbeddedFiles" not in reader.trailer["/Root"].get("/Names", {})


def test_docx_shows_markup_as_text(hostile_profile):
    document = docx.Document(io.BytesIO(render_resume(hostile_profile, role=ROLE, fmt="docx").content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert MARKUP in text
    assert LONG_WORD in text
    assert "سجلات طبية" in text and "🙂" in text


def test_cli_renders_hostile_input_with_warnings_not_tracebacks(runner, hostile_profile, tmp_path):
    target = tmp_path / "hostile.pdf"
    result = runner.invoke(cli, ["resume", str(hostile_profile), "--role", ROLE, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.count("warning:") >= 6
    assert target.read_bytes()[:4] == b"%PDF"


def test_unwritable_output_folder_is_a_clear_error(runner, example_profile):
    result = runner.invoke(
        cli, ["resume", str(example_profile), "--role", ROLE, "-f", "md", "-o", "/proc/self/resume.md"]
    )
    assert result.exit_code == 1
    assert "cannot write /proc/self/resume.md" in result.output


def test_unreadable_profile_is_a_clear_error(runner, example_profile, monkeypatch):
    import os

    real_open = os.open

    def refuse(path, *args, **kwargs):  # chmod 000 does not stop root, so refuse the open itself
        if str(path) == str(example_profile):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    result = runner.invoke(cli, ["validate", str(example_profile)])
    assert result.exit_code == 1
    assert f"{example_profile}: profile cannot be read: permission denied" in result.output


def test_reproducible_outputs_with_source_date_epoch(example_profile, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for fmt in ("pdf", "docx"):
        first = render_resume(example_profile, role=ROLE, level="senior", fmt=fmt).content
        second = render_resume(example_profile, role=ROLE, level="senior", fmt=fmt).content
        assert first == second, fmt
    # The same bytes because the moment is SOURCE_DATE_EPOCH's, not because both ran within one second.
    created = docx.Document(io.BytesIO(first)).core_properties.created
    assert created is not None and created.replace(tzinfo=None) == datetime(2023, 11, 14, 22, 13, 20)


def test_library_errors_are_all_jobkit_errors(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("basics: !!python/object:os.system {}\n")
    with pytest.raises(JobkitError):
        render_resume(path, role=ROLE, fmt="md")


@pytest.mark.parametrize("option", ["--salutation", "--sign-off", "--why", "--headline", "--hiring-manager"])
def test_a_control_character_typed_into_a_letter_option_is_removed_with_a_warning(runner, tmp_path, option):
    # lxml refuses such a character in a DOCX ("All strings must be XML compatible"): it is cleaned as a
    # file's text is, and the warning names the option's field.
    import docx

    out = tmp_path / "letter.docx"
    value = "Dear\x01 Ms.\x1b[31m Rivera," if option == "--salutation" else "Kind\x07 words\x00 here"
    args = ["cover-letter", str(EXAMPLES / "profile.yaml"), "--company", "Acme", "--position", "Clerk"]
    result = runner.invoke(cli, [*args, option, value, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "removed" in result.output and "control" in result.output
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(out)).paragraphs)
    assert "\x01" not in text and "\x07" not in text and "\x1b" not in text
