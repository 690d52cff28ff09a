"""Places on a resume's entry lines (toolkit/check/places.py): read as where, never as who or what."""

from __future__ import annotations

import pytest

from toolkit.check.places import is_lone_city, is_place, may_be_places, without_place


@pytest.mark.parametrize("text", ["Denver, Colorado", "Berlin, Germany", "Austin, TX"])
def test_a_city_with_its_state_or_country_is_a_place(text):
    assert is_place(text) and may_be_places(text)


@pytest.mark.parametrize("text", ["Software Engineer", "Acme Corp", "Registered Nurse, ICU"])
def test_a_title_or_an_employer_is_not(text):
    assert not is_place(text) and not is_lone_city(text)


def test_a_city_alone_is_known_as_one_and_a_trailing_place_leaves_the_employer():
    assert is_lone_city("Paris")
    assert without_place("Acme Corp, Austin, TX") == "Acme Corp"
