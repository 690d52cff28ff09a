"""Where a posting's header ends (toolkit/postings/sections.py): a page pasted with its line breaks lost."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.sections import asks_for_something, find_header_end, heading_kind, is_about_us

ONE_LINE = (
    "Education: High school diploma or GED (required). Certification: Current CMA or RMA certification is required "
    "for this role. Experience: Two years of experience in a medical office is preferred. The assistant rooms "
    "patients, takes vital signs and keeps the schedule moving. BLS certification is required at hire."
)


def test_a_posting_pasted_as_one_line_is_read_not_refused():
    posting = posting_from_text(ONE_LINE, "pasted.txt")
    terms = {term.term.casefold() for item in posting.requirements for term in item.alternatives}
    assert any("bls" in term for term in terms), terms
    assert posting.title in (None, "")  # nothing in the line says which job it is: asked for, not guessed


@pytest.mark.parametrize(
    ("lines", "end"),
    [
        ([ONE_LINE], 0),  # many words and several sentences: body from the first line
        (["Medical Assistant", ONE_LINE], 1),
        # A title line and a long one-sentence tagline stay the header's.
        (["Medical Assistant - Full Time - Days - Sign-on bonus for certified staff at every clinic", "Duties"], 1),
        (["Acme Clinic is hiring a Medical Assistant for its downtown office.", "Requirements", "- CMA"], 1),
    ],
)
def test_the_header_ends_before_a_long_paragraph(lines, end):
    assert find_header_end(list(enumerate(lines, start=1))) == end


_BOARD_PAGE = (
    "Maintenance Driver II\n\nCity of Example\n\nClose date\n\nJanuary 23, 2026\n\n{heading}\n\n"
    "  • Valid driver's license with a clean driving record\n  • Experience with ArcGIS\n\n"
    "Full Job Description\n\nWe keep the roads of the city in shape all year round.\n\nDuties\n\n"
    "- Mow grass and trim trees along the roadways\n"
)


@pytest.mark.parametrize(
    ("heading", "asked"),
    [
        ("Key Requirements", True),  # the board's summary of what the job asks
        ("Qualifications", True),
        ("Skills", False),  # Indeed's guesses of skills ("Profile insights") are the board's, not the employer's
        ("Job details", False),
        ("Benefits", False),
    ],
)
def test_a_boards_requirements_panel_above_the_full_description_is_read(heading, asked):
    posting = posting_from_text(_BOARD_PAGE.format(heading=heading), "posting.txt")
    terms = {term.term for item in posting.requirements if item.importance == "required" for term in item.alternatives}
    assert ("ArcGIS" in terms) is asked
    assert any("driver" in term.casefold() for term in terms) is asked


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Knowledge of grass cutting, tree trimming and asphalt work", True),
        ("• Ability to work with equipment such as a credit card machine", True),
        ("Thorough knowledge of the state special education rules", True),
        ("Experience in case management and safety assessments", True),
        ("Applicants who hold an ASE Master Technician certification are preferred", True),
        ("Spoken English is essential for the post", True),
        ("Experienced staff will train you on the job", False),
        ("Knowledge sharing sessions are held every week", False),
        ("Applicants will be told by email", False),
        ("We build products that change lives", False),
    ],
)
def test_a_sentence_outside_the_qualifications_that_asks_for_something(sentence, asks):
    assert asks_for_something(sentence) is asks


@pytest.mark.parametrize(
    ("sentence", "about_us"),
    [
        ("We are a licensed home care agency certified in Medicare and Medicaid.", True),
        ("Founded in 1961, the company is required by the state to keep a CPA on staff.", True),
        ("Our mission is to serve every patient who needs us.", True),
        ("The person we are looking for has a valid CDL and two years of driving experience.", False),
        ("We're seeking someone with a current RN license.", False),
        ("Must hold a current forklift certification.", False),
    ],
)
def test_a_sentence_about_the_employer_is_told_apart(sentence, about_us):
    assert is_about_us(sentence) is about_us


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("We are a licensed home care agency certified in Medicare and Medicaid.", False),
        ("Must hold a current forklift certification.", True),
    ],
)
def test_a_sentence_about_the_employer_asks_nothing_in_a_posting_without_headings(sentence, asked):
    text = f"Caregiver\n\nAcme Home Care\n\nWe visit clients at home.\n\n{sentence}\n"
    found = [item for item in posting_from_text(text, "posting.txt").requirements if item.importance == "required"]
    assert bool(found) is asked


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Person Specification", "required"),  # UK boards
        ("Essential Criteria", "required"),
        ("Essential:", "required"),
        ("Desirable Criteria", "preferred"),
        ("Key Selection Criteria", "required"),  # Australian boards
        ("Candidate Profile", "required"),
        ("Core Competencies", "required"),
        ("What you need to succeed", "required"),
        ("To be successful in this role", "required"),
        ("You Might Also Have", "preferred"),
        ("Training and Experience", "required"),  # US civil-service class specifications
        ("You might be a fit if you have", "required"),  # start-ups' boards
        ("You'll thrive here if", "required"),
        ("What you bring to the table", "required"),
        ("Skills we value", "required"),
        ("We'd love to hear from you if", "required"),
        ("What's in it for you", "benefits"),
        ("How you'll grow", "benefits"),
        ("Your impact", "duties"),
        ("What you'll work on", "duties"),
        ("Our tech stack", "duties"),
        ("Your future team", "about"),
        ("Join Our Team", "other"),  # often how to apply
        ("Company Profile", "about"),
        ("Essential Functions", "duties"),
        ("Essential Duties and Responsibilities", "duties"),
        ("Training", "other"),
        ("Entry Level", None),
    ],
)
def test_headings_boards_use_for_what_a_candidate_brings(heading, kind):
    assert heading_kind(heading) == kind


def test_a_person_specifications_essential_items_are_required_and_desirable_ones_preferred():
    text = (
        "Teaching Assistant\nOakfield Primary School\nLeeds\n\nJob Description\nWe support pupils in Key Stage 2.\n\n"
        "Person Specification\n\nEssential\n- NVQ Level 3 for Teaching Assistants or equivalent\n"
        "- Knowledge of Team Teach de-escalation\n\nDesirable\n- Experience with EHCPs\n"
    )
    read = {
        term.term: item.importance
        for item in posting_from_text(text, "posting.txt").requirements
        for term in item.alternatives
    }
    assert read.get("NVQ Level 3") == "required"
    assert read.get("EHCPs") == "preferred"
