"""Reading a page from the preview server as a browser would: status, headers and body, errors included."""

from __future__ import annotations

import urllib.error
import urllib.request


def get(url: str, host: str | None = None) -> tuple[int, dict[str, str], str]:
    """``(status, headers, body)`` for ``url``; an HTTP error's too, not raised. ``host`` sets the Host header."""
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")
