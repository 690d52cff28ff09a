"""Rules the resume reader learned from the 23 files moved from the held-back half into dev (round 5): each
states a layout or a language fact, with cases it must read and cases it must not, on small made-up lines."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.places import is_place
from toolkit.check.reading import read_resume
from toolkit.check.sections import heading_of

TODAY = date(2026, 12, 1)


def jobs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(job.title, job.employer, job.start, job.end) for job in read_resume(text, TODAY).jobs]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Denver, Colorado", True),  # a state by its name, as by its code
        ("Kent, Ohio", True),
        ("Toulouse - France", True),  # a city and its country set apart by a spaced dash
        ("Lyon – France", True),
        ("Acme Inc - France", False),  # an employer before its country
        ("Data Engineer - Spain", False),
        ("Software Engineer, Ohio", False),
        ("Kent State University, Kent, Ohio", False),
        ("Fanduel, Atlanta, GA", False),  # an employer, then its city
    ],
)
def test_a_place_is_a_city_with_its_state_or_country(text, place):
    assert is_place(text) is place


def test_a_line_of_place_between_the_names_and_the_dates_is_passed_over():
    text = """Sam Reed
Employment History
Northwind Traders
Systems Engineer
Denver, Colorado
01/2022 - Present
Kept the servers up for a hundred people in three offices across the state.
Contoso Ltd
Support Engineer
Boulder, Colorado
03/2017 - 12/2021
Answered the phone.
"""
    assert jobs(text) == [
        ("Systems Engineer", "Northwind Traders", "2022-01", "present"),
        ("Support Engineer", "Contoso Ltd", "2017-03", "2021-12"),
    ]


def test_a_line_that_names_something_above_the_dates_is_not_passed_over():
    # the title right above the dates, the employer above it: nothing to pass over
    text = "Sam Reed\nExperience\nNorthwind Traders\nSystems Engineer\n01/2022 - Present\n• Kept servers up.\n"
    assert jobs(text) == [("Systems Engineer", "Northwind Traders", "2022-01", "present")]


def test_a_place_between_the_employer_and_the_title_is_passed_over():
    # a Word CV's entry: employer, "City - Country", title, dates
    text = """Léa Martin
Expérience Professionnelle
Infotel
Toulouse - France
Ingénieur R&D
Janvier 2010 - Octobre 2013
Conception d'une plateforme web.
Scassi Conseil
Toulouse - France
Ingénieur Sécurité
Juillet 2008 - Décembre 2009
Audit de code.
"""
    assert jobs(text) == [
        ("Ingénieur R&D", "Infotel", "2010-01", "2013-10"),
        ("Ingénieur Sécurité", "Scassi Conseil", "2008-07", "2009-12"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Opencube Technologies", None),  # an employer's name that ends with a heading's head word
        ("Nordwind Technologies", None),
        ("Tools & Technologies", "skills"),  # joined with a usual heading's word, it is a heading
        ("Skills and Technologies", "skills"),
        ("Technical Skills", "skills"),
    ],
)
def test_a_name_ending_as_an_employers_does_is_no_heading(line, kind):
    found = heading_of(line)
    assert (found.kind if found else None) == kind


def test_a_dash_inside_the_title_when_the_employer_is_on_the_line_above():
    # the employer over "Title - Specialty<tab>dates": the dash is inside the title, the employer above it
    text = """Léa Martin
Expérience Professionnelle
Opencube Technologies\tToulouse - France
Stagiaire - Développeur\tMars 2007 - Septembre 2007
› Réalisation d'une API.
Karobas\tNice - France
Stagiaire - Administrateur Réseau\tMars 2005 - Septembre 2005
› Restructuration du réseau.
"""
    assert jobs(text) == [
        ("Stagiaire - Développeur", "Opencube Technologies", "2007-03", "2007-09"),
        ("Stagiaire - Administrateur Réseau", "Karobas", "2005-03", "2005-09"),
    ]


def test_a_title_and_employer_set_apart_by_a_dash_on_the_line_of_the_dates_stay_two():
    # nothing above names the entry: the dash sets the title and the employer apart
    text = "Sam Reed\nExperience\nData Analyst - Northwind Traders\t2019 - 2021\n• Built reports.\n"
    assert jobs(text) == [("Data Analyst", "Northwind Traders", "2019", "2021")]


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("INFOTEL [Recherche et Développement]\tToulouse - France", "INFOTEL"),  # the unit in brackets
        ("Karobas [Jeux Vidéo]", "Karobas"),
        ("Acme [AI] Labs", "Acme AI Labs"),  # brackets inside the name are the name's
    ],
)
def test_an_aside_in_square_brackets_after_the_employer_is_not_its_name(line, employer):
    text = f"Sam Reed\nExperience\n{line}\nData Analyst\tJan 2019 - Mar 2021\n• Built reports.\n"
    assert [job[1] for job in jobs(text)] == [employer]


@pytest.mark.parametrize(
    ("dates", "end", "in_progress"),
    [
        ("01/10/2018–andauernd", None, True),  # German "ongoing" after the dash
        ("10/2018 – fortlaufend", None, True),
        ("01/10/2018–", None, True),  # a dash and nothing after it before the tab: no end yet
        ("01/10/2014–31/08/2017", "2017-08", False),  # a range that ended: held
        ("2014 – 2017", "2017", False),
    ],
)
def test_a_degree_whose_range_has_no_end_is_not_read_as_held(dates, end, in_progress):
    text = f"Eva Sommer\nStudium\n{dates}\tMasterstudium Mechatronik\nLeibniz Universität Hannover\n"
    read = read_resume(text, TODAY).education
    assert [(degree.end, degree.in_progress) for degree in read] == [(end, in_progress)]


def test_an_italian_cv_is_read_by_its_headings_months_and_words():
    text = """Piero Rossi
Formazione
Politecnico di Torino\tTorino, Italia
Laurea Magistrale in Ingegneria Informatica\tOtt. 2017 - Prev. Mar. 2020
Esperienze Professionali
Feedback Italia s.r.l.\tMoncalieri, Italia
Sviluppatore Android\tMar. 2017 - Lug. 2017
Compiti svolti:
• Ho lavorato sul progetto principale.
Competenze e conoscenze acquisite:
• Python e strumenti.
SanremoBio\tSanremo, Italia
Graphic Designer\tLug. 2014 - Ora
Competenze
Python, Java
"""
    reading = read_resume(text, TODAY)
    assert [kind for _, kind in reading.sections] == ["education", "work", "skills"]
    assert jobs(text) == [
        ("Sviluppatore Android", "Feedback Italia s.r.l.", "2017-03", "2017-07"),
        ("Graphic Designer", "SanremoBio", "2014-07", "present"),
    ]
    assert [(degree.level, degree.in_progress) for degree in reading.education] == [("master", True)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Competenze e conoscenze acquisite:", None),  # a label inside an entry, in sentence case, with a colon
        ("Compétences acquises :", None),
        ("Personal skills:", "skills"),  # its last word is a heading's head word
        ("Technical Skills:", "skills"),
        ("Competenze", "skills"),
        ("Compétences techniques", "skills"),  # sentence case without a colon is still a heading
    ],
)
def test_a_sentence_case_label_with_a_colon_opens_no_section(line, kind):
    found = heading_of(line)
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("dates", "in_progress"),
    [
        ("Sep 2016 – Exp. Jun 2019", True),  # the range's end is expected, not reached
        ("Ott. 2017 - Prev. Mar. 2020", True),
        ("Sep 2016 – Jun 2019", False),
    ],
)
def test_a_degree_whose_range_ends_on_an_expected_date_is_not_read_as_held(dates, in_progress):
    text = f"Ana Ruiz\nEducation\nMaster of Science in Physics\t{dates}\nUniversity of Leeds\n"
    assert [degree.in_progress for degree in read_resume(text, TODAY).education] == [in_progress]


def test_a_city_and_region_on_the_dates_line_under_employer_and_title_is_a_place():
    text = """Ana Ruiz
Professional Experience
Ikergune - INZU Group - Software Engineer
San Sebastián, Basque Country, Spain\tAugust 2022 - January 2023
• Built the integration pipeline.
Nordwind - Data Analyst
Recife, Pernambuco\tJuly 2016 - January 2019
• Built reports.
"""
    assert jobs(text) == [
        ("Software Engineer", "Ikergune - INZU Group", "2022-08", "2023-01"),
        ("Data Analyst", "Nordwind", "2016-07", "2019-01"),
    ]


def test_an_employer_and_its_city_on_the_dates_line_under_a_title_stay_the_employer():
    # the line above names one field (the title): "Fanduel, Atlanta, GA" is the employer and its place
    text = """Ana Ruiz
Experience
Software Engineer
Fanduel, Atlanta, GA\tAugust 2022 - January 2023
• Built the integration pipeline.
"""
    assert [job[:2] for job in jobs(text)] == [("Software Engineer", "Fanduel")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ikergune - INZU Group - Software Engineer", ("Software Engineer", "Ikergune - INZU Group")),
        ("Software Engineer - Ikergune - INZU Group", ("Software Engineer", "Ikergune - INZU Group")),
        ("Acme - Beta - Gamma", None),  # no part is a title by its words: not cut so
    ],
)
def test_three_dashed_parts_with_the_title_at_one_end(line, expected):
    from toolkit.check.positions import dash_ends

    assert dash_ends(line) == expected


GUTTER = """Aitor Llamas
Programador
Contact Email
aitor@example.com
About
Apasionado del ecosistema JavaScript
Work Colba Technologies S.L.\tJan 2021 – Present
Programador Senior Frontend Angular\tcolba.es
Highlights
Desarrollar una herramienta de gestión
BeLike Software\tJan 2020 – Dec 2020
Programador Senior Frontend Angular\twww.belikesoftware.com
Highlights
Desarrollar una herramienta de formularios
Irontec\tJul 2014 – Aug 2016
Programador Fullstack\twww.irontec.com
Highlights
Desarrollar soluciones de software
Education Centro de Estudios Almi\tNov 2013 – Jun 2014
Tecnologías de la Información
Skills Frontend
Angular, React
"""


def test_headings_in_a_gutter_beside_their_first_line_outnumbering_a_recurring_label():
    # JSON Resume's "elegant" theme: each heading in a left gutter on its section's first line; "Highlights"
    # under every job is a label, not a section
    reading = read_resume(GUTTER, TODAY)
    assert [name for name, _ in reading.sections] == ["Contact", "About", "Work", "Education", "Skills"]
    assert [(job.employer, job.start) for job in reading.jobs] == [
        ("Colba Technologies S.L.", "2021-01"),
        ("BeLike Software", "2020-01"),
        ("Irontec", "2014-07"),
    ]


def test_headings_on_lines_of_their_own_are_not_read_from_a_gutter():
    # a usual resume: its headings stand alone; "Skills Python" at a line's start opens no section
    text = """Kim Doe
Experience
Data Analyst, Northwind Traders\t2019 - 2021
• Built reports.
Skills Python was my main tool.
Education
BSc Physics, University of Leeds\t2015 - 2019
Skills
Python, SQL
"""
    assert [name for name, _ in read_resume(text, TODAY).sections] == ["Experience", "Education", "Skills"]


def test_a_heading_set_twice_is_still_a_heading():
    # "Experience" again after a page break ("continued") is read as a heading both times
    text = "Kim Doe\nExperience\nData Analyst, Northwind\t2019 - 2021\nExperience\nClerk, Contoso\t2017 - 2019\n"
    assert [(job.title, job.employer) for job in read_resume(text, TODAY).jobs] == [
        ("Data Analyst", "Northwind"),
        ("Clerk", "Contoso"),
    ]


@pytest.mark.parametrize(
    ("line", "phone"),
    [
        ("1\t2011–2012", ""),  # a page number, then a range of years
        ("Tel. +33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ],
)
def test_a_range_of_years_is_no_phone_number(line, phone):
    assert read_resume(f"Julien Bellue\n{line}\n", TODAY).phone == phone


def test_an_academic_appointment_names_the_organisation_under_its_unit():
    text = """Ana Ruiz
Professional Appointments
2022–on\tPostdoctoral Research Fellow
Department of Earth, Ocean and Atmospheric Sciences
University of British Columbia
2017–2019 Assistant Professor of Practice
Facultad de Ciencias Exactas, Físicas y Naturales,
Universidad Nacional de San Juan, San Juan, Argentina
"""
    assert jobs(text) == [
        ("Postdoctoral Research Fellow", "University of British Columbia", "2022", "present"),
        ("Assistant Professor of Practice", "Universidad Nacional de San Juan", "2017", "2019"),
    ]


def test_a_unit_named_alone_under_the_title_is_the_employer():
    # no organisation's line follows the unit: it is all the entry names
    text = "Ana Ruiz\nExperience\n2017–2019 Lab Technician\nDepartment of Physics\n• Ran the lab.\n"
    assert jobs(text) == [("Lab Technician", "Department of Physics", "2017", "2019")]


@pytest.mark.parametrize(
    ("dates", "end"),
    [("2022–on", "present"), ("2022 – onwards", "present"), ("2022 – 2024", "2024")],
)
def test_on_and_onwards_after_a_dash_mean_ongoing(dates, end):
    text = f"Ana Ruiz\nExperience\n{dates}\tData Analyst, Northwind Traders\n"
    assert [job[3] for job in jobs(text)] == [end]


def test_employer_and_city_then_title_after_a_tab_in_spanish():
    text = """Ana Ruiz
Experiencia
2015 - ahora Havas Media, Madrid\tData Scientist
Minería de datos con R.
2013-2014 Vodafone, Madrid\tBeca en mejora continua
Auditoría interna.
"""
    assert jobs(text) == [
        ("Data Scientist", "Havas Media", "2015", "present"),
        ("Beca en mejora continua", "Vodafone", "2013", "2014"),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Collaboratore Didattico\tPolitecnico di Torino", "Collaboratore Didattico"),  # Italian titles lead
        ("Politecnico di Torino\tSviluppatore Android", "Sviluppatore Android"),
        ("Beca en análisis de datos\tCloudMas", "Beca en análisis de datos"),
    ],
)
def test_italian_and_spanish_titles_are_told_from_employers(line, title):
    text = f"Ana Ruiz\nExperience\n{line}\t2019 - 2021\n• Wrote code.\n"
    assert [job[0] for job in jobs(text)] == [title]


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("WarnerMedia (became Warner Bros. Discovery), Atlanta, GA", "WarnerMedia"),  # a note in lower case
        ("Internet Security Systems, Inc.(ISS)", "Internet Security Systems, Inc."),  # the name's initials
        ("Northwind Traders (Contract)", "Northwind Traders (Contract)"),  # a capitalised word stays
        ("Northwind Traders (NWT Group)", "Northwind Traders (NWT Group)"),  # not its initials alone
    ],
)
def test_a_note_or_the_initials_in_brackets_after_an_employer_are_not_its_name(line, employer):
    text = f"Kim Doe\nExperience\nSenior Analyst\tJan 2019 - Mar 2021\n{line}\n• Built reports.\n"
    assert [job[1] for job in jobs(text)] == [employer]


def test_a_dated_line_whose_name_wrapped_is_joined_again():
    text = """Henri Casanova
Professional Experience
07/15 - present: Professor, Computer Sciences Department, University of Hawai‘i
at Mānoa.
07/07 - 06/15: Associate Professor, Computer Sciences Department, University
of Hawai‘i at Mānoa.
03/98 - 11/98: Postdoctoral Research Associate, Computer Science Department,
University of Tennessee.
"""
    assert jobs(text) == [
        ("Professor", "University of Hawai‘i at Mānoa", "2015-07", "present"),
        ("Associate Professor", "University of Hawai‘i at Mānoa", "2007-07", "2015-06"),
        ("Postdoctoral Research Associate", "University of Tennessee", "1998-03", "1998-11"),
    ]


def test_a_line_under_a_dated_line_that_starts_its_own_sentence_is_not_joined():
    text = """Kim Doe
Experience
2019 - 2021: Data Analyst, Northwind Traders
Built the reporting pipeline for finance.
"""
    assert jobs(text) == [("Data Analyst", "Northwind Traders", "2019", "2021")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Esperienze Personali e Attività", "projects"),  # personal experiences: side projects, not jobs
        ("Experiencias personales", "projects"),
        ("Esperienze Professionali", "work"),
        ("Formazione", "education"),
        ("Lingue", "languages"),
    ],
)
def test_italian_and_spanish_headings_by_kind(line, kind):
    found = heading_of(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dirox (Ho Chi Minh City, Vietnam) – Stage", ("Stage", "Dirox")),  # a comma inside brackets cuts nothing
        ("Data Analyst – Northwind (Pty, Ltd)", ("Data Analyst", "Northwind (Pty, Ltd)")),  # not a place: kept
    ],
)
def test_a_comma_inside_brackets_does_not_cut_the_fields(line, expected):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer([line], 0) == expected


def test_a_second_position_under_the_same_employer_is_read_at_that_employer():
    text = """Léa Martin
Expérience Professionnelle
SCASSI Conseil\tToulouse - France
Ingénieur Sécurité\tJuillet 2008 - Décembre 2009
› Audit de code.
Stagiaire - Développeur\tOctobre 2007 - Juin 2008
› Tests d'intrusion.
Opencube Technologies\tToulouse - France
Stagiaire - Développeur\tMars 2007 - Septembre 2007
› Réalisation d'une API.
"""
    assert jobs(text) == [
        ("Ingénieur Sécurité", "SCASSI Conseil", "2008-07", "2009-12"),
        ("Stagiaire - Développeur", "SCASSI Conseil", "2007-10", "2008-06"),
        ("Stagiaire - Développeur", "Opencube Technologies", "2007-03", "2007-09"),
    ]


def test_a_position_named_alone_in_a_section_of_one_line_entries_keeps_no_employer():
    # every entry names itself on one line: a title alone is not given the previous employer
    text = """Kim Doe
Experience
Data Analyst, Northwind Traders\t2019 - 2021
• Built reports.
Freelance Consultant\t2017 - 2019
• Advised clients.
"""
    assert jobs(text)[1][:2] == ("Freelance Consultant", "")


def test_a_label_with_a_colon_under_each_entry_is_no_gutter_heading():
    # "Skills: …" under every job labels a line; the section headings stand on lines of their own
    entry = "Acme - Engineer\nBerlin, Germany\tJanuary 2020 - May 2021\n• Built things.\nSkills: C++, CMake\n"
    text = "Ana Ruiz\nSummary\nEngineer.\nProfessional Experience\n" + entry * 4 + "Languages\nSpanish\n"
    reading = read_resume(text, TODAY)
    assert [name for name, _ in reading.sections] == ["Summary", "Professional Experience", "Languages"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("VOLUNTARY", "volunteer"),
        ("BÉNÉVOLE", "volunteer"),
        ("Liens", "contact"),  # French "links"
        ("CAMPUS INVOLVEMENT", "activities"),  # read by its head word
        ("Community Involvement", "volunteer"),  # a usual heading keeps its kind
    ],
)
def test_more_usual_headings(line, kind):
    found = heading_of(line)
    assert found is not None and found.kind == kind


def test_a_portuguese_cv_is_read_by_its_headings_dates_and_places():
    text = """Ana Souza
Experiências
Estagiário de Engenharia de Qualidade
Ansys
6 meses: 04/2025 – 10/2025\tLa Farlède, França
Em colaboração com o time de qualidade, ajudei a melhorar o processo.
Formação
Engenharia de Controle e Automação
Universidade Estadual de Campinas
2019 – 2024
"""
    reading = read_resume(text, TODAY)
    assert [kind for _, kind in reading.sections] == ["work", "education"]
    assert jobs(text) == [("Estagiário de Engenharia de Qualidade", "Ansys", "2025-04", "2025-10")]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1 ano: 07/2021 – 07/2022\tCampinas, Brasil", ""),  # a duration names nothing
        ("6 mois : 04/2025 – 10/2025", ""),
        ("3 anni\t2019 – 2022", ""),
    ],
)
def test_a_duration_in_any_language_names_nothing(line, title):
    from toolkit.check.entry_lines import heading_text

    assert heading_text(line, TODAY) == title


def test_a_name_that_wrapped_above_a_line_of_place_and_dates_is_read_whole():
    text = """Ana Ruiz
Professional Experience
Nordwind - Data Analyst
Recife, Pernambuco\tJuly 2016 - January 2019
• Built reports.
Asa Branca Rocket Design - Embedded Systems & Telemetry Engineer – Aerospace
Subsystems
Recife, Pernambuco\tMarch 2018 - July 2019
• Built telemetry.
"""
    assert jobs(text)[1] == (
        "Embedded Systems & Telemetry Engineer – Aerospace Subsystems",
        "Asa Branca Rocket Design",
        "2018-03",
        "2019-07",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a hyphen sets the employer apart, an en dash stands inside the title
        ("Asa Branca - Telemetry Engineer – Aerospace", ("Telemetry Engineer – Aerospace", "Asa Branca")),
        ("Northwind Traders – Data Analyst", ("Data Analyst", "Northwind Traders")),  # one kind: cut as before
    ],
)
def test_a_line_with_two_kinds_of_dash_is_cut_at_the_first_kind(line, expected):
    from toolkit.check.positions import title_and_employer

    assert title_and_employer([line], 0) == expected


def test_a_short_line_under_an_employer_that_names_a_title_is_not_joined_to_it():
    # "Engineer" names a title of its own: a second field, not the rest of the line above
    from toolkit.check.positions import title_and_employer

    assert title_and_employer(["Northwind - Traders Group", "Engineer"]) == ("Engineer", "Northwind - Traders Group")
