"""A job board's own page pasted with a posting: links, buttons, navigation bars and site headings.

None of it is ever a title, an employer or a requirement.
"""

from __future__ import annotations

import re

from .names import is_title_like, looks_like_a_name
from .places import MAX_HEADER_LINE
from .words import PAGE_CHROME_LINES

# The most words a PAGE_CHROME_LINES phrase has: bounds the search for a line covered by such phrases.
_CHROME_PHRASE_WORDS = max(len(phrase.split()) for phrase in PAGE_CHROME_LINES)

# What joins the links of a navigation bar pasted as one line: spaces, tabs, bullets, pipes, arrows.
_CHROME_JOINERS = re.compile(r"[\s·•|›»>/]+")

# "Careers at Buckeye Home & Garden", "Jobs at Fieldnote": a careers site's heading, naming the company.
# Case-sensitive name: "Work at home ..." is no heading.
_SITE_HEADING = re.compile(r"^(?i:careers|jobs|working|life|job openings|open positions) at ([A-Z].{0,80})$")

# "Fieldnote | Careers | Open Positions", "Home › Jobs › Nurse": a site's navigation trail.
# "·" and "•" are left out: "Full-time · Save" holds a fact before the button.
# One space each side (parts are stripped after): "\s+" each side rescans a long run of spaces from every start.
_NAVIGATION_SEPARATORS = re.compile(r"\s(?:[|›»/]|>{1,2})\s")


def is_page_chrome_line(line: str) -> bool:
    """True for a line made only of a job board's links and buttons, however they are joined: "Apply now",
    "Find jobs  Company reviews  Find salaries" (Indeed's navigation bar pasted as one line), "Sign in • Join"."""
    words = [word for word in _CHROME_JOINERS.split(line[:MAX_HEADER_LINE].casefold()) if word]
    if not words:
        return False
    # covered[i]: the first i words are a run of whole chrome phrases (linear: each end tries a few lengths)
    covered = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        covered[end] = any(
            covered[start] and " ".join(words[start:end]) in PAGE_CHROME_LINES
            for start in range(max(0, end - _CHROME_PHRASE_WORDS), end)
        )
    return covered[-1]


def without_page_chrome(line: str, site_names: list[str]) -> str | None:
    """``line`` without a job board's links, buttons or name; None when nothing else is left.

    The name at the head of a navigation trail ("Fieldnote | Careers | Open Positions") or of
    a heading ("Careers at Fieldnote") goes to ``site_names``; a title before a button or the
    board's name ("Warehouse Associate | Apply", "Software Engineer - Acme | LinkedIn") stays.
    """
    key = line.casefold().strip(" :|›»>")
    if key in PAGE_CHROME_LINES or is_page_chrome_line(line):
        return None
    heading = _SITE_HEADING.match(line)
    if heading and looks_like_a_name(heading.group(1).strip()):
        site_names.append(heading.group(1).strip())
        return None
    parts = [part.strip() for part in _NAVIGATION_SEPARATORS.split(line)]
    if len(parts) < 2:
        return line
    navigation = [part.casefold() in PAGE_CHROME_LINES for part in parts]
    if all(navigation):
        return None
    if all(navigation[1:]):
        if is_title_like(parts[0]):
            return parts[0]
        if looks_like_a_name(parts[0]):
            site_names.append(parts[0])
        return None
    return line
