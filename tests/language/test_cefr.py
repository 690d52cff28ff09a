"""CEFR levels in a languages section: read however they are introduced, named after the level in the document's
language; any other fluency shown as written."""

from __future__ import annotations

import pytest

from toolkit.language import ENGLISH, language_for
from toolkit.language.cefr import cefr_level, describe_fluency


@pytest.mark.parametrize(
    ("fluency", "level"),
    [("C1", "C1"), ("c1", "C1"), (" Niveau B2 ", "B2"), ("GER: B2", "B2"), ("Level a2", "A2"), ("CEFR C2", "C2")],
)
def test_a_cefr_level_is_read_however_it_is_introduced(fluency, level):
    assert cefr_level(fluency) == level


@pytest.mark.parametrize("fluency", ["Native speaker", "Fluent", "C1 and B2", "D1", "Advanced C1", ""])
def test_other_fluencies_are_no_level(fluency):
    assert cefr_level(fluency) is None


def test_the_level_is_named_in_the_documents_language_and_other_fluencies_stay_as_written():
    assert describe_fluency("C1", ENGLISH) == "C1, Advanced"
    assert describe_fluency("Native speaker", ENGLISH) == "Native speaker"
    german = describe_fluency("Niveau B2", language_for("de"))
    assert german.startswith("Niveau B2, ") and german != "Niveau B2, Upper intermediate"


def test_a_resumes_languages_line_names_the_level_without_nested_brackets(tmp_path):
    """The resume already puts a fluency in brackets after the language; a level's name inside would read
    "Englisch (C1 (fließend))", which looks like a typo on a German CV."""
    from toolkit import render_resume

    profile = tmp_path / "profil.yaml"
    profile.write_text(
        "basics:\n  name: Jonas Weber\nlanguages:\n  - language: Englisch\n    fluency: C1\n", encoding="utf-8"
    )
    text = render_resume(profile, fmt="txt", lang="de").content.decode("utf-8")
    assert "Englisch (C1, fließend)" in text
    assert "((" not in text and "))" not in text
