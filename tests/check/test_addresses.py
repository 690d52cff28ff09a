"""A street address a CV writes after the employer's name is cut off, as an ATS keeps the name only."""

from __future__ import annotations

import pytest

from toolkit.check.addresses import without_address


@pytest.mark.parametrize(
    ("written", "employer"),
    [
        ("Hotel Mercurio Via Hermada 2 21047 Saronno", "Hotel Mercurio"),
        ("Müller GmbH Hauptstraße 5", "Müller GmbH"),
        ("Brightline Dental 120 Main Street", "Brightline Dental"),
    ],
)
def test_the_address_after_a_name_is_cut_off(written, employer):
    assert without_address(written) == employer


@pytest.mark.parametrize("name", ["Harbor Table Bistro", "Valley Clinic", "3M", "Main Street Bakery"])
def test_a_name_without_an_address_is_kept_whole(name):
    assert without_address(name) == name
