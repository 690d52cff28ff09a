"""A company file: a misspelt field located with a did-you-mean, and a logo only when it is a small, readable image
file inside the company file's folder."""

from __future__ import annotations

import re

import pytest
from support.images import png
from support.paths import ROLE

from toolkit.cli import cli
from toolkit.errors import JobkitError
from toolkit.inputs.companies import load_company


def test_company_file_errors_are_located_with_did_you_mean(tmp_path, runner):
    path = tmp_path / "company.yaml"
    path.write_text("name: Riverside\nbenifits:\n  - Dental\n")
    result = runner.invoke(cli, ["job-description", "--role", ROLE, "--level", "mid", "--company-file", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2:1: benifits: unknown field (did you mean 'benefits'?)" in result.output


@pytest.mark.parametrize(
    "logo, message",
    [
        ("../outside.png", "must be a file in the company file's folder"),
        ("missing.png", "not a regular file"),
        ("notes.txt", "logo must be one of"),
        ("bomb.png", "too large to decode safely"),
    ],
)
def test_unsafe_logos_are_refused(tmp_path, logo, message):
    folder = tmp_path / "company"
    folder.mkdir()
    (tmp_path / "outside.png").write_bytes(png(10, 10))
    (folder / "notes.txt").write_text("hello")
    from PIL import Image

    with Image.new("1", (12000, 12000)) as huge:  # 144 million pixels: past Pillow's bomb warning
        huge.save(folder / "bomb.png")
    (folder / "company.yaml").write_text(f"name: X\nlogo: {logo}\n")
    with pytest.raises(JobkitError, match=re.escape(message)):
        load_company(folder / "company.yaml")


def test_a_logo_is_read_once_and_a_website_that_is_not_a_link_is_warned_of(tmp_path):
    (tmp_path / "logo.png").write_bytes(png(120, 40))
    company = tmp_path / "company.yaml"
    company.write_text("name: Riverside Health\nwebsite: javascript:alert(1)\nlogo: logo.png\n", encoding="utf-8")
    loaded = load_company(company)
    assert loaded.logo_path == (tmp_path / "logo.png").resolve() and loaded.logo_data == png(120, 40)
    assert [str(warning) for warning in loaded.warnings] == [
        f"{company}:2:1: website: not an http(s) link; it is shown as text"
    ]
