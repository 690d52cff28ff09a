"""The installed package carries its templates, styles, schemas and role packs."""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit
from toolkit.resources import templates_dir


def test_templates_ship_inside_the_installed_package():
    package = Path(toolkit.__file__).resolve().parent
    if "site-packages" not in package.parts:
        pytest.skip("running from a source checkout; .ci/run installs the wheel and runs this for real")
    assert templates_dir() == package / "templates"
    for relative in (
        "roles/medical-records-specialist.yaml",
        "resume/classic.html.j2",
        "resume/modern.html.j2",
        "styles/base.css",
        "schemas/resume.schema.json",
        "starters/profile.yaml",
    ):
        assert (templates_dir() / relative).is_file(), relative
