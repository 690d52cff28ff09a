"""Layouts that resume tools other than jobkit produce (RenderCV, JSON Resume themes, pandoc), read back by check:
headings in a left gutter, "Work" as JSON Resume names the section, a word hyphenated over three lines,
a state's postal code that spells a degree, and text a PDF stores out of order."""

from __future__ import annotations

from datetime import date

from toolkit.check.education_match import match_education
from toolkit.check.extraction import ExtractedResume, TextPiece
from toolkit.check.parse_back import parse_problems
from toolkit.check.report import Requirement
from toolkit.check.resume_lines import resume_years
from toolkit.check.sections import split_sections

TODAY = date(2026, 6, 1)

GUTTER = """Camille Duarte
Pharmacy technician with seven years in retail and hospital pharmacies.
Work Inpatient Pharmacy Technician
Willamette General Hospital
Mar 2022 – Present
Pharmacy Technician
Jul 2018 – Feb 2022
Education Columbia Gorge Community College
Certificate in Pharmacy Technician
Sep 2016 – Jun 2017
Skills Dispensing
"""


def test_headings_set_in_a_left_gutter_open_their_sections():
    sections = split_sections(GUTTER)
    assert ("Work", "Inpatient Pharmacy Technician") in sections
    assert ("Education", "Certificate in Pharmacy Technician") in sections
    assert ("Skills", "Dispensing") in sections
    years, source = resume_years(GUTTER, None, TODAY)
    assert "experience section" in source and 7.5 < years < 8.5  # Jul 2018 on; education's 2016 is not work


def test_one_line_starting_with_a_heading_word_is_no_heading():
    text = "Jane Roe\nEducation Coordinator, Acme Clinic\nMar 2020 – Present\n"
    assert {section for section, _ in split_sections(text)} == {"header"}


def test_gutter_headings_are_not_looked_for_when_headings_stand_on_their_own_lines():
    text = (
        "Experience\nSkills Lab Instructor, Acme College\nMar 2020 – Present\nEducation Coordinator, Acme\n"
        "Skills\nEpic\n"
    )
    assert ("Experience", "Skills Lab Instructor, Acme College") in split_sections(text)
    assert ("Experience", "Education Coordinator, Acme") in split_sections(text)


def test_work_is_an_experience_heading():
    years, _ = resume_years("Work\nClerk, Acme\n2019 - 2021\nEducation\nB.A., 2010 - 2014\n", None, TODAY)
    assert 2.5 < years < 3.5  # 2019 to 2021 counts whole years; the degree's 2010 - 2014 is not work


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


def _pdf(text: str, pieces: list[TextPiece] | None = None) -> ExtractedResume:
    return ExtractedResume(path="r.pdf", kind="pdf", text=text, pieces=pieces or [])


def test_a_word_hyphenated_over_three_lines_is_named_whole():
    problems = parse_problems(_pdf("Education\nCer\u00ad\ntifi\u00ad\ncate\nCollege\n"), None)
    [split] = [problem.message for problem in problems if problem.code == "split-word"]
    assert "'Cer-' / 'tifi-' / 'cate' is one word (certificate)" in split and "3 pieces" in split


def test_text_stored_out_of_order_is_reported_and_drawn_bullets_are_not():
    lines = [TextPiece(1, 40, 700 - 40 * n, f"Line {n}") for n in range(12)]
    assert not parse_problems(_pdf("text", [*lines, TextPiece(1, 36, 690, "• ")]), None)  # markers drawn last
    [problem] = parse_problems(_pdf("text", [*lines, TextPiece(1, 40, 720, "May 2017 – Jun 2018")]), None)
    assert problem.code == "reading-order" and "stores that part of the page out of order" in problem.message
