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


@pytest.mark.parametrize(
    "place, area",
    [
        ("Remote - Colorado", "Colorado"),
        ("Remote – Denver, CO", "Denver-Aurora-Centennial, CO"),
        ("Hybrid (Denver, CO)", "Denver-Aurora-Centennial, CO"),
        ("Chicago, IL (Hybrid)", "Chicago-Naperville-Elgin, IL-IN"),
        ("Winston-Salem, NC", "Winston-Salem, NC"),  # a hyphen inside a name is no separator
    ],
)
def test_a_place_after_a_dash_or_in_parentheses_is_read(place, area):
    # "Remote - Colorado" and "Hybrid (Denver, CO)" were priced with national wages.
    assert find_place(place).candidates[0].name == area


def test_remote_before_a_state_is_no_city():
    assert find_place("Remote, CO").note == "no city given; Colorado figures"
