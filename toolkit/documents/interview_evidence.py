"""Evidence for a practice question: the profile's own highlight closest to it, quoted as written, never more."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models.profile import Profile, Work
from ..models.role import InterviewQuestion, RolePack
from ..term_index import TermIndex


@dataclass(frozen=True)
class Evidence:
    """The profile's own highlight closest to a question, quoted as written."""

    highlight: str
    where: str


# A highlight quoted under this many questions is not offered again: one line of a profile answers
# "address a team member's performance" no better for being the only one the sheet ever shows.
MAX_QUOTES_PER_HIGHLIGHT = 2


class EvidenceFinder:
    """The profile's highlights, each read once for the role's terms, to find the closest one to each question."""

    def __init__(self, role: RolePack, profile: Profile):
        index = TermIndex(role.all_keywords())
        self.highlights = [(highlight, job) for job in profile.work for highlight in job.highlights]
        self.by_term: dict[str, list[tuple[int, int]]] = {}  # term -> (highlight number, weight) where it is found
        for number, (highlight, _) in enumerate(self.highlights):
            for position in index.found(highlight):
                keyword = index.terms[position]
                self.by_term.setdefault(keyword.term, []).append((number, keyword.weight))

    def naming(self, spellings: Sequence[str], quoted: dict[str, int]) -> Evidence | None:
        """The least-quoted highlight that names the term spelled ``spellings`` (the first such, in profile
        order), quoted as written; None when none does. A question about the posting's own term gets this."""
        index = TermIndex([tuple(spellings)], spellings=list)
        best: tuple[str, Work] | None = None
        for highlight, job in self.highlights:
            times = quoted.get(highlight, 0)
            if times < MAX_QUOTES_PER_HIGHLIGHT and index.found(highlight):
                if best is None or times < quoted.get(best[0], 0):
                    best = (highlight, job)
        return self._quote(best, quoted)

    def evidence(self, question: InterviewQuestion, quoted: dict[str, int]) -> Evidence | None:
        """The highlight that shares the most of the question's terms, quoted as written; None if none.

        ``quoted`` counts how often each highlight was offered already: the less quoted wins a tie,
        and one quoted ``MAX_QUOTES_PER_HIGHLIGHT`` times is not offered again.
        """
        scores: dict[int, int] = {}
        for term in dict.fromkeys(question.terms):
            for number, weight in self.by_term.get(term, ()):
                scores[number] = scores.get(number, 0) + weight
        best, best_rank = None, (0, 0)
        for number in sorted(scores):
            highlight, job = self.highlights[number]
            times = quoted.get(highlight, 0)
            if times < MAX_QUOTES_PER_HIGHLIGHT and (scores[number], -times) > best_rank:
                best, best_rank = (highlight, job), (scores[number], -times)
        return self._quote(best, quoted)

    @staticmethod
    def _quote(best: tuple[str, Work] | None, quoted: dict[str, int]) -> Evidence | None:
        if best is None:
            return None
        highlight, job = best
        quoted[highlight] = quoted.get(highlight, 0) + 1
        return Evidence(highlight, ", ".join(part for part in (job.position, job.name) if part))
