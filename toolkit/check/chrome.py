"""Page furniture in a resume's text: running footers and headers, page numbers, "last updated" lines, and
the names of icons that an icon font gives as text.

A layout repeats its footer on every page ("February 10, 2026  Claud D. Park · Curriculum Vitae  2"),
numbers its pages ("Page 1 of 3", "John Doe – 1/2") and dates the document ("Last updated in Mar 2026").
Read as content, a footer lands inside whatever entry the page broke, where its date and name look
like a job. Icon fonts (Font Awesome in LaTeX and Typst templates) may store the icon's name as its text
("MOBILE-ALT +49 421 …", "Map-marker-alt Évry"), which an ATS reads as words. The words (page, of,
updated, the icon names) come from ``templates/language/resume_words.yaml``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

from ..models.dates import PartialDate
from ..resources import language_data
from .dates import date_points, has_date_point

MAX_PAGES = 50  # a page number is at most this (the PDF reader reads no more pages)
_MAX_CHROME_WORDS = 14  # a footer is short
_SMALL_NUMBER = re.compile(r"(?<![\w.,/])[0-9]{1,2}(?![\w.,%])")
_DIGITS = re.compile(r"[0-9]+")
_MAX_STORED = 1_000_000  # characters of a PDF's stored text looked through for glyph names
_LINES_PER_PAGE = 3
_SIGNATURE_LINES = (
    6  # a CV is signed among its last lines  # lines at least between two footers (a last page may hold a few)
)


@cache
def _words() -> dict:
    return language_data("resume_words")["page_chrome"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s{1,3}") for word in sorted(words, key=len, reverse=True))


@cache
def _page_marker() -> re.Pattern[str]:
    """ "Page 2", "Page 1 of 3", "Seite 1 von 2", "1/2", "- 2 -" at the end of a line."""
    page = _alternation(_words()["page"])
    of = _alternation(_words()["of"])
    return re.compile(
        rf"(?:(?<!\w)(?:{page})\.?\s{{0,3}}([0-9]{{1,2}})(?:\s{{0,3}}(?:{of}|/)\s{{0,3}}([0-9]{{1,2}}))?"
        r"|(?<![\w./])([0-9]{1,2})\s{0,2}/\s{0,2}([0-9]{1,2})"
        r"|^[-–—]\s{0,2}([0-9]{1,2})\s{0,2}[-–—])\s*$",
        re.IGNORECASE,
    )


@cache
def _updated() -> re.Pattern[str]:
    return re.compile(rf"^\W{{0,3}}(?:{_alternation(_words()['updated'])})\b", re.IGNORECASE)


@cache
def _icon_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in _words()["icon_names"])


def is_page_marker(line: str) -> bool:
    """A line that ends with a page number ("Page 1 of 3", "John Doe – 1/2", "- 2 -") and is short."""
    text = " ".join(line.split())
    if not text or len(text.split()) > _MAX_CHROME_WORDS:
        return False
    match = _page_marker().search(text)
    if not match:
        return False
    numbers = [int(group) for group in match.groups() if group]
    if not all(1 <= number <= MAX_PAGES for number in numbers):
        return False
    if len(numbers) == 2 and numbers[0] > numbers[1]:
        return False  # "3/2" is no "page 3 of 2"
    bare_fraction = match.group(3) is not None
    # A bare "1/2" ends a footer ("John Doe – 1/2"), not a line of content ("GPA 3/4", "Tema 5/8"): something
    # stands before it, set apart by a dash, a bar, a dot or a tab, or the line is the fraction alone.
    before = text[: match.start()].rstrip()
    return not bare_fraction or not before or before.endswith(("–", "—", "-", "|", "·", "•")) or "\t" in line


def is_updated_line(line: str) -> bool:
    """ "Last updated in Mar 2026", "Updated: October 18, 2018", "Stand: 03/2024": the document's date."""
    text = " ".join(line.split())
    return bool(_updated().match(text)) and len(text.split()) <= 8 and has_date_point(text)


@cache
def _signature() -> re.Pattern[str]:
    """A place, a comma, maybe a word ("le", "den"), then a full date with its day: how a CV is signed."""
    day = (
        r"[0-9]{1,2}(?:er|st|nd|rd|th|\.)?\s{0,3}[^\W\d_]{3,12}\.?,?\s{0,3}[0-9]{4}"  # "7 février 2015"
        r"|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{4}"  # "20.3.2017"
    )
    return re.compile(
        rf"^[^\W\d_][\w'’. -]{{1,40}},\s{{0,3}}(?:(?:{_alternation(_words()['signed'])})\s{{1,3}})?({day})\.?$",
        re.IGNORECASE,
    )


def document_date(lines: list[str], today: date) -> PartialDate | None:
    """The date a resume gives itself: a "last updated" line, or the place and day it is signed on at its end
    ("Berne, le 7 février 2015", "Dresden, 20.3.2017"); None when it gives none."""
    for line in lines:
        text = " ".join(line.split())
        if is_updated_line(text):
            return max(
                (point for point, _, _ in date_points(text, today)), key=lambda point: (point.year, point.month or 0)
            )
    for line in [line for line in lines if line.strip()][-_SIGNATURE_LINES:]:
        if found := _signature().match(" ".join(line.split())):
            points = list(date_points(found.group(1), today))
            if len(points) == 1:
                return points[0][0]
    return None


def chrome_lines(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` that are page furniture: page numbers, "last updated" lines, and a footer or
    header repeated on several pages with only its page number changing (with the lines repeated beside it)."""
    found = {index for index, line in enumerate(lines) if is_page_marker(line) or is_updated_line(line)}
    by_shape: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if 3 <= len(text.split()) <= _MAX_CHROME_WORDS and _SMALL_NUMBER.search(text):  # "Extra 2" is a heading
            by_shape[_DIGITS.sub("#", text.casefold())].append(index)
    for indexes in by_shape.values():
        if len(indexes) >= 2 and _numbered_like_pages(lines, indexes):
            found.update(indexes)
    return found | _repeated_beside(lines, found)


def _numbered_like_pages(lines: list[str], indexes: list[int]) -> bool:
    """The lines' numbers differ in one place only, and there they count pages: small numbers going up by
    one, a few lines apart at least ("Idioma 1" / "Idioma 2" on the next lines, or
    "Engineer Level 2" over "Engineer Level 1", are content)."""
    columns = list(zip(*(_DIGITS.findall(lines[index]) for index in indexes), strict=False))
    varying = [column for column in columns if len(set(column)) > 1]
    if len(varying) != 1 or any(len(number) > 2 for number in varying[0]):
        return False
    numbers = [int(number) for number in varying[0]]
    counting = all(later == earlier + 1 for earlier, later in zip(numbers, numbers[1:], strict=False))
    apart = all(later - earlier >= _LINES_PER_PAGE for earlier, later in zip(indexes, indexes[1:], strict=False))
    return counting and apart and 1 <= numbers[0] <= MAX_PAGES


def _repeated_beside(lines: list[str], chrome: set[int]) -> set[int]:
    """Lines right beside page furniture that recur, the same, beside it elsewhere: the rest of a footer
    ("calle y número – código postal" over "john@doe.org • … 1/2" on every page)."""
    beside: dict[str, list[int]] = defaultdict(list)
    for index in chrome:
        for neighbour in (index - 2, index - 1, index + 1, index + 2):
            if 0 <= neighbour < len(lines) and neighbour not in chrome:
                beside[" ".join(lines[neighbour].split()).casefold()].append(neighbour)
    return {index for text, indexes in beside.items() if text and len(set(indexes)) >= 2 for index in indexes}


_GLYPH_NAME = re.compile(r"(?<![\w/.:@-])/([a-z][a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,4})(?![\w/.-])")


def glyph_icon_names(stored: str) -> list[str]:
    """Icons' glyph names a parser that reads the PDF's stored text gets in place of the icon ("/map-marker",
    "/github", "/dice-d6"): names of known icons, or hyphenated names no word is."""
    found = []
    for match in _GLYPH_NAME.finditer(stored[:_MAX_STORED]):
        name = match.group(1)
        if (name in _icon_names() or "-" in name) and f"/{name}" not in found:
            found.append(f"/{name}")
    return found


def icon_name_lines(lines: list[str]) -> list[str]:
    """Lines that start with an icon's name an icon font gave as text ("MOBILE-ALT +49 …", "/map-marker
    Évry"): the names of icons a resume would never write as words (hyphenated or slashed), or a known
    icon's name before an e-mail address, a phone number or a link."""
    found = []
    for line in lines:
        words = line.split()
        if not words:
            continue
        first = words[0].strip("/").casefold()
        if first not in _icon_names():
            continue
        rest = " ".join(words[1:])
        shouted = words[0].isupper() and len(first) > 3 and not rest.isupper()  # "LINKEDIN theo-vasseur-qa"
        odd_name = "-" in first or words[0].startswith("/") or shouted
        digits = sum(character.isdigit() for character in rest)
        before_contact = digits >= 6 or bool(re.search(r"@|https?:|www\.|\.[a-z]{2,4}(?:/|$)", rest))
        if odd_name or (before_contact and not words[0].endswith(":")):
            found.append(line.strip())
    # One "Phone 555 0100" is a label a person may type; names of icons come several to a contact block, and
    # one of them is a name nobody types ("Map-marker-alt", "MOBILE-ALT").
    odd = [line for line in found if "-" in line.split()[0] or line.startswith("/") or line.split()[0].isupper()]
    return found if len(found) >= 2 and odd else []
