"""The start date, shift and hiring step a posting states, which a letter's closing may name: read from its
fields and the lines about the job, never from its benefits or the employer's story."""

from __future__ import annotations

from toolkit.postings import posting_from_text

POSTING = """Line Cook
Juniper & Salt Kitchen
Spokane, WA
Date Available: 08/04/2027

Juniper & Salt runs day, evening and night shifts all year.

Responsibilities
- Cook grill and sauté items to recipe

Schedule
- Evening shift, Thursday to Monday

Benefits
- Overnight shift differential of $2 an hour

How to apply
Top candidates are invited to a working interview.
"""


def test_the_start_date_field_shift_and_interview_step_are_read_as_written():
    posting = posting_from_text(POSTING, "posting.txt")
    assert posting.start_date == "08/04/2027"
    assert posting.shift == "evening shift"  # not the about-us "night shifts" nor the benefit's overnight one
    assert posting.interview_step == "working interview"


def test_a_posting_that_states_none_gives_none():
    posting = posting_from_text("Line Cook\nJuniper & Salt Kitchen\n\nRequirements\n- Knife skills\n", "posting.txt")
    assert (posting.start_date, posting.shift, posting.interview_step) == ("", "", "")
