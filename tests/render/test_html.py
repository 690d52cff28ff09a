"""The filled HTML every format is made from: the content policy first in its head, before anything that could
run; the theme's tokens carried inside it for the DOCX writer; and the paper sizes there are."""

from __future__ import annotations

import json

import pytest
from support.paths import EXAMPLES, ROLE

from toolkit.api import render_resume
from toolkit.errors import UnknownNameError
from toolkit.render.html import CONTENT_POLICY, check_paper, with_content_policy


def test_the_policy_is_the_first_thing_in_the_head():
    html = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body></body></html>'
    assert with_content_policy(html) == (
        f'<!DOCTYPE html><html lang="en"><head>{CONTENT_POLICY}<title>x</title></head><body></body></html>'
    )


def test_a_page_that_does_not_start_as_a_template_does_gets_the_policy_before_anything_else():
    assert with_content_policy("<p>hi</p><script>x()</script>") == f"{CONTENT_POLICY}<p>hi</p><script>x()</script>"
    assert with_content_policy("<!doctype html><p>hi</p>") == f"<!doctype html>{CONTENT_POLICY}<p>hi</p>"


def test_a_resumes_html_carries_the_policy_and_its_themes_tokens():
    html = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="html", theme="modern").content.decode("utf-8")
    head = html.split("<head>", 1)[1]
    assert head.startswith(CONTENT_POLICY)
    tokens = json.loads(
        html.split('<script type="application/json" id="jobkit-theme-tokens">', 1)[1].split("</script>")[0]
    )
    assert tokens["font"] == "Lato" and tokens["section_title"]["colour"] == "#0F4C5C"


def test_paper_sizes_are_named_in_any_case_and_an_unknown_one_lists_the_choices():
    assert (check_paper("A4"), check_paper("letter")) == ("a4", "letter")
    with pytest.raises(UnknownNameError, match="unknown paper size 'legal'; choose from: letter, a4"):
        check_paper("legal")
