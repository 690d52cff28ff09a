"""What every document carries: its metadata and the person block (name, headline, contact, links)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol

from ..inputs.links import safe_link
from ..models.profile import Profile

KEYWORDS_LIMIT = 255  # the longest a DOCX (OOXML core property) or PDF keywords line may be


def keywords_line(items: list[str], limit: int = KEYWORDS_LIMIT) -> str:
    """The items as a comma-separated keywords property, each once, as many whole ones as fit in ``limit``."""
    kept: list[str] = []
    seen: set[str] = set()
    for item in items:
        item = " ".join(item.split())
        if not item or item.casefold() in seen:
            continue
        if len(", ".join([*kept, item])) > limit:
            break
        kept.append(item)
        seen.add(item.casefold())
    return ", ".join(kept)


@dataclass(frozen=True)
class Meta:
    """Document metadata: the PDF/DOCX properties and the HTML <head>."""

    title: str
    author: str
    subject: str
    keywords: str
    lang: str = "en-US"  # a BCP 47 tag: the HTML lang, and the language Word spell-checks and hyphenates by

    def __post_init__(self) -> None:
        # Word refuses core properties longer than 255 characters; a long posting title must not stop a render.
        for name in ("title", "author", "subject", "keywords"):
            value = getattr(self, name)
            if len(value) > KEYWORDS_LIMIT:
                object.__setattr__(self, name, value[: KEYWORDS_LIMIT - 1].rstrip() + "…")


class Document(Protocol):
    """What the fill step needs of every document kind: which template, and its metadata."""

    kind: ClassVar[str]

    @property
    def meta(self) -> Meta: ...


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None  # None when the target is not a safe link: shown as text, never as a link
    network: str | None = None


@dataclass(frozen=True)
class Person:
    """The header every document for a person starts with."""

    name: str
    label: str
    email: str
    email_href: str | None
    phone: str
    location: str
    links: tuple[Link, ...]


def person_block(profile: Profile) -> Person:
    """Name, headline, contact line and links, as every document header shows them."""
    basics = profile.basics
    email = basics.email
    links: list[Link] = []
    # A link that is not http(s) or mailto is shown as the text the person wrote, never as a link.
    candidates = [(basics.url, None)] + [(item.url or item.username, item.network) for item in basics.profiles]
    for url, network in candidates:
        if not url:
            continue
        href = safe_link(url)
        text = _display_url(url) if href else url
        if not any(link.text == text for link in links):
            links.append(Link(text, href, network))
    return Person(
        name=basics.name or "",
        label=basics.label or "",
        email=email or "",
        email_href=safe_link(f"mailto:{email}") if email else None,
        phone=basics.phone or "",
        location=basics.location.one_line() if basics.location else "",
        links=tuple(links),
    )


def _display_url(url: str) -> str:
    return url.split("://", 1)[-1].removeprefix("mailto:").rstrip("/")
