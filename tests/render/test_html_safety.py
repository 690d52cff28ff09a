"""What HTML from a theme's templates may hold, judged on the tree a browser builds: anything that would run or
fetch is refused by name, a link to a file loses its target but keeps its words, and what is written out reads
back the same."""

from __future__ import annotations

import pytest

from toolkit.render.html_safety import UnsafeMarkup, active_content, checked_html


@pytest.mark.parametrize(
    "html, found",
    [
        ("<script>alert(1)</script>", "a <script> element"),
        (
            '<!--><meta http-equiv="refresh" content="0;url=http://x">',
            "<meta http-equiv>",
        ),  # a browser ends <!--> at once
        ("<img src=x onerror=alert(1)>", "an event handler onerror= on <img>"),
        ("<iframe src=x></iframe>", "a <iframe> element"),
    ],
)
def test_what_would_run_or_fetch_is_named(html, found):
    assert active_content(html) == found
    with pytest.raises(UnsafeMarkup, match=found):
        checked_html(html)


def test_structured_data_for_search_engines_is_not_active():
    assert active_content('<script type="application/ld+json">{"@type": "JobPosting"}</script>') is None


def test_a_link_to_a_file_keeps_its_words_and_safe_links_stay():
    written = checked_html(
        '<p><a href="file:///etc/passwd">my file</a> <a href="#work">w</a> <a href="https://x.example/a">x</a></p>'
    )
    assert "<a>my file</a>" in written
    assert '<a href="#work">w</a>' in written and '<a href="https://x.example/a">x</a>' in written


def test_an_attribute_cannot_hold_a_tag():
    assert '<p title="a&lt;b&gt;">x</p>' in checked_html('<p title="a<b>">x</p>')
