"""Body rules from the round-5 study of unseen posting kinds: made-up lines each rule must and must not read so."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.layout import laid_out


def read(requirements: str):
    return posting_from_text("Support Agent\n\nJob Requirements\n" + requirements, "posting.txt")


def test_a_numbered_list_that_lost_its_spaces_keeps_a_figure_after_the_number():
    posting = read("1.Diploma or equivalent preferred.\n2.6 months of phone support experience preferred.\n3.Typing.\n")
    assert (posting.years_required, posting.years_preferred) == (None, 0.5)


@pytest.mark.parametrize(
    "lines",
    [
        ["2.5 GPA or higher is required."],  # no glued neighbour numbered 1 or 3: a figure
        ["Minimum 2.5 GPA.", "2.5 GPA or higher is required.", "7.5 hours a day."],  # figures, not a sequence
    ],
)
def test_a_figure_is_not_split_without_a_numbered_neighbour_run(lines):
    texts = [text for _, text in laid_out(lines)]
    assert any(text.startswith("2.5 GPA") for text in texts)
