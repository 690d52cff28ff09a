"""`jobkit pay show` as plain data: the area the figures come from, how the occupation is paid, the percentiles,
and every step down from the place the user named said in the notes."""

from __future__ import annotations

from toolkit.pay.report import pay_report


def test_a_metro_areas_figures_with_their_source():
    report = pay_report("29-2072", "Jackson, MS")
    assert (report["soc"], report["occupation"]) == ("29-2072", "Medical Records Specialists")
    assert (report["area"], report["area_kind"], report["paid"]) == ("Jackson, MS", "metropolitan area", "hour")
    assert report["hourly"]["p10"] < report["hourly"]["median"] < report["hourly"]["p90"]
    assert report["annual"]["median"] > 10_000  # a year's pay, not an hour's
    assert report["notes"] == [] and report["source"].startswith("BLS OEWS May 2025")


def test_a_place_without_the_occupations_figures_falls_back_to_the_state_saying_why():
    report = pay_report("11-9013", "Jackson, MS")
    assert (report["area"], report["area_kind"]) == ("Mississippi", "state")
    assert report["notes"] == [
        "OEWS publishes no Farmers, Ranchers, and Other Agricultural Managers wages for Jackson, MS"
    ]


def test_without_a_place_the_nations_figures():
    report = pay_report("29-2072")
    assert (report["area"], report["area_kind"]) == ("the United States", "nation")
