"""The installed package carries every template, style, schema, starter and role pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.paths import REPO

import toolkit
from toolkit.resources import templates_dir


def test_templates_ship_inside_the_installed_package():
    package = Path(toolkit.__file__).resolve().parent
    if "site-packages" not in package.parts:
        pytest.skip("running from a source checkout; .ci/run installs the wheel and runs this for real")
    assert templates_dir() == package / "templates"
    source = {path.relative_to(REPO / "templates") for path in (REPO / "templates").rglob("*") if path.is_file()}
    installed = {path.relative_to(templates_dir()) for path in templates_dir().rglob("*") if path.is_file()}
    assert source, "no templates found in the source tree"
    assert source <= installed, sorted(source - installed)
