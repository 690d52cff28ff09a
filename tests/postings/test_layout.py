"""Undoing the layout a posting lost on its way to a text file: sentences and blocks a scraped page ran together
are parted again, and nothing that only looks like a seam (an address, an abbreviation, a product's name) is cut."""

from __future__ import annotations

import pytest

from toolkit.postings.layout import inline_items, plain_line
from toolkit.postings.reading import posting_from_text


@pytest.mark.parametrize(
    ("glued", "parted"),
    [
        # a short word ends a sentence with no space before the next: "... take charge of it.Be ready ..."
        ("You will take charge of it.Be ready to lift 40 lbs", "You will take charge of it. Be ready to lift 40 lbs"),
        ("A CDL is required.Must pass a drug screen", "A CDL is required. Must pass a drug screen"),
        ("Mop, sweep, etc.Training is paid", "Mop, sweep, etc. Training is paid"),
        # fields of a scraped page run together: a lower-case word into the capitalised word that opens the next
        ("Years in managementThe Board hires", "Years in management. The Board hires"),
        ("1.Demonstrates good judgement", "1. Demonstrates good judgement"),
    ],
)
def test_glued_sentences_and_fields_are_parted(glued, parted):
    assert plain_line(glued) == parted


def test_a_seam_is_parted_when_another_capitalised_word_is_glued_after_it():
    # a page's list of working conditions, run together: "... noise levelsIndoorsAround dust"
    assert "noise levels. Indoors" in plain_line("Works under variable noise levelsIndoorsAround dust")


@pytest.mark.parametrize(
    "whole",
    [
        "Ph.D. in chemistry preferred",
        "U.S. citizenship required",
        "Office tools, e.g. Excel and Word",
        "Tools, i.e. Jira",
        "A 2.5 GPA or higher",
        "Apply at www.example.Com today",
        "Questions to jane.Doe@example.org",
        "Apply at careers.example.Com",
        "Lift approx.Two hundred pounds",
        "Build pages in JavaScript and TypeScript",
        "Slides in PowerPoint, books in QuickBooks",
        "Repair iPhone and iPad screens",
        "Prior McDonald or FedEx experience",
        "Use SharePoint, PeopleSoft and ServiceNow",
        "Vue.Js front ends",
    ],
)
def test_what_only_looks_like_a_seam_stays_whole(whole):
    assert plain_line(whole) == whole


# A page that lost its line breaks: one long line whose list marks still stand between the items.
_PLUS_LIST = (
    "Licences:** + A current Class A CDL from any state (required) + A clean driving record for the last three years"
    " (required) **Experience:** + Two years of tractor-trailer driving (preferred) + Forklift certificate (preferred)"
)


def test_a_repeated_inline_mark_parts_a_long_line_into_items_and_bold_labels_into_headings():
    assert inline_items(_PLUS_LIST) == [
        "Licences:**",
        "• A current Class A CDL from any state (required)",
        "• A clean driving record for the last three years (required)",
        "Experience:",
        "• Two years of tractor-trailer driving (preferred)",
        "• Forklift certificate (preferred)",
    ]


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "Duties include the following. • Greet each guest at the door and seat them • Take orders and serve food"
            " and drinks • Clear and reset the tables between seatings",
            4,
        ),
        (
            "The custodian will: 1. Sweep, mop and wax the floors of the school 2. Empty the bins and clean the rest"
            " rooms daily 3. Report broken fixtures to the head of facilities",
            4,
        ),
        (
            "Knowledge of:1) Wiring and repair of motors and of their controls 2) Reading blueprints and wiring"
            " diagrams of the plant 3) Safe use of hand and power tools",
            4,
        ),
    ],
)
def test_bullets_and_numbers_counting_up_part_a_line(line, items):
    assert len(inline_items(line)) == items


@pytest.mark.parametrize(
    "line",
    [
        "BLS + ACLS + PALS required",  # a short line: a list written on one line on purpose
        "Acme Health · Springfield, IL · Full-time · On-site",  # a board's header line
        # a long header line of a board: its fields are short
        "Registered Nurse - ICU · Acme Regional Health System · Springfield, Illinois, United States (On-site) ·"
        " Reposted 3 weeks ago · Over 100 applicants",
        # one mark only, and "C++": not a lost list
        "Experience in C++ and Python + a willingness to learn new tools on the job is what we look for in every"
        " candidate who applies here",
        # dashes that set off a phrase inside a sentence, not items
        "The night shift – which starts at ten – is paid at a higher rate, and the team – six nurses and two aides –"
        " shares the weekend rota between them",
        # a figure with a decimal point and a level number are no list numbers
        "A 2.5 GPA is the least we take, and a Level 1. certificate counts only if the course ran for at least one"
        " full school year at an accredited college",
    ],
)
def test_what_is_no_lost_list_stays_one_line(line):
    assert inline_items(line) == [line]


def test_a_one_line_posting_with_plus_bullets_reads_each_credential_apart_from_its_issuer():
    """A new user's paste: credentials and the bodies that award them on one line; no term runs across items."""
    text = (
        "Certifications:** + One of the following within a year of hire: + Certified Medical Assistant (CMA); American"
        " Association of Medical Assisting + Registered Medical Assistant (RMA); American Medical Technologists"
        " **Experience:** + 1 year of recent Medical Assisting experience (preferred)"
    )
    terms = [
        term.term
        for requirement in posting_from_text(text, "paste.txt").requirements
        for term in requirement.alternatives
    ]
    assert "CMA" in terms and "RMA" in terms
    assert not [term for term in terms if "Technologists" in term and "MA" in term.split()[-1]]
    assert not [term for term in terms if "Association" in term and "RMA" in term]
