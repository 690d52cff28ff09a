"""The words that tell the fields of an entry's heading apart: a job title's head words, and the words an
organisation's name starts or ends with (from ``job_titles.yaml`` and ``resume_words.yaml``)."""

from __future__ import annotations

from functools import cache

from ..resources import language_data


@cache
def resume_words() -> dict:
    return language_data("resume_words")


@cache
def title_words() -> frozenset[str]:
    titles = language_data("job_titles")
    words = set(titles["title_words"]) | set(titles["occupation_head_words"]) | set(resume_words()["title_words"])
    return frozenset(word for word in words if " " not in word)


@cache
def organisation_endings() -> frozenset[str]:
    endings = set(language_data("job_titles")["company_name_endings"]) | set(resume_words()["organisation_endings"])
    return frozenset(endings | {ending.strip(".") for ending in endings})  # "S.A." folds to "s.a"


def is_organisation_word(word: str) -> bool:
    """A word that ends an organisation's name ("Technologies", "GmbH", "Group")."""
    return word.casefold() in organisation_endings()


@cache
def organisation_starts() -> frozenset[str]:
    return frozenset(resume_words()["organisation_starts"])


def names_a_unit(line: str) -> bool:
    """A line or field naming a unit of an organisation by its first or last word ("Department of Earth
    Sciences,", "Facultad de Ciencias Exactas,", "Physics Department")."""
    words = [word.strip(",.;:()").casefold() for word in line.split()]
    if not words or len(words) > _UNIT_WORDS_MOST or any(word in title_words() for word in words):
        return False  # "Head of Team" is a title
    return words[0] in unit_words() or words[-1] in unit_words()


_UNIT_WORDS_MOST = 12


@cache
def unit_words() -> frozenset[str]:
    return frozenset(resume_words()["unit_words"])
