"""Words that say what a name on a resume is (toolkit/check/name_words.py)."""

from __future__ import annotations

import pytest

from toolkit.check.name_words import is_organisation_word, names_a_unit


@pytest.mark.parametrize(
    "line",
    ["Department of Computer Science", "Facultad de Medicina", "Pensions Modelling Team", "Central Analytical Unit"],
)
def test_a_unit_inside_an_organisation_is_named_so(line):
    assert names_a_unit(line)


@pytest.mark.parametrize(
    "line", ["Acme Corp", "Riverside Health", "Senior Data Analyst", "Head of Team", "Unit Manager"]
)
def test_an_employer_or_a_title_is_not_a_unit(line):
    assert not names_a_unit(line)


def test_legal_endings_name_an_organisation_and_job_words_do_not():
    assert is_organisation_word("Inc.") and is_organisation_word("GmbH")
    assert not is_organisation_word("Engineer")
