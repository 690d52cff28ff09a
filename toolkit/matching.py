"""Find a role's keywords in free text, with synonyms, case and punctuation folded.

Terms match on whole words only ("C" never matches inside "CPC"), a trailing
plural "s" is allowed on the last word, and a match reports the text as written
where it was found, so documents quote the person's own spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .models.posting import Posting, PostingRequirement
from .models.role import CERTIFICATION_CATEGORY, Keyword

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# U+02BC (modifier letter apostrophe) is a letter to Unicode; folded as the apostrophes that are punctuation.
_LETTER_APOSTROPHE = str.maketrans({"\u02bc": "'"})


def fold(spelling: str) -> str:
    """Case and punctuation folded ("ICD-10-CM" and "icd 10 cm" fold alike): how two spellings are compared."""
    return " ".join(_WORD.findall(spelling.translate(_LETTER_APOSTROPHE).casefold()))


def distinct_spellings(spellings: list[str], term: str) -> list[str]:
    """``spellings`` without those that fold like ``term`` or like one kept before them, each stripped."""
    seen = {fold(term)}
    result = []
    for spelling in spellings:
        key = fold(spelling)
        if key and key not in seen:
            seen.add(key)
            result.append(spelling.strip())
    return result


@lru_cache(maxsize=4096)
def spelling_words(spelling: str) -> tuple[str, ...]:
    """The words of a spelling, case folded: what the words of a text are compared with."""
    return tuple(word.casefold() for word in _WORD.findall(spelling))


@dataclass(frozen=True)
class TextIndex:
    """Words of one text with their character spans, for repeated look-ups.

    ``starts`` maps each word to where it occurs, so a look-up costs the occurrences of one word, not a
    walk over the whole text (a posting or resume is matched against every term of a vocabulary).
    """

    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    starts: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    # Each word's stem and where each stem occurs, made on the first ``find_word_forms``: a check looks
    # every years line up in every resume line, and stemming a large resume again for each was quadratic.
    stems: list[str] = field(default_factory=list, compare=False, repr=False)
    stem_starts: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str) -> TextIndex:
        found = list(_WORD.finditer(text))
        words = tuple(m.group().casefold() for m in found)
        starts: dict[str, list[int]] = {}
        for position, word in enumerate(words):
            starts.setdefault(word, []).append(position)
        return cls(text, words, tuple(m.span() for m in found), starts)

    def find(self, spelling: str) -> str | None:
        """The text as written where ``spelling`` occurs as whole words, else None."""
        wanted = spelling_words(spelling)
        if not wanted:
            return None
        size = len(wanted)
        last = (wanted[-1], wanted[-1] + "s", wanted[-1] + "es")
        if size == 1:  # the first place any allowed form occurs
            candidates = sorted(self.starts[word][0] for word in last if word in self.starts)
        else:
            candidates = self.starts.get(wanted[0], [])
        for start in candidates:
            window = self.words[start : start + size]
            if len(window) == size and window[:-1] == wanted[:-1] and window[-1] in last:
                return self.text[self.spans[start][0] : self.spans[start + size - 1][1]]
        return None


# Endings that make a word's other forms, longest first: "accounting", "accountant" and "accounts" all come to
# "account"; "supervisory", "supervisor" and "supervising" to "supervis". Plain endings, no dictionary.
_WORD_ENDINGS = (
    "ations", "ation", "ments", "ment", "ants", "ings", "ents", "ions", "ory", "ant", "ent", "ing", "ion", "ers",
    "ors", "ies", "er", "or", "es", "s",
)  # fmt: skip
_SHORTEST_STEM = 3


@lru_cache(maxsize=8192)
def word_stem(word: str) -> str:
    """``word`` (folded) without the ending that makes it one form of several, and without a final "e"
    ("manager" and "manage" -> "manag"): how two forms of one word are compared. Short words stay whole."""
    word = word.casefold()
    for ending in _WORD_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > _SHORTEST_STEM else word


def find_word_forms(index: TextIndex, phrase: str) -> str | None:
    """The text as written where the words of ``phrase`` occur in a row, each in any of its forms ("line
    cook" in "Line Cooks", "accounting" in "Staff Accountant"), else None."""
    wanted = tuple(word_stem(word) for word in spelling_words(phrase))
    if not wanted:
        return None
    if index.words and not index.stems:
        index.stems.extend(word_stem(word) for word in index.words)
        for position, stem in enumerate(index.stems):
            index.stem_starts.setdefault(stem, []).append(position)
    size = len(wanted)
    for start in index.stem_starts.get(wanted[0], ()):
        if tuple(index.stems[start : start + size]) == wanted:
            return index.text[index.spans[start][0] : index.spans[start + size - 1][1]]
    return None


def leading_words(spelling: str) -> tuple[str, ...]:
    """The words (folded) one of which a text must hold for ``spelling`` to be found in it: the first word,
    or for a one-word spelling that word with the plural endings ``find`` allows."""
    wanted = spelling_words(spelling)
    if len(wanted) == 1:
        return (wanted[0], wanted[0] + "s", wanted[0] + "es")
    return wanted[:1]


def find_keyword(index: TextIndex, keyword: Keyword) -> str | None:
    """The first spelling of ``keyword`` found in the text (longest spellings tried first)."""
    for spelling in sorted(keyword.spellings(), key=len, reverse=True):
        if surface := index.find(spelling):
            return surface
    return None


# Generic last words of a credential as postings name it: "ServSafe certification" is held by whoever
# holds the "ServSafe Food Protection Manager" certificate, though that name never says "certification".
_CREDENTIAL_SUFFIXES = frozenset(
    "certification certifications certificate certificates certified credential credentials license licence "
    "licensure card".split()
)
# What is left of "valid certification" or "professional license" names no credential at all.
_VAGUE_CREDENTIAL_CORES = frozenset(
    "a an any active appropriate current industry professional related relevant required state valid".split()
)


def says_credential(text: str) -> bool:
    """Whether ``text`` calls itself a credential: "Certifications" (a skill group), "BLS certified", "CDL license"."""
    words = re.findall(r"[a-z]+", text.casefold())
    return any(word in _CREDENTIAL_SUFFIXES or word.removesuffix("s") in _CREDENTIAL_SUFFIXES for word in words)


def held_credential_spellings(keyword: Keyword) -> list[str]:
    """The keyword's spellings, then each without its generic last words ("ServSafe certification" ->
    "ServSafe", "RN license" -> "RN"): what to look for in the name of a certificate someone holds.

    Only in such a name: "Epic" in a work highlight shows Epic work, not an Epic certification.
    """
    spellings = keyword.spellings()
    cores = []
    for spelling in spellings:
        words = spelling.split()
        while len(words) > 1 and words[-1].casefold().strip(".,;:") in _CREDENTIAL_SUFFIXES:
            words = words[:-1]
        if len(words) < len(spelling.split()) and not all(word.casefold() in _VAGUE_CREDENTIAL_CORES for word in words):
            cores.append(" ".join(words))
    return [*spellings, *(core for core in dict.fromkeys(cores) if core not in spellings)]


def find_held_credential(index: TextIndex, keyword: Keyword) -> str | None:
    """Where a certificate's name (``index``) shows the credential ``keyword`` names, else None."""
    for spelling in sorted(held_credential_spellings(keyword), key=len, reverse=True):
        if surface := index.find(spelling):
            return surface
    return None


def text_around(text: str, surface: str, *, width: int) -> str:
    """The part of ``text`` around ``surface`` (what was found), about ``width`` characters, with ellipses
    where it was cut: how a report shows where it found something.

    Cut at a space, so a report never shows "…io Professional Teaching License, Integrated Sci…";
    a window with no space to cut at (one long word) is cut where it falls.
    """
    start = max(text.find(surface), 0)
    end = start + len(surface)
    left = max(0, start - (width - len(surface)) // 2)
    right = min(len(text), left + width)
    left = max(0, right - width)
    if left and not text[left - 1].isspace():
        space = text.find(" ", left, start)
        if space != -1:
            left = space + 1
    if right < len(text) and not text[right].isspace():
        space = text.rfind(" ", end, right)
        if space != -1:
            right = space
    shown = text[left:right].strip()
    return ("…" if left else "") + shown + ("…" if right < len(text) else "")


def keyword_score(text: str, keywords: list[Keyword]) -> int:
    """Sum of the weights of the keywords found in ``text``."""
    index = TextIndex.of(text)
    return sum(keyword.weight for keyword in keywords if find_keyword(index, keyword))


REQUIRED_FACTOR = 2


def importance_weight(weight: int, importance: str) -> int:
    """How much a term counts: its weight (1-3), doubled when it is required. The one place this is decided."""
    return weight * (REQUIRED_FACTOR if importance == "required" else 1)


@dataclass(frozen=True)
class AskedTerm:
    """One thing a posting asks for, as matching uses it: its alternatives (any one meets it) as keywords.

    Each alternative carries the posting's spellings and, when a role pack knows the term, the pack's
    synonyms, weight and category. ``line`` and ``source`` say where in the posting it was asked.
    """

    alternatives: tuple[Keyword, ...]
    importance: str
    kind: str  # "keyword" or "certification"
    weight: int
    line: int | None = None
    source: str = ""

    @property
    def term(self) -> str:
        terms = [keyword.term for keyword in self.alternatives]
        return terms[0] if len(terms) == 1 else ", ".join(terms[:-1]) + " or " + terms[-1]

    def spellings(self) -> list[str]:
        return [spelling for keyword in self.alternatives for spelling in keyword.spellings()]

    def as_keyword(self) -> Keyword:
        """One keyword that any alternative's spelling matches (for choosing evidence and ordering skills)."""
        if len(self.alternatives) == 1:
            return self.alternatives[0]
        first = self.alternatives[0]
        synonyms = [spelling for spelling in self.spellings() if spelling != self.term]
        return Keyword(term=self.term, synonyms=synonyms, weight=self.weight, category=first.category)


POSTING_CATEGORY = "posting"  # the category of a term only the posting names (no role pack knows it)


def posting_asks(posting: Posting, vocabulary: list[Keyword]) -> list[AskedTerm]:
    """What a posting asks for: its own terms (``Posting.requirements``), each joined with the role pack's
    keyword that spells it the same way (for the pack's synonyms, weight and category).

    The posting decides what is asked, the pack only how it may be spelt and how much it weighs: a
    pack's broad terms ("communication", "EHR") found in a soft-skill line, a list's category or a
    setting would turn what the posting's reading rightly left out back into requirements.
    """
    by_spelling: dict[str, Keyword] = {}
    for keyword in vocabulary:
        for spelling in keyword.spellings():
            by_spelling.setdefault(fold(spelling), keyword)
    asked: list[AskedTerm] = []
    for requirement in posting.requirements:
        alternatives = []
        for alternative in requirement.alternatives:
            known = next(
                (by_spelling[key] for key in map(fold, alternative.all_spellings()) if key in by_spelling), None
            )
            alternatives.append(_joined_keyword(alternative.term, alternative.spellings, requirement, known))
        certification = requirement.kind == "credential" or any(
            keyword.category == CERTIFICATION_CATEGORY for keyword in alternatives
        )
        asked.append(
            AskedTerm(
                alternatives=tuple(alternatives),
                importance=requirement.importance,
                kind="certification" if certification else "keyword",
                weight=max(keyword.weight for keyword in alternatives),
                line=requirement.line,
                source=requirement.source,
            )
        )
    return asked


def _joined_keyword(term: str, spellings: list[str], requirement: PostingRequirement, known: Keyword | None) -> Keyword:
    """The posting's term as a keyword, with the pack's synonyms, weight and category when the pack knows it."""
    spellings = [*spellings, *slash_alternatives(term)]
    if known is None:
        category = CERTIFICATION_CATEGORY if requirement.kind == "credential" else POSTING_CATEGORY
        synonyms = distinct_spellings(spellings, term)
        return Keyword(term=term, synonyms=synonyms, weight=requirement.weight, category=category)
    # The pack's spellings that are only a part of the posting's term name something more general: "SQL"
    # does not show "SQL Server", nor "communication" "written communication".
    asked = [fold(spelling) for spelling in [term, *spellings]]
    pack_spellings = [
        spelling for spelling in known.spellings() if not any(_part_of(fold(spelling), whole) for whole in asked)
    ]
    synonyms = distinct_spellings([*pack_spellings, *spellings], term)
    return Keyword(term=term, synonyms=synonyms, weight=known.weight, category=known.category, group=known.group)


# "JavaScript/TypeScript", "English/Spanish": two names, each of three letters or more and not all capitals.
# Acronym pairs ("CI/CD", "SOI/ROM") and code sets ("ICD-10-CM/PCS") name one thing together and stay whole.
_NAME_PAIR = re.compile(r"^([A-Za-z][a-z][A-Za-z+#.]+)/([A-Za-z][a-z][A-Za-z+#.]+)$")


def slash_alternatives(term: str) -> list[str]:
    """The two names of a term written "Name/Name" ("JavaScript/TypeScript"): either one meets it."""
    match = _NAME_PAIR.match(term.strip())
    return [match.group(1), match.group(2)] if match else []


def _part_of(part: str, whole: str) -> bool:
    """Whether the folded words ``part`` are a proper part of the folded words ``whole``."""
    return bool(part) and part != whole and f" {part} " in f" {whole} "


def posting_terms(posting: Posting, vocabulary: list[Keyword]) -> list[tuple[Keyword, str]]:
    """The terms a posting asks for, each "required" or "preferred", as keywords (alternatives as one).

    Read from the posting itself, with the vocabulary's synonyms and weights where it knows a term; a
    term named only in the duties, the about-us or the benefits is not asked for.
    """
    return [(item.as_keyword(), item.importance) for item in posting_asks(posting, vocabulary)]


def leads_people_title(title: str) -> bool:
    """Whether a job title says its holder led other people ("Shift Lead", "Store Manager", "Director of
    Nursing"); a "Case Manager" or "Lead Generation Specialist" does not. The titles are data
    (``leading_titles`` in templates/language/job_titles.yaml); this only reads them."""
    return leading_title_pattern().search(title[:_MAX_TITLE]) is not None


@cache
def leading_title_pattern() -> re.Pattern[str]:
    """The shipped leading titles as one pattern: each anywhere, each before lead/leader/manager, each alone;
    and "lead of", "manager," ("Manager, Health Information")."""
    from .resources import language_data

    titles = language_data("job_titles")["leading_titles"]

    def either(words: list[str]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    return re.compile(
        rf"\b(?:{either(titles['anywhere'])}|(?:{either(titles['before_lead_or_manager'])}) (?:lead|leader|manager)"
        rf"|(?:lead|leader|manager)(?: of\b|,))|^\s*(?:{either(titles['alone'])})\s*$",
        re.IGNORECASE,
    )


_MAX_TITLE = 300
