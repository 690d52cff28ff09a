"""Staffing agencies (toolkit/postings/agencies.py): a post under one hides the client who employs (C1)."""

from __future__ import annotations

import pytest

from toolkit.postings.agencies import is_staffing_agency


@pytest.mark.parametrize(
    "name",
    ["Robert Half", "robert  half", "Randstad USA", "Kelly Services, Inc.", "Lakeside Staffing Solutions"],
)
def test_an_agency_by_its_name_or_its_last_words(name):
    assert is_staffing_agency(name)


@pytest.mark.parametrize(
    "name",
    ["Half Moon Bay Hospital", "Riverside Health", "Kelly's Diner", "Hays County", "Hays Medical Center", "Voltage"],
)
def test_an_employer_that_only_shares_a_word_is_not_one(name):
    assert not is_staffing_agency(name)
