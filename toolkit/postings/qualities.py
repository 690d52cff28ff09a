"""Terms that name no skill a resume can show: the job's conditions and the candidate's soft qualities.

"Weekends", "reliable transportation" and "12-hour shifts" are conditions of the job; "communication and
teamwork skills", "time-management and multitasking abilities" and "clean and organized work habits" are
qualities every posting wishes for (R8): neither is a requirement a resume is checked for. The words are
data (``templates/language/posting_words.yaml``: ``condition_words``, ``soft_qualities``, ``soft_heads``).
Nor is the employer itself ("Click our Acme Consulting logo") or the board the posting sits on ("follow our
LinkedIn page").
"""

from __future__ import annotations

import re

from .agencies import is_staffing_agency
from .lexicon import lexicon_terms
from .words import (
    CONDITION_WORDS,
    DETERMINERS,
    EXAM_WORDS,
    LOWERCASE_VAGUE,
    PAGE_CHROME_LINES,
    PAGE_WORDS,
    SOFT_HEADS,
    SOFT_QUALITIES,
)

_PARTS = re.compile(r"\s{0,3}(?:,|/|\band/or\b|\band\b|\bor\b|&)\s{0,3}")

# "Strong attention to cleanliness and sanitation standards": a quality, whatever it is attention to.
QUALITY_LEAD = re.compile(r"^\W{0,3}(?:(?:strong|excellent|good|keen|close|great|careful)\s)?attention to\b", re.I)


def is_condition_of_work(term: str) -> bool:
    """True for a term that names the job's hours or conditions, not a skill: "nights", "Open availability",
    "12-hour shifts", "transportation and good attendance"; never "shift scheduling" or "driver's license"."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", term.casefold().replace("-hour", " hour"))
    return bool(words) and all(word in CONDITION_WORDS for word in words)


def is_soft_quality(term: str) -> bool:
    """True for a term made only of soft qualities: "communication and teamwork", "hand eye coordination",
    "Clean and organized work habits"; never "customer service" or "project management"."""
    text = " ".join(re.findall(r"[a-z]+", term.casefold().replace("’", "'")))
    words = [word for word in text.split() if word not in DETERMINERS or word in {"and", "or"}]
    while words and words[-1] in LOWERCASE_VAGUE:
        words.pop()  # "communication skills", "multitasking abilities"
    if " ".join(words) in SOFT_QUALITIES:
        return True
    parts = [part for part in _PARTS.split(" ".join(words)) if part]
    if not parts:
        return False
    head = parts[-1].split()[-1]  # "written and verbal communication": "written" shares "communication"
    return all(
        part in SOFT_QUALITIES
        or part.split()[-1] in SOFT_HEADS
        or (" " not in part and (head in SOFT_HEADS or f"{part} {head}" in SOFT_QUALITIES))
        for part in parts
    )


def names_the_employer_or_board(term: str, company: str) -> bool:
    """True for a term that is the employer ("Acme Consulting", "Acme Consulting logo") or a job board
    ("LinkedIn", "LinkedIn page"): the posting pointing at itself, never a skill."""
    words = re.findall(r"[\w&'’.-]+", term.casefold())
    while len(words) > 1 and words[-1] in PAGE_WORDS:
        words.pop()
    if not words:
        return False
    named = " ".join(words)
    if named in PAGE_CHROME_LINES and not lexicon_terms(term):
        return True  # "LinkedIn", "Indeed"; but Workday, a board's name, is also software people use
    if is_staffing_agency(named):
        return True  # "Jobot Consulting": the agency a post hides its client behind
    folded = " ".join(re.findall(r"[\w&'’.-]+", company.casefold()))
    return bool(folded) and (named == folded or (len(folded.split()) >= 2 and folded in named))


def is_the_jobs_own_exam(term: str, title: str) -> bool:
    """True for the test of the job's own title ("Louisiana Police Records Clerk Exam" for a Police Records Clerk):
    a civil-service step of the hiring, taken after applying, never a credential to show (R9)."""
    folded_title = " ".join(re.findall(r"[\w&'’.-]+", title.casefold()))
    words = re.findall(r"[\w&'’.-]+", term.casefold())
    if not folded_title or not words or words[-1] not in EXAM_WORDS or folded_title not in " ".join(words):
        return False
    return not lexicon_terms(term)  # "Paraprofessional Assessment" for a Paraprofessional: a credential
