"""Duty terms (round 6): the parts of the organisation a summary or a duty names ("the O2C Cash Applications team",
"for EMEIA business") are where the job sits, never a skill the posting asks for."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text

HEADER = "Cash Applications Accountant\n\nDuties\n"


def duty_terms(duty: str) -> set[str]:
    posting = posting_from_text(HEADER + duty + "\n", "p.txt")
    return {term.term for item in posting.requirements for term in item.alternatives}


@pytest.mark.parametrize(
    ("duty", "unit"),
    [
        ("Application of payments through electronic bank statements for EMEIA business", "EMEIA"),
        ("Clear customer accounts with the APAC team and settle queries in SAP", "APAC"),
        ("The role sits in our O2C Cash Applications team and clears accounts in SAP.", "O2C"),
        ("The department serves every function in EMEA, and you will clear accounts in SAP.", "EMEA"),
    ],
)
def test_initials_naming_a_part_of_the_organisation_are_no_duty_term(duty, unit):
    assert unit not in duty_terms(duty)


@pytest.mark.parametrize(
    ("duty", "term"),
    [
        ("Post cash receipts in SAP and reconcile the ledger", "SAP"),
        ("Build reports in SQL for the finance team", "SQL"),
    ],
)
def test_a_tool_used_in_a_duty_still_is_one(duty, term):
    assert term in duty_terms(duty)
