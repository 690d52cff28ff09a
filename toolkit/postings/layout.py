"""Undo the layout a posting picks up on its way to a text file, before its lines are read.

- **Page chrome.** Text copied from a PDF carries each page's header and footer ("Page 1 of 2", a rule,
  the company's letterhead) into the middle of a list. A "Page N of M" line, a rule, and the lines that
  repeat around each page break are dropped.
- **Hard wraps.** An e-mail or a PDF breaks lines at about 72 columns, so one bullet or sentence runs
  over two or three lines. An indented line under a bullet, or a line that plainly goes on from a full
  line above it (it starts in lower case, or the line above ends with a comma or "and"), is joined to it.
- **Tabs.** A Word table or form pasted as text has its cells separated by tabs: "Position<TAB>Nurse" is
  the field "Position: Nurse"; a row whose cell says "Required" or "Preferred" is one qualification with
  that importance; a row that only names columns ("Qualification / Required / Preferred / Notes") is
  dropped; a line that starts with a tab is a list item whose bullet glyph was lost.
- **Lost breaks.** A page scraped or pasted without its line breaks runs its list into one line ("Education: +
  High School/GED + Enrollment in ...") and its sentences and fields into each other ("it.Be ready",
  "managementThe Board"). A bullet mark repeated inline, or numbers counting up, part the line into items again
  (``inline_items``); a glued sentence end or field seam is opened (``plain_line``) unless it is an address, an
  abbreviation or a name the skills lexicon holds. The marks and the exceptions are data (``job_boards.yaml``,
  ``posting_words.yaml``).

Each step goes through the lines once; joined lines are built from parts, never by adding to a string in
a loop.
"""

from __future__ import annotations

import re
from collections import Counter

from ..inputs.cleaning import clean_text
from .chrome import is_page_chrome_line
from .lexicon import is_english_word, lexicon_entry
from .places import MAX_HEADER_LINE
from .words import (
    ABBREVIATIONS,
    BOARD_LABELS,
    INLINE_BULLET_MARKS,
    KNOWN_FIELDS,
    MIS_DECODED_MARKS,
    PROSE_MARKS,
    SENTENCE_ENDING_ABBREVIATIONS,
    WEB_NAME_ENDINGS,
)

BULLET = re.compile(r"^\s*(?:[-*•·–—▪◦‣●]|[0-9]{1,2}[.)])\s+")

_PAGE_MARK = re.compile(r"\bpage\s{1,5}[0-9]{1,4}\s{0,5}(?:of|/)\s{0,5}[0-9]{1,4}$", re.IGNORECASE)

_RULE = re.compile(r"[-=_—–*·.\s]{5,}")

_CHROME_AROUND_BREAK = 3  # lines above and below a page break that may be its footer and header

# A line that ends like this has not ended its sentence: the next line goes on with it.
_OPEN_END = re.compile(r"(?:,|\b(?:and|or|a|an|the|of|in|on|to|with|for|as|by|from|per|under|including))$", re.I)

# Where no list item ends: an article, a preposition, or a number's adjective ("two-year", "4-year") with no mark.
_CUT_ITEM_END = re.compile(
    r"\b(?:a|an|the|of|from|with|to|in|for|by|(?:[0-9]|one|two|three|four|five|six)-year)$", re.I
)

_FULL_LINE = 55  # a hard-wrapped line is nearly as wide as the wrap (about 72 columns)

_BULLETED_LINE = 40  # a bullet's first line that goes on below it

_CELLS = re.compile(r"\t+")

_IMPORTANCE_CELL = re.compile(r"(required|preferred|desired|desirable|optional)", re.IGNORECASE)

_YEARS_CELL = re.compile(r"\byears?\b", re.IGNORECASE)


def laid_out(raw_lines: list[str]) -> list[tuple[int, str]]:
    """``raw_lines`` numbered from 1, with page chrome blanked, wrapped lines joined (the lines joined into
    one leave a blank in their place, so line numbers still point into the file) and tab cells read."""
    filled = [line for line in raw_lines if line.strip()]
    # A paste indented throughout ("\tQualifications", "\tRN license") has no lost bullets: only its cells count.
    indented_throughout = sum(line.startswith("\t") for line in filled) * 2 > len(filled)
    raw_lines = _list_numbers_opened(raw_lines)
    unwrapped = _unwrapped(_without_page_chrome([_cells_read(line, indented_throughout) for line in raw_lines]))
    return [(number, item) for number, line in unwrapped for item in inline_items(line)]


# A page that lost its line breaks keeps its list inline: "Education:** + High School/GED (required) + Enrollment in
# ... **Experience:** + 1 year of ...". A mark of INLINE_BULLET_MARKS used at least twice between spaces in a long line,
# or numbers counting up from 1 ("1. Arrives on time 2. Keeps records"), part it into items, each a bullet again, and
# a bold label ("**Experience:**") inside it starts a line of its own. The items keep the line's number.
_LONG_LINE = 120
_ITEM_WORDS = 5  # the items a mark parts are this many words long on average: a header's "A · B · C" is no list
_INLINE_MARKS = {mark: re.compile(rf"(?<=\s){re.escape(mark)}(?=\s)") for mark in INLINE_BULLET_MARKS}
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s.;:)]))([0-9]{1,2})[.)](?=\s|[A-Z])")
_BOLD_LABEL = re.compile(r"\*\*([A-Z][^*:]{1,60}:)\*\*|__([A-Z][^_:]{1,60}:)__")
_LEADING_MARK = re.compile(rf"^(?:[{re.escape(''.join(INLINE_BULLET_MARKS))}]|[0-9]{{1,2}}[.)])\s*")


def inline_items(line: str) -> list[str]:
    """``line`` as the items a page that lost its breaks ran together (see the notes above), else ``[line]``."""
    cuts = _inline_cuts(line) if len(line) >= _LONG_LINE else []
    if not cuts:
        return [line]
    items = []
    for index, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(line)], strict=True)):
        piece = _LEADING_MARK.sub("", line[start:end].strip()) if index else line[start:end].strip()
        for part in _parts_at_bold_labels(piece):
            items.append(part if index == 0 or _BOLD_LABEL.fullmatch(f"**{part}**") else "• " + part)
    return [item for item in items if item.strip("•*_ ")] or [line]


def _inline_cuts(line: str) -> list[int]:
    """Where the items of a run-together list start: the positions of its one repeated mark, or of its numbers."""
    best: list[int] = []
    for mark, pattern in _INLINE_MARKS.items():
        found = [match.start() for match in pattern.finditer(line)]
        if len(found) < 2 or len(found) <= len(best) or len(line.split()) < _ITEM_WORDS * (len(found) + 1):
            continue
        # A dash also sets off a phrase inside a sentence ("The role – based in Leeds – needs ..."): as a bullet, it
        # opens items that start like a line.
        openings = [line[at + 1 :].lstrip()[:1] for at in found]
        if mark in PROSE_MARKS and sum(opening.isupper() or opening.isdigit() for opening in openings) * 3 < 2 * len(
            found
        ):
            continue
        best = found
    numbers, expected = [], 1
    for match in _INLINE_NUMBER.finditer(line):
        if int(match.group(1)) == expected:
            numbers.append(match.start(1))
            expected += 1
    if len(numbers) >= 2 and len(numbers) > len(best):
        best = [at for at in numbers if at > 0]
    return best


def _parts_at_bold_labels(piece: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _BOLD_LABEL.finditer(piece):
        parts += [piece[start : match.start()].strip(), match.group(1) or match.group(2)]
        start = match.end()
    parts.append(piece[start:].strip())
    return [part for part in parts if part.strip("*_ ")]


# "1.Diploma holder", "2.6 months of experience", "3.Experience in ...": a numbered list that lost the space after
# each number. Whether "2.6" is an item's number or a figure, its neighbours tell: the items above and below are
# numbered one less and one more.
_LIST_NUMBER = re.compile(r"^(\s{0,8})([0-9]{1,2})\.(?=[0-9A-Za-z])")


def _list_numbers_opened(lines: list[str]) -> list[str]:
    numbers = [(index, int(found.group(2))) for index, line in enumerate(lines) if (found := _LIST_NUMBER.match(line))]
    in_sequence = {
        index
        for position, (index, number) in enumerate(numbers)
        if (position > 0 and numbers[position - 1][1] == number - 1)
        or (position + 1 < len(numbers) and numbers[position + 1][1] == number + 1)
    }
    return [
        _LIST_NUMBER.sub(r"\1\2. ", line, count=1) if index in in_sequence else line for index, line in enumerate(lines)
    ]


def _key(line: str) -> str:
    return " ".join(line[:MAX_HEADER_LINE].split()).casefold()


def _without_page_chrome(lines: list[str]) -> list[str]:
    breaks = [index for index, line in enumerate(lines) if _PAGE_MARK.search(line[:MAX_HEADER_LINE].rstrip())]
    if not breaks:
        return lines
    counts = Counter(_key(line) for line in lines if line.strip())
    near: set[int] = set()
    for index in breaks:
        near.update(_neighbours(lines, index, -1))
        near.update(_neighbours(lines, index, 1))
    # A header or footer repeats on every page; the first page's header sits at the very top.
    chrome = {_key(lines[index]) for index in near if counts[_key(lines[index])] > 1}
    kept = []
    for index, line in enumerate(lines):
        key = _key(line)
        if index in breaks or (index in near and _RULE.fullmatch(line.strip() or "x")) or (key and key in chrome):
            kept.append("")
        else:
            kept.append(line)
    return kept


def _neighbours(lines: list[str], index: int, step: int) -> list[int]:
    """Up to ``_CHROME_AROUND_BREAK`` non-blank lines next to a page break, above (-1) or below (1) it."""
    found: list[int] = []
    position = index + step
    while 0 <= position < len(lines) and len(found) < _CHROME_AROUND_BREAK:
        if lines[position].strip():
            found.append(position)
        position += step
    return found


def _unwrapped(lines: list[str]) -> list[tuple[int, str]]:
    numbered: list[tuple[int, str]] = []
    parts: list[str] = []  # the line being built: its first raw line and the lines that go on from it
    start = 0
    item_indent: int | None = None  # indentation of the bullet being built, None when not a bullet
    last_width = 0

    def flush() -> None:
        if parts:
            numbered.append((start, " ".join(parts)))
            numbered.extend((start + offset, "") for offset in range(1, len(parts)))
            parts.clear()

    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        bullet = bool(BULLET.match(raw))
        if parts and text and not bullet and _goes_on(parts[-1], text, indent, item_indent, last_width):
            parts.append(text)
            last_width = len(raw.rstrip())
            continue
        if parts and bullet and item_indent is not None and _CUT_ITEM_END.search(parts[-1].rstrip()):
            # "- Associate's degree or equivalent from a two-year" over "- College or technical school; ...": a page
            # that bulleted each line of a wrapped item cut it where no item ends
            parts.append(BULLET.sub("", raw).strip())
            continue
        flush()
        if not text:
            numbered.append((number, raw))
            item_indent = None
            continue
        start, item_indent, last_width = number, (indent if bullet else None), len(raw.rstrip())
        parts.append(raw)
    flush()
    return numbered


def _goes_on(above: str, text: str, indent: int, item_indent: int | None, width: int) -> bool:
    """Whether ``text`` (a non-bullet line) continues the line ``above`` that a wrap cut."""
    above = above.rstrip()
    if above.endswith((".", "!", "?", ":", ";")) and not above.endswith("etc."):
        return False
    if text.casefold() in BOARD_LABELS:  # Workday's "locations" under the title: a label, not a wrapped word
        return False
    if is_page_chrome_line(above) or is_page_chrome_line(text):  # a navigation bar ends where it ends
        return False
    if item_indent is not None and indent > item_indent and width >= _BULLETED_LINE:
        return True
    if width < _FULL_LINE or indent > 0 and item_indent is None:
        return False
    return text[:1].islower() or bool(_OPEN_END.search(above[-12:]))


def _cells_read(raw: str, indented_throughout: bool = False) -> str:
    """A line with tab-separated cells as the posting means it (see the module's notes)."""
    if "\t" not in raw:
        return raw
    text = raw.strip()
    if raw.startswith("\t") and "\t" not in text and not indented_throughout:
        return "• " + text  # a list item whose bullet glyph was lost
    cells = [cell.strip() for cell in _CELLS.split(text) if cell.strip()]
    if len(cells) < 2:
        return text
    importance = [cell for cell in cells[1:] if _IMPORTANCE_CELL.fullmatch(cell)]
    if sum(1 for cell in cells if _IMPORTANCE_CELL.search(cell) and len(cell) < 40) >= 1 and not importance:
        if all(len(cell.split()) <= 4 for cell in cells):
            return ""  # the column names: "Qualification | Required / Preferred | Notes"
    if importance:
        item = cells[0]
        notes = [cell for cell in cells[1:] if cell not in importance and _YEARS_CELL.search(cell)]
        if importance[0].casefold() != "required":
            item += f" ({importance[0].casefold()})"
        return "; ".join([item, *notes])
    if len(cells) == 2 and len(cells[0].split()) <= 4 and not cells[0].endswith((".", ",", ";", ":")):
        return f"{cells[0]}: {cells[1]}"  # "Position<TAB>Dental Office Manager"
    return "  ".join(cells)


def joined_labels(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Workday and USAJOBS put a field's label on one line and its value on the next ("time type" /
    "Full time", "Telework eligible" / "No", "Location:" / "Special Services Department"): such a pair becomes one
    "Label: value" line."""
    joined: list[tuple[int, str]] = []
    index = 0
    while index < len(numbered):
        number, line = numbered[index]
        following = numbered[index + 1][1] if index + 1 < len(numbered) else ""
        label = line.rstrip(":").strip().casefold()
        # A label of the header's facts ("Location:", "Job Title:") over its value is joined likewise.
        known = label in BOARD_LABELS or (line.endswith(":") and label in KNOWN_FIELDS and not BULLET.match(following))
        if following and known and ":" not in following:
            joined.append((number, f"{line.rstrip(':').strip()}: {following}"))
            joined.append((numbered[index + 1][0], ""))
            index += 2
            continue
        joined.append((number, line))
        index += 1
    return joined


# A scraped page loses the breaks between its blocks: "related field.Hands-on experience", "data.Build stored
# procedures", "1.Arrives on time", "managementThe Superintendent". Each seam becomes a sentence break again.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=(?:[0-9]{1,2}\.)?[A-Z](?:[a-z]|\s))")
# The word that ends at a seam and the word run after it: "it.Be", "www.example.Com", "jane.Doe@mail.org". Both
# are bounded (a word starts after a non-letter and has at most 40 letters) so that a line of megabytes with a
# seam every few letters is read in linear time.
_WORD_BEFORE_SEAM = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,40})[.!?]$")
_AFTER_SEAM = re.compile(r"[0-9.]{0,8}([A-Za-z]{1,40})(\S{0,60})")


def _sentence_seam(line: str, at: int) -> bool:
    """Whether the glued period before ``at`` ends a sentence: not in an address ("site.Com", "a.Lee@x.org"), after an
    abbreviation ("approx.Two") or inside a name the skills lexicon holds."""
    pieces = line[max(0, at - 60) : at].split()
    before = _WORD_BEFORE_SEAM.search(pieces[-1]) if pieces else None
    after = _AFTER_SEAM.match(line[at : at + 110])
    if before is None or after is None:
        return True
    token = pieces[-1] + after.group(0)
    if "@" in token or "://" in token or token.casefold().startswith("www."):
        return False
    if after.group(1).casefold() in WEB_NAME_ENDINGS and not after.group(2)[:1].isalnum():
        return False
    word = before.group(1).casefold()
    return word not in ABBREVIATIONS - SENTENCE_ENDING_ABBREVIATIONS and lexicon_entry(token.rstrip(".,;:!?)")) is None


def _opened_sentences(line: str) -> str:
    cuts = [match.start() for match in _GLUED_SENTENCE.finditer(line) if _sentence_seam(line, match.start())]
    return " ".join(line[start:end] for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True))


_GLUED_NUMBER = re.compile(r"(?:^|(?<=[\s:;)]))([0-9]{1,2})\.(?=[A-Z][a-z])")
# "OVERVIEWApplications", "degree18", "coursework2.7": a heading in capitals or a word run into what follows.
_GLUED_CAPITALS = re.compile(r"(?<=[A-Z]{4})(?=[A-Z][a-z]{3})")
_GLUED_FIGURE = re.compile(r"(?<=[a-z]{4})(?=[0-9])")
# "Written Proficiency Test-Preferred": a qualifier a page hyphenated to the item it qualifies.
_GLUED_QUALIFIER = re.compile(r"(?<=[a-z])-(?i:(preferred|required|desired))(?![a-z])")
# ". Education & Experience": the mark a lost number left before a line.
_STRAY_MARK = re.compile(r"^[.,;:]\s{1,3}(?=[A-Z])")
# A numbered label run into a line after its previous item: "... Test (Preferred)3.Experience: None", "... the
# job's duties 5.Knowledge, Skills, & Abilities: ...": the item ends there.
_NUMBERED_LABEL = re.compile(r"(?<=[a-z)])\s?(?=[0-9]{1,2}\.\s?[A-Z][A-Za-z ,/&'-]{0,40}:)")

# "accredited universityFormer Lateral Entry": a lower-case word run into the capitalised one that opens the next
# block (both words a dictionary holds; "athenaOne" is a name).
_GLUED_WORDS = re.compile(r"\b([a-z]{4,30})([A-Z][a-z]{2,30})(?![a-z])")


def _opened_seam(match: re.Match) -> str:
    left, right = match.group(1), match.group(2)
    if lexicon_entry(match.group(0)) is not None:  # a product the skills lexicon names stays whole
        return match.group(0)
    return f"{left}. {right}" if is_english_word(left) and is_english_word(right) else match.group(0)


_GLUED_OPENING = re.compile(
    r"(?<=[a-z]{3})(?=(?:The|This|These|Our|We|You|Your|Must|Ability|Experience|Knowledge|Responsibilities|"
    r"Requirements|Qualifications|Preferred|Education|Skills|Benefits|Salary|Duties)\b)"
)


def plain_line(raw: str) -> str:
    """A line without surrounding space, byte-order mark, control characters or Markdown emphasis, with the
    seams of blocks a scraped page ran together opened again."""
    line = clean_text(raw.strip().lstrip("\ufeff"))[0]
    for wrong, right in MIS_DECODED_MARKS.items():
        line = line.replace(wrong, right)  # "Hospital ยท Unit": a middle dot whose bytes were read as Thai
    line = _STRAY_MARK.sub("", line.replace("**", "").replace("__", "").strip())
    line = _GLUED_QUALIFIER.sub(r" (\1)", line)
    line = _GLUED_NUMBER.sub(r"\1. ", line)
    line = _opened_sentences(line)
    line = _GLUED_CAPITALS.sub(". ", line)
    line = _GLUED_FIGURE.sub(" ", line)
    line = _GLUED_WORDS.sub(_opened_seam, line)
    line = _NUMBERED_LABEL.sub(". ", line)
    return _GLUED_OPENING.sub(". ", line)
