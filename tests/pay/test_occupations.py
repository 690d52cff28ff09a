"""SOC codes as a user types them, the near codes named for a wrong one, and the search that finds an
occupation by the words a user knows it by."""

from __future__ import annotations

import pytest

from toolkit.pay import search_occupations
from toolkit.pay.occupations import UnknownOccupationError, find_occupation, normal_code


@pytest.mark.parametrize("typed", ["53-7051", "537051", "53 7051", " 53-7051 "])
def test_a_soc_code_is_read_with_or_without_the_hyphen(typed):
    assert normal_code(typed) == "53-7051"
    assert find_occupation(typed).title == "Industrial Truck and Tractor Operators"


def test_an_unknown_code_names_the_near_ones():
    with pytest.raises(UnknownOccupationError) as error:
        find_occupation("53-7052")
    message = str(error.value)
    assert "53-7052 is not among the 1,104 occupations" in message and "53-7051 Industrial Truck" in message


def test_search_finds_titles_plurals_and_everyday_names():
    assert [item.code for item in search_occupations("medical records specialist")] == ["29-2072"]
    assert search_occupations("forklift")[0].code == "53-7051"
    assert search_occupations("29-2072")[0].title == "Medical Records Specialists"
