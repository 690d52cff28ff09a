"""What one line of a resume section says: a bullet, a place or dates alone, a sentence, or the words that name
an entry once its dates, durations and place are out ("Senior Engineer | Acme Corp" from "Senior Engineer |
Acme Corp | Berlin | 2019 – 2021")."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import islice

from ..resources import language_data
from .dates import DateRange, date_points, date_ranges, has_date_point
from .places import is_place, without_place

_BULLET = re.compile(r"^\s*(?:[-*•·–—▪◦‣›●○■□➢➤►▶✓✔❖◆◇→>\uf0a7\uf0b7\uf111\uf0d8]|[0-9]{1,2}[.)](?![0-9]))\s*")
_ICON = re.compile("[\ue000-\uf8ff]")  # icon fonts draw their glyphs in the private-use area
MAX_HEADING_WORDS = 12  # a heading line of an entry ("Senior Software Engineer, Acme Corp, Berlin") is short
_SENTENCE_WORDS = 6
_NAMING_SHARE = 0.4  # a line that capitalises this share of its words names something
_PROSE_SHARE = 0.25  # a line that capitalises less than this share of its words is a sentence
MOST_DATES = 6  # dates read on one line: a line with more is no entry's heading


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def bullet_of(line: str) -> str:
    """The bullet a line starts with ("•", "◦", "1."), "" when none."""
    match = _BULLET.match(line)
    return re.sub(r"[0-9]{1,2}", "9", match.group().strip()) if match else ""


def without_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip() if is_bullet(line) else line.strip()


def is_attribute(line: str, today: date) -> bool:
    """A line that is only a place, only dates, only a duration ("2 years 10 months"), or a mix of these."""
    text = without_bullet(line)
    return bool(text) and not heading_text(text, today)


def heading_text(line: str, today: date) -> str:
    """``line`` without its dates, durations and place: what is left to name a job or a degree (its fields
    apart by tabs, as the line set them apart)."""
    text = _ICON.sub(" ", without_bullet(line))  # an icon before the dates or the city ("\uf073 Jan 2019")
    for found in reversed(list(islice(date_ranges(text, today), MOST_DATES))):
        text = text[: found.begin] + " " + text[found.finish :]
    for _, start, end in reversed(list(islice(date_points(text, today), MOST_DATES))):
        if _ends_a_part(text, start, end):  # "CBIO 2010 Introduction to …" keeps its number
            text = text[:start] + " " + text[end:]
    text = _durations()[1].sub(" ", text)
    # An aside in square brackets after a name says the employer's trade or unit ("INFOTEL [Recherche et
    # Développement]"), not its name.
    text = re.sub(r"(?<=[\w.)])\s{1,3}\[[^\[\]\d]{2,60}\](?=\s*(?:\t|$))", " ", text)
    text = _BRACKETED.sub(_without_aside, text)
    text = re.sub(r"[\[\]]|\(\s*\)|\(\s*[-–—.…]*\s*\)", " ", text)
    kept = []
    for part in text.split("\t"):
        part = _trimmed(re.sub(r" {2,}", " ", part))
        pieces = [piece.strip() for piece in re.split(r"\s{1,4}[|·•]\s{1,4}|\s{3,}", part)]
        pieces = [
            piece
            for piece in pieces
            if piece and not is_place(piece) and not _durations()[0].match(piece) and not _is_date_word(piece)
        ]
        if pieces:
            kept.append(without_place(" | ".join(pieces)))
    return "\t".join(piece for piece in kept if piece)


_BRACKETED = re.compile(r"\s{0,3}\(([^()]{1,60})\)")


def _without_aside(match: re.Match[str]) -> str:
    """A bracket after a name that is a note on it, not part of it: one that starts in lower case ("WarnerMedia
    (became Warner Bros. Discovery)", "Tripwire Inc. (acquired nCircle)"), or the name's initials ("Internet
    Security Systems, Inc.(ISS)"); as it was otherwise ("Data Engineer (Contract)", "(San Francisco, CA)")."""
    inside = match.group(1).strip()
    before = re.findall(r"[^\W\d_][\w&'’-]*", match.string[max(0, match.start() - 80) : match.start()])
    if inside[:1].islower() and before and len(inside.split()) >= 2:
        return " "
    initials = "".join(word[0] for word in before if word[0].isupper())
    if inside.isupper() and inside.isalpha() and len(inside) >= 2 and inside in initials:
        return " "
    return match.group()


@cache
def _durations() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a piece that is only a duration, "2 years 10 months", "6 mois"; a duration inside a line, "(3 anos)"),
    from the units resume_words.yaml lists."""
    units = "|".join(re.escape(unit) for unit in sorted(language_data("resume_words")["duration_units"], key=len)[::-1])
    one = rf"[0-9]{{1,2}}\s{{0,3}}(?:{units})\b\.?"
    return (
        re.compile(rf"^\(?(?:{one},?\s{{0,3}}){{1,2}}\)?$", re.IGNORECASE),
        re.compile(rf"\(?\b{one}(?:,?\s{{0,3}}{one})?\)?", re.IGNORECASE),
    )


def _ends_a_part(text: str, start: int, end: int) -> bool:
    """A date at the start or end of its part of the line (parts are set apart by tabs and bars), or beside
    another date: one that dates the line, not a number inside a name."""
    before = re.split(r"\t|\s[|·•]\s", text[:start])[-1]
    after = re.split(r"\t|\s[|·•]\s", text[end:])[0]
    return not re.search(r"[^\W\d_]{2}", before) or not re.search(r"[^\W\d_]{2}", after) or _joins_dates(after)


def _joins_dates(after: str) -> bool:
    return bool(after.split()) and after.split()[0].casefold() in _date_words()


@cache
def _date_words() -> frozenset[str]:
    """Words that stand beside a date and name nothing: "expected 2027", "Grad. May 2011", "Summer 2012 and
    2013"."""
    words = language_data("resume_words")
    return frozenset(
        [*words["expected"], *words["since"], *words["date_words"], *words["conjunctions"], *words["range_words"]]
    )


def _is_date_word(piece: str) -> bool:
    return piece.casefold().rstrip(".: ") in _date_words()


def _trimmed(text: str) -> str:
    """``text`` without the separators and brackets left at its ends once its dates and place are out; a
    bracket that closes one in the text stays ("Product Engineer (AI Focus)")."""
    separators = " |·,–-—:;/"
    text = text.strip(separators)
    if text.count("(") == text.count(")"):
        return text
    if text.count(")") > text.count("(") and text.endswith(")"):  # "(AI Focus" + ")" left of "(2019 – 2021)"
        text = text[:-1].rstrip(separators)
    elif text.count("(") > text.count(")") and text.startswith("("):
        text = text[1:].lstrip(separators)
    return text if text.count("(") == text.count(")") else text.strip(separators + "()")


def is_heading_like(line: str, today: date) -> bool:
    """A short line that names something: not a sentence, not a wrapped line, not only dates or a place."""
    text = without_bullet(line)
    if not text or text[:1].islower() or text.endswith((",", ";")):  # a list or a sentence goes on
        return False
    named = heading_text(text, today)
    words = named.split()
    return bool(words) and len(words) <= MAX_HEADING_WORDS and not is_prose(named)


def is_prose(text: str) -> bool:
    """Words that make a sentence rather than name something: six words or more that end with a full stop or
    hold one, or of which few are capitalised. A name capitalises most of its words ("PhD in Operations
    Research with Amadeus.", "Maintainer of the CTAN package, CTAN, World."), a sentence few of them."""
    words = [word for word in text.split() if any(character.isalpha() for character in word)]
    if len(words) < _SENTENCE_WORDS:
        return False
    if any(
        re.fullmatch(r"[^\W\d_]{4,}\.", word) and later[:1].isupper()
        for word, later in zip(words, words[1:], strict=False)
    ):
        return True  # a full stop inside the line ends a sentence ("Rechnungswesen. Masterarbeit über …")
    capitalised = sum(1 for word in words if word.lstrip("(<\"'“„«[")[:1].isupper())
    if capitalised >= _NAMING_SHARE * len(words):
        return False
    return text.rstrip(" )").endswith((".", ";", ":")) or capitalised < _PROSE_SHARE * len(words)


def date_ranges_in(text: str, today: date) -> list[DateRange]:
    return list(date_ranges(text, today))


def date_points_in(text: str) -> bool:
    return has_date_point(text)
