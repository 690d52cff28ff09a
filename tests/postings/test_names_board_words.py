"""A word a board puts after a title (toolkit/postings/names.py): dropped only when what is left names a job."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.names import without_board_word, written_as_a_name


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("SOUS CHEF job", "SOUS CHEF"),
        ("Welder Vacancy", "Welder"),
        ("Registered Nurse - Job", "Registered Nurse"),
        ("Steve Jobs", "Steve Jobs"),  # no job-title head word before it: not a board's word
        ("Database job", "Database job"),
        ("Line Cook", "Line Cook"),
    ],
)
def test_a_boards_word_after_a_title_is_dropped_only_after_a_job_title(title, kept):
    assert without_board_word(title) == kept


def test_a_letter_or_summary_never_seeks_the_x_job_position():
    text = "Position: SOUS CHEF job\n\nRequirements\n- ServSafe certification\n- 5 years of culinary experience\n"
    posting = posting_from_text(text, "posting.txt")
    assert posting.title == "SOUS CHEF"


@pytest.mark.parametrize(
    ("part", "name"),
    [("Wilson County Government", True), ("City of Locust Grove", True), ("In Public Works", False),
     ("On Weekends And Holidays", False)],
)  # fmt: skip
def test_a_part_opening_on_a_preposition_is_written_as_no_name(part, name):
    # "on" read from YAML as true once let "On ..." lines pass as an organisation's name
    assert written_as_a_name(part) is name
