"""Theme folders: tokens that style every format, located errors, the example theme, overrides."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from support.paths import EXAMPLES, ROLE

from toolkit.api import render_cover_letter, render_interview, render_job_description, render_resume
from toolkit.cli import cli
from toolkit.errors import JobkitError
from toolkit.inputs.themes import load_theme

SLATE = EXAMPLES / "themes" / "slate"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _theme(tmp_path: Path, tokens: str, **files: str) -> Path:
    folder = tmp_path / "mytheme"
    folder.mkdir()
    (folder / "theme.yaml").write_text(tokens, encoding="utf-8")
    for name, text in files.items():
        path = folder / name.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def _error(theme) -> str:
    with pytest.raises(JobkitError) as caught:
        load_theme(str(theme))
    return str(caught.value)


def test_themes_list_shows_each_theme_from_its_tokens_file(runner):
    result = runner.invoke(cli, ["themes", "list"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    for name in ("classic", "modern"):
        description = load_theme(name).tokens.description
        assert description and description in result.output
        assert str(Path("themes") / name / "theme.yaml") in result.output


def test_themes_list_shows_whole_paths_on_a_narrow_terminal(runner):
    # The list says to copy a theme's folder: a path cut to "…/themes/classi…", or broken across
    # table borders, cannot be copied.
    result = runner.invoke(cli, ["themes", "list"], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for name in ("classic", "modern"):
        assert f"  {name}: {load_theme(name).folder / 'theme.yaml'}" in lines
    assert "…" not in result.output


@pytest.mark.parametrize(
    "tokens, expected",
    [
        ("text:\n  colr: '#333333'\n", "theme.yaml:2:3: text.colr: unknown field (did you mean 'colour'?)"),
        (
            "header:\n  band: #0f4c5c\n",
            'theme.yaml:2:3: header.band: expected a colour such as "#1d1d1f" in quotes, or none',
        ),
        ("name:\n  colour: '#12345'\n", "theme.yaml:2:3: name.colour: expected a colour as #rrggbb"),
        ("text:\n  size: 9.6\n", "theme.yaml:2:3: text.size: Word sets type in half points: use 9.5"),
        ("font: Arial\n", "theme.yaml:1:1: font: font 'Arial' is not one jobkit ships; choose from: Lato"),
        ("section_title:\n  rule: {position: above}\n", "theme.yaml:2:10: section_title.rule.position:"),
        ("page: {top: 5}\n", "theme.yaml:1:8: page.top: Input should be less than or equal to 2"),
        ("- just a list\n", "a theme tokens file must be a mapping"),
    ],
)
def test_bad_tokens_are_located_with_the_field_and_a_fix(tmp_path, tokens, expected):
    assert expected in _error(_theme(tmp_path, tokens))


def test_a_theme_names_only_what_it_changes(tmp_path):
    tokens = load_theme(str(_theme(tmp_path, "name: {colour: '#abc'}\nsection_title: {rule: none}\n"))).tokens
    assert tokens.name.colour == "#AABBCC" and tokens.name.size == 22  # the size keeps its default
    assert tokens.section_title.rule is None


def test_unknown_theme_name_suggests_and_folder_problems_are_named(tmp_path):
    assert "unknown theme 'modrn' (did you mean 'modern'?)" in _error("modrn")
    assert "theme folder ./nowhere not found" in _error("./nowhere")
    (tmp_path / "empty").mkdir()
    assert "a theme folder needs a theme.yaml" in _error(tmp_path / "empty")


def test_theme_css_may_not_close_the_style_element(tmp_path):
    folder = _theme(tmp_path, "{}\n", **{"theme.css": "a { color: red; }\n</style><script>alert(1)</script>\n"})
    assert "theme.css:2:1: theme CSS may not contain '<'" in _error(folder)


def test_template_overrides_must_replace_a_template_and_compile(tmp_path):
    folder = _theme(tmp_path, "{}\n", **{"templates__resume__documnet.html.j2": "x"})
    message = _error(folder)
    assert "documnet.html.j2: replaces no jobkit template (did you mean 'resume/document.html.j2'?)" in message
    shutil.rmtree(folder)
    folder = _theme(tmp_path, "{}\n", **{"templates__resume__document.html.j2": "line one\n{% if %}\n"})
    assert "document.html.j2:2: template syntax:" in _error(folder)


def test_theme_templates_run_sandboxed_and_fail_with_a_location(tmp_path, runner):
    folder = _theme(tmp_path, "{}\n", **{"templates__cover_letter__document.html.j2": "{{ doc.__class__ }}\n"})
    target = tmp_path / "letter.pdf"
    result = runner.invoke(
        cli,
        ["cover-letter", str(EXAMPLES / "profile.yaml"), "--role", ROLE, "--company", "X", "--theme", str(folder)]
        + ["-o", str(target)],
    )
    assert result.exit_code == 1
    assert "document.html.j2:1: the theme's templates failed: SecurityError" in result.output
    assert not target.exists()


def test_cli_refuses_a_bad_theme_folder_before_writing_anything(tmp_path, runner):
    folder = _theme(tmp_path, "spacing:\n  section: lots\n")
    target = tmp_path / "resume.docx"
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "profile.yaml"), "--theme", str(folder), "-o", str(target)])
    assert result.exit_code == 1
    assert "theme.yaml:2:3: spacing.section:" in result.output and "Traceback" not in result.output
    assert not target.exists()


def test_a_new_themes_tokens_reach_the_word_styles(tmp_path):
    folder = _theme(
        tmp_path,
        "name: {size: 26, colour: '#7a1f3d'}\nsection_title: {colour: '#225511', uppercase: false}\n"
        "text: {size: 10}\nheader: {align: left, band: '#102030'}\n",
    )
    document = docx.Document(
        io.BytesIO(render_resume(EXAMPLES / "profile.yaml", theme=str(folder), fmt="docx").content)
    )
    styles = document.styles
    assert str(styles["Title"].font.color.rgb) == "7A1F3D" and styles["Title"].font.size.pt == 26
    assert str(styles["Heading 1"].font.color.rgb) == "225511" and not styles["Heading 1"].font.all_caps
    assert styles["Normal"].font.size.pt == 10
    title = next(paragraph for paragraph in document.paragraphs if paragraph.style.name == "Title")
    shading = title._p.pPr.find(f"{W}shd")
    assert shading is not None and shading.get(f"{W}fill") == "102030", "the band is drawn behind the name"


def test_example_theme_renders_every_kind_with_its_tokens_css_and_template():
    """PDF and DOCX page counts of every kind in this theme are held by tests/render/test_docx_page_parity.py."""
    html = [
        render_resume(EXAMPLES / "profile.yaml", role=ROLE, theme=str(SLATE), fmt="html"),
        render_cover_letter(
            EXAMPLES / "profile.yaml", role=ROLE, job=EXAMPLES / "posting.txt", theme=str(SLATE), fmt="html"
        ),
        render_job_description(
            role=ROLE, level="senior", company_file=EXAMPLES / "company.yaml", theme=str(SLATE), fmt="html"
        ),
        render_interview(role=ROLE, level="mid", theme=str(SLATE), fmt="html"),
        render_interview(role=ROLE, level="mid", answers="key", theme=str(SLATE), fmt="html"),
        render_interview(role=ROLE, level="supervisor", kit=True, theme=str(SLATE), fmt="html"),
    ]
    texts = [document.content.decode() for document in html]
    for text in texts:
        assert "color: #3B5B7A" in text  # from the tokens
        assert ".contact a { color: #3b5b7a; }" in text  # from theme.css
    # The template override: the contact line's items are separated by a bar.
    assert '<span class="sep"> | </span>' in texts[0] and '<span class="sep"> | </span>' in texts[1]
