"""Rules the resume reader learned from files made by tools it had not seen (the r4 batch): each states a
layout or a language fact, tested on small made-up lines."""

from __future__ import annotations

from datetime import date

from toolkit.check.reading import _as_drawn, read_resume

TODAY = date(2026, 12, 1)


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
