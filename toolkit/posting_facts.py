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


def as_read(posting: Posting, document: str, *, company: str | None, position: str | None) -> list[str]:
    """A note naming the employer and position ``document`` takes from the posting as read (not those the user
    gave), so a misread is seen before the document is sent: the reader is right about most postings, not all."""
    taken = [
        f"{what} {value!r}"
        for what, value, given in (
            ("the employer", posting.company, company),
            ("the position", posting.title, position),
        )
        if value and not given
    ]
    if not taken:
        return []
    options = " or ".join(option for option, given in (("--company", company), ("--position", position)) if not given)
    return [f"{document} names {' and '.join(taken)} as the posting was read; if that is wrong, pass {options}"]


def require_title(posting: Posting, document: str) -> str:
    """The posting's title, or a ``JobkitError`` that says what was read and asks for ``--position``."""
    require(posting, document, title=True)
    return posting.title


def require_company(posting: Posting, document: str) -> str:
    """The posting's employer, or a ``JobkitError`` that says what was read and asks for ``--company``."""
    require(posting, document, company=True)
    return posting.company


def require(posting: Posting, document: str, *, title: bool = False, company: bool = False) -> None:
    """Raise one ``JobkitError`` naming every fact ``document`` needs that the posting does not give: what was
    read, and the options to pass (both at once, never one run after another)."""
    missing = [
        (what, option)
        for wanted, value, what, option in (
            (title, posting.title, "the position", "--position TITLE"),
            (company, posting.company, "the employer", "--company NAME"),
        )
        if wanted and not value
    ]
    if not missing:
        return
    names = " and ".join(what for what, _ in missing)
    options = " and ".join(option for _, option in missing)
    raise JobkitError(
        f"{document} names {names}, and the posting {posting.file} gives no {names.replace('the ', '')} jobkit can "
        f"trust{_read(posting)}; pass {options}"
    )


def _read(posting: Posting) -> str:
    """ " (its first lines read: 'Posted 16 hours ago' | 'Job Posting')", or "" when it had none."""
    if not posting.header_lines:
        return ""
    shown = " | ".join(repr(line[:60]) for line in posting.header_lines)
    return f" (its first lines read: {shown})"
