"""What a duty line names by the shape of its words (toolkit/postings/named_things.py): names of laws, systems
and tools, with an abbreviation or a head word after them as their spellings.
"""

from __future__ import annotations

import pytest

from toolkit.postings.named_things import named_terms


def names_in(text: str) -> list[str]:
    return [named.term for named in named_terms(text, lexicon_words=False)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Care for patients within the MS Nurse Practice Act", ["MS Nurse Practice Act"]),
        ("Follow the ANA Code of Ethics for Nurses and the CDC Guidelines for Infection Control",
         ["ANA Code of Ethics for Nurses", "CDC Guidelines for Infection Control"]),
        ("Give the Standardized Achievement Tests and Standards of Learning Tests",
         ["Standardized Achievement Tests", "Standards of Learning Tests"]),
        ("Post payments in the Financial Management Information System (FMIS) daily",
         ["Financial Management Information System"]),
        ("Build GIS-focused maps in ArcGIS Pro", ["GIS", "ArcGIS"]),
        ("Review AI-generated code every day", []),
        ("Keep certification through the National Healthcareer Association", []),
        ("Follow OSHA and DEP regulations", ["OSHA", "DEP"]),
        ("QUALIFICATIONS AND SKILLS", []),
    ],
)  # fmt: skip
def test_a_duty_names_things_by_their_shape(text, names):
    assert names_in(text) == names


def test_an_abbreviation_after_a_long_form_is_its_spelling():
    [named] = named_terms("Post it in the Financial Management Information System (FMIS).", lexicon_words=False)
    assert "FMIS" in named.spellings


def test_a_head_after_a_name_is_a_spelling_of_it():
    named = {item.term: item for item in named_terms("Follow OSHA and DEP regulations", lexicon_words=False)}
    assert "DEP regulations" in named["DEP"].spellings


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Operate and upgrade the payment service running on Docker/Railway", ["Docker"]),
        ("Review TCP/IP and CI/CD settings", ["TCP/IP", "CI/CD"]),
    ],
)
def test_a_slash_between_two_names_parts_them(text, names):
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "word"), [("Run the Nuvéa reports", "Nuvéa"), ("Build the Señal dashboards", "Señal")]
)
def test_a_word_with_an_accent_is_read_whole(text, word):
    assert [named.term for named in named_terms(text)] == [word]


def test_symbols_of_languages_still_end_a_name():
    assert [named.term for named in named_terms("Write C++ and C# services")] == ["C++", "C#"]
