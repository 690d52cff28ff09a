"""What check reads from a resume's text as an ATS fills its fields: jobs (title, employer, dates) in the
layouts other tools make, in several languages, and the dates they write."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.dates import date_ranges
from toolkit.check.positions import is_place, title_and_employer
from toolkit.check.reading import read_resume

TODAY = date(2026, 12, 1)


def jobs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(job.title, job.employer, job.start, job.end) for job in read_resume(text, TODAY).jobs]


def test_the_employer_over_the_title_with_places_and_dates_set_apart():
    text = """Jo Park
Work Experience
Dunamu Inc.\tSeoul, S.Korea
DEVOPS ENGiNEER\tSep. 2023 - Present
• Everything that matters.
• Designed the infrastructure.
Danggeun Pay Inc. (KarrotPay)\tSeoul, S.Korea
Founding Member & Site Reliability Engineer\tMar. 2021 - Jun. 2023
• Saved 30% of the costs.
"""
    assert jobs(text) == [
        ("DEVOPS ENGINEER", "Dunamu Inc.", "2023-09", "present"),
        ("Founding Member & Site Reliability Engineer", "Danggeun Pay Inc. (KarrotPay)", "2021-03", "2023-06"),
    ]


def test_the_title_over_the_employer_and_a_bullet_that_wraps_is_no_heading():
    text = """Sam Lee
Experience
Subatomic Shepherd and Caffeine Connoisseur\tMay 2024 — Present
Microscopic Circus, Schrodinger's University\tAtomville, CA
• Convinced high-performance computers to work overtime without unions, reducing simulation time
by 50% and making the lab happy
AI Wrangler and Code Ninja\tDec 2023 — Mar 2024
Organic Stupidity Startup\tSilicon Mirage, CA
• Taught robots
"""
    assert jobs(text) == [
        (
            "Subatomic Shepherd and Caffeine Connoisseur",
            "Microscopic Circus, Schrodinger's University",
            "2024-05",
            "present",
        ),
        ("AI Wrangler and Code Ninja", "Organic Stupidity Startup", "2023-12", "2024-03"),
    ]


def test_one_line_names_the_job_and_a_city_set_on_its_own_line_is_a_place():
    text = """Greg Szabo
Experience
Systems Administrator, Tri-County Water Authority\tSince 2019
Toledo, OH
IT Support Technician, Halvorsen & Pike LLP\tMar 2016 − Dec 2018
Sylvania, OH
"""
    assert jobs(text) == [
        ("Systems Administrator", "Tri-County Water Authority", "2019", "present"),
        ("IT Support Technician", "Halvorsen & Pike LLP", "2016-03", "2018-12"),
    ]


def test_rendercv_stores_place_dates_and_duration_after_the_bullets():
    text = """John Doe
Experience
Nexus AI, Co-Founder & CTO
• Built foundation model infrastructure serving 2M+ monthly API requests with 99.97%
uptime
San Francisco, CA
June 2023 – present
2 years 10 months
Google DeepMind, Research Intern
• Developed reinforcement learning algorithms
London, UK
May 2021 – Aug 2021
4 months
"""
    assert jobs(text) == [
        ("Co-Founder & CTO", "Nexus AI", "2023-06", "present"),
        ("Research Intern", "Google DeepMind", "2021-05", "2021-08"),
    ]


def test_employer_and_title_in_capitals_over_dates_and_place():
    text = """Debarghya Das
Experience
FACEBOOK | SOFTWARE ENGINEER
Jan 2015 - Present | New York, NY
PHABRICATOR | OPEN SOURCE CONTRIBUTOR & TEAM LEADER
Jan 2013 – May 2013 | Palo Alto, CA & Ithaca, NY
• Led a team from MIT, Cornell, IC London and UHelsinki for the project.
"""
    assert jobs(text) == [
        ("SOFTWARE ENGINEER", "FACEBOOK", "2015-01", "present"),
        ("OPEN SOURCE CONTRIBUTOR & TEAM LEADER", "PHABRICATOR", "2013-01", "2013-05"),
    ]


def test_a_single_date_set_at_the_end_of_a_line_dates_an_entry_and_one_in_a_sentence_does_not():
    text = """Pseudo Nym
Experience
Adjunct Associate for Made-Up Titles, Acme Corp.\t2026–present
Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.
Intern, Obscure Tech Company\tSummer 2022
Grew the user base by a third, and in 2021 it was featured in the local press.
"""
    assert jobs(text) == [
        ("Adjunct Associate for Made-Up Titles", "Acme Corp.", "2026", "present"),
        ("Intern", "Obscure Tech Company", "2022", "2022"),
    ]


def test_dates_over_a_sentence_that_names_title_and_employer():
    text = """Chris Duquesne
Corporate Experience
Since 2013
Data Scientist for Airconomy (Frankfurt am Main, Germany).
Data mining on various sources to forecast passenger demands over airline networks.
2008 (3 months)
Internship at Rio Tinto Alcan (Clermont Ferrand, France).
Co-authored a C++ library for optimizing the revenue of a metal factory.
"""
    assert jobs(text) == [
        ("Data Scientist", "Airconomy", "2013", "present"),
        ("Internship", "Rio Tinto Alcan", "2008", "2008"),
    ]


def test_french_and_german_entries():
    french = """Théo Vasseur
Expérience professionnelle
Ingénieur qualité fournisseurs\tdepuis 2019
Laboratoires Verdanne, Évry-Courcouronnes
– Qualification et suivi de 80 fournisseurs.
Technicien supérieur de laboratoire\tsept. 2015 – déc. 2018
Chimie Fine de l’Essonne, Corbeil-Essonnes
"""
    assert jobs(french) == [
        ("Ingénieur qualité fournisseurs", "Laboratoires Verdanne", "2019", "present"),
        ("Technicien supérieur de laboratoire", "Chimie Fine de l’Essonne", "2015-09", "2018-12"),
    ]
    german = "Jana W\nBerufserfahrung\n03/2022 – heute Senior Controllerin, Haverkamp Logistik GmbH, Bremen\n"
    assert jobs(german) == [("Senior Controllerin", "Haverkamp Logistik GmbH", "2022-03", "present")]


def test_the_employer_above_the_title_above_its_dates_in_parentheses():
    text = """Alex Marre
Expériences
XXII
DevOps developper
(02 Mai, 2023 - ...)
Gestion et maintenabilité du déploiement de XXII :
Spacefill
Senior fullstack developper
(30 Septembre, 2019 - 31 Mars, 2023)
"""
    assert jobs(text) == [
        ("DevOps developper", "XXII", "2023-05", "present"),
        ("Senior fullstack developper", "Spacefill", "2019-09", "2023-03"),
    ]


def test_a_footer_inside_an_entry_is_no_part_of_it():
    text = """Jo Park
Experience
Kasa\tSeoul, S.Korea
Founding Member & Director of Infrastructure Division\tJun. 2018 - Jan. 2021
• Designed on-boarding.
February 10, 2026\tJo Park · Résumé\t1
Omnious. Co., Ltd.\tSeoul, S.Korea
Software Architect\tJun. 2017 - May 2018
• Built pipelines.
PLAT Corp.\tSeoul, S.Korea
Co\u00adfounder & Software Engineer\tJan. 2016 - Jun. 2017
February 10, 2026\tJo Park · Résumé\t2
"""
    assert [(title, employer) for title, employer, _, _ in jobs(text)] == [
        ("Founding Member & Director of Infrastructure Division", "Kasa"),
        ("Software Architect", "Omnious. Co., Ltd."),
        ("Co-founder & Software Engineer", "PLAT Corp."),
    ]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("(02 Mai, 2023 - ...)", "2023-05", None),
        ("(November 01, 2017 - December 31, 2017)", "2017-11", "2017-12"),
        ("[ 01/07/2021 – 25/09/2021 ]", "2021-07", "2021-09"),
        ("1. März 2020 – heute", "2020-03", None),
        ("1er décembre 2019 – 30 juin 2021", "2019-12", "2021-06"),
        ("07/31/2019 - 08/15/2020", "2019-07", "2020-08"),  # month first only when the day says so
    ],
)
def test_dates_with_a_day(written, start, end):
    found = next(date_ranges(written, TODAY))
    assert (str(found.start), None if found.end is None else str(found.end)) == (start, end)


@pytest.mark.parametrize(
    ("written", "ranges"),
    [
        ("2019-04 Mar 2020 - 2020", [("2020-03", "2020")]),  # an ISO month's digits are no day of the next date
        ("2019-04 – 2020-05", [("2019-04", "2020-05")]),
        ("2019-2021", [("2019", "2021")]),
    ],
)
def test_a_year_and_month_written_iso_stay_together(written, ranges):
    assert [(str(found.start), str(found.end)) for found in date_ranges(written, TODAY)] == ranges


def test_places_and_organisations_are_told_apart():
    assert (
        is_place("Seoul, S.Korea") and is_place("Palo Alto, CA & Ithaca, NY") and is_place("Frankfurt am Main, Germany")
    )
    assert is_place("City: Sofia") and is_place("Remote")
    assert not is_place("Harborlight Analytics Boston, MA") and not is_place("Dunamu Inc. Seoul, S.Korea")
    assert title_and_employer(["Meyer Tech Inc. | Spokane, WA, Desktop Support Manager"]) == (
        "Desktop Support Manager",
        "Meyer Tech Inc.",
    )
    assert title_and_employer(["Lindqvist Lab, Carrow University", "Graduate Research Assistant"]) == (
        "Graduate Research Assistant",
        "Lindqvist Lab, Carrow University",
    )
    assert title_and_employer(["Técnica de Recursos Humanos · Grupo Alimentario Norteño S.A., Bilbao"]) == (
        "Técnica de Recursos Humanos",
        "Grupo Alimentario Norteño S.A.",
    )


def test_a_number_inside_a_title_stays_and_words_between_dates_are_no_field():
    text = """Noor Haddad
Teaching Experience
Teaching Assistant, CBIO 2010 Introduction to Programming\tFall 2022
Carrow University\tPittsburgh, PA
Experience
• Lucena Research\tAtlanta, GA
Data Scientist\tSummer 2012 and 2013
◦ Portfolio Management: models for hedging.
◦ QuantDesk: Python backend.
"""
    assert jobs(text) == [
        ("Teaching Assistant, CBIO 2010 Introduction to Programming", "Carrow University", "2022", "2022"),
        ("Data Scientist", "Lucena Research", "2012", "2012"),
    ]


def test_contact_read_with_country_codes_in_brackets_any_dash_and_no_birth_date():
    reading = read_resume("Byungjin Park\nĦ (+82) 10-9030-1843 | ć bj@example.com\n", TODAY)
    assert (reading.name, reading.phone, reading.email) == ("Byungjin Park", "(+82) 10-9030-1843", "bj@example.com")
    assert read_resume("Tamsin Achterberg\n× (617) 555\u20110134\n", TODAY).phone == "(617) 555\u20110134"
    europass = "Boris Lichev\nDate of birth: 25/06/2000\nPhone number: (+359) 879665580\n"
    assert read_resume(europass, TODAY).phone == "(+359) 879665580"
    assert read_resume("JAN KÜSTER RESUME\nConsultant\n", TODAY).name == "JAN KÜSTER"


def test_contact_printed_only_at_the_end_is_read():
    text = "Christophe Duquesne\nEducation\n2005-2009\nMS in Computer Science\nchmd@example.fr • +336 84 14 26 82\n"
    assert read_resume(text, TODAY).phone == "+336 84 14 26 82"


def test_a_line_of_description_above_the_next_entry_is_no_part_of_its_name():
    text = """María López
Experiencia laboral
Desarrolladora web — Acme S.L., Madrid
enero 2019 – actualidad
Tareas de desarrollo
Becaria de desarrollo — Beta S.A.
junio 2017 – diciembre 2018
"""
    assert jobs(text) == [
        ("Desarrolladora web", "Acme S.L.", "2019-01", "present"),
        ("Becaria de desarrollo", "Beta S.A.", "2017-06", "2018-12"),
    ]


def test_a_german_cv_with_dates_in_a_left_column():
    text = """Max Mustermann
Berufserfahrung
seit 04/2019\tSenior Softwareentwickler (m/w/d)
\tMusterfirma GmbH, Berlin
10/2015 – 03/2019\tSoftwareentwickler
\tBeispiel AG, München
"""
    assert jobs(text) == [
        ("Senior Softwareentwickler (m/w/d)", "Musterfirma GmbH", "2019-04", "present"),
        ("Softwareentwickler", "Beispiel AG", "2015-10", "2019-03"),
    ]


def test_a_one_word_employer_after_a_comma_is_no_city_but_one_on_its_own_line_is():
    assert jobs("Jo\nExperience\nData Analyst, Acme\t2019 – 2021\n") == [("Data Analyst", "Acme", "2019", "2021")]
    text = "Jo\nExperience\nProduct Engineer (AI Focus)\tMay 2020 — Present\nMisc Companies, Melbourne\n"
    assert jobs(text) == [("Product Engineer (AI Focus)", "Misc Companies", "2020-05", "present")]


def test_small_capitals_read_with_a_small_i_read_in_capitals():
    text = "Jo Park\nWork Experience\nKasa\tSeoul, S.Korea\nSiTE RELiABiLiTY ENGiNEER\tFeb. 2021 - Mar. 2021\n"
    assert jobs(text) == [("SITE RELIABILITY ENGINEER", "Kasa", "2021-02", "2021-03")]
    assert read_resume("Jo Park\niOS developer at Acme\n", TODAY).name == "Jo Park"  # "iOS" in a line of small letters


def test_undated_entries_named_over_two_lines():
    text = "Jo\nTeaching\nInstructor\nState University | Department of History\nTaught two courses.\n"
    assert jobs(text) == [("Instructor", "State University", None, None)]


def test_icons_before_the_dates_and_the_city_are_no_part_of_the_entry():
    text = "Jo\nExperience\nSenior Analyst\nAcme Corp\n\uf073 Jan 2019 – Present \uf041 Boston, MA\n• Did things.\n"
    assert jobs(text) == [("Senior Analyst", "Acme Corp", "2019-01", "present")]


def test_the_name_lines_before_a_place_and_dates_set_under_them():
    text = "Jo\nExperience\nAcme Corp\nSenior Analyst\nBoston, MA\n2019 – Present\n• Did things.\n"
    text += "Beta LLC\nAnalyst\nAustin, TX\n2016 – 2018\n"
    assert jobs(text) == [
        ("Senior Analyst", "Acme Corp", "2019", "present"),
        ("Analyst", "Beta LLC", "2016", "2018"),
    ]


_STACKED = "Rada\nBERUFSERFAHRUNG\nPRAKTIKA\nBILDUNGSWEG\n"


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        # must: a design tool wrote its column headings first, then every entry under the last of them
        (
            _STACKED + "SOFTWARE ENGINEERING (WERKSTUDENT)\nt-systems MMS GmbH, Dresden\tseit 02/2022\n"
            "STUDIUM\nINFORMATIK UND WIRTSCHAFT\nHTW Berlin\nAbschluss: Bachelor of Science\n10/2019 - 03/2024\n",
            [("SOFTWARE ENGINEERING (WERKSTUDENT)", "t-systems MMS GmbH")],
        ),
        # must not: an education section under its own heading reads no job, nor does a school's entry
        (
            "Rada\nBERUFSERFAHRUNG\nVerkäuferin\nAldi, Berlin\t2019 - 2021\nBILDUNGSWEG\n"
            "Praktikum Schule\nGoethe-Gymnasium Berlin\t2010 - 2015\n",
            [("Verkäuferin", "Aldi")],
        ),
        (_STACKED + "Abitur\nGoethe-Gymnasium Berlin\t2010 - 2015\n", []),
    ],
)
def test_entries_under_stacked_headings_that_name_work_are_read_as_jobs(text, jobs):
    reading = read_resume(text, date(2026, 12, 1))
    assert [(job.title, job.employer) for job in reading.jobs] == jobs
