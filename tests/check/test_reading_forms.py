"""Rules the resume reader learned from the kinds of misses on the dev half of the corpus (not from one file):
each states a date form, a layout or a language fact, tested on small made-up lines that must and must not
match."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.dates import date_ranges
from toolkit.check.positions import organisation_score, title_score
from toolkit.check.reading import read_resume

TODAY = date(2026, 12, 1)


def spans(line: str) -> list[tuple[str, str | None]]:
    return [(str(found.start), found.end and str(found.end)) for found in date_ranges(line, TODAY)]


def jobs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(job.title, job.employer, job.start, job.end) for job in read_resume(text, TODAY).jobs]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("3 - 4/2014\tMüller GmbH", [("2014-03", "2014-04")]),  # a German CV's date column
        ("5 – 11/2012 TechniSat", [("2012-05", "2012-11")]),
        ("11. - 12.2019 Praktikum", [("2019-11", "2019-12")]),
        ("1 - 2/2013", [("2013-01", "2013-02")]),
    ],
)
def test_two_months_of_one_year_written_once_are_a_range(line, wanted):
    assert spans(line) == wanted


@pytest.mark.parametrize(
    "line",
    [
        "4 - 3/2014",  # an end before its start is no such range
        "13 - 4/2014",  # no 13th month
        "Tel 0351 - 12/2020",  # a number glued to other digits
        "Seite 2 - 3/2014x",
    ],
)
def test_numbers_that_are_no_months_of_one_year_make_no_range(line):
    assert spans(line) == []


@pytest.mark.parametrize(
    "piece", ["FernUniversität in Hagen", "Ingenieurbüro Teichmann", "Bundeswehr", "Stadtwerke München"]
)
def test_a_german_compound_naming_an_organisation_is_an_employer(piece):
    assert organisation_score(piece) == 2
    assert title_score(piece) == 0


@pytest.mark.parametrize("piece", ["Programmierer", "Verkäuferin", "Mitgliederwerber", "Lagerhelfer"])
def test_a_german_compound_naming_an_occupation_is_a_title(piece):
    assert title_score(piece) == 2
    assert organisation_score(piece) == 0


@pytest.mark.parametrize("piece", ["Werk", "Hausmeister", "Schulbegleiter"])
def test_a_short_word_or_an_occupation_is_no_compound_organisation(piece):
    # only a long word ending so is one ("Werk" alone, a "Hausmeister" are not)
    assert organisation_score(piece) == 0


def test_a_german_date_column_with_the_employer_over_the_title():
    text = (
        "Jana Beispiel\nBeruflicher Werdegang\n"
        "3 - 4/2014\tIngenieurbüro Sommer, Bautzen\nProgrammierer\n"
        "5 - 11/2012\tFernUniversität in Hagen\nWissenschaftliche Hilfskraft\n"
        "Ausbildung\n10/1993 - 10/1999 Studium Elektrotechnik\n"
    )
    assert jobs(text)[0] == ("Programmierer", "Ingenieurbüro Sommer", "2014-03", "2014-04")
    assert jobs(text)[1][1:] == ("FernUniversität in Hagen", "2012-05", "2012-11")


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (["Data Consultant | July", "2022 - February 2023"], ["Data Consultant | July 2022 - February 2023"]),
        (["Music Specialist | November", "2021 - Present", "Self-Employed"], None),
        (["Nurse, St. Mary's   May", "2019 Lakeside Clinic"], ["Nurse, St. Mary's", "May 2019 Lakeside Clinic"]),
    ],
)
def test_a_month_a_narrow_column_left_at_a_line_end_joins_its_year(lines, wanted):
    from toolkit.check.dates import with_wrapped_dates

    got = with_wrapped_dates(lines, TODAY)
    if wanted is None:
        assert got == ["Music Specialist | November 2021 - Present", "Self-Employed"]
    else:
        assert got == wanted


@pytest.mark.parametrize(
    "lines",
    [
        ["You may", "2019 brought a new role"],  # a word that is a month, but set in prose (no separator)
        ["Analyst | March", "Acme Corp"],  # no year below
        ["Analyst | Mayor's Office", "2019 - 2020"],
    ],
)
def test_a_month_word_not_left_by_a_wrap_stays(lines):
    from toolkit.check.dates import with_wrapped_dates

    assert with_wrapped_dates(lines, TODAY) == lines


def test_a_title_and_its_employer_across_a_wrapped_column():
    text = (
        "Sam Lee\nExperience\n"
        "Data Automation Consultant | July\n2022 - February 2023\nEncapture | Dallas, TX\n• Built reports.\n"
        "Choir Teacher | September\n2019 - June 2022\nNorth Valley Schools\n• Taught.\n"
    )
    assert jobs(text) == [
        ("Data Automation Consultant", "Encapture", "2022-07", "2023-02"),
        ("Choir Teacher", "North Valley Schools", "2019-09", "2022-06"),
    ]


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (["Front-End Developer Student at", "SheCodes workshop"], ("Front-End Developer Student", "SheCodes workshop")),
        (
            ["Moxie Pest Control, Norcross, Georgia — Sales", "Representative"],
            ("Sales Representative", "Moxie Pest Control"),
        ),
        (
            ["Squeeze Media — Business Development", "Representative"],
            ("Business Development Representative", "Squeeze Media"),
        ),
    ],
)
def test_a_title_a_line_break_cut_is_read_whole(lines, wanted):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer(lines) == wanted


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (["Acme Corp", "Engineer"], ("Engineer", "Acme Corp")),  # employer over a one-word title: no dash, no join
        (["Lead Engineer at", "Globex"], ("Lead Engineer", "Globex")),
        (["Meet at", "Noon"], None),  # "at" is only cut from a title when an employer was read
    ],
)
def test_lines_that_are_no_broken_title_stay_apart(lines, wanted):
    from toolkit.check.positions import title_and_employer

    got = title_and_employer(lines)
    if wanted is not None:
        assert got == wanted
    else:
        assert not got[0].endswith(" at") or not got[1]


def test_a_dash_title_already_whole_takes_no_word_from_the_next_line():
    from toolkit.check.positions import _rejoined

    assert _rejoined(["Northwind — Analyst", "Contractor"], None)[0] == ["Northwind — Analyst", "Contractor"]
    assert _rejoined(["Acme Corp", "Engineer"], None)[0] == ["Acme Corp", "Engineer"]
    assert _rejoined(["Acme — Berlin Office", "Engineer"], None)[0] == ["Acme — Berlin Office", "Engineer"]


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (["Lire, voyager", "Berne, le 7 février 2015", "Mafalda Rossi"], "2015-02"),
        (["Musik, Lesen", "Dresden, 20.3.2017"], "2017-03"),
        (["München, den 3. Mai 2021"], "2021-05"),
        (["Ana Ruiz", "Last updated: October 18, 2018", "Experience"], "2018-10"),
    ],
)
def test_the_date_a_resume_gives_itself(lines, wanted):
    from toolkit.check.chrome import document_date

    assert str(document_date(lines, date(2026, 11, 1))) == wanted


@pytest.mark.parametrize(
    "lines",
    [
        ["Stanford University, 2019"],  # a degree's line: no day, so no signature
        ["Acme Corp, March 2019"],
        ["Berne, le 7 février 2015", "Experience", "a", "b", "c", "d", "e", "f", "g"],  # not among the last lines
        ["Data Analyst, Acme, 01/03/2019 - 02/04/2020"],  # a range, not a day
    ],
)
def test_lines_that_do_not_date_the_resume(lines):
    from toolkit.check.chrome import document_date

    assert document_date(lines, date(2026, 11, 1)) is None


def test_a_degree_ending_after_the_day_the_resume_is_signed_is_unfinished():
    text = (
        "Mafalda Rossi\nFormation\n"
        "Septembre 2010 - Septembre 2013 : Université de Milan, Bachelor en langues\n"
        "Février 2014 - Décembre 2015 : Université de Berne, Master of Arts en littérature\n"
        "Loisirs\nLire, voyager\nBerne, le 7 février 2015\n"
    )
    read = {degree.level: degree.in_progress for degree in read_resume(text, TODAY).education}
    assert read == {"bachelor": False, "master": True}
    unsigned = text.replace("Berne, le 7 février 2015\n", "")
    assert {degree.level: degree.in_progress for degree in read_resume(unsigned, TODAY).education} == {
        "bachelor": False,
        "master": False,
    }


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("SKILLS & INTERESTS", "skills"),  # joined headings: the first says the kind
        ("Skills and Awards", "skills"),
        ("HONORS, AWARDS & CERTIFICATIONS", "awards"),
        ("Certificates and Awards", "certifications"),
        ("Frameworks, Languages, & Tools", "skills"),
        ("Professional Exams", "certifications"),
        ("Activities and Interests", "interests"),  # a usual name of its own
        ("Professional Teaching & Writing Experience", "work"),  # joined qualifiers of one head word
        ("Research and Teaching Experience", "work"),
    ],
)
def test_a_heading_joined_from_several_takes_the_first_ones_kind(heading, kind):
    from toolkit.check.sections import heading_of

    found = heading_of(heading)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("line", ["Python, Java & Go", "Acme Corp, Berlin and Paris", "Ruby on Rails and Django"])
def test_a_list_or_an_entry_line_is_no_joined_heading(line):
    from toolkit.check.sections import heading_of

    assert heading_of(line) is None


@pytest.mark.parametrize("line", [",,,,, Skills and Tools", "-----, Awards", "& Skills"])
def test_a_heading_that_starts_with_its_joiner_is_read_without_a_crash(line):
    from toolkit.check.sections import heading_of

    heading_of(line)  # a joiner first leaves no first part to read the kind from


@pytest.mark.parametrize(
    ("employer", "wanted"),
    [
        ("Hotel Mercurio 3* Via Hermada 2 21047 Saronno", "Hotel Mercurio 3*"),
        ("Müller GmbH Hauptstraße 5", "Müller GmbH"),
        ("Brightline Dental 120 Main Street", "Brightline Dental"),
        ("Boulangerie Léa Rue de la Paix 12", "Boulangerie Léa"),
    ],
)
def test_a_street_address_after_the_employer_is_no_part_of_its_name(employer, wanted):
    from toolkit.check.addresses import without_address

    assert without_address(employer) == wanted


@pytest.mark.parametrize(
    "employer", ["Viacom", "Via Rail Canada", "RingCentral", "Café de la Rue", "Kingsway Ltd", "Route 66 Diner"]
)
def test_a_name_with_a_street_word_keeps_it(employer):
    from toolkit.check.addresses import without_address

    assert without_address(employer) == employer


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (
            ["Director – IT Operations", "First Look Studios – Century City, CA"],
            ("Director – IT Operations", "First Look Studios"),
        ),
        (["Nurse", "Sunrise Clinic, Palm Springs, CA"], ("Nurse", "Sunrise Clinic")),
    ],
)
def test_a_city_whose_last_word_is_city_or_springs_is_a_place(lines, wanted):
    from toolkit.check.positions import is_place, title_and_employer

    assert title_and_employer(lines) == wanted
    assert is_place("Kansas City, MO") and is_place("Miami Beach, FL")
    assert not is_place("City")  # the word alone names no city


@pytest.mark.parametrize(
    "piece", ["OPERATEUR INDUSTRIEL", "PREPARATEUR PROCESS / CARISTE", "TECNICO DE SOPORTE", "Ingenieur qualite"]
)
def test_a_title_in_capitals_without_its_accents_is_a_title(piece):
    assert title_score(piece) == 2


@pytest.mark.parametrize(
    ("lines", "wanted"),
    [
        (
            ["ADECCO POUR BLEDINA | Nov 2014 - Avr 2016", "PREPARATEUR PROCESS / CARISTE"],
            "PREPARATEUR PROCESS / CARISTE",
        ),
        (["Camarera", "Hotel Sol, Málaga"], "Camarera"),
        (["Boulangerie Martin", "Vendeuse"], "Vendeuse"),
    ],
)
def test_french_and_spanish_occupations_are_read_as_titles(lines, wanted):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer(lines, 0)[0] == wanted


def test_a_job_the_reading_order_put_under_a_sidebar_heading_is_read():
    text = (
        "Sam Lee\nExperience\nSales Representative, Moxie Pest Control\nJanuary 2023 - August 2023\n"
        "I recruited and trained a summer sales team and met every weekly goal we set.\n"
        "Certificates and Awards\nMicrosoft Word Certification\nMarketing Skill Certificate\n"
        "Zions Bank — Peak Time Teller\nAugust 2016 - May 2017\n"
        "I served as a traveling bank teller across the branches of the southern region.\n"
    )
    assert ("Peak Time Teller", "Zions Bank", "2016-08", "2017-05") in jobs(text)


@pytest.mark.parametrize(
    "section",
    [
        "Projects\nWeather App — Lead Developer\n2019 - 2020\nI built a small app that shows the weather anywhere.\n",
        "Certifications\nAWS Solutions Architect — Amazon\n2019 - 2022\n",  # no sentences under it
        "Skills\nPython, SQL, Tableau\n2019 - 2022\nUsed daily for reports of the weekly sales in every region.\n",
    ],
)
def test_entries_of_sections_with_entries_of_their_own_or_no_job_stay_out_of_work(section):
    text = "Sam Lee\nExperience\nAnalyst, Northwind\n2020 - 2023\n" + section
    assert [job[:2] for job in jobs(text)] == [("Analyst", "Northwind")]


def test_no_job_is_read_from_a_sidebar_when_the_resume_has_no_work_section():
    text = (
        "Sam Lee\nSkills\nZions Bank — Peak Time Teller\nAugust 2016 - May 2017\n"
        "I served as a traveling bank teller across the branches of the southern region.\n"
    )
    assert jobs(text) == []


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Stephen Wade Cadillac —Sales Representative", ("Sales Representative", "Stephen Wade Cadillac")),
        ("Zions Bank– Peak Time Teller", ("Peak Time Teller", "Zions Bank")),
    ],
)
def test_a_dash_spaced_on_one_side_sets_employer_and_title_apart(line, wanted):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer([line]) == wanted


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Programming Languages & Tools", "skills"),  # a usual name first in a joined heading says the kind
        ("Languages & Tools", "skills"),
        ("Volunteer Activities", "volunteer"),
        ("Skills Summary", "skills"),
        ("Language Proficiency", "languages"),
        ("Advising", "other"),
        ("Professional Service", "activities"),
        ("Ehrenamtliche Tätigkeiten", "volunteer"),
        ("Persönliche Stärken", "skills"),
        ("Langues parlées", "languages"),
        ("Centres d'intérêts", "interests"),
        ("Referencias laborales", "references"),
        ("Career Overview", "summary"),
        ("AUTRES EXPERIENCES", "other"),  # other experience is not the work history
        ("Persönliche Erfahrung", "other"),
        ("Otras experiencias", "other"),
        ("Other Experience", "other"),
        ("Courses & Certifications", "certifications"),  # "&" and "and" are one heading
        ("Ausbildung & Studium", "education"),
        ("Employment Record", "work"),
        ("Praktische Erfahrung", "work"),
        ("Trayectoria laboral", "work"),
        ("Historique professionnel", "work"),
        ("Scolarité", "education"),
        ("Fachliche Kompetenzen", "skills"),
        ("Tech Stack", "skills"),
        ("Autres expériences professionnelles", "work"),  # a qualifier before a usual name keeps its kind
        ("Principales compétences", "skills"),
        ("Otros estudios", "education"),
        ("Weitere Ausbildung", "education"),
        ("Relevante Berufserfahrung", "work"),  # German puts the head word last
        ("Weitere berufliche Erfahrungen", "work"),
        ("Sprachliche Kenntnisse", "languages"),
        ("Conocimientos de idiomas", "languages"),
        ("Relevant Courses Taken", "courses"),  # a word after the head word keeps its kind
        ("Certifications Obtained", "certifications"),
        ("Languages Spoken", "languages"),
    ],
)
def test_more_usual_headings_are_read_with_their_kind(heading, kind):
    from toolkit.check.sections import heading_of

    found = heading_of(heading)
    assert found is not None and found.kind == kind


def test_usual_names_joined_open_a_section_even_right_under_another_heading():
    # a two-column layout reads a sidebar's heading right before the main column's
    from toolkit.check.sections import read_sections

    _, names = read_sections(
        "Ana Ruiz\nHabilidades\nTrayectoria y Experiencia\nDesarrolladora, Beta S.A.\t2019 - 2021\n"
    )
    assert names == ["Habilidades", "Trayectoria y Experiencia"]
    # a line that only ends with a head word stays the first line of the section above it
    _, names = read_sections("Ana Ruiz\nEducation\nInstitute of Example Certifications\nBSc, 2019\n")
    assert names == ["Education"]


def in_progress(section: str) -> list[bool]:
    return [read.in_progress for read in read_resume(f"Ana Ruiz\nEducation\n{section}", TODAY).education]


@pytest.mark.parametrize(
    "note",
    [
        "(not yet completed)",
        "(discontinued)",
        "(Abbruch)",
        "ohne Abschluss",
        "en cours d'obtention",
        "abandonné",
        "en progreso",
        "sin terminar",
    ],
)
def test_a_degree_said_unfinished_in_any_wording_is_not_held(note):
    assert in_progress(f"Bachelor of Science, Eastmoor University\t2016 - 2019\n{note}\n") == [True]


@pytest.mark.parametrize("note", ["currently pursuing", "final-year student", "Doktoratsstudentin"])
def test_a_degree_someone_is_studying_for_is_unfinished_unless_a_past_end_says_done(note):
    assert in_progress(f"Master of Science, Eastmoor University\t2025 - 2027\n{note}\n") == [True]
    assert in_progress(f"Master of Science, Eastmoor University\n{note}\n") == [True]


@pytest.mark.parametrize("note", ["Graduated with honours", "Thesis: a study of ongoing-care costs", "GPA 3.8"])
def test_a_finished_degree_stays_held(note):
    assert in_progress(f"Bachelor of Science, Eastmoor University\t2016 - 2019\n{note}\n") == [False]


@pytest.mark.parametrize(
    ("drawn", "read"),
    [
        ("University of Hawai‘i at M¯anoa", "University of Hawai‘i at Mānoa"),
        ("Anton Dvoˇr´ak", "Anton Dvořák"),
        ("˚Arhus Universitet", "Århus Universitet"),
        ("Mary´s Bakery", "Mary´s Bakery"),  # an acute typed as an apostrophe stays
        ("x ¯ y", "x ¯ y"),  # a macron on no letter stays
    ],
)
def test_a_macron_caron_or_ring_drawn_before_its_letter_is_read_on_it(drawn, read):
    from toolkit.check.reading import _as_drawn

    assert _as_drawn(drawn) == read


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("enero de 2020 – marzo de 2021", [("2020-01", "2021-03")]),  # Spanish "de" between month and year
        ("abril de 2019 - actualidad", [("2019-04", None)]),
        ("1 de enero de 2020 - 3 de marzo de 2021", [("2020-01", "2021-03")]),
        ("2019–20 Teaching Assistant", [("2019", "2020")]),  # an academic year
        ("2019-20", [("2019", "2020")]),
        ("1998 – 99", [("1998", "1999")]),
    ],
)
def test_more_range_forms(line, wanted):
    assert spans(line) == wanted


@pytest.mark.parametrize("line", ["2019-04", "2011-12", "2019–18", "Tel 2019-20-30", "Universidad de 2019"])
def test_a_month_a_number_or_a_year_alone_is_no_range(line):
    assert spans(line) == []


COLUMN_FIRST = (
    "Since 2013\n2009-2012\n2008 (3 months)\nPython\nLinux\n"
    "Ana Ruiz\nExperience\n"
    "Data Scientist for Airconomy (Frankfurt am Main, Germany).\n"
    "Data mining on various sources to forecast passenger demands over airline networks.\n"
    "PhD in Operations Research with Amadeus (Sophia Antipolis, France).\n"
    "Researched how to assign aircraft on an airline network in the most efficient way.\n"
    "Internship at Rio Tinto Alcan (Clermont Ferrand, France).\n"
    "Co-authored a library for optimizing the revenue of a metal factory in the region.\n"
)


def test_a_column_of_dates_read_before_the_entries_dates_them_in_order():
    assert jobs(COLUMN_FIRST) == [
        ("Data Scientist", "Airconomy", "2013", "present"),
        ("PhD in Operations Research", "Amadeus", "2009", "2012"),
        ("Internship", "Rio Tinto Alcan", "2008", "2008"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        COLUMN_FIRST.replace("2008 (3 months)\n", ""),  # two dates for three jobs: which goes where is unknown
        COLUMN_FIRST.replace("Since 2013\n", "Since 2013\nBerlin, Germany\n"),  # the run is broken
    ],
)
def test_jobs_stay_undated_when_no_run_of_dates_matches_them(text):
    assert all(job[2] is None for job in jobs(text))


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Analista de datos en Northwind S.A.", ("Analista de datos", "Northwind S.A.")),
        ("Ingénieur à Airbus SAS", ("Ingénieur", "Airbus SAS")),
        ("Data Analyst (Northwind Inc.)", ("Data Analyst", "Northwind Inc.")),
        ("Research Assistant (University of Bremen)", ("Research Assistant", "University of Bremen")),
    ],
)
def test_an_employer_named_after_en_or_in_brackets_when_it_is_an_organisation(line, wanted):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer([line]) == wanted


@pytest.mark.parametrize(
    "line",
    [
        "Técnico en Sistemas Informáticos",  # "en" before a field, not an employer
        "Licenciado en Informática",
        "Engineer in Test",
        "Data Engineer (Contract)",  # brackets that qualify the title
        "Certified Pharmacy Technician (Inpatient Pharmacy)",
        "Software Engineer (Backend Team)",  # a unit, not a named organisation
    ],
)
def test_a_title_with_en_or_brackets_stays_whole(line):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer([line]) == (line, "")


@pytest.mark.parametrize("line", ["autres formations en ligne et en présentiel", "Ausbildung zum Verkäufer"])
def test_a_qualified_heading_needs_the_whole_line_to_be_one(line):
    from toolkit.check.sections import heading_of

    assert heading_of(line) is None


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Developer, Acme GmbH\t2020 –", [("2020", None)]),  # a start and a dash: going on
        ("Eastmoor University (Sep 2024 – )", [("2024-09", None)]),
        ("2016 – 2019", [("2016", "2019")]),
    ],
)
def test_a_range_with_no_end_yet_goes_on(line, wanted):
    assert spans(line) == wanted
    assert all(found.ongoing for found in date_ranges(line, TODAY) if found.end is None)


@pytest.mark.parametrize("line", ["2030 –", "Pages 10 -", "ISO 9001 -x"])
def test_a_dash_after_no_date_or_a_future_year_is_no_open_range(line):
    assert spans(line) == []


def test_a_range_broken_after_its_dash_still_joins_the_end_on_the_next_line():
    text = "Kim Doe\nBeruflicher Werdegang\n04.01.2016 -\n08.01.2016\nBundeswehr\nFallschirmjäger, Seedorf\n"
    assert [job[2:] for job in jobs(text)] == [("2016-01", "2016-01")]


@pytest.mark.parametrize(
    "line",
    [
        "M.Sc. Computer Science, Eastmoor University\t2025 –",
        "M.Sc. Computer Science, Eastmoor University (2025–)",
        "Ph.D. in Physics (ABD), Eastmoor University\t2019 – 2023",
        "Bachelor of Arts, Eastmoor University\t3rd year",
        "Bachelor of Arts, Eastmoor University\tYear 2 of 4",
    ],
)
def test_a_degree_begun_and_not_ended_is_unfinished(line):
    assert in_progress(line + "\n") == [True]


@pytest.mark.parametrize(
    ("lines", "dated_line", "wanted"),
    [
        (
            ["Certified Pharmacy Technician (Inpatient", "Pharmacy"],
            None,
            "Certified Pharmacy Technician (Inpatient Pharmacy)",
        ),
        (
            ["Pharmacy Technician (Inpatient", "Pharmacy)", "Lakeside Hospital"],
            2,
            "Pharmacy Technician (Inpatient Pharmacy)",
        ),
    ],
)
def test_a_title_broken_inside_its_brackets_is_read_whole(lines, dated_line, wanted):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer(lines, dated_line)[0] == wanted


def test_lines_with_closed_brackets_stay_apart():
    from toolkit.check.positions import _rejoined

    assert _rejoined(["Data Engineer (Contract)", "Acme Inc."], 0) == (["Data Engineer (Contract)", "Acme Inc."], 0)
    # the dated line moves with the lines joined above it
    assert _rejoined(["Technician (Inpatient", "Pharmacy)", "Lakeside Hospital"], 2) == (
        ["Technician (Inpatient Pharmacy)", "Lakeside Hospital"],
        1,
    )


GERMAN_TIMELINE = (
    "Jana Beispiel\nBerufserfahrung\n"
    "03/2019 – heute\tMuster GmbH, Berlin\nSoftwareentwickler\n"
    "01/2017 – 02/2019\tBeispiel AG, Hamburg\nProjektleiter\n"
    "05/2015 – 12/2016\tHansen Stahlbau\nSchweißerin\n"
)


def test_an_entry_whose_words_do_not_tell_follows_the_sections_layout():
    # two entries tell the employer is on the dates' line and the title under it; the third follows them
    assert jobs(GERMAN_TIMELINE)[-1][:2] == ("Schweißerin", "Hansen Stahlbau")


def test_a_section_whose_entries_disagree_or_do_not_tell_keeps_the_dated_line_as_title():
    one_told = GERMAN_TIMELINE.replace("Beispiel AG, Hamburg\nProjektleiter", "Nordlicht\nSchichtdienst")
    assert jobs(one_told)[-1][:2] == ("Hansen Stahlbau", "Schweißerin")  # one entry alone sets no layout
    split = GERMAN_TIMELINE.replace("Beispiel AG, Hamburg\nProjektleiter", "Projektleiter\nBeispiel AG")
    assert jobs(split)[-1][:2] == ("Hansen Stahlbau", "Schweißerin")  # one says first line, one says second


@pytest.mark.parametrize(
    "body",
    [
        # Europass: labels in a column, the employer's a few lines under the title's
        "Dates\t2019 – 2021\nOccupation or position held\tData Analyst\n"
        "Main activities and responsibilities\tReports on sales.\n"
        "Name and address of employer\tNorthwind Traders, Berlin\n",
        "Position: Data Analyst\nEmployer: Northwind Traders\nDates: 2019 – 2021\n",
        "Data Analyst\nCompany: Northwind Traders\nPeriod: 2019 – 2021\n",
        "Position: Data Analyst\t2019 – 2021\nCompany: Northwind Traders\n",
    ],
)
def test_a_form_that_labels_the_fields_is_read_by_its_labels(body):
    assert jobs("Ana Ruiz\nWork Experience\n" + body) == [("Data Analyst", "Northwind Traders", "2019", "2021")]


def test_labels_in_french_and_a_line_under_another_label_names_nothing():
    body = "Poste : Analyste de données\nEmployeur : Northwind SARL\nPériode : 2019 – 2021\n"
    assert jobs("Ana Ruiz\nExpérience professionnelle\n" + body) == [
        ("Analyste de données", "Northwind SARL", "2019", "2021")
    ]


@pytest.mark.parametrize("line", ["Data Analyst: Reporting", "Note: remote", "Acme Corp\tBerlin"])
def test_a_colon_or_tab_after_no_label_is_no_labelled_field(line):
    from toolkit.check.positions import labelled

    assert labelled(line) is None


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("WORK EXPERIENCE (Selected)", "work"),  # a note in brackets after a usual name
        ("Berufserfahrung (Auswahl)", "work"),
        ("Languages (spoken)", "languages"),
        ("PROFESSIONAL EXPERIENCE CONTINUED", "work"),
    ],
)
def test_a_usual_heading_with_a_note_after_it_is_read(heading, kind):
    from toolkit.check.sections import heading_of

    found = heading_of(heading)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "line", ["Research (2019–2021)", "Data Engineer (Contract)", "Weiterbildung/Training Javaprogrammierung"]
)
def test_an_entry_with_brackets_or_a_slash_is_no_heading(line):
    from toolkit.check.sections import heading_of

    assert heading_of(line) is None
