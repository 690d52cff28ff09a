"""Whether a word names something by its shape, and whether a read term can name a skill.

A name is an acronym, a product's name (mixed case, digits, a word no dictionary holds) or a run of
capitalised words ending in a word like "Act", "Standards" or "certification" (``named_things`` reads such
runs). Ordinary words are never names, however a sentence capitalises them.

``is_plausible_term`` is the last check on a term read from a requirement line: a sentence ("Every
requirement must be met"), a heading in capitals ("TO PERFORM JOB FUNCTIONS"), an ordinary word
("Completion") or a fragment ("Earn a") is no skill.
"""

from __future__ import annotations

import re
from functools import cache

from ..resources import language_data
from .lexicon import is_english_word, is_person_or_place, lexicon_terms

_MODAL = re.compile(
    r"\b(?:may|must|will|shall|should|can|could|would|is|are|was|were|be|being|been|does|do|did|has|have|had|"
    r"not|every|each|what|which|who|whom|whether|if|when|where|while|please|our|your|their|we|you|they)\b",
    re.IGNORECASE,
)
_DANGLING = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by", "as", "at", "from", "but", "w", "below",
    "above",
}  # fmt: skip
# Years and schooling have their own fields: "2.7 GPA", "undergraduate coursework", "48 credit hours".
_SCHOOLING = re.compile(
    r"\b(?:years?|months?|age|diploma|degree|GED|bachelor'?s?|master'?s?|undergraduate|post-?graduate|coursework|"
    r"GPA|(?:credit|semester) hours?|college|(?:trade|high|vocational|technical|junior) school|"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)|eighth|ninth|tenth|eleventh|twelfth) grade)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b[a-z][\w-]*['’]s\b\s?([a-z]*)")
_FILE_NAME = re.compile(r"\.(?i:pdf|docx?|xlsx?|txt|rtf)(?![a-z])")
_ROMAN = re.compile(r"[IVX]{1,4}(?:[-/][IVX]{1,4})?")
_LONGEST_ACRONYM = 9  # letters from which a word in capitals is shouted, not initials
_SHOUTED_WORD = 5  # letters from which a word in capitals that a dictionary holds is no acronym ("SEER" may be one)
_FUNCTION_WORDS = {
    "a", "an", "the", "in", "on", "at", "of", "for", "with", "by", "from", "as", "into", "this", "that", "these",
    "those", "any", "all", "some", "no", "non", "such", "other", "also", "there", "here", "it", "its", "if",
}  # fmt: skip


@cache
def posting_words() -> dict:
    return language_data("posting_words")


@cache
def _not_acronyms() -> frozenset[str]:
    return frozenset(str(word).upper() for word in posting_words()["not_skill_acronyms"])


@cache
def named_thing_heads() -> frozenset[str]:
    return frozenset(posting_words()["named_thing_heads"])


@cache
def credential_words() -> frozenset[str]:
    return frozenset(posting_words()["credential_words"])


def is_acronym(word: str) -> bool:
    """ "HVAC", "CPhT", "RNs": capitals, at most one small letter ("We" is no acronym)."""
    letters = [character for character in word if character.isalpha()]
    capitals = sum(character.isupper() for character in letters)
    return len(letters) >= 2 and capitals >= 2 and capitals >= len(letters) - 1


def is_name_word(word: str, *, first: bool = False) -> bool:
    """A word that names something by its shape: an acronym not on the stop list ("HVAC", "OSHA"), mixed case
    ("athenaOne", "PostgreSQL"), letters with digits ("ICD-10", "HL7"), or a capitalised word no dictionary
    holds ("Kubernetes"); never an ordinary word however it is capitalised."""
    bare = re.sub(r"['’]s$", "", word.strip(".,;:()'’"))
    if not bare or not bare[0].isalnum():
        return False
    if is_acronym(bare):
        upper = bare.upper()
        if len(bare) >= _SHOUTED_WORD and bare.isalpha() and is_english_word(bare) and not lexicon_terms(bare.title()):
            return False  # "QUALIFICATIONS", "GENERAL": an ordinary word in capitals, not an acronym
        if len(bare) >= _LONGEST_ACRONYM and bare.isalpha() and not lexicon_terms(bare.title()):
            return False  # "RESPONSIBLITIES": a shouted word, misspelt; initials are seldom this long
        return not ({upper, upper.removesuffix("S")} & (_not_acronyms() | generic_acronyms()))
    if any(character.isdigit() for character in bare) and any(character.isalpha() for character in bare):
        return not re.fullmatch(r"[0-9]+(?:st|nd|rd|th|s|am|pm|k)?", bare, re.IGNORECASE) and not _glued(bare)
    if any(character.isupper() for character in bare[1:]) and any(character.islower() for character in bare):
        return not _glued(bare)
    return bare[:1].isupper() and not is_english_word(bare) and not is_person_or_place(bare)


def _glued(word: str) -> bool:
    """ "universityFormer", "coursework2.7": two words a scraped page ran together, not a product's name (those
    the lexicon lists: "JavaScript", "QuickBooks")."""
    parts = [part for part in re.split(r"(?<=[a-z])(?=[A-Z])|(?<=[a-z])(?=[0-9])", word) if part]
    return len(parts) >= 2 and all(len(part) >= 3 and (is_english_word(part) or part[0].isdigit()) for part in parts)


@cache
def organisation_heads() -> frozenset[str]:
    """Last words of an organisation's name ("Association", "Department"): a name ending in one names who."""
    return frozenset(posting_words()["organisation_heads"])


@cache
def _word_list(name: str) -> frozenset[str]:
    return frozenset(str(word).casefold() for word in posting_words()[name])


@cache
def _not_term_heads() -> frozenset[str]:
    return frozenset(posting_words()["not_term_heads"])


def _plural_of_generic_acronym(word: str) -> bool:
    return word.endswith("s") and word[:-1].isupper() and word[:-1] in generic_acronyms()


@cache
def generic_acronyms() -> frozenset[str]:
    return frozenset(str(word).upper() for word in posting_words()["generic_acronyms"])


def _names_something(words: list[str]) -> bool:
    """Whether capitalised words name a thing: a name word in them, a lexicon term, a credential's or a named
    thing's last word, or "Certified/Registered/Licensed ..." at their head."""
    if any(is_name_word(word) for word in words) or lexicon_terms(" ".join(words)):
        return True
    last = words[-1].casefold().strip(".,()")
    heads = named_thing_heads() | credential_words()
    return last in heads or words[0] in {"Certified", "Registered", "Licensed"}


def is_plausible_term(term: str) -> bool:
    """Whether a term read from a requirement line can name a skill, tool or credential."""
    text = " ".join(term.split())
    words = text.split()
    if not words or len(words) > 8:
        return False
    if _MODAL.search(text) or words[-1].casefold() in _DANGLING or words[0].casefold() in {"to", "and", "or"}:
        return False
    if words[-1].casefold().strip(".,;:*") in _not_term_heads():
        return False  # "SELECTIVE QUALIFICATIONS", "2-page Resume requirement": about the posting, not a skill
    if words[-1].casefold().strip(".,;:") in organisation_heads() and len(words) >= 2:
        return False  # "National Healthcareer Association": who, not what
    if any(_ROMAN.fullmatch(word) for word in words) and not any(
        is_name_word(word) for word in words if not _ROMAN.fullmatch(word)
    ):
        if not lexicon_terms(text):
            return False  # "Levels I-VI differ": a numbered level is no name of its own ("HCPCS Level II" is)
    if len(words) == 1 and _plural_of_generic_acronym(words[0]):
        return False  # "RNs who work in the ICU ...": the people a sentence is about
    letters = [character for character in text if character.isalpha()]
    if len(words) >= 2 and letters and all(character.isupper() for character in letters):
        # "TO PERFORM JOB FUNCTIONS", "SELECTIVE QUALIFICATIONS": a heading in capitals, unless a name is in it
        if all(is_english_word(word.strip(".,()")) for word in words):
            return False
    if _SCHOOLING.search(text):
        return False  # years and education have their own fields
    if _FILE_NAME.search(text):
        return False  # "Preschool Teacher.pdf": a page's attachment
    possessive = _POSSESSIVE.search(text)
    if possessive and possessive.group(1).casefold() in credential_words():
        possessive = None  # "motor vehicle operator's license": whose licence it is, not the employer's thing
    if possessive or re.search(r"\b(?:County|City|Department|State)['’]s\b", text):
        return False  # "department's policies", "County's travel advance": a thing of the employer's
    if len(words) >= 2 and all(word[:1].isupper() for word in words if len(word) > 3) and not _names_something(words):
        return False  # "Military Credit", "Senior Master Status": capitalised ordinary words name nothing
    if words[0].casefold() in _FUNCTION_WORDS or words[0].casefold() in _word_list("prepositions"):
        return False  # "In positions", "An equivalent combination", "Under variable": a sentence's start, not a name
    if (
        len(words) >= 2
        and text.islower()
        and words[0] in _word_list("vague_qualifiers")
        and words[-1].strip(".,;:") in _word_list("vague_tail")
    ):
        return False  # "pertinent regulatory guidelines", "applicable policies": the kind left unnamed
    if len(words) >= 2 and words[0].casefold() in _word_list("task_verbs"):
        return False  # "make decisions", "Carry objects up": a task or a demand of the job
    if len(words) == 1:
        word = words[0].strip(".,;:()")
        if word.casefold() in _word_list("not_term_initials"):
            return False  # "DUI", "EOE": initials that alone name no skill
        if word.islower() and is_english_word(word) and not lexicon_terms(word):
            return False  # "methods", "payment", "records": an ordinary word alone is no skill
        if word.isupper() and len(word) >= 4 and is_english_word(word):
            return bool(lexicon_terms(word.title()))  # "LICENSES", "COMPLETION"
        if word[:1].isupper() and word[1:].islower() and is_english_word(word):
            return bool(lexicon_terms(word))  # "Completion", "Investigation"; but "Excel", "Epic"
    return True
