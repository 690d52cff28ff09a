"""Each named rule of the posting reader, with examples it must and must not match.

A rule is general when it holds on postings nobody tuned it on: every case here is written in our own words,
in the shapes real postings take (tests/fixtures/postings/real/README.md), never copied from a corpus posting.
"""

from __future__ import annotations

import pytest

from toolkit.postings.importance import clause_importance
from toolkit.postings.qualities import is_condition_of_work, is_soft_quality
from toolkit.postings.sections import heading_kind

# --- heading kinds (sections.heading_kind) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Qualifications", "required"),
        ("MINIMUM QUALIFICATIONS OR STANDARDS", "required"),
        ("Nice to have", "preferred"),
        ("4. Certifications (often preferred)", "preferred"),
        ("Certifications (pasted from our form)", "required"),
        ("II. Position Summary", "duties"),
        ("5. Personal Traits", "other"),
        ("6. Typical Responsibilities (context for requirements)", "duties"),
        ("• Minimum Qualifications", "required"),
        ("Ideally, you'd bring knowledge and experience in some or all of:", "preferred"),
        ("What you'll need to succeed in this role:", "required"),
        ("About Fieldnote", "about"),
        ("Benefits", "benefits"),
        ("How to Apply", "process"),
    ],
)
def test_a_heading_says_what_kind_of_section_follows(line, kind):
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "• Two years of experience with payroll",  # an item, not a heading
        "• Excel",
        "We are looking for a person who likes to keep records in order and talks to people every day:",
        "Qualifications include a bachelor's degree.",
        "I. Mopped the floors",
        "the requirements below",
    ],
)
def test_a_line_that_is_no_heading_opens_no_section(line):
    assert heading_kind(line) is None


# --- clause importance (importance.clause_importance) ------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "section", "importance"),
    [
        ("High school diploma or equivalent (preferred, not always required)", "required", "preferred"),
        ("Epic experience a plus", "required", "preferred"),
        ("Preference may be given to applicants with Excel skills", "required", "preferred"),
        ("A Class B licence may be required for some positions", "required", "preferred"),
        ("CPR certification (we pay for the class)", "preferred", "preferred"),
        ("CPR certification required", "preferred", "required"),
        ("Forklift certification", "required", "required"),
        ("Phlebotomy certification (Epic HIM certification is a plus)", "required", "required"),
    ],
)
def test_a_clause_keeps_its_sections_importance_unless_it_qualifies_itself(clause, section, importance):
    assert clause_importance(clause, section) == importance


# --- soft qualities and conditions of work (qualities) ---------------------------------------------------


@pytest.mark.parametrize(
    "term",
    [
        "communication and teamwork",
        "Good communication and teamwork skills",
        "time-management and multitasking abilities",
        "hand eye coordination",
        "Clean and organized work habits",
        "a positive attitude",
        "written and verbal communication",
        "problem-solving skills",
    ],
)
def test_soft_qualities_are_no_skill(term):
    assert is_soft_quality(term)


@pytest.mark.parametrize(
    "term",
    ["customer service", "project management", "data entry", "Excel", "communication systems", "CPR", "leadership"],
)
def test_skills_are_no_soft_quality(term):
    assert is_soft_quality(term) is (term == "leadership")


@pytest.mark.parametrize(
    ("term", "condition"), [("nights", True), ("12-hour shifts", True), ("shift scheduling", False)]
)
def test_the_jobs_hours_are_conditions_not_skills(term, condition):
    assert is_condition_of_work(term) is condition
