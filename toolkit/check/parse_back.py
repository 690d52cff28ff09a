"""Parse-back problems: what in the extracted text would trip an applicant tracking system."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..models.profile import Profile
from .chrome import chrome_lines, glyph_icon_names, icon_name_lines
from .extraction import ExtractedResume, flatten
from .report import ParseProblem
from .sections import known_languages, unknown_headings

# A word broken at a line end by hyphenation. The white space before the line end cannot hold a line end,
# so it never competes with the white space after it (linear on untrusted text).
_SPLIT_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([-\u2010\u00ad])[^\S\n]*\n\s*([^\W\d_]+)")
# The next piece of a word hyphenated over more than two lines ("Cer-" / "tifi-" / "cate"), read from where
# the previous piece ends.
_SPLIT_MORE = re.compile(r"([-\u2010\u00ad])[^\S\n]*\n\s*([^\W\d_]+)")
_HAS_WORD = re.compile(r"[^\W_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_DIGITS = re.compile(r"[^0-9]")


def parse_problems(
    extracted: ExtractedResume, profile: Profile | None, vocabulary: list[str] | None = None
) -> list[ParseProblem]:
    """What in the read-back text would trip an ATS. ``vocabulary`` (the spellings a posting or role asks
    for) helps tell a word broken by hyphenation from a real compound at a line end."""
    problems: list[ParseProblem] = []
    text = extracted.text
    words = _words(text)
    counts = Counter(words)
    known_words = set(words) | (set(_words(_profile_text(profile))) if profile else set())
    known_words |= {word for spelling in vocabulary or [] for word in _words(spelling)}
    # U+2010 and the soft hyphen at a line end are what automatic hyphenation leaves. A plain '-' there may
    # be a real compound ("release-of-information"), so it counts when the joined word is known (elsewhere
    # in the text, the profile or the terms asked), or when no piece is a word found anywhere else:
    # a PDF draws a soft hyphen as '-', so "termi-" / "nology" reads back with a plain hyphen.
    # Hyphenation splits are read from the PDF's stored text, where a parser that reads it as stored meets them
    # (the text by positions joins a word PDFium knows was hyphenated).
    stored = extracted.stream_text or text
    position = 0
    while match := _SPLIT_WORD.search(stored, position):
        pieces, hyphens = [match.group(1), match.group(3)], [match.group(2)]
        position = match.end()
        while more := _SPLIT_MORE.match(stored, position):
            pieces.append(more.group(2))
            hyphens.append(more.group(1))
            position = more.end()
        joined = "".join(pieces).lower()
        pieces_unknown = all(counts[piece.lower()] <= 1 for piece in pieces)
        if set(hyphens) != {"-"} or joined in known_words or (pieces_unknown and len(joined) >= 6):
            # a soft hyphen is invisible on a terminal; the PDF draws it as '-'
            drawn = [
                f"'{piece}{hyphen if hyphen != chr(0xAD) else '-'}'"
                for piece, hyphen in zip(pieces, hyphens, strict=False)
            ]
            shown = " / ".join(drawn if len(drawn) <= 4 else [*drawn[:3], "…"])
            where, count = ("a line end", "two") if len(pieces) == 2 else ("line ends", str(len(pieces)))
            problems.append(
                ParseProblem(
                    "split-word",
                    f"{shown} / '{pieces[-1][:40]}' is one word ({joined[:60]}) split by hyphenation at {where}; "
                    f"a parser reads {count} pieces",
                )
            )
    # A private-use glyph standing alone is usually a bullet from a symbol font (Word's default list
    # bullet is U+F0B7) and harms nothing; inside a word it breaks the word.
    # Either reading may hold them: the text by positions, or the content stream's text many parsers read.
    odd = sorted(
        {
            character
            for read in (text, extracted.stream_text)
            for index, character in enumerate(read)
            if _is_odd_glyph(character)
            and (_is_letter_at(read, index - 1) or _is_letter_at(read, index + 1) or 0xFB00 <= ord(character) <= 0xFB06)
        }
    )
    if odd:
        shown = ", ".join(f"U+{ord(character):04X}" for character in odd[:8])
        problems.append(
            ParseProblem(
                "odd-glyphs",
                f"ligature, private-use or replacement characters in the text ({shown}); "
                "words containing them will not match keywords",
            )
        )
    controls = sorted({character for character in text if ord(character) < 32 and character not in "\n\t\r"})
    if controls:
        problems.append(
            ParseProblem(
                "control-characters",
                f"control characters in the text ({', '.join(f'U+{ord(c):04X}' for c in controls)})",
            )
        )
    problems += _noise_problems(text, extracted.stream_text)
    problems += _run_together_problems(extracted)
    problems += _reading_order_problems(extracted)
    problems += _link_only_problems(extracted)
    for font in extracted.fonts_without_text_mapping:
        problems.append(
            ParseProblem(
                "font-without-text-mapping",
                f"font {font} has no text mapping (ToUnicode); its words may read as garbage",
            )
        )
    if extracted.header_footer_text.strip():
        problems.append(
            ParseProblem(
                "text-in-header",
                "text in the page header or footer (many ATS skip headers): "
                f"{flatten(extracted.header_footer_text)[:80]!r}",
            )
        )
    if extracted.layout_table_columns:
        problems.append(
            ParseProblem(
                "table-layout",
                f"the page is laid out as a table of {extracted.layout_table_columns} columns (a sidebar beside the "
                "main text): many ATS read a table row by row across its columns, or skip it, so facts from both "
                "columns mix; one column of plain paragraphs is safer",
            )
        )
    if extracted.text_box_text.strip():
        problems.append(
            ParseProblem(
                "text-in-text-box",
                f"text in text boxes (many ATS skip them): {flatten(extracted.text_box_text)[:80]!r}",
            )
        )
    return problems


def _noise_problems(text: str, stored: str = "") -> list[ParseProblem]:
    """Text that is no content but an ATS reads as content: page furniture, icons' names; and headings in a
    language jobkit does not read (its reading of sections and entries then says little)."""
    problems = []
    lines = text.splitlines()
    furniture = [flatten(lines[number]) for number in sorted(chrome_lines(lines))]
    if furniture:
        shown = ", ".join(repr(line[:70]) for line in list(dict.fromkeys(furniture))[:2])
        problems.append(
            ParseProblem(
                "page-furniture",
                f"{len(furniture)} line{'s' if len(furniture) > 1 else ''} of page furniture ({shown}): page "
                "numbers, a footer or header repeated on each page, a 'last updated' date. An ATS reads them as "
                "content, so a footer's date and name can land inside the entry a page break cuts; keep the "
                "name and contact details once, at the top",
            )
        )
    icons = icon_name_lines(lines)
    glyphs = glyph_icon_names(stored)
    if icons:
        shown = ", ".join(repr(line[:40]) for line in icons[:3])
        problems.append(
            ParseProblem(
                "icon-names",
                f"an icon font stored its icons' names as text ({shown}): an ATS reads the icon's name as a word "
                "of your contact line; use icons that carry no text, or plain labels",
            )
        )
    elif glyphs:
        problems.append(
            ParseProblem(
                "icon-names",
                f"the PDF's stored text names its icons' glyphs ({', '.join(repr(name) for name in glyphs[:4])}): "
                "parsers that read it as stored (pypdf, and many ATS) get these names as words; use icons that "
                "carry no text, or plain labels",
            )
        )
    unknown = unknown_headings(text)
    if unknown:
        shown = ", ".join(repr(line[:30]) for line in unknown[:4])
        problems.append(
            ParseProblem(
                "unknown-headings",
                f"jobkit knows almost none of the section headings ({shown}): they may be in a language it does "
                f"not read (it reads {known_languages()} headings), so what it reads of your "
                "sections, jobs and education says little; an ATS set up for another language may miss them too",
            )
        )
    return problems


_MIN_RUN_TOGETHER = 3  # a few glued pairs are a design choice ("eMail"); more mean the PDF stores no spaces


def _run_together_problems(extracted: ExtractedResume) -> list[ParseProblem]:
    """Words the PDF's own text runs together ("WorkExperience", "July2018-Present"): it draws no space
    between them, so a parser that reads the text as stored (pypdf, and many applicant tracking systems)
    sees one word where a reader sees two. jobkit reads words by their positions; this says which the
    stored text glues."""
    glued_throughout = glued_throughout_problems(extracted.text)
    if glued_throughout:
        return glued_throughout
    if not extracted.stream_text:
        return []
    stored = set(extracted.stream_text.split())
    words = extracted.text.split()
    glued = []
    for first, second in zip(words, words[1:], strict=False):
        joined = first + second
        if joined in stored and _HAS_WORD.search(first) and _HAS_WORD.search(second) and joined not in glued:
            glued.append(joined)
    if len(glued) < _MIN_RUN_TOGETHER:
        return []
    shown = ", ".join(repr(word[:30]) for word in glued[:4])
    return [
        ParseProblem(
            "run-together",
            f"{len(glued)} pairs of words are stored without a space between them ({shown}); parsers that read "
            "the PDF's text as stored see them as one word, so they match no keyword (a TeX engine with an OTF "
            "font often does this: with XeTeX or LuaTeX, try a font with real space glyphs, or export from a "
            "word processor)",
        )
    ]


_LONG_WORD = 18  # letters: longer runs are rare even in German ("Wirtschaftsingenieurwesen" is 25)
_GLUED_SHARE = 0.2  # of the words: this share of long runs means lost spaces (dev: 0.28 glued, German CVs 0.09 at most)
_GLUED_WORDS = 40  # words at least, for the share to say something


def glued_throughout_problems(text: str) -> list[ParseProblem]:
    """Text whose words are run together wherever it is read from (each letter placed on its own, as a
    design tool exports it): a quarter of its words are runs of 18 letters or more ("BecariaenStadlerRail")."""
    words = re.findall(r"[^\W\d_]+", text)
    long = [word for word in words if len(word) >= _LONG_WORD]
    if len(words) < _GLUED_WORDS or len(long) < _GLUED_SHARE * len(words):
        return []
    shown = ", ".join(repr(word[:30]) for word in list(dict.fromkeys(long))[:3])
    return [
        ParseProblem(
            "run-together",
            f"{len(long)} of the {len(words)} words read are long runs of letters ({shown}): the file places its "
            "letters without the spaces between words, so an ATS reads run-together words that match no keyword "
            "and jobkit cannot tell the names, jobs and dates apart (export it again from the design tool as "
            "text, or from a word processor)",
        )
    ]


_RESUME_CHARACTERS = 600  # shorter than a resume page: a note or a fragment, whose headings say little


def heading_problems(reading: Any, text: str) -> list[ParseProblem]:
    """A resume whose section headings jobkit does not recognise: it reads headings in the languages the data
    lists, so its jobs and degrees may be read as plain text (an ATS in another language may do better)."""
    if len(reading.sections) >= 2 or len(text) < _RESUME_CHARACTERS:
        return []
    return [
        ParseProblem(
            "headings-not-recognised",
            f"fewer than two section headings were recognised: jobkit reads headings in {known_languages()} "
            "('Experience', 'Berufserfahrung', 'Expérience professionnelle', 'Experiencia laboral'); with "
            "others, or with headings an ATS does not expect, jobs and degrees are read as plain text",
        )
    ]


def _is_letter_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha()


def _is_odd_glyph(character: str) -> bool:
    code = ord(character)
    return 0xFB00 <= code <= 0xFB06 or 0xE000 <= code <= 0xF8FF or code == 0xFFFD


def _reading_order_problems(extracted: ExtractedResume) -> list[ParseProblem]:
    """Text that jumps back up the page: a second column read after the first (the jump goes right), or a
    column on the right read before the text to its left (the jump goes left: a right-hand sidebar first)."""
    problems = []
    margin = extracted.page_height * 0.07
    by_page: dict[int, list] = {}
    for piece in extracted.pieces:
        # Bullets, rules and icons drawn after the text (WeasyPrint draws list markers last) carry no words
        # an ATS could misplace, so only pieces with a letter or digit count.
        if margin < piece.y < extracted.page_height - margin and _HAS_WORD.search(piece.text):
            by_page.setdefault(piece.page, []).append(piece)
    for page, pieces in by_page.items():
        lowest = None
        for previous, piece in zip(pieces, pieces[1:], strict=False):
            lowest = previous.y if lowest is None else min(lowest, previous.y)
            jumped_up = piece.y - lowest > extracted.page_height * 0.2
            moved_right = piece.x - previous.x > extracted.page_width * 0.15
            moved_left = previous.x - piece.x > extracted.page_width * 0.15
            if jumped_up and moved_left:
                problems.append(
                    ParseProblem(
                        "reading-order",
                        f"page {page}: the text starts in a column on the right ({flatten(pieces[0].text)[:40]!r} "
                        f"... {flatten(previous.text)[:40]!r}) and only then jumps back up to "
                        f"{flatten(piece.text)[:40]!r} on the left: a right-hand sidebar read before the main text, "
                        "so an ATS may put its contact details and skills before your name and into the wrong entries",
                    )
                )
                break
            if jumped_up and moved_right:
                problems.append(
                    ParseProblem(
                        "reading-order",
                        f"page {page}: after {flatten(previous.text)[:40]!r} the text jumps back up the "
                        f"page to {flatten(piece.text)[:40]!r}: a second column or sidebar, or parts of the page "
                        "stored out of order, which an ATS reads in this order (dates and titles can land under "
                        "the wrong entry)",
                    )
                )
                break
            if jumped_up:
                # Straight back up, no column beside: the PDF stores this text after what is drawn below it
                # (a browser can paint an entry carried over from the previous page last).
                problems.append(
                    ParseProblem(
                        "reading-order",
                        f"page {page}: after {flatten(previous.text)[:40]!r} the text jumps back up the page to "
                        f"{flatten(piece.text)[:40]!r}: the PDF stores that part of the page out of order, so an "
                        "ATS reads it after the text below it (under the wrong heading or entry)",
                    )
                )
                break
    return problems


def _link_only_problems(extracted: ExtractedResume) -> list[ParseProblem]:
    problems = []
    flat = flatten(extracted.text).casefold()
    digits = _NOT_DIGITS.sub("", extracted.text)
    # Only an address that is a link's target can be "only in a link"; one written in a page header or a text
    # box is in neither the body nor a link, and the header and text-box warnings already say so (the profile's
    # address missing from the page altogether is a key fact reported missing).
    set_aside = flatten(f"{extracted.header_footer_text} {extracted.text_box_text}").casefold()
    emails = {target[7:].split("?")[0] for target in extracted.link_targets if target.lower().startswith("mailto:")}
    phones = {target[4:] for target in extracted.link_targets if target.lower().startswith("tel:")}
    for email in sorted(emails):
        if email and email.casefold() not in flat and email.casefold() not in set_aside:
            problems.append(
                ParseProblem(
                    "contact-only-in-link",
                    f"the e-mail address {email} is only in a link, not in the text an ATS reads",
                )
            )
    for phone in sorted(phones):
        phone_digits = _NOT_DIGITS.sub("", phone)
        if phone_digits and phone_digits[-7:] not in digits:
            problems.append(
                ParseProblem(
                    "contact-only-in-link", f"the phone number {phone} is only in a link, not in the text an ATS reads"
                )
            )
    return problems


def _profile_text(profile: Profile) -> str:
    return " ".join(str(value) for value in _strings(profile.model_dump()))


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _words(text: str) -> list[str]:
    return [word.lower() for word in _LETTERS.findall(text)]
