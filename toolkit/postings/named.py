"""Hard skills a posting names anywhere, found by what they are, and a check that a read term names one.

An applicant tracking system matches hard skills wherever a posting names them, duties included. A duty
line ("Write SQL to extract data from the Epic Clarity database") is no request of the candidate, so only
what names a thing is taken from it: a term of the skills lexicon, an acronym or a product's name (mixed
case, digits, a word no dictionary holds), a run of capitalised words ending in a word like "Act",
"Standards" or "certification" ("MS Nurse Practice Act"). Ordinary words are never names, however a
sentence capitalises them.

``is_plausible_term`` is the last check on a term read from a requirement line: a sentence ("Every
requirement must be met"), a heading in capitals ("TO PERFORM JOB FUNCTIONS"), an ordinary word
("Completion") or a fragment ("Earn a") is no skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import language_data
from .lexicon import is_english_word, is_person_or_place, lexicon_terms

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#'’./&-]*[A-Za-z0-9+#]|[A-Za-z0-9]")
_CONNECTING = {"of", "for", "and", "&", "on", "in", "the"}
_MODAL = re.compile(
    r"\b(?:may|must|will|shall|should|can|could|would|is|are|was|were|be|being|been|does|do|did|has|have|had|"
    r"not|every|each|what|which|who|whom|whether|if|when|where|while|please|our|your|their|we|you|they)\b",
    re.IGNORECASE,
)
_DANGLING = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "by", "as", "at", "from", "but", "w", "below",
    "above",
}  # fmt: skip
MAX_NAME_WORDS = 8
_SHOUTED_WORD = 5  # letters from which a word in capitals that a dictionary holds is no acronym ("SEER" may be one)
_FUNCTION_WORDS = {
    "a", "an", "the", "in", "on", "at", "of", "for", "with", "by", "from", "as", "into", "this", "that", "these",
    "those", "any", "all", "some", "no", "non", "such", "other", "also", "there", "here", "it", "its", "if",
}  # fmt: skip


@dataclass(frozen=True)
class Named:
    term: str
    spellings: tuple[str, ...]
    start: int
    credential: bool = False


@cache
def _words() -> dict:
    return language_data("posting_words")


@cache
def _not_acronyms() -> frozenset[str]:
    return frozenset(str(word).upper() for word in _words()["not_skill_acronyms"])


@cache
def _heads() -> frozenset[str]:
    return frozenset(_words()["named_thing_heads"])


@cache
def _credential_words() -> frozenset[str]:
    return frozenset(_words()["credential_words"])


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
        return not ({upper, upper.removesuffix("S")} & (_not_acronyms() | _generic_acronyms()))
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
def _not_term_heads() -> frozenset[str]:
    return frozenset(_words()["not_term_heads"])


def _plural_of_generic_acronym(word: str) -> bool:
    return word.endswith("s") and word[:-1].isupper() and word[:-1] in _generic_acronyms()


@cache
def _generic_acronyms() -> frozenset[str]:
    return frozenset(str(word).upper() for word in _words()["generic_acronyms"])


def named_terms(text: str, *, excluded: set[str] | None = None, lexicon_words: bool = True) -> list[Named]:
    """The things ``text`` names (lexicon terms first, then names by shape), left to right, none twice.

    Without ``lexicon_words`` a lexicon term of one lower-case word ("plumbing", "scheduling") is left out: in
    a duty it names the work, not a thing the candidate must show."""
    excluded = {word.casefold() for word in excluded or set()}
    found: list[Named] = []
    taken: list[tuple[int, int]] = []
    for hit in lexicon_terms(text):
        if not lexicon_words and not hit.term.named:
            continue  # a skill area in a duty ("food preparation") names the work, not a thing to show
        spellings = tuple(spelling for spelling in hit.spellings() if spelling != hit.term.term)
        credential = hit.term.term.split()[-1].casefold() in _credential_words()
        found.append(Named(hit.term.term, spellings, hit.start, credential))
        taken.append((hit.start, hit.end))
    tokens = list(_TOKEN.finditer(text[:20_000]))
    index = 0
    while index < len(tokens):
        run = _capitalised_run(tokens, index)
        if not run:
            index += 1
            continue
        start, end = tokens[run[0]].start(), tokens[run[-1]].end()
        index = run[-1] + 1
        if any(begin < end and start < finish for begin, finish in taken):
            continue
        before = text[: tokens[run[0]].start()].rstrip()
        sentence_start = not before or before.endswith((".", "!", "?", ":", ";", "•", "-", "*", "(", "–", "—"))
        for term in _names_in_run([tokens[position].group() for position in run], sentence_start):
            if term.casefold() in excluded or any(word in excluded for word in term.casefold().split()):
                continue
            last = term.split()[-1].casefold()
            found.append(Named(term, (), start, last in _credential_words()))
            taken.append((start, end))
    found.sort(key=lambda named: named.start)
    unique: dict[str, Named] = {}
    for named in found:
        unique.setdefault(named.term.casefold(), named)
    return list(unique.values())


def _capitalised_run(tokens: list, index: int) -> list[int]:
    """Positions of a run of capitalised words (small joining words inside), starting at ``index``."""
    if not tokens[index].group()[:1].isupper() and not is_name_word(tokens[index].group()):
        return []
    run = [index]
    position = index + 1
    while position < len(tokens) and len(run) < MAX_NAME_WORDS:
        word = tokens[position].group()
        gap = tokens[position].start() - tokens[position - 1].end()
        between = tokens[position - 1].string[tokens[position - 1].end() : tokens[position].start()]
        if gap > 2 or any(mark in between for mark in ",;:()") or "." in between.strip():
            break
        if word[:1].isupper() or is_name_word(word):
            run.append(position)
        elif (
            word.casefold() in _CONNECTING and position + 1 < len(tokens) and tokens[position + 1].group()[:1].isupper()
        ):
            run.append(position)
        else:
            break
        position += 1
    while run and tokens[run[-1]].group().casefold() in _CONNECTING:
        run.pop()
    return run


def _names_in_run(words: list[str], sentence_start: bool) -> list[str]:
    """What a run of capitalised words names: the whole run when it ends in a word like "Act" or
    "certification" and holds two or more words; else each stretch of name words in it."""
    if len(words) >= 2 and words[-1].casefold().strip(".,") in _heads():
        body = words[1:] if sentence_start and is_english_word(words[0]) and not is_name_word(words[0]) else words
        if len(body) >= 2 or (body and is_name_word(body[0])):
            return [" ".join(body)]
    names, current = [], []
    for position, word in enumerate(words):
        if position == 0 and sentence_start and not is_acronym(word) and word[1:].islower():
            continue  # "Troubleshoot ...", "Competency is ...": a sentence's first word, capitalised as such
        if is_name_word(word, first=position == 0 and sentence_start):
            current.append(word)
        else:
            if current:
                names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return [name.strip(".,;:") for name in names if len(name.strip(".,;:")) >= 2]


def _names_something(words: list[str]) -> bool:
    """Whether capitalised words name a thing: a name word in them, a lexicon term, a credential's or a named
    thing's last word, or "Certified/Registered/Licensed ..." at their head."""
    if any(is_name_word(word) for word in words) or lexicon_terms(" ".join(words)):
        return True
    last = words[-1].casefold().strip(".,()")
    return last in _heads() or last in _credential_words() or words[0] in {"Certified", "Registered", "Licensed"}


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
    if len(words) == 1 and _plural_of_generic_acronym(words[0]):
        return False  # "RNs who work in the ICU ...": the people a sentence is about
    letters = [character for character in text if character.isalpha()]
    if len(words) >= 2 and letters and all(character.isupper() for character in letters):
        # "TO PERFORM JOB FUNCTIONS", "SELECTIVE QUALIFICATIONS": a heading in capitals, unless a name is in it
        if all(is_english_word(word.strip(".,()")) for word in words):
            return False
    if re.search(r"\b(?:years?|months?|age|diploma|degree|GED|bachelor'?s?|master'?s?)\b", text, re.IGNORECASE):
        return False  # years and education have their own fields
    if re.search(r"\b[a-z][\w-]*['’]s\b", text) or re.search(r"\b(?:County|City|Department|State)['’]s\b", text):
        return False  # "department's policies", "County's travel advance": a thing of the employer's
    if len(words) >= 2 and all(word[:1].isupper() for word in words if len(word) > 3) and not _names_something(words):
        return False  # "Military Credit", "Senior Master Status": capitalised ordinary words name nothing
    if words[0].casefold() in _FUNCTION_WORDS:
        return False  # "In positions", "An equivalent combination": a sentence's start, not a name
    if len(words) == 1:
        word = words[0].strip(".,;:()")
        if word.islower() and is_english_word(word) and not lexicon_terms(word):
            return False  # "methods", "payment", "records": an ordinary word alone is no skill
        if word.isupper() and len(word) >= 4 and is_english_word(word):
            return bool(lexicon_terms(word.title()))  # "LICENSES", "COMPLETION"
        if word[:1].isupper() and word[1:].islower() and is_english_word(word):
            return bool(lexicon_terms(word))  # "Completion", "Investigation"; but "Excel", "Epic"
    return True
