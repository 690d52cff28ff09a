"""A level's share of the occupation's percentiles: the levels one SOC code covers split its 10th to 90th percentile
span."""

from __future__ import annotations

from toolkit.models.occupation_code import OccupationCode
from toolkit.pay.bands import level_ranks, market_band


def test_the_levels_share_the_10th_to_90th_percentile():
    assert level_ranks(["junior", "mid", "senior", "lead"], "mid") == (30.0, 50.0)
    assert level_ranks(["manager"], "manager") == (25.0, 75.0)


def test_a_levels_band_comes_from_the_metro_area_or_says_where_it_fell_back_to():
    codes = [OccupationCode(code="29-2072")]
    levels = ["junior", "mid", "senior", "lead"]
    chicago = market_band(codes, levels, "mid", "Chicago, IL")
    assert chicago is not None and chicago.pay.display() == "$24 – $27.75 an hour" and chicago.notes == ()
    assert chicago.how() == (
        "the 30th to 50th percentile of BLS OEWS May 2025 wages for Medical Records Specialists"
        " in Chicago-Naperville-Elgin, IL-IN"
    )
    suburb = market_band(codes, levels, "mid", "Oak Park, IL")
    assert suburb is not None and suburb.area.name == "Illinois"
    assert suburb.notes == ("Oak Park, IL is not named in any OEWS metropolitan area; Illinois figures",)
