"""Matching a posting's education level to a resume (toolkit/check/education_match.py): a state's postal code is no
degree, and a degree a PDF hyphenated over several lines is still found.
"""

from __future__ import annotations

from datetime import date

from toolkit.check.education_match import match_education
from toolkit.check.report import Requirement
from toolkit.check.sections import split_sections

TODAY = date(2026, 6, 1)


def _education(text: str, level: str) -> Requirement:
    requirement = Requirement(level, "education", "required", 2, False)
    match_education(requirement, level, split_sections(text), TODAY)
    return requirement


def test_a_state_code_after_a_city_is_no_degree():
    assert not _education("Jane Roe\nClerk, Acme Supply, Southaven, MS\nBoston, MA 02110\n", "master").found
    assert _education("Education\nBS, MS in Biology, Acme University\n", "master").found
    assert _education("Education\nMS, Nursing\n", "master").found


def test_a_degree_hyphenated_over_three_lines_is_read_whole():
    requirement = _education("Education\nCer\u00ad\ntifi\u00ad\ncate\nColumbus Career College\n", "certificate")
    assert requirement.found and "Certificate" in requirement.where
