"""Labels a requirement line or sentence opens with, and what they say about what follows.

- A kind of qualification ("Education:", "Knowledge, Skills & Abilities:", "Nice to have:") sets how what follows
  is read: as skills after a lead-in, or as preferred.
- A skill's own name ("GitHub APIs: You find your way around ...", "Algorithms and data structures: ...") is a
  term; the prose after it gives only names.
- A label of the job's physical demands or conditions ("4. Physical Activities: ...") leaves nothing to read (R8).
- A board's field ("Security clearance: Not Required") is none of these.
"""

from __future__ import annotations

import re

from ..models.posting import PostingRequirement
from .found_terms import requirements_in
from .importance import PREFERRED_LABEL
from .words import BOARD_LABELS, HEADING_WORDS, KNOWN_FIELDS, NO_SKILL_LABEL_WORDS, OTHER_LABELS, SKILL_LABEL_WORDS

LABEL_WORDS = 4  # words of a label that says what kind of thing follows

# "5.Knowledge, Skills, & Abilities: Written and oral communication; instructional strategies ...": a numbered
# label a scraped page ran into the line, opening a sentence of its own.
# "Orientation- A person hired ...": a word run into a dash is a label too.
_SENTENCE_LABEL = re.compile(r"^(?:[0-9]{1,2}\.\s?)?([A-Z][A-Za-z ,/&'-]{0,40}?)(?::\s+(?=\S)|(?<=[a-z])-\s+(?=[A-Z]))")


def _label_words(label: str) -> list[str]:
    return [word for word in re.split(r"[\s,/&]+", label.casefold()) if word]


def names_a_subject(label: str) -> bool:
    """A label that names a skill rather than a kind of qualification ("GitHub APIs:", "Algorithms and data
    structures:"; not "Education:", "Knowledge, Skills & Abilities:", "Nice to have:")."""
    words = _label_words(label)
    if not words or len(words) > LABEL_WORDS + 1 or PREFERRED_LABEL.fullmatch(label.strip()):
        return False
    if " ".join(label.casefold().split()) in BOARD_LABELS | KNOWN_FIELDS:
        return False  # "Security clearance: Not Required": a board's field
    return not all(word in HEADING_WORDS or word in OTHER_LABELS for word in words)


def subject_requirements(
    label: str, importance: str, line: int | None, names: set[str], source: str
) -> list[PostingRequirement]:
    """The terms a subject label names, read as a list after a lead-in."""
    return requirements_in(label, names, importance=importance, line=line, source=source, lead_in=True)


def without_sentence_label(sentence: str, lead_in: bool) -> tuple[str, bool]:
    """A sentence without a label of a few words at its start, and whether the label says a skill list follows;
    a label of the job's physical demands or conditions ("Physical Activities:") leaves nothing to read (R8)."""
    label = _SENTENCE_LABEL.match(sentence)
    if not label:
        return sentence, lead_in
    words = _label_words(label.group(1))
    if len(words) > LABEL_WORDS:
        return sentence, lead_in
    if set(words) & NO_SKILL_LABEL_WORDS:
        return "", lead_in
    return sentence[label.end() :], lead_in or bool(set(words) & SKILL_LABEL_WORDS)
