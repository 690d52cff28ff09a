"""The job's title and employer a document may write: what the user gave, else what the posting was read to say.

The posting reader leaves a title or an employer empty when nothing it read can be trusted (a date, a label, a
logo's text, a sentence). A document that would name them then asks, and says what it read: a wrong employer
in a letter is worse than a question.
"""

from __future__ import annotations

from .errors import JobkitError
from .models.posting import Posting


def corrected(posting: Posting, *, company: str | None = None, position: str | None = None) -> Posting:
    """``posting`` with the title and employer the user gave (``--position``, ``--company``) put in."""
    corrections = {name: value for name, value in (("title", position), ("company", company)) if value}
    return posting.model_copy(update=corrections) if corrections else posting


def require_title(posting: Posting, document: str) -> str:
    """The posting's title, or a ``JobkitError`` that says what was read and asks for ``--position``."""
    if posting.title:
        return posting.title
    raise JobkitError(
        f"{document} names the position, and no line of the posting {posting.file} reads as a job title"
        f"{_read(posting)}; pass --position TITLE"
    )


def require_company(posting: Posting, document: str) -> str:
    """The posting's employer, or a ``JobkitError`` that says what was read and asks for ``--company``."""
    if posting.company:
        return posting.company
    raise JobkitError(
        f"{document} names the employer, and the posting {posting.file} names none jobkit can trust"
        f"{_read(posting)}; pass --company NAME"
    )


def _read(posting: Posting) -> str:
    """ " (its first lines read: 'Posted 16 hours ago' | 'Job Posting')", or "" when it had none."""
    if not posting.header_lines:
        return ""
    shown = " | ".join(repr(line[:60]) for line in posting.header_lines)
    return f" (its first lines read: {shown})"
