"""Where one entry of a section ends and the next begins, and which lines name it."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.entries import entries_of
from toolkit.check.positions import title_and_employer

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: the dated line names the employer and its place only; the title stands above it (docx JS CV)
        (
            ["Senior Staff RN / Charge Nurse", "Dell Seton Medical Center at UT, Austin, TX | Jan 2020 – Present"],
            ("Senior Staff RN / Charge Nurse", "Dell Seton Medical Center at UT"),
        ),
        (
            ["Charge Nurse", "St David's Medical Center, Austin, TX | Jun 2016 – Dec 2019"],
            ("Charge Nurse", "St David's Medical Center"),
        ),
        # must not: a dated line naming a title and an employer is the entry's own name, whatever stands above
        (
            ["Led the team", "Data Analyst at Northwind Inc. | 2019 – 2021"],
            ("Data Analyst", "Northwind Inc."),
        ),
        (
            ["Shipped the app", "Software Engineer, Acme Corp, Berlin | 2018 – 2020"],
            ("Software Engineer", "Acme Corp"),
        ),
    ],
)
def test_a_dated_line_naming_no_title_takes_the_title_above(lines, named):
    entries = entries_of(lines, TODAY)
    assert len(entries) == 1
    assert title_and_employer(entries[0].heading, entries[0].dated_line) == named


@pytest.mark.parametrize(
    ("lines", "count", "last_named"),
    [
        # must: after a bullet that ran on without a full stop, a line over a line of dates alone names an entry
        (
            [
                "Skykit, Minneapolis, MN — Quality Assurance Engineer",
                "April 2019 - PRESENT",
                "● Work with the UX designer on usability tests and exercises",
                "Epic Systems, Madison, WI — QA and User Experience Analyst",
                "June 2015 - April 2019",
                "● Coordinated 4 to 5 usability tests per year",
            ],
            2,
            ("QA and User Experience Analyst", "Epic Systems"),
        ),
        # must not: a bullet's sentence wrapped onto the next line still goes on (no dates alone under it)
        (
            [
                "Skykit, Minneapolis, MN — Quality Assurance Engineer",
                "April 2019 - PRESENT",
                "● Wrote and reviewed the test plans for the signage software, with the",
                "Product Owner and the developers of the team",
                "Epic Systems, Madison, WI — QA and User Experience Analyst",
                "June 2015 - April 2019",
            ],
            2,
            ("QA and User Experience Analyst", "Epic Systems"),
        ),
    ],
)
def test_a_line_over_a_line_of_dates_alone_names_an_entry_after_a_running_bullet(lines, count, last_named):
    entries = entries_of(lines, TODAY)
    assert len(entries) == count
    assert title_and_employer(entries[-1].heading, entries[-1].dated_line) == last_named
    assert all("Product Owner" not in line for entry in entries for line in entry.heading)


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: Pages sets a tab between a list's bullet and its text; the bullet is the entry's text still
        (
            [
                "ELEKTRONIKER, MICHAEL KORN, 25548 KELLINGHUSEN – 09.2021",
                "•\tElektroniker für Energie- und Gebäudetechnik",
                "•\tSteckdosen-Einbau und Kabel-Verwaltung.",
            ],
            ("ELEKTRONIKER", "MICHAEL KORN"),
        ),
        # must not: a tab inside a bullet's text sets a name apart from its place (a bulleted entry's name)
        (
            ["• Google\tMountain View, CA", "Software Engineer\t2019 – 2021", "• Built the search index"],
            ("Software Engineer", "Google"),
        ),
    ],
)
def test_a_tab_after_a_bullet_sets_nothing_apart(lines, named):
    entry = entries_of(lines, TODAY)[0]
    assert title_and_employer(entry.heading, entry.dated_line) == named


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: Word 2019 currículo, fields labelled, no dates; a value broken after "e" goes on; a place line
        # under the period belongs to its entry
        (
            [
                "Empresa: Freitas Soluções",
                "Cargo: Manutenção de computadores, notebooks, impressoras, fontes e",
                "Cabeamentos de rede de internet",
                "Período: 05 meses",
                "Iguatu – CE",
                "Empresa: Serviços Brisanet",
                "Cargo: Suporte Técnico",
                "Período: 05 meses",
                "Pau dos Ferros – RN",
            ],
            [
                (
                    "Manutenção de computadores, notebooks, impressoras, fontes e Cabeamentos de rede de internet",
                    "Freitas Soluções",
                ),
                ("Suporte Técnico", "Serviços Brisanet"),
            ],
        ),
        # must not: a value that ends its line whole keeps the next line out of it
        (
            [
                "Position: Cashier",
                "Served 200 customers a day",
                "Company: Tesco",
                "Position: Stock Clerk",
                "Company: Aldi",
            ],
            [("Cashier", "Tesco"), ("Stock Clerk", "Aldi")],
        ),
    ],
)
def test_labelled_entries_open_at_a_label_given_already(lines, named):
    entries = entries_of(lines, TODAY)
    assert [title_and_employer(entry.heading, entry.dated_line) for entry in entries] == named


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: a place-shaped line holds the dates, a one-line description of the employer stands between it
        # and the title and employer above (a Spanish Canva CV)
        (
            [
                "Supervisor Técnico",
                "Redes Andinas S.A.S.",
                "- Empresa proveedora de internet domiciliario.",
                "Cafayate, Salta. Noviembre 2021 - presente",
                "Diseño de redes de fibra.",
                "Encargado de Obra",
                "Fibra Norte S.R.L.",
                "- Empresa proveedora de internet.",
                "Cerrillos, Salta. Noviembre 2020 - Mayo 2021",
                "Planificación de la red.",
            ],
            [("Supervisor Técnico", "Redes Andinas S.A.S."), ("Encargado de Obra", "Fibra Norte S.R.L.")],
        ),
        # must not: an employer jobkit does not know, beside the dates, stays the employer
        (
            [
                "Titre professionnel",
                "Développeur Web et Web Mobile",
                "Simplon | Mars 2023 à aujourd'hui",
                "Développer une application web.",
            ],
            [("Développeur Web et Web Mobile", "Simplon")],
        ),
    ],
)
def test_a_place_by_the_dates_leaves_the_naming_to_the_lines_above(lines, named):
    entries = entries_of(lines, TODAY)
    assert [title_and_employer(entry.heading, entry.dated_line) for entry in entries] == named


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: the first page names each entry by its dates' line and the title below; the next page sets the
        # employer and title above a line of dates alone (a typst CV in French)
        (
            [
                "Spacefill\t(30 Septembre, 2019 - 31 Mars, 2023)",
                "Senior fullstack developper",
                "Conception et gestion de Spacefill :",
                "• Créer et maintenir le processus d'onboarding pour permettre au développeur d'être prêt",
                "https://spacefill.eu/",
                "Ecotiz / Joinly",
                "Lead backend developper",
                "(01 Janvier, 2019 - 27 Septembre, 2019)",
                "Conception du backend chez Ecotiz",
                "• Migration des anciens services",
            ],
            [["Spacefill", "Senior fullstack developper"], ["Ecotiz / Joinly", "Lead backend developper"]],
        ),
        # must not: dates over employer over title all through; the last entry's title is not the next one's
        (
            [
                "06/2022 – 10/2022",
                "Pflegedienst Sonnenhof GmbH, Bochum",
                "Ambulanter Pflegeassistent",
                "02/2021 – 04/2021",
                "Paketdienst Nord GmbH, Dortmund",
                "Lagerist",
                "11/2019 – 12/2019",
                "Deutsche Post, Dortmund",
                "Vierwöchiges Praktikum als Mechatroniker",
            ],
            [
                ["Pflegedienst Sonnenhof GmbH, Bochum", "Ambulanter Pflegeassistent"],
                ["Paketdienst Nord GmbH, Dortmund", "Lagerist"],
                ["Deutsche Post, Dortmund", "Vierwöchiges Praktikum als Mechatroniker"],
            ],
        ),
    ],
)
def test_an_entry_named_above_its_dates_on_a_later_page_is_read_so(lines, named):
    entries = entries_of(lines, TODAY)
    assert [entry.heading for entry in entries] == named
    assert not any("Lead backend developper" in line for line in entries[0].lines)


@pytest.mark.parametrize(
    ("lines", "named"),
    [
        # must: the first entry shows the section's layout, the title over its dates and the employer after them
        # (the employer's line starts in lower case and joins the dates'); later entries are read so (a Canva
        # Lebenslauf)
        (
            [
                "SOFTWARE ENGINEERING (WERKSTUDENT)",
                "seit 02/2022",
                "t-systems MMS GmbH, Dresden",
                "Backend, Modellierung von Formularen für das Serviceportal",
                "BÜROKAUFFRAU",
                "11/2006 - 05/2009",
                "Vital Kosmetikakademie, Berlin",
                "Büroorganisation, Verwaltung, Kundenservice",
            ],
            [("SOFTWARE ENGINEERING (WERKSTUDENT)", "t-systems MMS GmbH"), ("BÜROKAUFFRAU", "Vital Kosmetikakademie")],
        ),
        # must not: a first entry named by two lines above its dates keeps the later ones named above too
        (
            [
                "Data Analyst",
                "Northwind GmbH",
                "01/2020 - 12/2021",
                "Built the monthly sales dashboards",
                "Office Clerk",
                "Contoso AG",
                "03/2017 - 12/2019",
                "Berliner Verkehrsbetriebe, Berlin",
            ],
            [("Data Analyst", "Northwind GmbH"), ("Office Clerk", "Contoso AG")],
        ),
    ],
)
def test_a_later_entry_is_named_as_the_first_entry_shows(lines, named):
    entries = entries_of(lines, TODAY)
    assert [title_and_employer(entry.heading, entry.dated_line) for entry in entries] == named


def test_a_section_whose_first_entry_tells_nothing_learns_its_layout_from_the_titles():
    # must: the first dates have a sentence on each side; later ones have "Employer — Title" above them, and the
    # line under the third dates is the fourth entry's name, not the third's (an Adobe Express CV in Spanish)
    lines = [
        "Enfocado en desarrollo de proyecto de tesis",
        "Abr 2025 - Jul 2025",
        "Desarrollo de proyecto final de tesis de ingeniería como parte del título.",
        "Forcast. — Junior Full-Stack Software Engineer",
        "Nov 2024 – Abr 2025",
        "Participé en el desarrollo y mantención de una plataforma fintech.",
        "Enfocado en completar la carrera de ingeniería",
        "Abr 2022 - Nov 2024",
        "Cuatro Coigües — Full-Stack Web Developer",
        "Sep 2019 – Abr 2022",
        "Participé en el desarrollo de un MVP de e-commerce.",
    ]
    named = [title_and_employer(entry.heading, entry.dated_line) for entry in entries_of(lines, TODAY)]
    assert named == [
        ("", ""),
        ("Junior Full-Stack Software Engineer", "Forcast"),
        ("", ""),
        ("Full-Stack Web Developer", "Cuatro Coigües"),
    ]
