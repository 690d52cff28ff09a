"""A practice sheet's "your evidence": the profile's own highlight closest to each question, quoted as written
with the job it comes from, offered under at most two questions, and nothing where no highlight fits."""

from __future__ import annotations

from datetime import date

import pytest
from support.interviews import PRACTICE_POSTINGS, practice_sheet, sheet_questions
from support.paths import ROLE

from toolkit.api import render_interview
from toolkit.documents.interview import build_interview_context
from toolkit.documents.interview_evidence import MAX_QUOTES_PER_HIGHLIGHT
from toolkit.inputs.profiles import load_profile
from toolkit.inputs.roles import load_role

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says


def test_your_evidence_only_quotes_the_profile(write_profile):
    profile_path = write_profile(
        {
            "basics": {"name": "Sam"},
            "work": [
                {
                    "name": "Valley Clinic",
                    "position": "Clerk",
                    "startDate": "2023-01",
                    "highlights": ["Processed 40 release-of-information requests a week under HIPAA"],
                }
            ],
        }
    )
    profile = load_profile(profile_path).profile
    document = build_interview_context(load_role(ROLE), level="mid", count=20, profile=profile, today=TODAY).document
    evidence = [q.evidence for q in sheet_questions(document)]
    quoted = [item for item in evidence if item]
    assert quoted and all(item.highlight == profile.work[0].highlights[0] for item in quoted)
    assert all(item.where == "Clerk, Valley Clinic" for item in quoted)
    assert None in evidence  # questions with nothing to quote get no invented example
    text = render_interview(role=ROLE, level="mid", count=20, profile=profile_path, fmt="txt").content.decode()
    # Questions without a quote say nothing each; the sheet says once, neutrally, what to do there.
    assert "no highlight" not in text
    assert text.count("Where none is shown, think of an example from your own work.") == 1


@pytest.mark.parametrize(
    "highlight",
    [
        "Trained three new cooks on station setup, plating specs and closing checklists.",
        "Coach the Science Olympiad team, which reached the state tournament in 2023 and 2024.",
    ],
)
def test_a_question_about_coaching_quotes_the_highlight_that_shows_it(write_profile, highlight):
    """Any job's sheet: "someone you coached or trained" finds a cook's "Trained ..." or a teacher's "Coach ..."."""
    profile = write_profile(
        {
            "basics": {"name": "Sam Ortiz"},
            "work": [{"name": "Harbor Table Bistro", "position": "Line Cook", "startDate": "2016-01",
                      "highlights": ["Run the sauté station on weekend nights.", highlight]}],
        }
    )  # fmt: skip
    document = build_interview_context(
        load_role("general"), level="lead", count=60, profile=load_profile(profile).profile, today=TODAY
    ).document
    (coaching,) = [item for item in sheet_questions(document) if "someone you coached or trained" in item.question]
    assert coaching.evidence is not None and coaching.evidence.highlight == highlight


def test_no_highlight_is_offered_under_more_than_two_questions(write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Ann Lee"},
            "work": [
                {
                    "name": "Buckeye",
                    "position": "Store Manager",
                    "highlights": ["Kept 99% accuracy while prioritizing customer service and meeting deadlines"],
                }
            ],
        }
    )
    document = render_interview(profile=profile, count=38, fmt="md")
    text = document.content.decode()
    assert text.count("Kept 99% accuracy while prioritizing") == MAX_QUOTES_PER_HIGHLIGHT


def test_evidence_under_a_posting_question_quotes_a_highlight_naming_its_term(write_profile):
    highlight = "Cut a weekly report's run time from 40 to 6 minutes by rewriting its SQL"
    profile = write_profile(
        {
            "basics": {"name": "Ari"},
            "work": [
                {
                    "name": "Acme Retail",
                    "position": "Software Developer",
                    "startDate": "2019-03",
                    "highlights": [highlight, "Mentored two new developers through their first release"],
                }
            ],
        }
    )
    text, questions = practice_sheet(PRACTICE_POSTINGS / "product-analyst-experiments.txt", profile, today=TODAY)
    sql_question = next(question for question in questions if "SQL" in question)
    python_question = next(question for question in questions if "Python" in question)
    under_sql = text.split(" ".join(sql_question.split()), 1)[1].split(python_question[:30])[0]
    assert f"Your evidence: “{highlight}” (Software Developer, Acme Retail)" in under_sql
    # The Python question has no highlight: it gets no line saying so.
    assert "no highlight" not in text
    assert text.count("Where none is shown") == 1
