"""Which OEWS area a written place is read as: its metro area when OEWS names the city in one."""

from __future__ import annotations

import pytest

from toolkit.pay.places import find_place


@pytest.mark.parametrize(
    "place, area",
    [
        # OEWS writes some cities with a word their people leave out.
        ("Honolulu, HI", "Urban Honolulu, HI"),
        ("Boise, ID", "Boise City, ID"),
        ("Barnstable, MA", "Barnstable Town, MA"),
        ("Amherst, MA", "Amherst Town-Northampton, MA"),
        # Written in full they are found as before, and a city named with the word stays itself.
        ("Urban Honolulu, HI", "Urban Honolulu, HI"),
        ("Boise City, ID", "Boise City, ID"),
        ("Kansas City, MO", "Kansas City, MO-KS"),
        ("Salt Lake City, UT", "Salt Lake City-Murray, UT"),
    ],
)
def test_a_city_oews_names_with_an_extra_word_gets_its_metro_area(place, area):
    found = find_place(place)
    assert found.candidates[0].name == area
    assert found.note == ""


def test_a_city_outside_every_metro_area_still_gets_its_state():
    found = find_place("Hilo, HI")
    assert found.candidates[0].name == "Hawaii"
    assert "Hilo, HI is not named in any OEWS metropolitan area" in found.note
