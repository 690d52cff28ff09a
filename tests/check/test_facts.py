"""The key facts of the profile read back from a resume's text (toolkit/check/facts.py): each fact is found whole,
missing, out of the profile's order, or run into the words beside it, and a job's start date in any of the ways
a resume writes it."""

from __future__ import annotations

import pytest

from toolkit.check.facts import check_facts
from toolkit.models.profile import Profile

PROFILE = Profile.model_validate(
    {
        "basics": {"name": "Ann Lee", "email": "ann@example.com"},
        "work": [
            {"name": "First Clinic", "position": "Coder", "startDate": "2021-03"},
            {"name": "Second Hospital", "position": "Clerk", "startDate": "2019-01", "endDate": "2020-12"},
        ],
        "certificates": [{"name": "RHIT"}],
    }
)


def statuses(text: str) -> dict[str, str]:
    return {fact.fact: fact.status for fact in check_facts(text, PROFILE)}


def test_each_fact_is_found_missing_or_out_of_order():
    found = statuses("Ann Lee\nExperience\nClerk, Second Hospital, 2019 – 2020\nCoder, First Clinic, Mar 2021 – now\n")
    assert found["name"] == "found" and found["email"] == "missing" and found["certificates[0]"] == "missing"
    assert found["work[0].employer"] == "found"
    assert found["work[1].employer"] == "out of order"  # the profile's second job is written before its first


def test_a_fact_run_into_the_next_word_is_joined():
    assert statuses("Ann LeeMedical Records")["name"] == "joined"


@pytest.mark.parametrize("written", ["Mar 2021", "March 2021", "03/2021", "3/2021", "2021-03"])
def test_a_jobs_start_reads_back_however_the_resume_writes_it(written):
    text = f"Ann Lee\nCoder, First Clinic, {written} – now\nClerk, Second Hospital, 2019 – 2020\nRHIT\n"
    assert statuses(text)["work[0].dates"] == "found"


def test_a_start_month_the_resume_does_not_show_is_missing():
    assert statuses("Ann Lee\nCoder, First Clinic, 2020 – now\n")["work[0].dates"] == "missing"
