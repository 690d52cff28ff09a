"""Phrasing shared by every document kind: lists in prose, counts, dates, years, articles, possessives, repeats.

Small English rules written out here rather than taken from a library: each is a few
lines, covers only what jobkit's sentences need, and is tested with the hard cases
(``an HIM Director``, ``a Unit Clerk``, ``Northside Records Services'``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def join_words(items: list[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``: a list as a sentence names it."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def number_word(number: int) -> str:
    """``six``, ``ten``, ``12``: numbers in running text, spelt out up to ten."""
    return _NUMBER_WORDS[number] if 0 <= number < len(_NUMBER_WORDS) else str(number)


def long_date(day: date) -> str:
    """``November 23, 2026``: the date line of a letter or sheet."""
    return f"{day:%B} {day.day}, {day.year}"


def years_parts(years: float | None) -> tuple[str, int] | None:
    """How to say a number of years without overstating it: ``("exact", 6)``, ``("over", 6)``, ``("nearly", 7)``.

    None under one year. "Nearly" is only used for the last quarter of a year, so it is never
    far from the truth, and a rounded-up number never stands alone.
    """
    if years is None or years < 1:
        return None
    done = int(years)
    part = years - done
    if part >= 0.75:
        return "nearly", done + 1
    if part >= 0.25:
        return "over", done
    return "exact", done


def years_phrase(years: float | None) -> str:
    """Years of experience as a person would say them, never more than is true; "" under one year.

    ``6.0`` -> ``six years``, ``6.4`` -> ``over six years``, ``6.9`` -> ``nearly seven years``,
    ``1.5`` -> ``over a year`` (see ``years_parts``).
    """
    parts = years_parts(years)
    if parts is None:
        return ""
    how, count = parts
    if how == "nearly":
        return f"nearly {number_word(count)} years"
    if how == "over":
        return "over a year" if count == 1 else f"over {number_word(count)} years"
    return "one year" if count == 1 else f"{number_word(count)} years"


# Word starts read with a consonant sound though spelt with a vowel ("a unit", "a European",
# "a one-time"), and with a vowel sound though spelt with an h ("an hour").
_CONSONANT_SOUND = ("uni", "use", "usu", "uti", "ura", "ure", "uro", "eu", "ewe", "one", "once", "ubiq")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")  # letters whose names start with a vowel sound: "an R", "an M"


def indefinite_article(phrase: str) -> str:
    """``a`` or ``an`` for ``phrase``, by how its first word sounds: an HIM Director, a Unit Clerk, an RHIT."""
    match = re.search(r"[^\W_]+", phrase)
    if not match:
        return "a"
    word = match.group()
    if word[0].isdigit():
        digits = re.match(r"\d+", word).group()  # type: ignore[union-attr]
        return "an" if digits.startswith("8") or digits in {"11", "18"} else "a"
    if (len(word) > 1 and word.isupper() and not _pronounced_as_word(word)) or len(word) == 1:
        return "an" if word[0].upper() in _VOWEL_SOUND_LETTERS else "a"
    lowered = word.lower()
    if lowered.startswith(_SILENT_H):
        return "an"
    if lowered.startswith(_CONSONANT_SOUND):
        return "a"
    return "an" if lowered[0] in "aeiou" else "a"


def _pronounced_as_word(acronym: str) -> bool:
    """An upper-case word read as a word rather than letter by letter.

    Acronyms of five or more letters with a vowel after the first are taken as words
    (``HIPAA``, ``NAACCR``); shorter ones are read as letters (``HIM``, ``RHIT``, ``RHIA``).
    """
    return len(acronym) >= 5 and any(letter in "AEIOU" for letter in acronym[1:])


def with_article(phrase: str) -> str:
    """``an Inpatient Coder``, ``a Health Data Analyst``."""
    return f"{indefinite_article(phrase)} {phrase}"


# Last words that make an organization's name a common noun phrase: "the National Restaurant
# Association", "the Oregon Health Authority", "the American Red Cross"; but "AHIMA", "Microsoft",
# "Harvard University", "Miami Dade College" take no article.
_THE_NOUNS = frozenset(
    "administration agency alliance association authority board bureau commission council cross department "
    "federation foundation institute league registry society".split()
)


def organization_in_sentence(name: str) -> str:
    """An organization a person names, as a sentence names it: "the Oregon Health Authority", "AAPC".

    Only names that plainly need an article get one (a last word such as Association or
    Department, or "X of Y": "the Department of Education", "the University of Chicago"): a name
    the rule does not know is left as written, since a wrong "the Microsoft" reads worse than a
    missing article.
    """
    words = name.split()
    if len(words) < 2 or words[0].casefold() == "the" or words[0].isupper():
        return name
    if words[-1].strip(".,").casefold() in _THE_NOUNS or " of " in name:
        return f"the {name}"
    return name


def possessive(name: str, apostrophe: str = "'") -> str:
    """``Riverside Health's``, ``Northside Records Services'``: a name ending in s takes the apostrophe alone."""
    return f"{name}{apostrophe}" if name.endswith("s") else f"{name}{apostrophe}s"


# Words that carry no meaning of their own when two lines are compared.
_STOP_WORDS = frozenset(
    "a an the and or of to in on for with by at from as is are be it its their your you our we this that these "
    "those into under over each every any all per so than then when where which who what how not no nor but if "
    "only also more most less such other own same can will may should about after before during within up out off "
    "via through across onto upon while".split()
)


def _stem(word: str) -> str:
    """A word's rough root, enough to see "audits" and "audit", "merged" and "merging" as one word."""
    word = word.casefold()
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    return word[:6]


def content_stems(text: str) -> frozenset[str]:
    """The roots of the words of ``text`` that carry meaning (no "the", "and", no bare numbers)."""
    return frozenset(
        _stem(word)
        for word in re.findall(r"[^\W_]+", text)
        if len(word) > 1 and not word.isdigit() and word.casefold() not in _STOP_WORDS
    )


class DutyIndex:
    """Lines (a posting's duties) by their meaningful words, each line read once: ``shown_by(text)`` is the
    lines a text shows, by number. A text shows a line with three meaningful words in common, or two
    that make up a third of a short line ("Merge duplicate records" and "merged 3,400 duplicate records")."""

    def __init__(self, lines: list[str]):
        self.stems = [content_stems(line) for line in lines]
        self.by_stem: dict[str, list[int]] = {}
        for number, stems in enumerate(self.stems):
            for stem in stems:
                self.by_stem.setdefault(stem, []).append(number)

    def shown_by(self, text: str) -> set[int]:
        shared = Counter(number for stem in content_stems(text) for number in self.by_stem.get(stem, ()))
        return {
            number
            for number, count in shared.items()
            if count >= 3 or (count >= 2 and count * 3 >= len(self.stems[number]))
        }


def overlap(first: str, second: str) -> float:
    """How much of the shorter text's meaning the other also says: 0 (nothing) to 1 (all of it)."""
    a, b = content_stems(first), content_stems(second)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


NEAR_DUPLICATE = 0.7


def near_duplicates(first: str, second: str) -> bool:
    """True when two lines say nearly the same thing: most of the shorter one's words, at least two, are in both."""
    shared = len(content_stems(first) & content_stems(second))
    return shared >= 2 and overlap(first, second) >= NEAR_DUPLICATE


def without_near_duplicates(items: list[str]) -> list[str]:
    """The items in order, leaving out any that nearly repeats one kept before it."""
    kept: list[str] = []
    for item in items:
        if not any(item.casefold() == other.casefold() or near_duplicates(item, other) for other in kept):
            kept.append(item)
    return kept


def in_running_text(term: str) -> str:
    """A posting's term as it reads mid-sentence: the skills lexicon's own writing when the two differ only in
    capitals ("Forklift", capitalised to start a list item, is "forklift"; "Medical terminology" is "medical
    terminology"); any other term as given, so SQL, Epic and a term the lexicon lacks keep their capitals.

    The lexicon comes with the posting reader, imported here: a document made without a posting need not load it.
    """
    from ..postings.lexicon import lexicon_entry

    entry = lexicon_entry(term)
    return entry.term if entry is not None and entry.term != term and entry.term.casefold() == term.casefold() else term


def reads_plural(term: str) -> bool:
    """Whether a term reads as a plural, so a sentence takes it up as "them": its last word is a lower-case word
    ending in a plural "s" ("data structures", "hand tools") or an acronym with one ("GitHub APIs", "EHRs"). A
    capitalised name ("Kubernetes", "Microsoft Teams") and a word whose "s" is its own ("analysis", "access",
    "status", "analytics") read as one thing."""
    last = term.split()[-1] if term.split() else ""
    if re.fullmatch(r"[A-Z]{2,}s", last):
        return True
    if not last.islower() or not last.endswith("s"):
        return False
    return not last.endswith(("ss", "us", "is", "ics", "ous"))
