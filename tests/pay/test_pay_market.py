"""BLS OEWS pay by place: the area a place falls in, the level's band, and what job descriptions say."""

from __future__ import annotations

import json

import pytest

from toolkit.api import render_job_description
from toolkit.inputs.roles import builtin_role_ids, load_role
from toolkit.pay import occupation_pay
from toolkit.pay.bands import market_band
from toolkit.pay.places import find_place

OCCUPATION_PACKS = [role for role in builtin_role_ids() if role != "general"]


@pytest.mark.parametrize(
    "place, area, note",
    [
        ("Jackson, MS", "Jackson, MS", ""),
        ("Chicago, IL", "Chicago-Naperville-Elgin, IL-IN", ""),
        ("Winston-Salem, NC", "Winston-Salem, NC", ""),
        ("Oak Park, IL", "Illinois", "Oak Park, IL is not named in any OEWS metropolitan area; Illinois figures"),
        ("Remote (US)", "National", "a remote job; national figures"),
        ("Paris, France", "National", "no US state found in it"),
    ],
)
def test_a_place_falls_back_to_its_state_then_the_nation_saying_so(place, area, note):
    found = find_place(place)
    assert found.candidates[0].name == area
    assert note in found.note


def test_an_occupation_oews_does_not_publish_for_a_metro_falls_back_and_says_so():
    # Farm managers: OEWS publishes Mississippi's figures but none for the Jackson metro area.
    pay = occupation_pay("11-9013", "Jackson, MS")
    assert pay.area.name == "Mississippi"
    assert pay.notes == ("OEWS publishes no Farmers, Ranchers, and Other Agricultural Managers wages for Jackson, MS",)


@pytest.mark.parametrize("role", OCCUPATION_PACKS)
def test_every_shipped_occupation_pack_makes_pay_at_every_level_with_its_source(role):
    pack = load_role(role)
    assert pack.soc, f"{role} names no SOC code"
    for level in pack.level_ids():
        document = render_job_description(role=role, level=level, company="X", location="Jackson, MS", fmt="md")
        text = document.content.decode("utf-8")
        assert "Based on BLS OEWS May 2025 wages for " in text and " in Jackson, MS." in text, (role, level)
        band = market_band(pack.soc, pack.level_ids(), level, "Jackson, MS")
        assert band is not None and band.pay.display() in text


def test_the_same_role_in_two_metro_areas_gets_each_areas_range():
    chicago = render_job_description(role="medical-coder", level="mid", company="X", location="Chicago, IL", fmt="md")
    jackson = render_job_description(role="medical-coder", level="mid", company="X", location="Jackson, MS", fmt="md")
    # A Medical Coder II: the 30th to 50th percentile of Medical Records Specialists' wages in each area.
    assert "Pay: $24 – $27.75 an hour." in chicago.content.decode()
    assert "Pay: $17.50 – $19.75 an hour." in jackson.content.decode()


def test_json_ld_carries_the_same_base_salary():
    document = render_job_description(
        role="medical-coder", level="mid", company="X", location="Jackson, MS", fmt="html"
    )
    html = document.content.decode()
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 17.5,
        "maxValue": 19.75,
        "unitText": "HOUR",
    }


def test_without_a_place_the_packs_own_figures_come_first():
    document = render_job_description(role="medical-records-specialist", level="senior", company="X", fmt="md")
    assert "$50,500 – $59,000 a year" in document.content.decode() and "Himalayas" in document.content.decode()
