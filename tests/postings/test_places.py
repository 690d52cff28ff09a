"""Places in a posting's header (toolkit/postings/places.py): a US city and state however it is written, and a
line ending in a country, read as an address rather than as the employer or the title.
"""

from __future__ import annotations

import pytest

from toolkit.postings.places import city_state, city_state_name_line, ends_in_a_country


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Coeur D Alene, ID", "Coeur D Alene, ID"),
        ("City of Coeur d'Alene, ID", "Coeur d'Alene, ID"),
        ("Baton Rouge, LA 70808", "Baton Rouge, LA"),
        ("Group A, MD", None),
    ],
)
def test_a_city_with_a_one_letter_word_or_a_particle_is_read_whole(line, place):
    assert city_state(line) == place


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Cork, County Cork, Ireland", True),
        ("Pune, Maharashtra, India", True),
        ("Ridgeline Building Products, Inc.", False),  # a company's legal ending after its comma
        ("City of Sacramento, CA", False),  # a state's code: read as a city and state, not dropped
        ("Sales Associate, Retail", False),
    ],
)
def test_a_line_ending_in_a_country_is_an_address(line, address):
    assert ends_in_a_country(line) is address


@pytest.mark.parametrize(
    ("line", "place"),
    [("Bend, Oregon, United States", "Bend, OR"), ("Grand Rapids, Michigan", "Grand Rapids, MI")],
)
def test_a_line_of_a_city_and_a_states_name_is_a_place(line, place):
    assert city_state_name_line(line) == place


@pytest.mark.parametrize("line", ["Pine Barrel, Market Street", "Bend, Oregon is lovely", "Sofia, Bulgaria"])
def test_a_line_that_is_no_us_place_is_not_read_as_one(line):
    assert city_state_name_line(line) is None
