"""Links a document may carry: http(s) with a host and mailto; anything else is left out, not made a link."""

from __future__ import annotations

import pytest

from toolkit.inputs.links import safe_link


@pytest.mark.parametrize(
    "url", ["https://example.com/maya", "http://example.com", "mailto:maya@example.com", "HTTPS://Example.com/x"]
)
def test_web_and_mail_links_are_kept(url):
    assert safe_link(url) == url


def test_surrounding_spaces_are_trimmed():
    assert safe_link("  https://example.com/maya \n") == "https://example.com/maya"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<b>x</b>",
        "https:///no-host",
        "example.com",
        "",
        None,
    ],
)
def test_other_schemes_and_hostless_links_are_refused(url):
    assert safe_link(url) is None
