"""Layouts that resume tools other than jobkit produce (RenderCV, JSON Resume themes, pandoc), read back by check:
headings in a left gutter. The same tools' other traps are tested with the module that handles them: a state's
postal code that spells a degree (test_education_match.py), a word hyphenated over three lines and text a PDF
stores out of order (test_parse_back.py), "Work" as JSON Resume names the section (test_resume_lines.py)."""

from __future__ import annotations

from datetime import date

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
