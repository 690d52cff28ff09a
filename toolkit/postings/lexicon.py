"""The skills lexicon and the English word list: what a posting names, and whether a word is an ordinary one.

``templates/language/skills.yaml`` lists hard skills, tools, equipment, methods and credentials across trades;
a posting's text is searched for them in one pass over its words (longest phrase first, simple plurals).
``templates/data/english_words.txt.gz`` (SCOWL's common words) tells an ordinary capitalised word
("Completion", "Supervisor") from a name ("Kubernetes", "Hyperswitch").
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import yaml

from ..resources import templates_dir

MAX_PHRASE_WORDS = 6
# Letters of any alphabet: "sauté" is one word, not "saut" and a stray letter.
_WORD = re.compile(r"[^\W_][\w+#'’./&-]*[^\W_+#]|[^\W_][+#]*")


@dataclass(frozen=True)
class LexiconTerm:
    term: str
    spellings: tuple[str, ...]
    named: bool = False  # a named thing (software, equipment, a credential), not a skill area
    category: str = ""  # the list it is under in skills.yaml: "credentials", "software", ...


@dataclass(frozen=True)
class Found:
    term: LexiconTerm
    start: int
    end: int
    written: str

    def spellings(self) -> list[str]:
        """The term, as written here, its other spellings, and the written form's singular or plural
        ("irrigation systems" is also "irrigation system")."""
        forms = [self.term.term, self.written, *self.term.spellings]
        forms += [other_number(form) for form in forms]
        return list(dict.fromkeys(form for form in forms if form))


def other_number(phrase: str) -> str:
    """The phrase with its last word in the other number: "systems" <-> "system" (simple English plurals)."""
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha() or last.isupper() or len(last) < 4:
        return ""
    if last.endswith("ies"):
        changed = last[:-3] + "y"
    elif last.endswith(("sses", "shes", "ches", "xes")):
        changed = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        changed = last[:-1]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        changed = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        changed = last + "es"
    else:
        changed = last + "s"
    return f"{head} {changed}".strip()


@cache
def english_words() -> frozenset[str]:
    """Common English words, lower-case (SCOWL levels 10-35; templates/data/english_words.LICENSE.txt)."""
    data = gzip.decompress((templates_dir() / "data" / "english_words.txt.gz").read_bytes())
    return frozenset(data.decode("ascii").split())


@cache
def english_names() -> frozenset[str]:
    """Capitalised English words and names of people and places, lower-case (SCOWL's upper and proper-name
    lists, levels 10-50): "Haley", "Atlanta", "Monday" name no skill."""
    data = gzip.decompress((templates_dir() / "data" / "english_names.txt.gz").read_bytes())
    return frozenset(data.decode("ascii").split())


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case, a simple plural, possessive or contraction too) is an ordinary English word."""
    folded = word.casefold().replace("’", "'").removesuffix("'s")
    folded = folded.split("'")[0] if "'" in folded else folded  # "you'll", "we've"
    # "café", "résumé": the word list spells English words without their accents.
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode() or folded
    words = english_words()
    return folded in words or (folded.endswith("s") and folded[:-1] in words)


def is_person_or_place(word: str) -> bool:
    """Whether ``word`` is a name of a person, a place, a day or a month ("Haley", "Atlanta", "Monday")."""
    folded = word.casefold().replace("’", "'").removesuffix("'s")
    names = english_names()
    return folded in names or (folded.endswith("s") and folded[:-1] in names)  # "Saturdays"


def _key(text: str) -> tuple[str, ...]:
    return tuple(word.casefold().replace("’", "'") for word in _WORD.findall(text))


@cache
def _lexicon() -> tuple[dict[tuple[str, ...], LexiconTerm], frozenset[str]]:
    """Every spelling (as folded words) -> its term; and the spellings that match only as written (an ordinary
    English word that is also a product's name: "Epic", "Canvas", "Spring")."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((templates_dir() / "language" / "skills.yaml").read_text(encoding="utf-8"), Loader=loader)
    index: dict[tuple[str, ...], LexiconTerm] = {}
    exact: set[str] = set()
    named = set(data.get("named_categories") or [])
    for category, entries in data.items():
        if category == "named_categories":
            continue
        for entry in entries:
            spellings = [spelling.strip() for spelling in str(entry).split("|") if spelling.strip()]
            term = LexiconTerm(spellings[0], tuple(spellings[1:]), category in named, category)
            for spelling in spellings:
                index.setdefault(_key(spelling), term)
                if " " not in spelling and spelling[:1].isupper() and is_english_word(spelling):
                    exact.add(spelling)
    return index, frozenset(exact)


def lexicon_entry(spelling: str) -> LexiconTerm | None:
    """The lexicon's term one of whose spellings is ``spelling`` (any case, either number), else None:
    "Basic Life Support" -> BLS, with every other spelling of it."""
    index, _ = _lexicon()
    key = _key(spelling)
    return index.get(key) or index.get(_key(other_number(spelling))) if key else None


def lexicon_terms(text: str) -> list[Found]:
    """The lexicon's terms ``text`` names, left to right, the longest phrase at each place."""
    index, exact = _lexicon()
    words = list(_WORD.finditer(text[:20_000]))
    folded = [match.group().casefold().replace("’", "'") for match in words]
    found: list[Found] = []
    position = 0
    while position < len(words):
        hit = None
        for size in range(min(MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            key = tuple(folded[position : position + size])
            term = index.get(key) or (index.get((*key[:-1], key[-1][:-1])) if key[-1].endswith("s") else None)
            if term is None:
                continue
            written = text[words[position].start() : words[position + size - 1].end()]
            if size == 1 and not _written_as_listed(written, term, exact):
                continue
            if not _marked_as_listed(text, words[position].start(), written, term):
                continue
            hit = Found(term, words[position].start(), words[position + size - 1].end(), written)
            break
        if hit is not None:
            found.append(hit)
            position += len(_key(hit.written)) or 1
        else:
            position += 1
    return found


def _written_as_listed(written: str, term: LexiconTerm, exact: frozenset[str]) -> bool:
    """A one-word spelling that is also an ordinary word counts only in the lexicon's own capitals ("Epic", not
    "epic"; "Spring", not "spring")."""
    for spelling in (term.term, *term.spellings):
        if spelling in exact and spelling.casefold() in {written.casefold(), written.casefold().rstrip("s")}:
            return written.startswith(spelling[:1]) and written[:1].isupper()
    return True


def _marked_as_listed(text: str, start: int, written: str, term: LexiconTerm) -> bool:
    """A spelling that opens with a mark (".NET") counts only with its mark: "net income" names no framework."""
    for spelling in (term.term, *term.spellings):
        mark = spelling[:1]
        if not mark.isalnum() and _key(spelling) == _key(written):
            return text[start - 1 : start] == mark
    return True
