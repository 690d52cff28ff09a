"""Practice questions about a posting's own hard skills, tools, methods and credentials.

The posting reader gives the terms a posting asks for (``Posting.requirements``); each is asked
about with a question of its kind, worded in ``templates/interview/posting_questions.yaml``. The
kind comes from the skills lexicon's list the term is under ("Tableau" is software: a tool), or
from the requirement itself (a credential). When one of the posting's duty lines names the term,
the question quotes that duty. Terms go required first, then heaviest, then in posting order;
wordings go in turn within a kind, so the same posting always gets the same sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..models.posting import Posting, PostingRequirement
from ..postings.lexicon import lexicon_entry
from ..resources import shipped_yaml
from ..term_index import TermIndex
from .wording import in_running_text, reads_plural

# A duty longer than this makes a question no one could keep in mind: the kind's wording is used instead.
MAX_DUTY_CHARS = 140


@dataclass(frozen=True)
class PostingQuestion:
    term: str  # as the posting writes it ("A/B testing", "RHIT or CCA")
    spellings: tuple[str, ...]  # every way the posting's term is written, for finding it in highlights
    kind: str  # "tool", "equipment", "method", "skill" or "credential"
    question: str
    points: tuple[str, ...]
    follow_ups: tuple[str, ...]


@cache
def question_bank() -> dict[str, Any]:
    """The shipped wordings (``templates/interview/posting_questions.yaml``), read once."""
    bank: dict[str, Any] = shipped_yaml("interview", "posting_questions.yaml")
    return bank


def section_title() -> str:
    return str(question_bank()["title"])


def question_limit(sheet_size: int) -> int:
    """How many of a sheet's ``sheet_size`` questions come from the posting: the bank's cap, at most half."""
    return min(int(question_bank()["max_questions"]), sheet_size // 2)


def term_kind(requirement: PostingRequirement, credentials: frozenset[str] = frozenset()) -> str:
    """The kind of question a requirement gets, by what it is: a credential (as the posting reader or the role
    pack's certifications, spelled folded in ``credentials``, say), else the lexicon list of its term."""
    bank = question_bank()
    spelled = {spelling.casefold() for spelling in requirement.spellings()}
    if requirement.kind == "credential" or spelled & credentials:
        return "credential"
    for alternative in requirement.alternatives:
        entry = lexicon_entry(alternative.term)
        if entry is not None and entry.category in bank["kinds"]:
            return str(bank["kinds"][entry.category])
    return str(bank["default_kind"])


def asked_terms(posting: Posting) -> list[PostingRequirement]:
    """The posting's requirements with a term worth a question, required first, heaviest first, each term once."""
    order = sorted(
        enumerate(posting.requirements),
        key=lambda pair: (pair[1].importance != "required", -pair[1].weight, pair[0]),
    )
    seen: set[str] = set()
    terms = []
    for _, requirement in order:
        key = requirement.term.casefold()
        if requirement.kind not in ("keyword", "credential") or key in seen:
            continue
        seen.add(key)
        terms.append(requirement)
    return terms


def posting_questions(posting: Posting, limit: int, credentials: frozenset[str] = frozenset()) -> list[PostingQuestion]:
    """Up to ``limit`` questions about the posting's own terms, in the order ``asked_terms`` gives;
    ``credentials`` are the role pack's certifications' spellings, folded."""
    if limit < 1:
        return []
    bank = question_bank()
    terms = asked_terms(posting)[:limit]
    duties = _duties_naming(posting, terms)
    turns: dict[str, int] = {}  # wording list -> how many of its wordings were used
    questions = []
    for position, requirement in enumerate(terms):
        kind = term_kind(requirement, credentials)
        duty = duties.get(position)
        own_duty_wordings = bank.get("duty_questions_for", {}).get(kind)
        if duty and own_duty_wordings:
            wordings, fill = own_duty_wordings, f"duty {kind}"
        elif duty:
            wordings, fill = bank["duty_questions"], "duty"
        else:
            wordings, fill = bank["questions"][kind], kind
        turn = turns.get(fill, 0)
        turns[fill] = turn + 1
        adjunct = kind in bank.get("noun_adjunct_kinds", [])
        term = _as_listed(requirement.term, adjunct=adjunct)
        values = {"term": term, "duty": duty or "", "it": bank["pronouns"]["many" if reads_plural(term) else "one"]}
        questions.append(
            PostingQuestion(
                term=requirement.term,
                spellings=tuple(requirement.spellings()),
                kind=kind,
                question=str(wordings[turn % len(wordings)]).format(**values),
                points=tuple(str(point).format(**values) for point in bank["points"][kind]),
                follow_ups=tuple(str(item).format(**values) for item in bank["follow_ups"][kind]),
            )
        )
    return questions


def _as_listed(term: str, *, adjunct: bool = False) -> str:
    """The lexicon's own writing of a term the posting capitalised only to start its line ("Medical
    terminology" -> "medical terminology"); the posting's writing otherwise. With ``adjunct`` (the term stands
    before a noun, "pallet jack work") the lexicon's own writing always, which names one ("pallet jacks" -> "pallet
    jack")."""
    entry = lexicon_entry(term)
    if entry is not None and adjunct:
        return entry.term
    return in_running_text(term)


def _duties_naming(posting: Posting, terms: list[PostingRequirement]) -> dict[int, str]:
    """Term position -> the first duty line that names it (short enough to quote), each line quoted once."""
    index = TermIndex(terms)
    found: dict[int, str] = {}
    used: set[str] = set()
    for line in posting.lines:
        text = line.text.strip().rstrip(".;:").strip()
        if line.section != "duties" or not text or len(text) > MAX_DUTY_CHARS:
            continue
        for position in sorted(index.found(text)):
            if position not in found and text not in used:
                found[position] = text
                used.add(text)
    return found
