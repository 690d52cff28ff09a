"""The person block every document starts with: name, headline, contact details and safe links."""

from __future__ import annotations

from typing import Any

from ..links import safe_link
from ..models.profile import Profile


def person_block(profile: Profile) -> dict[str, Any]:
    """Name, headline, contact line and links, as every document header shows them."""
    basics = profile.basics
    email = basics.email
    links: list[dict[str, Any]] = []
    # A link that is not http(s) or mailto is shown as the text the person wrote, never as a link.
    candidates = [(basics.url, None)] + [(item.url or item.username, item.network) for item in basics.profiles]
    for url, network in candidates:
        if not url:
            continue
        href = safe_link(url)
        text = _display_url(url) if href else url
        if not any(link["text"] == text for link in links):
            links.append({"text": text, "href": href, "network": network})
    return {
        "name": basics.name or "",
        "label": basics.label or "",
        "email": email or "",
        "email_href": safe_link(f"mailto:{email}") if email else None,
        "phone": basics.phone or "",
        "location": basics.location.one_line() if basics.location else "",
        "links": links,
    }


def _display_url(url: str) -> str:
    return url.split("://", 1)[-1].removeprefix("mailto:").rstrip("/")
