"""A section's own layout: which side of its date lines names an entry, learnt from its clearest entries and kept
for the rest, with a description or a place allowed between."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.entries import entries_of
from toolkit.check.positions import title_and_employer

TODAY = date(2026, 12, 1)


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
