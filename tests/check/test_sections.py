"""Section headings as other tools set them: in capitals without their accents, wrapped over two lines, a
heading right over a sub-heading, two kinds joined by "and"."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.reading import read_resume
from toolkit.check.sections import heading_of, section_names, split_sections


def test_capitals_that_drop_their_accents_still_name_the_section():
    assert heading_of("EXPERIENCE PROFESSIONNELLES").kind == "work"
    assert heading_of("COMPETENCES").kind == "skills"
    assert heading_of("ETAT CIVIL").kind == "contact"
    assert heading_of("LANGUES NATIONALES").kind == "languages"
    assert heading_of("EXPÉRIENCES DE BÉNÉVOLAT").kind == "volunteer"


def test_a_heading_wrapped_after_its_and_is_one_heading():
    text = "Boris L\nWORK EXPERIENCE\nIntern\nEDUCATION AND\nTRAINING\nBachelor's Degree\n"
    assert section_names(text) == ["Work Experience", "Education And Training"]
    assert ("Education And Training", "Bachelor's Degree") in split_sections(text)


def test_a_heading_over_a_sub_heading_is_listed_and_a_head_word_line_under_a_heading_is_content():
    text = "Jo\nHonors & Awards\nInternational Awards\n2021 2nd Place\n"
    text += "Education\nInstitution of Example Certifications\nBA"
    assert section_names(text) == ["Honors & Awards", "Education"]
    assert ("Education", "Institution of Example Certifications") in split_sections(text)
    reading = read_resume(text, date(2026, 12, 1))
    assert reading.sections == [("Honors & Awards", "awards"), ("Education", "education")]


def test_two_kinds_joined_read_as_the_first_when_the_second_names_none():
    assert heading_of("Skills and Tech").kind == "skills"
    assert heading_of("Activities and interests").kind == "interests"


def test_a_heading_wrapped_after_of_or_de_is_one_heading():
    assert section_names("X\nSUMMARY OF\nQUALIFICATIONS\nfoo\nEXPÉRIENCES DE\nBÉNÉVOLAT\nbar") == [
        "Summary Of Qualifications",
        "Expériences De Bénévolat",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• Performed general DevOps activities;", None),  # LibreOffice CV: a bullet under a job
        ("Organised community outreach activities,", None),  # a list running on after its comma
        ("● Led volunteer activities", None),
        ("Compétences acquises : Créativité, Organisation, Patience", None),  # a label with its values (Canva)
        ("Technical Skills: Python, SQL, Docker", None),
        ("Extracurricular Activities", "activities"),  # must: a heading of its own
        ("EXPERIENCE PROFESSIONNELLE :", "work"),  # must: a heading's own colon ends it
        ("• SKILLS", "skills"),  # must: a usual name stays a heading whatever decorates it
        ("Professional Experience", "work"),
    ],
)
def test_an_item_of_a_list_or_a_labelled_line_is_no_heading_by_its_words(line, kind):
    heading = heading_of(line)
    assert (heading.kind if heading else None) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PERSÖNLICHE KOMPETENZEN", "skills"),  # German head word last: any "… Kompetenzen"
        ("Soziale Kompetenzen", "skills"),
        ("Qualificação Profissional", "skills"),
        ("IDIOMA", "languages"),  # the singular, Spanish and Portuguese
        ("CURSOS REALIZADOS", "courses"),  # Spanish and Portuguese head word first
        ("Kurse und Seminare", "courses"),
        ("PARCOURS DE FORMATION", "education"),
        ("PC-KENNTNISSE", "skills"),
        ("Bildungsabschlüsse", "education"),
        # must not: an entry's line or a sentence that starts or ends with such a word
        ("Cursos de inglés en Londres.", None),
        ("Ehrenamtlicher Trainer beim TSV Kempten", None),
        ("Kompetenzen", "skills"),
    ],
)
def test_headings_named_by_their_head_word_in_german_spanish_portuguese_and_french(line, kind):
    heading = heading_of(line)
    assert (heading.kind if heading else None) == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # must: a usual name set as one item among bulleted items opens no section (Pages Lebenslauf)
        ("Jo\nINTERESSEN\n•\tSOFTWARE\n•\tSPRACHEN\n•\tFITNESS\n", ["Interessen"]),
        ("Jo\nSkills\n• Python\n• Software\n• Teamwork\n", ["Skills"]),
        # must not: a decorated heading alone, between lines without that bullet, still opens its section
        ("Jo\n• SKILLS\nPython, SQL\n• EDUCATION\nBSc Physics\n", ["Skills", "Education"]),
    ],
)
def test_a_usual_name_among_bulleted_items_is_an_item(text, names):
    assert section_names(text) == names
