"""Rules the resume reader learned from files made by tools it had not seen (the r4 batch): each states a
layout or a language fact, tested on small made-up lines."""

from __future__ import annotations

from datetime import date

from toolkit.check.dates import date_ranges as _ranges
from toolkit.check.reading import _as_drawn, read_resume
from toolkit.check.sections import heading_of
from toolkit.models.dates import PartialDate

TODAY = date(2026, 12, 1)


def date_ranges(line: str, today: date) -> list:
    return list(_ranges(line, today))


def jobs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(job.title, job.employer, job.start, job.end) for job in read_resume(text, TODAY).jobs]


def test_a_spacing_accent_drawn_before_its_letter_is_read_on_it():
    # pdfTeX's older font encodings store "ó" as "´" then "o": the heading and the names read as printed.
    text = "Ana Ruiz\nExperiencia\nDesarrolladora, Compa˜nía Espa˜nola S.L.\t2019 – 2021\nFormaci´on\nGrado\t2016\n"
    reading = read_resume(text, TODAY)
    assert ("Formación", "education") in reading.sections
    assert jobs(text) == [("Desarrolladora", "Compañía Española S.L.", "2019", "2021")]
    assert _as_drawn("Ingenier´ıa, Universit¨at, Syst`eme") == "Ingeniería, Universität, Système"


def test_a_spacing_accent_that_makes_no_letter_stays():
    # an apostrophe typed as an acute accent, a tilde on a vowel, an accent opening a word
    assert _as_drawn("don´t ma˜a ´Area") == "don´t ma˜a ´Area"


def test_a_month_with_a_comma_before_its_year_is_a_date():
    # "April, 2023" (Canva's default date style) as "Nov., 2001" in a LaTeX vita: month, comma, year
    text = "Kim Doe\nExperience\nData Clerk, Northwind Traders\nMarch, 2021 - September, 2022\n• Filed.\n"
    assert jobs(text) == [("Data Clerk", "Northwind Traders", "2021-03", "2022-09")]
    assert date_ranges("(Aug., 2020 to Dec., 2020) Credits", TODAY)[0].start == PartialDate(2020, 8)


def test_a_line_of_dates_alone_is_named_by_the_lines_under_it():
    # a Lebenslauf's date column read before its entry: the dates, then the title, then the employer
    text = """Eva Sommer
Beruflicher Werdegang
01.02.2016 –
31.07.2016
Lagerhelfer
Nordwind Logistik GmbH
01.08.2016 – 31.07.2018
Kassierer
Markthalle Kiel
"""
    assert jobs(text) == [
        ("Lagerhelfer", "Nordwind Logistik GmbH", "2016-02", "2016-07"),
        ("Kassierer", "Markthalle Kiel", "2016-08", "2018-07"),
    ]


def test_a_training_named_by_its_occupation_is_an_entry_not_a_heading():
    # "Ausbildung" alone heads the education section; "Ausbildung zum …" names one apprenticeship
    text = """Eva Sommer
Berufserfahrung
08.2016 – 07.2018
Ausbildung zur Bankkauffrau
Sparkasse Nord
"""
    reading = read_resume(text, TODAY)
    assert [kind for _, kind in reading.sections] == ["work"]
    assert jobs(text) == [("Ausbildung zur Bankkauffrau", "Sparkasse Nord", "2016-08", "2018-07")]
    assert heading_of("Ausbildung") is not None and heading_of("Ausbildung zum Verkäufer") is None


def test_employer_and_place_then_a_dash_then_the_title():
    # a stock word-processor template: "Employer, City, ST — Title" over the dates; the place goes with the
    # employer, so that side is the employer when no word says which is the title
    text = """Lee Hart
Experience
Brightwater Farms, Salem, OR — Groundskeeper
May 2015 - April 2017
Tended the orchards.
Harbor Lights Inc., Portland, OR — Sales Lead
June 2017 - Present
"""
    assert jobs(text) == [
        ("Groundskeeper", "Brightwater Farms", "2015-05", "2017-04"),
        ("Sales Lead", "Harbor Lights Inc.", "2017-06", "present"),
    ]


def test_a_dash_inside_the_title_when_the_employer_is_on_the_next_line():
    # "Title – qualifier" with the dates at the right, the employer and its place on the line below
    text = """Ravi Menon
Experience
Support Engineer – Intern\tJune 2024 – August 2024
Kestrel Systems Pvt Ltd, Pune
• Fixed tickets.
Director – Store Operations\tMarch 2019 – May 2024
Larkspur Retail – Denver, CO
• Ran the stores.
"""
    assert jobs(text) == [
        ("Support Engineer – Intern", "Kestrel Systems Pvt Ltd", "2024-06", "2024-08"),
        ("Director – Store Operations", "Larkspur Retail", "2019-03", "2024-05"),
    ]


def test_a_place_after_a_dash_ends_the_employer():
    text = """Ravi Menon
Work History
Application Support Intern | 2024 - Present
Harlow County School District - Remote
Field Technician | 2021 - 2024
Harlow County School District - Holland, MI
"""
    assert jobs(text) == [
        ("Application Support Intern", "Harlow County School District", "2024", "present"),
        ("Field Technician", "Harlow County School District", "2021", "2024"),
    ]
