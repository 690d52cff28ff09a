"""Employer evidence from the round-6 study of wrong employers on unseen postings: each rule with made-up postings
it must and must not name an employer in. A wrong employer in a cover letter is worse than none (the CLI asks for
--company), so a line is the employer's only when it reads as an organisation's name."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.employer import employer_named_again
from toolkit.postings.names import written_as_a_name
from toolkit.postings.trusted import is_employer_name

BODY = "\n\nDuties\nKeeps the shelves stocked.\n"


def company(text: str) -> str:
    return posting_from_text(text, "posting.txt").company


# --- a header line names an organisation only when written as a name ---------------------------------------


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Wilson County Government", True),
        ("City of Locust Grove", True),
        ("Department of the Navy", True),
        ("In Public Works", False),  # a sentence's opening: "In Public Works, the Maintenance Worker ..."
        ("College degree in Computer Science", False),  # a list's item
        ("For County Residents", False),
    ],
)
def test_an_organisation_is_written_as_a_name(name, written):
    assert written_as_a_name(name) is written


@pytest.mark.parametrize(
    "header",
    [
        "Maintenance Worker\nIn Public Works, the Maintenance Worker keeps county roads and parks in order.",
        "Billing Support Specialist\n- Bangalore\n- College degree in Computer Science, Business or related fields",
    ],
)
def test_a_sentence_or_an_item_under_the_title_names_no_employer(header):
    assert company(header + BODY) == ""


def test_a_name_line_under_the_title_still_names_the_employer():
    assert company("Maintenance Worker\nWilson County Government\n" + BODY) == "Wilson County Government"


# --- a page's own labels are no employer -----------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Job opening", "Position Detail", "Company Overview", "Job Openings"])
def test_a_page_label_is_no_employer_name(label):
    assert not is_employer_name(label)


@pytest.mark.parametrize("name", ["Harbor Outfitters", "Dollar Tree", "Open Road Logistics", "Quickparts"])
def test_a_name_of_dictionary_words_still_is_one(name):
    assert is_employer_name(name)


def test_a_label_above_the_title_names_no_employer():
    assert company("Job opening\n\nSocial Case Worker\n\nSALARY RANGE: $36,000\n" + BODY) == ""


# --- an address is no employer ---------------------------------------------------------------------------------


def test_an_address_under_the_title_names_no_employer():
    assert company("Cash Applications Accountant\n\nCork, County Cork, Ireland\nCorporate Functions\n" + BODY) == ""


def test_a_company_field_with_a_legal_ending_still_names_the_employer():
    text = "Position: Staff Accountant\nCompany: Ridgeline Building Products, Inc.\n" + BODY
    assert company(text) == "Ridgeline Building Products, Inc."


# --- a title's dash part: initials name a unit ------------------------------------------------------------------


def test_initials_after_the_title_name_a_unit_not_the_employer():
    text = "Registered Nurse - PACU\n\nAbout the role\nCare for patients in the PACU after surgery.\n" + BODY
    assert company(text) == ""


def test_a_name_after_the_title_that_the_body_names_again_is_the_employer():
    text = "Truck Driver - Lakeland Carriers\n\nAbout us\nLakeland Carriers hauls freight across the Midwest.\n" + BODY
    assert company(text) == "Lakeland Carriers"


# --- a table pasted as lines: a label run into its value ------------------------------------------------------


def test_an_employer_label_run_into_its_value_names_the_employer():
    text = "Overview of the Recruitment\nOrganization Name Harbor Freight Lines Limited\nTotal Posts 01\n" + BODY
    assert company(text) == "Harbor Freight Lines Limited"


def test_a_department_label_run_into_its_value_names_no_employer():
    text = "Research Coordinator\n\nPosition Information\nDepartment Institutional Planning & Ops\n" + BODY
    assert company(text) == ""


# --- the body naming an organisation twice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        # a kind of place after "a", not a name
        ("As a Cleaner at a Juvenile Justice Centre you keep it clean.\nA Juvenile Justice Centre is secure.", ""),
        # the rest of a name cut at its comma
        (
            "Rutgers, The State University of New Jersey, is large.\n"
            "Rutgers, The State University of New Jersey, grows.",
            "",
        ),
        (
            "Staff at Harlow County Hospital work shifts.\nHarlow County Hospital opened in 1950.",
            "Harlow County Hospital",
        ),
    ],
)
def test_an_organisation_named_twice_is_the_employer_only_by_its_name(body, employer):
    assert employer_named_again(body.splitlines()) == employer


@pytest.mark.parametrize(
    ("settled", "name"),
    [
        ("Mumbai Metro Rail Corporation Limited (MMRCL)", "Mumbai Metro Rail Corporation Limited"),
        ("Harlow County Hospital (HCH)", "Harlow County Hospital"),
        ("Saint Peter's Hospital (NJ)", "Saint Peter's Hospital (NJ)"),  # not its initials
    ],
)
def test_the_initials_after_an_employer_are_no_part_of_its_name(settled, name):
    assert company(f"Cashier\n\n{settled} is an equal opportunity employer.\n" + BODY) == name


def test_a_word_opening_a_sentence_is_not_introduced_as_the_employer():
    assert company("Below is a list of the details of the position.\n\nDuties\nKeeps shelves stocked.\n") == ""


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("Open Until Filled", ""),  # the posting's status
        ("Hiring Immediately", ""),
        ("Verified Employer", ""),  # a board's badge
        ("Paid Time Off", ""),  # a perk
        ("Contact Center Operations", ""),  # a unit inside the employer
        ("Acme Health", "Acme Health"),
        ("Copper Canyon Family Medicine", "Copper Canyon Family Medicine"),
    ],
)
def test_a_boards_badge_or_a_perk_under_the_title_is_no_employer(line, employer):
    text = f"Registered Nurse\n{line}\nDenver, CO\n\nWe care for patients.\n\nRequirements\n- RN license\n"
    assert posting_from_text(text, "posting.txt").company == employer


@pytest.mark.parametrize(
    ("name", "employer"),
    [
        ("Acme Corp Careers", False),  # the careers site's own name
        ("Northwind Jobs", False),
        ("Hiring Event", False),
        ("Career Fair", False),
        ("Acme Corp", True),
        ("Northwind Traders", True),
    ],
)
def test_a_careers_sites_name_or_a_hiring_event_is_no_employer(name, employer):
    assert is_employer_name(name) is employer
