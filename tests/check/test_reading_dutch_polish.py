"""`check` reads Dutch and Polish CVs (written here, as people in those countries write them) as it reads the
other languages: their headings as the right kinds, each job's title, employer and dates ("heden" and "obecnie"
for now), and each degree's level and whether it is finished."""

from __future__ import annotations

import html
from datetime import date

import pytest
from docx import Document

from toolkit.api import check_resume_file
from toolkit.check.reading import read_resume

TODAY = date(2026, 11, 23)

# Each CV: (heading, kind, lines under it) in order, then what the reader should find.
DUTCH = {
    "name": "Sanne de Vries",
    "contact": "sanne.devries@example.nl · +31 6 12345678 · Utrecht",
    "sections": [
        ("Profiel", "summary", ["Data-analist met vijf jaar ervaring in de zorg en de logistiek."]),
        (
            "Werkervaring",
            "work",
            [
                "Data-analist",
                "Zorggroep Noord B.V., Utrecht",
                "maart 2022 – heden",
                "• Rapportages gebouwd in Power BI voor twaalf afdelingen.",
                "Junior analist",
                "Transportbedrijf Visser, Rotterdam",
                "september 2019 – februari 2022",
                "• Planningsdata opgeschoond en dagelijks gecontroleerd.",
            ],
        ),
        (
            "Opleiding",
            "education",
            [
                "Master Data Science (lopend)",
                "Universiteit Utrecht",
                "2024 – 2026",
                "HBO-bachelor Bedrijfskunde",
                "Hogeschool Rotterdam",
                "2015 – 2019",
            ],
        ),
        ("Vaardigheden", "skills", ["SQL, Python, Power BI, Excel"]),
        ("Talen", "languages", ["Nederlands (moedertaal), Engels (C1)"]),
        ("Hobby's", "interests", ["Hardlopen, fotografie"]),
    ],
    "jobs": [
        ("Data-analist", "Zorggroep Noord B.V.", "2022-03", "present"),
        ("Junior analist", "Transportbedrijf Visser", "2019-09", "2022-02"),
    ],
    "degrees": [("master", True), ("bachelor", False)],
}

POLISH = {
    "name": "Katarzyna Nowak",
    "contact": "katarzyna.nowak@example.pl · +48 601 234 567 · Kraków",
    "sections": [
        ("O mnie", "summary", ["Programistka z sześcioletnim doświadczeniem w systemach bankowych."]),
        (
            "Doświadczenie zawodowe",
            "work",
            [
                "Starsza programistka",
                "Bank Polski S.A., Kraków",
                "kwiecień 2021 – obecnie",
                "• Rozwój systemu płatności w Javie.",
                "Programistka",
                "Softhouse Sp. z o.o., Wrocław",
                "październik 2018 – marzec 2021",
                "• Testy automatyczne i przeglądy kodu.",
            ],
        ),
        (
            "Wykształcenie",
            "education",
            [
                "Studia doktoranckie, informatyka (w trakcie)",
                "Politechnika Krakowska",
                "2023 – 2027",
                "Magister inżynier informatyki",
                "Politechnika Wrocławska",
                "2013 – 2018",
            ],
        ),
        ("Umiejętności", "skills", ["Java, Spring, SQL, Git"]),
        ("Języki obce", "languages", ["angielski (C1), niemiecki (B1)"]),
        ("Zainteresowania", "interests", ["Wspinaczka, szachy"]),
    ],
    "jobs": [
        ("Starsza programistka", "Bank Polski S.A.", "2021-04", "present"),
        ("Programistka", "Softhouse Sp. z o.o.", "2018-10", "2021-03"),
    ],
    "degrees": [("doctorate", True), ("master", False)],
}


def _pdf(cv: dict, path) -> None:
    from weasyprint import HTML

    parts = [f"<h1>{html.escape(cv['name'])}</h1>", f"<p>{html.escape(cv['contact'])}</p>"]
    for heading, _, lines in cv["sections"]:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.extend(f"<p>{html.escape(line)}</p>" for line in lines)
    style = "<style>body{font-family:sans-serif;font-size:10pt} p{margin:0 0 2pt}</style>"
    HTML(string=f"<html><head>{style}</head><body>{''.join(parts)}</body></html>").write_pdf(path)


def _docx(cv: dict, path) -> None:
    document = Document()
    document.add_heading(cv["name"], level=0)
    document.add_paragraph(cv["contact"])
    for heading, _, lines in cv["sections"]:
        document.add_heading(heading, level=1)
        for line in lines:
            document.add_paragraph(line)
    document.save(path)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("cv", [DUTCH, POLISH], ids=["nl", "pl"])
def test_check_reads_dutch_and_polish_cvs(tmp_path, cv, fmt):
    path = tmp_path / f"cv.{fmt}"
    (_pdf if fmt == "pdf" else _docx)(cv, path)
    reading = check_resume_file(path, today=TODAY).resume
    assert [(section["heading"], section["kind"]) for section in reading["sections"]] == [
        (heading, kind) for heading, kind, _ in cv["sections"]
    ]
    jobs = [(job["title"], job["employer"], job["start"], job["end"]) for job in reading["jobs"]]
    assert jobs == cv["jobs"]
    assert [(study["level"], study["in_progress"]) for study in reading["education"]] == cv["degrees"]


def test_the_language_of_dutch_and_polish_headings_is_told_and_their_schools_levelled():
    dutch = read_resume(
        "Jan Jansen\njan@example.nl\nPERSOONLIJKE GEGEVENS\nWoonplaats: Amsterdam\nWERKERVARING EN STAGES\n"
        "sep. 2019 - aug. 2021  Stagiair, Gemeente Amsterdam\nOPLEIDINGEN\n"
        "2016 – 2020  HBO Informatica, Hogeschool van Amsterdam\n2010 – 2016  VWO, Barlaeus Gymnasium\n"
        "NEVENACTIVITEITEN\nPenningmeester, voetbalclub\nREFERENTIES\nOp aanvraag beschikbaar\n",
        TODAY,
    )
    assert dutch.language == "nl"
    assert [kind for _, kind in dutch.sections] == ["contact", "work", "education", "volunteer", "references"]
    assert [(degree.level, degree.end) for degree in dutch.education] == [("bachelor", "2020"), ("high-school", "2016")]
    polish = read_resume(
        "Piotr Kowalski\npiotr@example.pl\nDANE OSOBOWE\nDOŚWIADCZENIE ZAWODOWE\n"
        "IX 2017 – II 2020  Programista, Comarch S.A., Kraków\nWYKSZTAŁCENIE\n"
        "2015 – 2017  Politechnika Warszawska, studia II stopnia\n"
        "2011 – 2015  Liceum Ogólnokształcące nr 1 w Krakowie\nKURSY I SZKOLENIA\nSQL dla analityków\n",
        TODAY,
    )
    assert polish.language == "pl"
    assert [kind for _, kind in polish.sections] == ["contact", "work", "education", "courses"]
    assert [(job.title, job.start, job.end) for job in polish.jobs] == [("Programista", "2017-09", "2020-02")]
    assert [degree.level for degree in polish.education] == ["master", "high-school"]
