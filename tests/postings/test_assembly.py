"""A posting put together from its read lines (toolkit/postings/assembly.py) within a reading budget: lines that
ask for nothing spend none of it, so a long list of duties never hides the requirements after it.
"""

from __future__ import annotations

from support.postings import alternative_terms

from toolkit.postings import posting_from_text
from toolkit.postings.assembly import MAX_REQUIREMENT_LINES


def test_lines_that_ask_nothing_spend_none_of_the_reading_budget():
    duties = "".join(f"- Files folder {number} for the clerk.\n" for number in range(MAX_REQUIREMENT_LINES + 5))
    text = "Records Clerk\n\nDuties\n" + duties + "\nRequirements\n- QuickBooks Online\n"
    assert "QuickBooks Online" in alternative_terms(posting_from_text(text, "posting.txt"))
