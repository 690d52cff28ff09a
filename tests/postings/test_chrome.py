"""A job board's own links and menus (toolkit/postings/chrome.py) are page chrome, never a posting's title,
employer or requirement; a line that says anything more is the posting's own.
"""

from __future__ import annotations

import pytest

from toolkit.postings.chrome import is_page_chrome_line


@pytest.mark.parametrize(
    ("line", "chrome"),
    [("Apply now", True), ("Find jobs  Company reviews  Find salaries", True), ("Sign in • Join", True),
     ("Apply your HVAC skills", False), ("Registered Nurse", False)],
)  # fmt: skip
def test_a_boards_links_are_page_chrome(line, chrome):
    assert is_page_chrome_line(line) is chrome


def test_a_line_with_one_word_beyond_the_navigation_links_is_not_chrome():
    assert is_page_chrome_line("Find jobs  Company reviews")
    assert not is_page_chrome_line("Find jobs at Harbor Table")
    assert not is_page_chrome_line("Sous Chef")
    assert not is_page_chrome_line("")
