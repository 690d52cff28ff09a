"""The employer from the posting's own sentences (round 6): a sentence introducing the job names it, and outranks
an aggregator's line naming another organisation; each rule with cases it must and must not match."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.employer import employer_introducing_the_job

BODY = "\n\nDuties\nKeeps the roads clear.\n"


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            "The Harlow County Government Department of Transportation and Public Works wants people interested in "
            "becoming a Maintenance Driver.",
            "Harlow County Government",  # the unit after a name's tail is the organisation's
        ),
        ("Then the Ohio Department of Health has the right job for you.", "Ohio Department of Health"),
        ("Jackson County is looking for a GIS Analyst.", "Jackson County"),
        ("The successful candidate wants a challenge.", ""),
        ("Each position has the usual benefits.", ""),
    ],
)
def test_a_sentence_introducing_the_job_names_the_employer(sentence, employer):
    assert employer_introducing_the_job([sentence]) == employer


# An aggregator's page: its own lines, the title, the organisation it filed the job under, a unit, empty fields.
AGGREGATOR = (
    "Posted: January 9, 2025\n\nMaintenance Driver II\n\n{}\n\nRoad Operations - North\n\nSalary\n\nNot specified\n\n"
)


def page(header_line: str, sentence: str) -> str:
    return posting_from_text(AGGREGATOR.format(header_line) + sentence + BODY, "p.txt").company


def test_the_posting_s_own_sentence_outranks_a_site_line_naming_another_organisation():
    sentence = "Harlow County Government wants people interested in becoming a Maintenance Driver."
    assert page("City of Harlow", sentence) == "Harlow County Government"


def test_a_site_line_naming_the_same_organisation_another_way_stands():
    sentence = "Jackson County School System is looking for qualified applicants."
    assert page("Jackson County Public Schools", sentence) == "Jackson County Public Schools"
