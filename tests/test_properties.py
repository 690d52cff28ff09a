"""Property-based tests: any profile text either renders or fails as a JobkitError, and outputs reopen.

The default run keeps example counts small; `pytest -m fuzz` runs the long version.
"""

from __future__ import annotations

import io
import json

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from toolkit.api import render_resume
from toolkit.errors import JobkitError

ROLE = "medical-records-specialist"

any_text = st.text(st.characters(codec=None), max_size=80)
# Dates and e-mail addresses are drawn valid so that most examples reach the renderers; the
# loading and validation tests cover broken ones.
dates = st.one_of(st.none(), st.from_regex(r"\A(19|20)[0-9][0-9](-(0[1-9]|1[0-2]))?\Z"))

profiles = st.fixed_dictionaries(
    {
        "basics": st.fixed_dictionaries(
            {
                "name": any_text,
                "label": any_text,
                "email": st.one_of(st.none(), st.emails()),
                "summary": any_text,
                "url": any_text,
            }
        ),
        "work": st.lists(
            st.fixed_dictionaries(
                {
                    "name": any_text,
                    "position": any_text,
                    "startDate": dates,
                    "endDate": dates,
                    "highlights": st.lists(any_text, max_size=3),
                }
            ),
            max_size=3,
        ),
        "skills": st.lists(
            st.fixed_dictionaries({"name": any_text, "keywords": st.lists(any_text, max_size=4)}), max_size=2
        ),
        "certificates": st.lists(st.fixed_dictionaries({"name": any_text, "issuer": any_text}), max_size=2),
    }
)


def _drop_nones(value):
    if isinstance(value, dict):
        return {key: _drop_nones(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_drop_nones(item) for item in value]
    return value


def _check(tmp_path_factory, profile, fmt, *, must_render: bool = False):
    """Render ``profile``; an error is allowed only where input can be wrong, and must say where."""
    path = tmp_path_factory.mktemp("p") / "profile.json"
    path.write_text(json.dumps(_drop_nones(profile)), encoding="utf-8")
    try:
        content = render_resume(path, role=ROLE, fmt=fmt).content
    except JobkitError as error:
        assert not must_render, f"a well-formed profile was refused: {error}"
        assert all(problem.location.file for problem in error.problems), str(error)
        assert "internal error" not in str(error)
        return
    if fmt == "docx":
        docx.Document(io.BytesIO(content))
    elif fmt == "pdf":
        assert PdfReader(io.BytesIO(content)).pages
    else:
        content.decode("utf-8")


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LONG = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# Text a person could type anywhere (letters, digits, punctuation, accents, emoji): every such
# profile must render, so the property above cannot pass by refusing everything.
typed_text = st.text(st.characters(categories=["L", "N", "P", "Zs", "So"]), max_size=60)
typed_profiles = st.fixed_dictionaries(
    {
        "basics": st.fixed_dictionaries({"name": typed_text, "label": typed_text, "summary": typed_text}),
        "work": st.lists(
            st.fixed_dictionaries(
                {"name": typed_text, "position": typed_text, "highlights": st.lists(typed_text, max_size=3)}
            ),
            max_size=3,
        ),
    }
)


@FAST
@given(profile=profiles, fmt=st.sampled_from(["md", "txt", "html", "docx"]))
def test_any_profile_renders_or_fails_cleanly(tmp_path_factory, profile, fmt):
    _check(tmp_path_factory, profile, fmt)


@FAST
@given(profile=typed_profiles, fmt=st.sampled_from(["md", "txt", "html", "docx"]))
def test_any_typed_profile_renders(tmp_path_factory, profile, fmt):
    _check(tmp_path_factory, profile, fmt, must_render=True)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(profile=profiles)
def test_any_profile_gives_a_pdf_that_reopens(tmp_path_factory, profile):
    _check(tmp_path_factory, profile, "pdf")


@pytest.mark.fuzz
@LONG
@given(profile=profiles, fmt=st.sampled_from(["md", "docx", "pdf"]))
def test_fuzz_long(tmp_path_factory, profile, fmt):
    _check(tmp_path_factory, profile, fmt)
