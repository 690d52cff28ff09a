"""The header rules added on the real-posting dev batch p4, each with made-up lines it must and must not match.

Every rule here was motivated by at least two postings from different sites and is stated as a fact of page
layout or language; the cases are our own words, never copied from a corpus posting. Where a rule cannot tell,
the reader leaves the fact empty and the CLI asks (--position, --company): a wrong title or employer is worse.
"""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.employer import employer_from_body
from toolkit.postings.trusted import is_employer_name, is_job_title


def read(text: str):
    return posting_from_text(text, "posting.txt")


# --- a sentence is neither a title nor a name ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Answers the phones and greets every visitor.",
        "Certification- Food Handler Card or ServSafe required.",
    ],
)
def test_a_line_ending_as_a_sentence_is_neither_title_nor_employer(line):
    assert not is_job_title(line)
    assert not is_employer_name(line)


@pytest.mark.parametrize("name", ["Harbor Freight Co.", "Lindell & Sons Inc.", "Westfield Dental Corp."])
def test_an_abbreviations_full_stop_still_ends_a_name(name):
    assert is_employer_name(name)


def test_an_abbreviations_full_stop_still_ends_a_title():
    assert is_job_title("Senior Planner, prov.")


# --- numbered labels and names cut short ------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Requisition #", "Posting #", "Bulletin #24-017", "Town of", "Parks and"])
def test_a_numbered_label_or_a_name_cut_before_its_end_is_no_employer(line):
    assert not is_employer_name(line)


@pytest.mark.parametrize(
    "header", ["Town of Brookhaven, NY\n\nAccount Clerk II", "Account Clerk II\nTown of Brookhaven, NY"]
)
def test_a_city_of_header_line_names_the_town_not_a_cut_name(header):
    assert read(header + "\n\nDuties\nKeeps the ledgers.\n").company == "Town of Brookhaven"


# --- a label above its value ------------------------------------------------------------------------------


def test_the_value_under_a_label_is_no_employer():
    text = (
        "Grounds Technician\n\nCategory:\n\nFacility Services\n\nDepartment:\n\nFacility Services\n\n"
        "Summary:\nMows and trims the grounds.\n"
    )
    assert read(text).company == ""


# --- "X is a ... employer" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        ("We welcome everyone. Northgate Clinic is a drug-free employer.", "Northgate Clinic"),
        ("Lakeview Foods is an at-will employer and follows state law.", "Lakeview Foods"),
        ("We are an equal opportunity employer. Pinecrest Bank is a smoke-free employer.", "Pinecrest Bank"),
        ("Ridge Valley Hospital is an equal opportunity employer.", "Ridge Valley Hospital"),
    ],
)
def test_a_sentence_calling_x_an_employer_names_x(body, employer):
    assert employer_from_body(body, []) == employer


def test_we_are_an_employer_names_no_one():
    assert employer_from_body("We are a drug-free employer.", []) == ""


# --- where the employer is looked for -------------------------------------------------------------------


def test_a_sub_heading_under_the_duties_is_no_employer():
    text = (
        "Harborview Deli Crew\nThe deli opens daily at the marina.\nRESPONSIBILITIES\nKitchen and Counter Services\n"
        "- Slice meats and cheeses to order\n- Keep the counter clean\n"
    )
    assert read(text).company == ""


def test_a_field_label_in_capitals_is_no_section_that_hides_the_employer():
    text = (
        "CUSTODIAN\n\nRecruitment #21-000307-0002\n\nGRADE\n\n7\n\nLOCATION OF POSITION\n\n"
        "Brookside Regional Hospital,Dover De.\n\n"
        "Main Purpose of Job\nCleans the patient floors.\n"
    )
    assert read(text).company == "Brookside Regional Hospital"


@pytest.mark.parametrize(
    "opening",
    [
        "Northfield Medical Center is the largest community hospital in the valley. It serves four towns.",
        "Quillwork is a software company that helps libraries. It is hiring a Backend Engineer.",
    ],
)
def test_an_opening_sentence_above_the_first_heading_introduces_the_employer(opening):
    posting = read(opening + "\nRequirements:\n- 3+ years of Python\n")
    assert posting.company == opening.split(" is ")[0]


# --- separators ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "plain"), [("Riverside Health ยท Cardiac Unit", "Riverside Health · Cardiac Unit"),
                                             ("Ames Co Â· Denver, CO", "Ames Co · Denver, CO")])  # fmt: skip
def test_a_mis_decoded_middle_dot_is_read_as_one(raw, plain):
    from toolkit.postings.layout import plain_line

    assert plain_line(raw) == plain


@pytest.mark.parametrize("line", ["Riverside Health · Cardiac Unit", "Ames Hardware | Careers"])
def test_a_line_of_parts_is_not_one_name(line):
    assert not is_employer_name(line)


# --- a shift or an ad's promise is no part of the title (T1) -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Maintenance Technician 2nd Shift", "Maintenance Technician"),
        ("Packaging Operator Night Shift", "Packaging Operator"),
        ("Electrician Apprentice - No Experience Needed", "Electrician Apprentice"),
        ("Delivery Driver - Will Train", "Delivery Driver"),
        ("Cook - Evening Shift", "Cook"),
        ("Shift Supervisor", "Shift Supervisor"),  # the shift is the job's own word here
        ("Day Shift Charge Nurse", "Day Shift Charge Nurse"),
        ("Experienced Welder", "Experienced Welder"),
    ],
)
def test_a_shift_or_an_ads_promise_after_the_title_is_dropped(line, title):
    assert read(f"{line}\nAcme Corp\nDenver, CO\n\nRequirements\n- Valid driver's license\n").title == title
