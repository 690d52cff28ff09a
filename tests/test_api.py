"""The library API: one call per document, every call taking the shared keywords the same way."""

from __future__ import annotations

import inspect

import pytest

import toolkit
from toolkit import api

SHARED = ["role", "level", "roles_dirs", "theme", "paper", "fmt", "today", "docx_template", "word_template", "convert"]


@pytest.mark.parametrize("name", ["render_resume", "render_cover_letter", "render_job_description", "render_interview"])
def test_every_render_function_takes_the_shared_keywords_by_name_in_one_order(name):
    parameters = inspect.signature(getattr(api, name)).parameters
    keyword_only = [item for item, parameter in parameters.items() if parameter.kind is parameter.KEYWORD_ONLY]
    assert [item for item in keyword_only if item in SHARED] == SHARED
    assert getattr(toolkit, name) is getattr(api, name), "exported from the package as it is in toolkit.api"
