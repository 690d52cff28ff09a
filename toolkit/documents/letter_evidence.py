"""Which of the profile's highlights a cover letter cites: those closest to what the posting says the job is.

A highlight that shows one of the posting's duties comes first, then the weight of the posting's terms it adds,
then how many of the posting's own words it and its job's title share (a surgical-ICU posting's words are in
the surgical-ICU job, not the med-surg one); the profile's order only breaks a tie. Room left is filled with the
highlights closest to the posting's words, never simply the most recent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..matching import importance_weight
from ..models.posting import Posting, PostingLine
from ..models.profile import Profile, Work
from ..models.role import Keyword
from ..term_index import TermIndex
from .letter_english import as_first_person_clause, english_verbs
from .wording import DutyIndex, content_stems

MAX_HIGHLIGHTS = 3
# Sections whose lines say what the job is and asks for; about-us, benefits and how-to-apply say nothing of it.
_JOB_SECTIONS = frozenset(("duties", "required", "preferred"))


@dataclass
class Evidence:
    job_index: int
    highlight_index: int
    job: Work
    text: str
    covers: set[str]
    duties: set[int] = field(default_factory=set)  # indexes of the posting's duty lines it shows
    relevance: int = 0  # the posting's words it and its job's title share
    shared: tuple[str, ...] = ()  # those words, for the explanation
    own: int = 0  # how many of them the highlight says itself, not only its job's title
    said: dict[str, str] = field(default_factory=dict)  # each covered term, as the highlight writes it


def posting_duties(posting: Posting) -> list[PostingLine]:
    """The posting's duty lines: its "other" lines (duties, about-us, benefits) that start with an action verb.

    "Review charts for completeness" is a duty; "Riverside Health keeps the records of ..." and
    "Medical, dental and vision coverage" are not. "You will review ..." counts as "review ...".
    """
    duties, duty_verbs = [], english_verbs()["duty"]
    for line in posting.lines:
        if line.importance != "other":
            continue
        words = re.sub(r"^(you will|you'll|you)\s+", "", line.text.strip(), flags=re.IGNORECASE).split()
        first = words[0].lower().strip(",.:;") if words else ""
        if first in duty_verbs or (first.endswith("s") and first[:-1] in duty_verbs):
            duties.append(line)
    return duties


def choose_evidence(
    profile: Profile,
    terms: list[tuple[Keyword, str]],
    index: TermIndex[Keyword],
    duties: list[PostingLine],
    *,
    posting: Posting | None = None,
    quoted: bool = False,
) -> list[Evidence]:
    """Up to three highlights, each chosen for the posting duties and requirements it adds.

    A highlight that shows one of the posting's duties wins first: the duties say what the
    job is, the terms only how it is named. Then the weight of the terms it adds; then how
    close its words and its job's title are to the posting's (``relevance``); then the more recent job.
    """
    duty_index = DutyIndex([duty.text for duty in duties])
    words = posting_words(posting)  # once: a long posting against every highlight stays linear
    candidates = []
    for job_index, job in enumerate(profile.work):
        for highlight_index, text in enumerate(job.highlights):
            said = {index.terms[found].term: surface for found, surface in index.found(text).items()}
            shared = _shared_words(text, job.position or "", words)
            candidate = Evidence(job_index, highlight_index, job, text, set(said), duty_index.shown_by(text))
            candidate.said = said
            candidate.relevance, candidate.shared = len(shared), tuple(shared)
            candidate.own = len(_shared_words(text, "", words))
            candidates.append(candidate)
    weights = {keyword.term: importance_weight(keyword.weight, importance) for keyword, importance in terms}
    chosen: list[Evidence] = []
    covered: set[str] = set()
    duties_shown: set[int] = set()
    while len(chosen) < MAX_HIGHLIGHTS:
        best = max(
            (item for item in candidates if item not in chosen),
            key=lambda item: (
                len(item.duties - duties_shown),
                sum(weights[term] for term in item.covers - covered),
                item.relevance,
                -item.job_index,
                -item.highlight_index,
            ),
            default=None,
        )
        if best is None or not (best.covers - covered or best.duties - duties_shown):
            break
        chosen.append(best)
        covered |= best.covers
        duties_shown |= best.duties
    # Room left: the highlights closest to the posting's words, then the most recent, as real evidence of the work;
    # in English only those that read as a sentence of the letter ("I trained ..."): a filler quoted as "From my
    # work at X: 97% accuracy ..." adds nothing the posting asked for and reads pasted in. A letter that quotes
    # every highlight (``quoted``, the other languages) takes any. For a posting, a filler must itself say
    # something the posting says: its job's title alone would bring in "I coordinate the office's holiday food
    # drive" for an accountant's posting, and one word in common is chance ("school" brought a teacher's chess club
    # into every letter of theirs): it must say two. A letter with nothing the posting asked for still cites the
    # person's work.
    ranked = sorted(candidates, key=lambda item: (-item.own, -item.relevance, item.job_index, item.highlight_index))
    strict = posting is not None and bool(chosen)
    for item in ranked:
        if len(chosen) >= MAX_HIGHLIGHTS:
            break
        if item in chosen or (strict and item.own < 2):
            continue
        if quoted or as_first_person_clause(item.text, past=bool(item.job.endDate)) is not None:
            chosen.append(item)
    # Tell the story in the profile's order: most recent job first, highlights as listed.
    return sorted(chosen, key=lambda item: (item.job_index, item.highlight_index))


def posting_words(posting: Posting | None) -> frozenset[str]:
    """The roots of the words the posting says in its title, duties and requirements."""
    if posting is None:
        return frozenset()
    lines = [line.text for line in posting.lines if line.section in _JOB_SECTIONS or line.importance != "other"]
    return content_stems(" ".join([posting.title, *lines]))


def _shared_words(highlight: str, position: str, posting_words: frozenset[str]) -> list[str]:
    """The words of the highlight and its job's title that the posting says too (``posting_words``, any form of
    the word): "Surgical ICU Registered Nurse" shares four with a surgical-ICU posting, "Medical-Surgical Nurse"
    two."""
    shared: dict[str, str] = {}
    for word in re.findall(r"[^\W_]+", f"{position} {highlight}"):
        stems = content_stems(word)
        if stems and stems <= posting_words:
            shared.setdefault(next(iter(stems)), word.casefold())
    return sorted(shared.values())
