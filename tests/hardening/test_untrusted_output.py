"""Untrusted text on the way out: Markdown that stays text, terminals that stay terminals, role packs
given by path, and settings from the environment that must not end in a traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from support.paths import EXAMPLES, REPO, ROLE

from toolkit.api import render_job_description, render_resume
from toolkit.cli import cli
from toolkit.commands.terminal import printable
from toolkit.errors import JobkitError
from toolkit.inputs.roles import load_role
from toolkit.placeholders import fill_placeholders
from toolkit.render.text import html_to_markdown, markdown_link_target

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


# --- Markdown output (item 8) -------------------------------------------------------------------

_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _tokens(markdown: str) -> list:
    """Every token, block and inline, as a Markdown renderer sees them."""
    found = []
    for token in _MARKDOWN.parse(markdown):
        found.append(token)
        found.extend(token.children or [])
    return found


def _inline_text(inline) -> str:
    """The text a renderer shows for one inline token (escapes resolved)."""
    return "".join(child.content if child.type == "text" else "\n" for child in inline.children)


def _paragraph_text(element_html: str) -> tuple[set[str], str]:
    """Token types and plain text of what a renderer makes of ``html_to_markdown`` of one element."""
    tokens = _tokens(html_to_markdown(f"<html><body>{element_html}</body></html>"))
    text = "".join(_inline_text(token) for token in tokens if token.type == "inline")
    return {token.type for token in tokens}, text


HOSTILE_URL = "https://a.example/>)<img src=x onerror=alert(1)>"


@pytest.fixture
def markdown_hostile_profile(write_profile):
    return write_profile(
        {
            "basics": {
                "name": "Eve ~~~ <b>Doe</b> #",
                "label": "# Chief",
                "summary": "~~~\nthe rest would be a code block",
                "email": "eve@example.com",
                "url": HOSTILE_URL,
                "profiles": [{"network": "Web", "url": "https://b.example/a b\"c'd(e)&lt;"}],
            },
            "work": [
                {
                    "name": "- Acme",
                    "position": "1. Clerk",
                    "startDate": "2020-01",
                    "highlights": [
                        "=====",
                        "| a | b |",
                        "```js",
                        "<script>alert(1)</script> &lt;img src=x&gt; and <b>x</b>",
                        "> quoted",
                        "+ plus",
                        "2) two",
                        "Wow![x](https://evil.example/pixel.png)",
                    ],
                }
            ],
        }
    )


def test_hostile_profile_text_renders_as_text_in_markdown(markdown_hostile_profile):
    markdown = render_resume(markdown_hostile_profile, role=ROLE, fmt="md").content.decode()
    tokens = _tokens(markdown)
    types = {token.type for token in tokens}
    assert not types & {"html_inline", "html_block", "fence", "code_block", "code_inline", "image", "blockquote_open"}
    assert "s_open" not in types and "ordered_list_open" not in types and "table_open" not in types
    headings = [_inline_text(tokens[index + 1]) for index, token in enumerate(tokens) if token.type == "heading_open"]
    assert headings[0] == "Eve ~~~ <b>Doe</b> #"  # the name is the one h1, whole, as text
    assert "Chief" not in " ".join(headings)
    assert "1. Clerk (Jan 2020 – Present)" in headings
    texts = [token.content for token in tokens if token.type == "text"]
    for expected in ("# Chief", "~~~ the rest would be a code block", "- Acme", "=====", "| a | b |", "```js"):
        assert expected in texts, expected
    assert "<script>alert(1)</script> &lt;img src=x&gt; and <b>x</b>" in texts
    items = [_inline_text(tokens[index + 2]) for index, token in enumerate(tokens) if token.type == "list_item_open"]
    assert items[:3] == ["=====", "| a | b |", "```js"] and len(items) == 8  # one item per highlight, no more
    links = [token.attrs["href"] for token in tokens if token.type == "link_open"]
    assert [unquote(href) for href in links] == [
        "mailto:eve@example.com",
        HOSTILE_URL,
        "https://b.example/a b\"c'd(e)&lt;",
    ]


def test_line_starts_after_hard_breaks_stay_text():
    lines = ["x", "# a", "- b", "1. c", "2) c", "===", "---", "+ d", "> e", "```", "~~~ f", "| g |", "  * h", "<div>"]
    html = "<p>" + "<br>".join(line.replace("<", "&lt;").replace(">", "&gt;") for line in lines) + "</p>"
    types, text = _paragraph_text(html)
    assert types <= {"paragraph_open", "paragraph_close", "inline", "text", "hardbreak"}
    assert text.split("\n") == [line.strip() for line in lines]


def test_heading_closing_hashes_and_image_bangs_stay_text():
    markdown = html_to_markdown(
        '<html><body><h1>C# and F #</h1><p>Wow!<a href="https://a.example/">x</a></p></body></html>'
    )
    tokens = _tokens(markdown)
    assert _inline_text(tokens[1]) == "C# and F #"
    assert "image" not in {token.type for token in tokens}
    assert [token.attrs["href"] for token in tokens if token.type == "link_open"] == ["https://a.example/"]


_MARKDOWN_ALPHABET = "ab lt#*-+=_`~<>[]()!|\\&;.):/0123456789\n\t"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_MARKDOWN_ALPHABET, max_size=30))
def test_any_text_reads_back_as_the_same_text(text):
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    types, read_back = _paragraph_text(f"<p>{escaped}</p>")
    assert types <= {"paragraph_open", "paragraph_close", "inline", "text"}
    assert read_back == " ".join(text.split())


@pytest.mark.parametrize(
    "href",
    [
        HOSTILE_URL,
        "https://a.example/x) <b>",
        "https://a.example/\\<x>",
        "mailto:a b@example.com",
        "https://a.example/&amp;",
    ],
)
def test_link_targets_point_only_where_intended(href):
    tokens = _tokens(f"[label]({markdown_link_target(href)}) after")
    links = [token for token in tokens if token.type == "link_open"]
    assert len(links) == 1 and unquote(links[0].attrs["href"]) == href
    assert [token.content for token in tokens if token.type == "text"] == ["label", " after"]


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


def test_pack_text_with_markup_and_controls_is_shown_as_text(runner, tmp_path):
    pack = _pack_with(
        tmp_path,
        (
            "title: Medical Records Specialist\n",
            'title: "Records [/x] [link=https://evil.example]Lead[/link]\\u202e\\x9b"\n',
        ),
        ("    title: Junior Medical Records Specialist\n", '    title: "Junior [bold]Clerk[/bold"\n'),
        ("{id: technical, title: Technical and coding}", '{id: technical, title: "[/]Technical\\e]0;x\\a"}'),
    )
    for arguments in (["roles", "show", str(pack)], ["interview", "--role", str(pack), "--list-categories"]):
        result = runner.invoke(cli, arguments)
        assert result.exit_code == 0, result.output
        for control in TERMINAL_CONTROLS:
            assert control not in result.output, repr(control)
    shown = runner.invoke(cli, ["roles", "show", str(pack)]).output
    assert "Records [/x] [link=https://evil.example]Lead[/link]" in shown
    assert "Junior [bold]Clerk[/bold" in shown
    categories = runner.invoke(cli, ["interview", "--role", str(pack), "--list-categories"]).output
    assert "[/]Technical]0;x" in categories
    assert "removed 2 control or invalid characters" in categories  # ESC and BEL, cleaned at load and said so


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

    # A DOCX keeps the character as written (a PDF reader may map its code to a glyph's own character).
    import docx

    document = docx.Document()
    document.add_paragraph("Jane \x7f Doe EHR")
    resume = tmp_path / "resume.docx"
    document.save(str(resume))
    result = runner.invoke(cli, ["check", str(resume), "--role", ROLE, "--json"])
    assert result.exit_code == 0, result.output
    assert "\x7f" not in result.output and "\\u007f" in result.output
    assert "\x7f" in json.loads(result.output)["parse"]["text"]


@pytest.fixture(scope="module")
def jobkit_docx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "resume.docx"
    path.write_bytes(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content)
    return path


@pytest.mark.slow
def test_an_ascii_terminal_gets_ascii_spellings_not_a_crash(jobkit_docx):
    listed = _jobkit("roles", "list", env={"PYTHONIOENCODING": "ascii"})
    assert listed.returncode == 0 and ROLE in listed.stdout, listed.stderr
    checked = _jobkit("check", str(jobkit_docx), "--role", ROLE, env={"PYTHONIOENCODING": "ascii"})
    assert checked.returncode == 0, checked.stderr
    assert "ok Parse-back: no problems found" in checked.stdout
    assert "Traceback" not in checked.stderr


# --- Role packs given by path (items 5 and 10) -----------------------------------------------------


def test_a_format_spec_in_pack_text_is_refused_at_load(tmp_path):
    # With str.format this allocated 300 MB per fill; a bigger number, gigabytes.
    pack = _pack_with(tmp_path, ('"{company} is hiring a Junior', '"{company:>300000000} is hiring a Junior'))
    with pytest.raises(JobkitError) as caught:
        load_role(str(pack))
    line = _line_of(pack, "{company:>300000000}")
    assert (
        f"{pack}:{line}:7: job_description.levels.junior.summary: '{{company:>300000000}}' is not a plain placeholder"
        in str(caught.value)
    )


@pytest.mark.parametrize(
    "old, new, field, message",
    [
        (
            "{company} is looking for a Medical Records Specialist",
            "{salary} at {company} is looking for a Medical Records Specialist",
            "job_description.levels.mid.summary",
            "unknown placeholder {salary}; this field knows {company}",
        ),
        (
            "Seeking a {target} position on a team",
            "Seeking a {target.__class__} position on a team",
            "resume.summary.objective.junior",
            "'{target.__class__}' is not a plain placeholder",
        ),
        (
            "a {target} position on",
            "a {target!r} position on",
            "resume.summary.objective.junior",
            "'{target!r}' is not a plain placeholder",
        ),
        (
            "for the {position} position at",
            "for the {0} position at",
            "cover_letter.openings[0]",
            "'{0}' is not a plain placeholder",
        ),
        (
            "{name: Medical terminology and anatomy}",
            '{name: "Medical {company} terminology"}',
            "reference.skills.technical[1].name",
            "{company} would be printed as written: this field takes no placeholders",
        ),
    ],
)
def test_pack_placeholders_are_checked_per_field_with_a_location(tmp_path, old, new, field, message):
    pack = _pack_with(tmp_path, (old, new))
    with pytest.raises(JobkitError) as caught:
        load_role(str(pack))
    assert f"{pack}:{_line_of(pack, new)}:" in str(caught.value)
    assert f": {field}: {message}" in str(caught.value)


def test_pack_text_is_filled_as_plain_text():
    # A filled value is never read again, and nothing but {name} means anything.
    assert (
        fill_placeholders("{company} hires", {"company": "{position} {company.__class__}"})
        == "{position} {company.__class__} hires"
    )
    document = render_job_description(role=ROLE, level="junior", company="{company:>300000000}", fmt="txt")
    text = document.content.decode()
    assert "{company:>300000000} is hiring a Junior Medical Records Specialist" in text
    assert len(text) < 20_000


@pytest.mark.parametrize("level_id", ["../../x", "Junior", "a" * 42, "-x", "jun ior", "jün"])
def test_pack_ids_are_short_lower_case_words(tmp_path, level_id):
    pack = _pack_with(tmp_path, ("  - id: junior\n", f"  - id: {yaml.safe_dump(level_id).splitlines()[0]}\n"))
    with pytest.raises(JobkitError) as caught:
        load_role(str(pack))
    line = _line_of(pack, "  - id: " + yaml.safe_dump(level_id).splitlines()[0])
    assert f"{pack}:{line}:5: levels[0].id: an id is 1-41 lower-case letters, digits and hyphens" in str(caught.value)


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("{id: technical, title", '{id: "tech/nical", title', "interview.categories[0].id: an id is"),
        ("    - id: coding\n", '    - id: "../coding"\n', "interview.competencies[0].id: an id is"),
        ("    - id: mrs-beh-caught-error\n", '    - id: "beh caught error"\n', "interview.questions[0].id: an id is"),
        ("id: medical-records-specialist\n", 'id: "medical/records"\n', ":10:1: id: an id is"),
    ],
)
def test_category_competency_question_and_pack_ids_are_checked(tmp_path, old, new, expected):
    # The index is the item's place in the pack's own file (each is the first of its list there), not in the list
    # merged with the packs it extends.
    pack = _pack_with(tmp_path, (old, new))
    with pytest.raises(JobkitError) as caught:
        load_role(str(pack))
    assert expected in str(caught.value)


def test_control_characters_in_a_pack_are_removed_with_a_located_warning(runner, tmp_path):
    pack = _pack_with(
        tmp_path,
        ("title: Medical Records Specialist\n", 'title: "Medical\\0 Records\\e[2J Specialist"\n'),
        ("  - id: junior\n", '  - id: "jun\\0ior"\n'),
    )
    loaded = load_role(str(pack))
    assert loaded.title == "Medical Records[2J Specialist"
    assert loaded.levels[0].id == "junior"
    warnings = [str(warning) for warning in loaded.load_warnings]
    title_line, level_line = _line_of(pack, "title: "), _line_of(pack, "  - id: ")
    assert (
        f"{pack}:{title_line}:1: title: removed 2 control or invalid characters that no document can hold" in warnings
    )
    assert f"{pack}:{level_line}:5: levels[0].id: removed 1 control or invalid character that no document can hold" in (
        warnings
    )
    result = runner.invoke(
        cli, ["job-description", "--role", str(pack), "--level", "junior", "--company", "Acme", "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert f"warning: {pack}:{title_line}:1: title: removed 2" in result.output


# --- Settings from the environment and standard streams (item 11) ----------------------------------


@pytest.mark.slow
def test_columns_and_lines_that_are_not_numbers_are_ignored():
    for env in ({"COLUMNS": "²"}, {"LINES": "²", "COLUMNS": "99999999999"}, {"COLUMNS": "0"}):
        result = _jobkit("roles", "list", env=env)
        assert result.returncode == 0, result.stderr
        assert ROLE in result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 160


@pytest.mark.parametrize("value", ["garbage", "²", "-1", "99999999999999999", "4354819200"])
def test_a_bad_source_date_epoch_is_named_for_docx(runner, example_profile, monkeypatch, value, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    target = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(example_profile), "--role", ROLE, "-o", str(target)])
    assert result.exit_code == 1
    assert "error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC" in result.output
    assert not target.exists()


def test_the_latest_source_date_epoch_a_docx_can_hold_is_used(example_profile, monkeypatch):
    import docx

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4354819199")
    document = docx.Document(io.BytesIO(render_resume(example_profile, role=ROLE, fmt="docx").content))
    assert document.core_properties.created.year == 2107


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


@pytest.mark.parametrize("salary", ["1-" + "9" * 400, "1-1000000001", "9" * 400 + "-" + "9" * 401, "1k-2000000k"])
def test_salaries_beyond_any_pay_are_refused(runner, salary):
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            ROLE,
            "--level",
            "junior",
            "--company",
            "Acme",
            "--salary",
            salary,
            "-f",
            "html",
            "-o",
            "-",
        ],
    )
    assert result.exit_code == 1
    assert "are not pay; check the numbers" in result.output or "characters long" in result.output
    assert "inf" not in result.output.lower() and "Traceback" not in result.output
