"""Characters no font draws: a warning naming the field and the characters, and none for Latin text."""

from __future__ import annotations

import pytest

from toolkit.api import render_resume
from toolkit.render import glyph_coverage

OL_CHIKI = "ᱥᱟᱱᱛᱟᱲᱤ"  # the Santali script: in no font Debian installs by default


def _profile(tmp_path, employer: str):
    path = tmp_path / "profile.yaml"
    path.write_text(
        "basics:\n  name: Zoë Keller\n  email: zoe@example.com\n"
        "work:\n  - name: " + employer + "\n    position: Analyst\n    startDate: 2021-03\n"
        "    highlights: [Kept the books]\n",
        encoding="utf-8",
    )
    return path


def _glyph_warnings(rendered) -> list:
    return [problem for problem in rendered.warnings if "glyph" in problem.message]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_character_no_font_draws_is_named_with_its_field(tmp_path, fmt):
    if glyph_coverage.system_ranges() is None:
        pytest.skip("fontconfig's fc-list is not installed: what the system draws is unknown")
    if not glyph_coverage.undrawable(OL_CHIKI):
        pytest.skip("an installed font draws Ol Chiki")
    rendered = render_resume(_profile(tmp_path, f"{OL_CHIKI} Works"), fmt=fmt)
    [warning] = _glyph_warnings(rendered)
    assert warning.location.field == "work[0].name"
    assert warning.location.file and warning.location.file.endswith("profile.yaml")
    assert "'ᱥ' (U+1C65)" in str(warning) and "empty boxes" in str(warning)
    assert "fonts-noto" in str(warning)


def test_latin_profile_gets_no_glyph_warning(tmp_path):
    rendered = render_resume(_profile(tmp_path, "Zürich Façades Ltd"), fmt="pdf")
    assert _glyph_warnings(rendered) == []


def test_text_formats_are_not_checked(tmp_path, monkeypatch):
    monkeypatch.setattr(glyph_coverage, "system_ranges", lambda: ((0x20, 0x7E),))
    rendered = render_resume(_profile(tmp_path, "深圳华为技术有限公司"), fmt="md")
    assert _glyph_warnings(rendered) == []


def test_chinese_without_a_cjk_font_points_to_the_cjk_package(tmp_path, monkeypatch):
    # A machine whose fonts draw ASCII only: the shipped Lato draws the rest of Latin-1.
    monkeypatch.setattr(glyph_coverage, "system_ranges", lambda: ((0x20, 0x7E),))
    rendered = render_resume(_profile(tmp_path, "深圳华为技术有限公司"), fmt="pdf")
    [warning] = _glyph_warnings(rendered)
    assert warning.location.field == "work[0].name"
    assert "'深' (U+6DF1)" in warning.message and "and 5 more" in warning.message
    assert "fonts-noto-cjk" in warning.message
    assert "Zoë" not in warning.message  # ë is the shipped font's own


def test_characters_from_outside_the_profile_are_still_named():
    warnings = glyph_coverage.missing_glyph_warnings("<p>" + OL_CHIKI + "</p>", None)
    if glyph_coverage.system_ranges() is None or not glyph_coverage.undrawable(OL_CHIKI):
        pytest.skip("Ol Chiki is drawn here, or what the system draws is unknown")
    [warning] = warnings
    assert warning.location.field is None and "in the document's text" in warning.message


def test_no_fontconfig_means_no_guess(monkeypatch):
    monkeypatch.setattr(glyph_coverage, "system_ranges", lambda: None)
    assert glyph_coverage.undrawable(OL_CHIKI) == []


def test_the_shipped_font_ranges_are_what_every_face_maps_but_the_controls():
    import unicodedata

    from fontTools.ttLib import TTFont

    from toolkit.render.fonts import font_dir, shipped_face_files

    drawn = {code for first, last in glyph_coverage.shipped_ranges() for code in range(first, last + 1)}
    mapped = set.intersection(
        *(set(TTFont(str(font_dir() / name), lazy=True).getBestCmap()) for name in shipped_face_files())
    )
    assert drawn == {code for code in mapped if unicodedata.category(chr(code)) != "Cc"}
    assert {ord(char) for char in "Zoë Façade – “quoted” €"} <= drawn


def test_the_shipped_font_ranges_are_what_fontconfig_reads_from_its_files():
    from toolkit.render.fonts import font_dir, shipped_face_files

    files = [str(font_dir() / name) for name in shipped_face_files()]
    listings = glyph_coverage._fontconfig("fc-query", *files)
    if listings is None:
        pytest.skip("fontconfig's fc-query is not installed")
    faces = [
        {code for first, last in glyph_coverage._charset_ranges(line) for code in range(first, last + 1)}
        for line in listings
    ]
    drawn = {code for first, last in glyph_coverage.shipped_ranges() for code in range(first, last + 1)}
    assert len(faces) == len(files) and drawn == set.intersection(*faces)


def test_the_cli_prints_the_warning_on_stderr_and_still_writes_the_pdf(runner, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from toolkit.cli import cli

    monkeypatch.setattr(glyph_coverage, "system_ranges", lambda: ((0x20, 0x7E),))
    output = tmp_path / "resume.pdf"
    result = runner.invoke(cli, ["resume", str(_profile(tmp_path, "深圳华为技术有限公司")), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "profile.yaml:" in result.stderr and "work[0].name: no font on this machine" in result.stderr
    assert "fonts-noto-cjk" in result.stderr
    assert PdfReader(output).pages
