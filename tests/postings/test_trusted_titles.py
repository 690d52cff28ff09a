"""Titles from the round-6 study of wrong titles on unseen postings: a section's heading that holds a job word is
no title, and a table's row gives its title's value without the label."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.trusted import is_job_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Driver Eligibility Requirements", False),  # a section's heading
        ("Teacher Selection Criteria", False),
        ("Requirements Engineer", True),
        ("Eligibility Specialist", True),
        ("Truck Driver", True),
    ],
)
def test_a_heading_ending_in_requirements_is_no_title(line, title):
    assert is_job_title(line) is title


def test_a_table_row_gives_the_title_without_its_label():
    text = "Overview of the Recruitment\nOrganization Name Harbor Freight Lines Limited\nPost Name Senior Accountant\n"
    posting = posting_from_text(text + "\n\nDuties\nKeeps the ledger.\n", "p.txt")
    assert posting.title == "Senior Accountant"


@pytest.mark.parametrize(
    ("line", "is_title"),
    [
        ("Nurse Recruitment", False),  # a page or a step named after a job
        ("Manager Login", False),
        ("Agent Portal", False),
        ("Police Officer Exam", False),
        ("Accounting Clerk Job Description", False),
        ("Nurse Staffing Agency", False),
        ("Associate Degree", False),
        ("Director of Information Technology", True),  # the ending is read on the part before "of"
        ("Manager Human Resources", True),
        ("Recruiting Coordinator", True),
        ("Contact Center Agent", True),
        ("Information Technology Specialist", True),
    ],
)
def test_a_line_ending_in_a_pages_word_names_no_job(line, is_title):
    assert is_job_title(line) is is_title
