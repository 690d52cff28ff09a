"""The letter's years count the person's line of work as a reader would (related titles, the posting's and the
role's titles), and say what they are years of when some of the person's work is left out."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
import yaml

from toolkit.api import render_cover_letter

APPLICATIONS = Path(__file__).resolve().parent.parent / "fixtures" / "applications"
TODAY = date(2026, 12, 1)


def _write(tmp_path, name: str, data: dict) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _letter(profile: Path, posting: Path, fmt: str = "md", lang: str = "en") -> str:
    content = render_cover_letter(profile, job=posting, fmt=fmt, lang=lang, today=TODAY).content
    if fmt == "docx":
        return " ".join(paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs)
    return " ".join(content.decode().split())


def test_a_developers_software_engineer_years_count(tmp_path):
    # 3.3 years as a Software Engineer, then 7.1 as a Developer: 10.4 years of one line of work.
    profile = _write(
        tmp_path,
        "developer",
        {
            "basics": {"name": "Lena Park", "label": "Full-Stack Developer"},
            "work": [
                {"name": "Brightpath Apps", "position": "Developer", "startDate": "2019-10", "highlights": []},
                {
                    "name": "Northgate Systems",
                    "position": "Software Engineer",
                    "startDate": "2016-07",
                    "endDate": "2019-10",
                    "highlights": ["Built the billing service's reporting API in Python and SQL."],
                },
            ],
        },
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Data Analyst - Harbor Analytics Inc. (Seattle, WA)\n\n"
        "Requirements\n- SQL and Python.\n- Three years of experience.\n",
        encoding="utf-8",
    )
    text = _letter(profile, posting, fmt="docx")
    assert (
        "I bring over ten years of experience to Harbor Analytics Inc.; "
        "I currently work as a Developer at Brightpath Apps." in text
    )
    assert "seven" not in text


def test_a_drivers_trucker_years_count(tmp_path):
    # 5.8 years as an over-the-road trucker, then 1.9 driving local deliveries: 7.7 years of driving.
    # Counted by the label's head word alone, they were "nearly two years".
    profile = _write(
        tmp_path,
        "driver",
        {
            "basics": {"name": "Marcus Bell", "label": "Truck Driver"},
            "work": [
                {"name": "Joliet Fresh Foods", "position": "Local Delivery Driver", "startDate": "2025-01"},
                {
                    "name": "Prairie Freight Lines",
                    "position": "Over-the-Road Trucker",
                    "startDate": "2019-04",
                    "endDate": "2024-12",
                },
            ],
        },
    )
    text = _letter(profile, APPLICATIONS / "driver-posting.txt")
    assert (
        "I bring over seven years of experience to Lakeland Carriers; "
        "I currently work as a Local Delivery Driver at Joliet Fresh Foods."
    ) in text
    assert "two years" not in text


def test_years_that_leave_work_out_say_what_they_are_years_of():
    # The warehouse job (2017-2018) is no driving: 8.5 years of the 9.9 are named as a driver's. They were held as a
    # Class A CDL Driver and a Delivery Driver, so not all as the "Truck Driver" the person calls themselves.
    text = _letter(APPLICATIONS / "driver-profile.yaml", APPLICATIONS / "driver-posting.txt", fmt="docx")
    assert (
        "I bring over eight years of experience as a driver to Lakeland Carriers; "
        "I currently work as a Class A CDL Driver at Prairie Freight Lines." in text
    )
    assert "as a Truck Driver" not in text
    nurse = _letter(APPLICATIONS / "nurse-profile.yaml", APPLICATIONS / "nurse-posting.txt")
    # Not the summer at camp; and the med-surg years were no "Registered Nurse" job by its title.
    assert "over nine years of experience as a nurse to Grandview Medical Center;" in nurse


def test_the_postings_title_brings_in_a_line_the_label_does_not_name(tmp_path):
    # A warehouse associate who drove deliveries before: for a driver's posting both count (3.9 + 4.0 years), and
    # both are named; the two years at a cafe are not counted.
    profile = _write(
        tmp_path,
        "associate",
        {
            "basics": {"name": "Dee Ruiz", "label": "Warehouse Associate"},
            "work": [
                {"name": "Crossdock Supply", "position": "Warehouse Associate", "startDate": "2023-01"},
                {"name": "Metro Parcel", "position": "Delivery Driver", "startDate": "2019-01", "endDate": "2022-12"},
                {"name": "Corner Cafe", "position": "Barista", "startDate": "2017-01", "endDate": "2018-12"},
            ],
        },
    )
    text = _letter(profile, APPLICATIONS / "driver-posting.txt")
    assert (
        "I bring nearly eight years of experience as a Warehouse Associate and a Delivery Driver to Lakeland "
        "Carriers; I currently work as a Warehouse Associate at Crossdock Supply." in text
    )


def test_an_aides_years_are_not_counted_as_the_profession_it_assists(tmp_path):
    # Two years as a Registered Nurse after eight as a Nurse Aide: the letter may not say ten years as a nurse.
    profile = _write(
        tmp_path,
        "nurse",
        {
            "basics": {"name": "Ines Roca", "label": "Registered Nurse"},
            "work": [
                {"name": "Lakeview Hospital", "position": "Registered Nurse", "startDate": "2024-12", "highlights": []},
                {
                    "name": "Maple Court Care Home",
                    "position": "Nurse Aide",
                    "startDate": "2016-11",
                    "endDate": "2024-11",
                    "highlights": ["Helped twelve residents a shift with meals and mobility."],
                },
            ],
        },
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Registered Nurse - Surgical Unit\nValley Medical Center - Dayton, OH\n\n"
        "Requirements\n- Current Ohio RN license\n- 3+ years of acute care nursing experience\n",
        encoding="utf-8",
    )
    text = _letter(profile, posting)
    assert "ten years" not in text and "nine years" not in text
    assert (
        "nearly two years of experience as a Registered Nurse to Valley Medical Center; "
        "I currently work at Lakeview Hospital"
    ) in text


# The years sentence in each catalog language: the English count in its words, what they are years of, and
# the general sentence ("professional experience") only when every dated job is of the counted line.
IN_LANGUAGES = {
    "fr": (
        "J’ai près de huit ans d’expérience en tant que Truck Driver et Delivery Driver",
        "J’ai près de huit ans d’expérience professionnelle",
    ),
    "de": (
        "Ich bringe fast acht Jahre Erfahrung als Truck Driver und Delivery Driver mit",
        "Ich bringe fast acht Jahre Berufserfahrung mit",
    ),
    "es": (
        "Cuento con casi ocho años de experiencia como Truck Driver y Delivery Driver",
        "Cuento con casi ocho años de experiencia profesional",
    ),
}


def _driver(tmp_path, warehouse: bool) -> Path:
    # 5.8 years as a truck driver, then 1.9 as a delivery driver: nearly eight years of driving; before, warehouse work.
    work = [
        {"name": "Joliet Fresh Foods", "position": "Delivery Driver", "startDate": "2025-01"},
        {"name": "Prairie Freight Lines", "position": "Truck Driver", "startDate": "2019-03", "endDate": "2024-12"},
    ]
    if warehouse:
        work.append(
            {
                "name": "Midway Distribution",
                "position": "Warehouse Associate",
                "startDate": "2016-01",
                "endDate": "2019-02",
            }
        )
    return _write(tmp_path, "driver", {"basics": {"name": "Marcus Bell", "label": "Truck Driver"}, "work": work})


@pytest.mark.parametrize("lang", sorted(IN_LANGUAGES))
def test_a_letter_in_another_language_counts_and_names_the_line_of_work_as_english_does(tmp_path, lang):
    profile = _driver(tmp_path, warehouse=True)
    english = _letter(profile, APPLICATIONS / "driver-posting.txt")
    assert (
        "I bring nearly eight years of experience as a driver to Lakeland Carriers; "
        "I currently work as a Delivery Driver" in english
    )
    text = _letter(profile, APPLICATIONS / "driver-posting.txt", fmt="docx", lang=lang)
    named, general = IN_LANGUAGES[lang]
    assert named in text and "Delivery Driver" in text
    # The years of driving are not presented as the whole career, which has three years in a warehouse too.
    assert (
        general not in text
        and {"fr": "professionnelle", "de": "Berufserfahrung", "es": "profesional"}[lang] not in text
    )


@pytest.mark.parametrize("lang", sorted(IN_LANGUAGES))
def test_a_letter_whose_jobs_are_all_one_line_says_the_general_sentence(tmp_path, lang):
    text = _letter(_driver(tmp_path, warehouse=False), APPLICATIONS / "driver-posting.txt", lang=lang)
    named, general = IN_LANGUAGES[lang]
    assert general in text and named not in text
