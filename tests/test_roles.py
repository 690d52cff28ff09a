"""Role packs: the Medical Records Specialist pack carries the seeds' facts, each with a source."""

from __future__ import annotations

import pytest

from toolkit.errors import UnknownNameError, ValidationError
from toolkit.loading import parse_yaml
from toolkit.matching import TextIndex, find_keyword
from toolkit.resources import templates_dir
from toolkit.roles import builtin_role_ids, load_role, validate_role_pack

ROLE = "medical-records-specialist"


def test_builtin_roles_are_listed():
    assert ROLE in builtin_role_ids()


def test_six_levels_with_years_and_salaries_from_the_career_path():
    pack = load_role(ROLE)
    summary = [(level.id, level.years_min, level.years_max, level.salary.median) for level in pack.levels]
    assert summary == [
        ("junior", 0, 2, 38000),
        ("mid", 2, 4, 46000),
        ("senior", 4, 7, 55000),
        ("supervisor", 7, 10, 63000),
        ("manager", 10, 15, 75000),
        ("director", 15, None, 92000),
    ]
    assert all(level.responsibilities and level.focus_areas for level in pack.levels)


def test_certifications_name_their_issuing_bodies():
    pack = load_role(ROLE)
    issuers = {item.abbreviation: item.issuer_abbreviation for item in pack.certifications}
    assert issuers["RHIT"] == "AHIMA" and issuers["CCA"] == "AHIMA" and issuers["CPC"] == "AAPC"
    assert issuers["CBCS"] == "NHA"
    assert pack.certification("rhit").name == "Registered Health Information Technician"


def test_every_fact_names_a_declared_source():
    pack = load_role(ROLE)
    declared = {source.id for source in pack.sources}
    assert declared == {"how-to-become", "careerfitter", "himalayas"}
    seeds = {source.seed_file for source in pack.sources}
    assert len(seeds) == 3


def test_keywords_match_their_synonyms():
    pack = load_role(ROLE)
    by_term = {keyword.term: keyword for keyword in pack.keywords}
    assert find_keyword(TextIndex.of("Coded in ICD-10 daily"), by_term["ICD-10-CM"]) == "ICD-10"
    assert find_keyword(TextIndex.of("Maintained Electronic Health Records"), by_term["EHR"]) == (
        "Electronic Health Records"
    )
    assert find_keyword(TextIndex.of("Managed the EHRs"), by_term["EHR"]) == "EHRs"


def test_short_terms_match_whole_words_only():
    pack = load_role(ROLE)
    cca = next(keyword for keyword in pack.keywords if keyword.term == "CCA")
    assert find_keyword(TextIndex.of("Passed the CCAT aptitude test"), cca) is None
    assert find_keyword(TextIndex.of("Holds the CCA."), cca) == "CCA"


def test_a_pack_with_a_typo_gets_a_located_error():
    text = (templates_dir() / "roles" / f"{ROLE}.yaml").read_text(encoding="utf-8")
    broken = text.replace("  - id: junior\n    title:", "  - id: junior\n    titel:", 1)
    with pytest.raises(ValidationError) as caught:
        validate_role_pack(parse_yaml(broken, "pack.yaml"))
    message = str(caught.value)
    assert "pack.yaml:" in message and "levels[0].titel: unknown field" in message
    assert "levels[0].title: required field is missing" in message


def test_a_pack_citing_an_undeclared_source_is_refused():
    text = (templates_dir() / "roles" / f"{ROLE}.yaml").read_text(encoding="utf-8")
    broken = text.replace("source: careerfitter}", "source: wikipedia}", 1)
    with pytest.raises(ValidationError, match="sources used but not declared under 'sources': wikipedia"):
        validate_role_pack(parse_yaml(broken, "pack.yaml"))


def test_unknown_role_suggests_the_close_one():
    with pytest.raises(UnknownNameError, match="did you mean 'medical-records-specialist'"):
        load_role("medical-record-specialist")
