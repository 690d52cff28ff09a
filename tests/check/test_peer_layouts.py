"""Layouts that resume tools other than jobkit produce (RenderCV, JSON Resume themes, pandoc), read back by check."""

from __future__ import annotations

from toolkit.check.report import Requirement
from toolkit.check.requirements import _match_education, split_sections


def _education(text: str, level: str) -> Requirement:
    requirement = Requirement(level, "education", "required", 2, False)
    _match_education(requirement, level, split_sections(text))
    return requirement


def test_a_state_code_after_a_city_is_no_degree():
    assert not _education("Jane Roe\nClerk, Acme Supply, Southaven, MS\nBoston, MA 02110\n", "master").found
    assert _education("Education\nBS, MS in Biology, Acme University\n", "master").found
    assert _education("Education\nMS, Nursing\n", "master").found
