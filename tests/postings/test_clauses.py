"""Clauses of a requirement line (toolkit/postings/clauses.py): which ask nothing of the candidate.

A clause about what the job gives or the terms it is held on (hours, overtime, insurance, leave, perks) is read like
pay and equal-opportunity text: no term is taken from it, even in a requirements list. The insurance or wages a job
works with are its trade, and stay terms.
"""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.clauses import BOILERPLATE


@pytest.mark.parametrize(
    "clause",
    [
        "Standard hours are 7 am-4 pm Monday-Friday",
        "Schedule: 8:00 a.m. to 4:30 p.m.",
        "Some overtime may be required",
        "We offer medical, dental and vision insurance",
        "You will receive tuition reimbursement after 90 days",
        "Eligible for benefits after 60 days",
        "Paid holidays and sick leave",
        "Competitive pay and an employee discount",
        "Must maintain regular and reliable attendance",
        "Shift differential for nights",
    ],
)
def test_a_clause_about_what_the_job_gives_or_its_terms_asks_nothing(clause):
    assert BOILERPLATE.search(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Experience with dental insurance billing and CDT codes",
        "Knowledge of medical insurance claims and verification",
        "Knowledge of FLSA, state wage and hour laws and prevailing wage",
        "Valid Class A CDL with air brakes endorsement",
        "Two years of experience in a warehouse",
        "Proficiency in Microsoft Excel",
    ],
)
def test_a_clause_that_names_the_trade_is_read(clause):
    assert not BOILERPLATE.search(clause)


def test_the_hours_in_a_requirements_list_are_no_requirement():
    text = (
        "Maintenance Worker\n\nRequirements\n\n- Valid driver's license\n- Experience with HVAC systems\n"
        "- Standard hours are 7 am-4 pm Monday-Friday but some overtime may be required\n"
    )
    terms = {term.term for item in posting_from_text(text, "posting.txt").requirements for term in item.alternatives}
    assert "HVAC systems" in terms or "HVAC" in terms
    assert not any("7" in term or "overtime" in term.casefold() for term in terms)


@pytest.mark.parametrize(
    "clause",
    [
        "The County offers a comprehensive benefit package including PERS retirement",
        "Our total rewards program includes a pension",
        "We offer a competitive compensation package",
    ],
)
def test_a_benefit_package_named_in_a_requirements_list_asks_nothing(clause):
    assert BOILERPLATE.search(clause)


@pytest.mark.parametrize(
    ("line", "named"),
    [
        (
            "At least 2 years' experience in a similar role and be confident with Sage 50 and Excel",
            {"Sage 50", "Excel"},
        ),
        ("3 years of experience and know how to use QuickBooks", {"QuickBooks"}),
        ("Two years of experience in retail and be able to lift 50 pounds", set()),
    ],
)
def test_what_a_years_sentence_asks_after_and_be_or_know_is_read(line, named):
    posting = posting_from_text(f"Accounts Assistant\n\nRequirements\n\n- {line}\n", "posting.txt")
    assert {term.term for item in posting.requirements for term in item.alternatives} == named
    assert posting.years_required in {2.0, 3.0}
