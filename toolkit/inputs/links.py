"""Which links a document may carry: only http(s) and mailto."""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = {"http", "https", "mailto"}


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) or mailto link with a host or address, else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return url.strip()
