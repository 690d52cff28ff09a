"""Education as an ATS reads it: degree, level, school, end, and whether it is finished, in the layouts and
languages other tools make."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.reading import read_resume

TODAY = date(2026, 12, 1)


def degrees(section: str) -> list[tuple[str, str | None, str, str | None, bool]]:
    reading = read_resume(f"Ana Ruiz\nEducation\n{section}", TODAY)
    return [(read.degree, read.level, read.school, read.end, read.in_progress) for read in reading.education]


def test_a_degree_over_its_school_with_an_expected_end_is_unfinished():
    section = """M.S. in Data Science (part-time)\texpected 2027
Northbridge Institute of Technology\tBoston, MA
B.S. in Applied Mathematics\t2016
Eastmoor State University\tLowell, MA
"""
    assert degrees(section) == [
        ("M.S. in Data Science (part-time)", "master", "Northbridge Institute of Technology", "2027", True),
        ("B.S. in Applied Mathematics", "bachelor", "Eastmoor State University", "2016", False),
    ]


def test_a_range_still_going_on_takes_the_expected_date_printed_under_it():
    section = """Doctor of Philosophy (Ph.D.) student in Computational Biology\t2021/09 - now
Carrow University\tPittsburgh, PA
Advisor: Prof. Ingrid Lindqvist. Expected completion: May 2027.
"""
    assert degrees(section) == [
        (
            "Doctor of Philosophy (Ph.D.) student in Computational Biology",
            "doctorate",
            "Carrow University",
            "2027-05",
            True,
        )
    ]


def test_a_student_of_a_school_left_in_the_past_holds_what_it_gave():
    section = """[ 01/09/2015 – 01/06/2019 ]\tStudent
Mathematics High School "Geo Milev"
"""
    assert degrees(section) == [("Student", "high-school", 'Mathematics High School "Geo Milev"', "2019-06", False)]


def test_degree_and_school_on_one_line_in_french_spanish_and_a_school_alone():
    assert degrees("2017\tBTS Gestion des transports – Lycée Marcel-Ferrandier, Argenteuil\n") == [
        ("BTS Gestion des transports", "associate", "Lycée Marcel-Ferrandier", "2017", False)
    ]
    spanish = "sept. 2025 – jun. 2027 (en curso)\nMáster en Dirección de Personas · Universidad del Nervión\n"
    assert degrees(spanish) == [
        ("Máster en Dirección de Personas", "master", "Universidad del Nervión", "2027-06", True)
    ]
    assert degrees("2002-2005\nPreparatory classes in Lycée Thiers (Marseille, France).\n") == [
        ("Preparatory classes", None, "Lycée Thiers", "2005", False)
    ]


def test_a_degree_set_before_its_school_and_a_note_in_brackets():
    assert degrees("PhD Princeton University, Computer Science\nSept 2018 – May 2023\n")[0][:3] == (
        "PhD",
        "doctorate",
        "Princeton University",
    )
    assert degrees("2019\tLicence professionnelle Logistique – IUT de Saint-Aubin (en alternance)\n")[0][2] == (
        "IUT de Saint-Aubin"
    )


def test_lines_that_name_no_degree_and_no_school_are_none():
    assert degrees("Magna Cum Laude\nCum. GPA: 3.83 / 4.0\n") == []


def test_the_award_is_the_degree_and_the_named_school_the_school():
    assert degrees("High School Diploma\nLincoln High School, Omaha, NE\t2010\n") == [
        ("High School Diploma", "high-school", "Lincoln High School", "2010", False)
    ]
    assert degrees("Certificate in Medical Billing and Coding, Penn Foster, 2019\n")[0][2] == "Penn Foster"
    assert degrees("Abitur, Goethe-Gymnasium Frankfurt, 2010\n")[0][:3] == (
        "Abitur",
        "high-school",
        "Goethe-Gymnasium Frankfurt",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Master en Informatique (en cours)",  # the date reader takes "en cours" as the end of a range
        "Máster en Informática (actualidad)",
        "B.Sc. Computer Science (current)",
        "Bachelor of Science Informatik (heute)",
    ],
)
def test_a_word_for_until_now_in_brackets_after_an_undated_degree_says_it_is_unfinished(heading):
    (read,) = degrees(f"{heading}\nEastmoor State University\n")
    assert read[4] is True and read[3] is None


def test_a_degree_with_its_year_in_brackets_is_held():
    assert degrees("B.Sc. Computer Science (2015)\nEastmoor State University\n")[0][3:] == ("2015", False)


@pytest.mark.parametrize(
    ("line", "end", "in_progress"),
    [
        ("Eastmoor State University, Class of 2028", "2028", True),
        ("Eastmoor State University, Class of 2015", "2015", False),
        ("Graduation: May 2028", "2028-05", True),
        ("Graduation: May 2015", "2015-05", False),
        ("Graduating 2027", "2027", True),
    ],
)
def test_a_class_year_or_graduation_date_ends_the_degree_and_a_future_one_leaves_it_unfinished(line, end, in_progress):
    (read,) = degrees(f"Bachelor of Science in Nursing\n{line}\n")
    assert read[3:] == (end, in_progress)
