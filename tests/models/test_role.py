"""A role pack as documents read it: the level a number of years falls in, credentials matched as terms by their
full names too, and where a missing term could honestly go on a resume."""

from __future__ import annotations

import pytest
from pydantic import ValidationError as PydanticValidationError
from support.paths import ROLE

from toolkit.inputs.roles import load_role
from toolkit.models.role import RolePack


@pytest.mark.parametrize(
    "years, level", [(0, "junior"), (1.9, "junior"), (2, "mid"), (6.9, "senior"), (7, "supervisor")]
)
def test_a_boundary_year_belongs_to_the_higher_level(years, level):
    assert load_role(ROLE).level_for_years(years).id == level


def test_credentials_are_matched_as_terms_by_abbreviation_and_full_name():
    pack = load_role(ROLE)
    terms = {keyword.term: keyword for keyword in pack.all_keywords()}
    assert len(terms) == len(pack.keywords) + len(pack.certifications)
    assert "Registered Health Information Technician" in terms["RHIT"].spellings()
    assert terms["RHIT"].category == "certification"


def test_a_missing_term_is_suggested_a_place_it_could_honestly_go():
    pack = load_role(ROLE)
    declared = pack.categories[0]
    assert pack.category_suggestion(declared.id) == declared.suggestion
    assert pack.category_suggestion("certification") == "certificates (only if you hold it)"
    assert pack.category_suggestion("no-such-category") == "skills"


def test_what_a_pack_inherits_from_the_general_pack_is_known_as_such():
    pack = load_role(ROLE)
    own = pack.keywords[-1].term
    assert pack.from_root("keywords", "communication") and not pack.from_root("keywords", own)


def test_a_pack_in_another_format_is_refused_with_the_one_this_jobkit_reads():
    data = load_role(ROLE).model_dump()
    data["format"] = 3
    with pytest.raises(PydanticValidationError, match="this jobkit reads role pack format 2 \\(got '3'\\)"):
        RolePack.model_validate(data)
