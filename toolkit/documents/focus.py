"""What a document is tailored to: a posting's terms, a role's, or nothing (the profile as it is)."""

from __future__ import annotations

from dataclasses import dataclass

from ..matching import importance_weight, posting_terms
from ..models.posting import Posting
from ..models.role import Keyword, RolePack


@dataclass(frozen=True)
class Focus:
    """The terms that matter, most important first, each with whether it is required.

    ``target`` is the position sought (the posting's title, else the level's title), used
    only where a document states an aim; ``None`` when no role or posting was given.
    """

    terms: tuple[tuple[Keyword, str], ...]
    target: str | None
    against: str  # what the document is tailored to, in words: "the posting X", "the role Y", ""
    posting: Posting | None = None  # the posting tailored to, when it is one

    @property
    def keywords(self) -> list[Keyword]:
        return [keyword for keyword, _ in self.terms]

    def weights(self) -> dict[str, int]:
        """Term -> how much it counts (``importance_weight``)."""
        return {keyword.term: importance_weight(keyword.weight, importance) for keyword, importance in self.terms}

    def __bool__(self) -> bool:
        return bool(self.terms) or self.target is not None


NO_FOCUS = Focus((), None, "")


def focus_for(role: RolePack, *, role_given: bool, posting: Posting | None, level_title: str | None) -> Focus:
    """A posting's own terms (with the role's spellings and weights where it knows them), else the role's
    own, else none. A posting's alternatives ("RHIT or CCA") are one term that either meets."""
    if posting is not None:
        terms = posting_terms(posting, role.all_keywords())
        return Focus(
            _ranked(terms), posting.title or level_title, f"the posting {posting.title or posting.file}", posting
        )
    if role_given:
        terms = [(keyword, keyword.importance) for keyword in role.all_keywords()]
        return Focus(_ranked(terms), level_title, f"the role {role.title}")
    return NO_FOCUS


def _ranked(terms: list[tuple[Keyword, str]]) -> tuple[tuple[Keyword, str], ...]:
    """Most important first; the given order breaks ties."""
    return tuple(sorted(terms, key=lambda item: -importance_weight(item[0].weight, item[1])))
