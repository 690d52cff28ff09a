"""The message catalogs: complete for every word jobkit writes, each translation filling the same placeholders,
and the locale forms (dates, lists, paper) each language's readers expect."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from toolkit.errors import UnknownNameError
from toolkit.language import available_languages, check_language, language_for
from toolkit.language.cefr import cefr_level, describe_fluency
from toolkit.language.languages import catalogs_dir
from toolkit.models.dates import PartialDate
from toolkit.render import PAPER_SIZES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from update_catalogs import catalog_problems, extract_catalog  # noqa: E402

OTHERS = [code for code in available_languages() if code != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_jobkit_writes_english_german_french_and_spanish():
    assert set(available_languages()) == {"en", "de", "fr", "es"}
    assert available_languages()[0] == "en"


@pytest.mark.parametrize("code", OTHERS)
def test_every_message_jobkit_writes_is_translated_and_none_is_stale(code):
    from babel.messages.pofile import read_po

    with (catalogs_dir() / f"{code}.po").open("rb") as file:
        catalog = read_po(file, locale=code)
    assert catalog_problems(extract_catalog(), catalog) == []


@pytest.mark.parametrize("code", OTHERS)
def test_each_translation_fills_the_placeholders_of_its_message(code):
    from babel.messages.pofile import read_po

    with (catalogs_dir() / f"{code}.po").open("rb") as file:
        catalog = read_po(file, locale=code)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            # A translation may leave out a name only a singular English form lacks ("one year").
            assert set(PLACEHOLDER.findall(string)) <= wanted, (message.id, string)
            assert not re.search(r"\{[^a-z_}]|\{\}", string), string


@pytest.mark.parametrize("code", available_languages())
def test_each_language_names_a_paper_and_a_tag_word_knows(code):
    language = language_for(code)
    assert language.paper in PAPER_SIZES
    assert re.fullmatch(r"[a-z]{2}-[A-Z]{2}", language.tag) and language.tag.startswith(code)


@pytest.mark.parametrize(
    "code, current, ended",
    [
        ("en", "Mar 2022 – Present", "Jan 2019 – Feb 2022"),
        ("de", "03/2022 – heute", "01/2019 – 02/2022"),
        ("fr", "mars 2022 – aujourd’hui", "janvier 2019 – février 2022"),
        ("es", "marzo 2022 – actualidad", "enero 2019 – febrero 2022"),
    ],
)
def test_date_ranges_in_each_language(code, current, ended):
    language = language_for(code)
    assert language.date_range(PartialDate(2022, 3), None) == current
    assert language.date_range(PartialDate(2019, 1), PartialDate(2022, 2)) == ended
    assert language.date_range(PartialDate(2019), PartialDate(2021)) == "2019 – 2021"
    assert language.date_range(None, None) == ""


@pytest.mark.parametrize(
    "code, expected",
    [
        ("en", "November 23, 2026"),
        ("de", "23. November 2026"),
        ("fr", "23 novembre 2026"),
        ("es", "23 de noviembre de 2026"),
    ],
)
def test_a_letters_date_in_each_language(code, expected):
    assert language_for(code).long_date(date(2026, 11, 23)) == expected


@pytest.mark.parametrize(
    "code, summary, letter",
    [
        (
            "de",
            ["einem Jahr", "über sechs Jahren", "fast sieben Jahren"],
            ["ein Jahr", "über sechs Jahre", "fast sieben Jahre"],
        ),
        ("fr", ["un an", "plus de six ans", "près de sept ans"], ["un an", "plus de six ans", "près de sept ans"]),
        ("es", ["un año", "más de seis años", "casi siete años"], ["un año", "más de seis años", "casi siete años"]),
    ],
)
def test_years_are_never_rounded_up_in_any_language(code, summary, letter):
    language = language_for(code)
    assert [language.years(years) for years in (1.1, 6.4, 6.9)] == summary
    assert [language.years(years, in_letter=True) for years in (1.1, 6.4, 6.9)] == letter
    assert language.years(0.6) == "" and language.years(12.1).startswith("12")


def test_a_language_tag_with_a_region_is_its_language_and_an_unknown_one_lists_those_there_are():
    assert check_language("de-AT") == "de" and check_language("fr_CA") == "fr" and check_language("ES") == "es"
    with pytest.raises(UnknownNameError, match=r"unknown language 'it'.*choose from: en, de, es, fr"):
        check_language("it")


@pytest.mark.parametrize(
    "fluency, level",
    [("C1", "C1"), ("b2", "B2"), ("Niveau C1", "C1"), ("GER: B2", "B2"), ("Fluent", None), ("C1 fluent", None)],
)
def test_cefr_levels_are_read_only_where_a_fluency_is_one(fluency, level):
    assert cefr_level(fluency) == level


@pytest.mark.parametrize(
    "code, shown",
    [("en", "C1, Advanced"), ("de", "C1, fließend"), ("fr", "C1, avancé"), ("es", "C1, avanzado")],
)
def test_a_cefr_level_is_shown_as_given_with_its_name(code, shown):
    language = language_for(code)
    assert describe_fluency("C1", language) == shown
    assert describe_fluency("Muttersprache", language) == "Muttersprache"
