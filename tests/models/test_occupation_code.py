"""A role pack's SOC codes: read however the user types them, and each mistake in the list named where it is."""

from __future__ import annotations

from toolkit.models.occupation_code import OccupationCode, occupation_code_problems

LEVELS = ["junior", "mid", "senior"]


def test_a_code_is_kept_in_the_form_bls_writes_it():
    assert OccupationCode(code="292072").code == "29-2072"
    assert OccupationCode(code=" 29 2072 ").code == "29-2072"


def test_a_sound_list_has_no_problems():
    codes = [OccupationCode(code="29-2072", levels=["junior"]), OccupationCode(code="29-2061")]
    assert occupation_code_problems(codes, LEVELS) == []


def test_each_mistake_is_named_at_its_place_in_the_list():
    codes = [
        OccupationCode(code="29-2072", levels=["juniro"]),
        OccupationCode(code="29-2061", levels=["mid"]),
        OccupationCode(code="29-2073", levels=["mid"]),
    ]
    problems = dict(occupation_code_problems(codes, LEVELS))
    assert "'juniro' is not a level of this pack" in problems[("soc", 0, "levels")]
    assert "did you mean 'junior'" in problems[("soc", 0, "levels")]
    assert problems[("soc", 2, "levels")] == "level 'mid' is already under soc[1]"
    assert "29-2073" in problems[("soc", 2, "code")]


def test_only_one_code_may_cover_the_levels_no_other_names():
    codes = [OccupationCode(code="29-2072"), OccupationCode(code="29-2061")]
    assert occupation_code_problems(codes, LEVELS) == [
        (("soc",), "only one code may leave out `levels` (it covers the levels no other code names)")
    ]
