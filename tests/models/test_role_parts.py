"""The parts of a role pack: ids safe in file names and options, a level's years as a posting states them, who
leads people, and an issuer named in full with its abbreviation."""

from __future__ import annotations

import pytest
from pydantic import ValidationError as PydanticValidationError

from toolkit.models.role_parts import Certification, Keyword, Level, Source, by_id, is_identifier


@pytest.mark.parametrize("value", ["medical-coder", "a", "x1-2", "a" * 41])
def test_an_id_is_short_lower_case_letters_digits_and_hyphens(value):
    assert is_identifier(value)


@pytest.mark.parametrize("value", ["Medical", "-coder", "../x", "a b", "a" * 42, "", None, 5])
def test_anything_else_is_no_id(value):
    assert not is_identifier(value)


def test_a_keyword_with_a_path_for_its_category_is_refused():
    with pytest.raises(PydanticValidationError, match="an id is 1-41 lower-case letters"):
        Keyword(term="HIPAA", category="../etc")


def test_a_levels_years_and_whether_it_leads_people():
    junior = Level(id="junior", title="Clerk", years_min=0, years_max=2, responsibilities=["Files."])
    director = Level(id="director", title="Director", years_min=15, responsibilities=["Leads."])
    lead_by_choice = Level(id="senior", title="Lead", years_min=5, responsibilities=["x"], leads_people=True)
    assert (junior.years_text(), director.years_text()) == ("0-2 years", "15+ years")
    assert (junior.leads(), director.leads(), lead_by_choice.leads()) == (False, True, True)


def test_an_issuer_is_named_in_full_with_its_abbreviation_once():
    ahima = Certification(
        abbreviation="RHIT",
        name="Registered Health Information Technician",
        issuer="AHIMA body",
        issuer_abbreviation="AHIMA",
    )
    assert ahima.issuer_label() == "AHIMA body (AHIMA)"
    assert ahima.model_copy(update={"issuer_abbreviation": "AHIMA body"}).issuer_label() == "AHIMA body"
    assert ahima.as_keyword().spellings() == ["RHIT", "Registered Health Information Technician"]


def test_a_source_is_cited_by_its_publishers_own_name():
    source = Source(id="bls", title="Handbook", publisher="CareerFitter, LLC, drawing on O*NET")
    assert source.short_name() == "CareerFitter"
    assert by_id([source], "bls") is source
    with pytest.raises(KeyError):
        by_id([source], "onet")
