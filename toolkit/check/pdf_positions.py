"""A PDF's text as PDFium reads it from where each character sits, with wide gaps kept as tabs.

PDFium puts a space wherever two characters stand apart, as a reader sees them, even when the PDF
draws none (XeTeX and LuaTeX draw none). A gap much wider than a word space is something else: the
space between a job's employer and its city set flush right ("Dunamu Inc.      Seoul, S.Korea"), or
between a title and its dates. An ATS that reads by position sees two fields there, so the gap is
kept as a tab, as a DOCX keeps the tab before its right-aligned dates.
"""

from __future__ import annotations

import re
from functools import cache

from ..postings.lexicon import is_english_word
from ..resources import data_file
from .pdf_columns import column_text

# A gap wider than this many times the font size is a column gap, not a word space (a justified line
# stretches its word spaces to well under one em).
WIDE_GAP_EMS = 2.0


def pdfium_text(data: bytes, pages: int) -> str:
    """The PDF's text as PDFium reads it; "" when PDFium cannot read it. Called only after pypdf has read
    the file within its limits, so a file that would take minutes never gets here."""
    try:
        import pypdfium2
    except ImportError:  # a build without the wheel: the stream's text is still read
        return ""
    try:
        document = pypdfium2.PdfDocument(data)
    except Exception:  # PDFium refuses some files pypdf repairs; the stream's text is used then
        return ""
    try:
        texts = []
        for index in range(min(pages, len(document))):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(_page_text(textpage))
            textpage.close()
            page.close()
    except Exception:
        return ""
    finally:
        document.close()
    text = "\n".join(texts).replace("\r\n", "\n").replace("\r", "\n")
    # PDFium marks a word hyphenated at a line end with U+FFFE ("Mathe\ufffe" / "matical"): the word is whole.
    text = re.sub("\ufffe[ \t]*\n[ \t]*", "", text)
    text = with_ligatures(text).replace("\ufffe", "")
    return text.replace("\x00", "")


# A glyph with no text inside a word (U+FFFE from PDFium, or a control character its font's code left):
# a ligature whose letters the font did not say ("So\ufffeware", "Consul\ufffeng").
_GAP_IN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{0,40})[\ufffe\x01-\x08\x0b\x0c\x0e-\x1f]([^\W\d_]{0,40})")


def with_ligatures(text: str) -> str:
    """``text`` with each glyph that has no text inside a word spelled as the ligature that makes the word a
    common English word ("So\ufffeware" -> "Software"), where exactly one does."""
    return _GAP_IN_WORD.sub(_ligature, text)


def _ligature(match: re.Match[str]) -> str:
    """The word with the ligature that makes it a common English word, when exactly one does; with the gap
    left as it was otherwise (a U+FFFE is dropped later, a control character stays to be named or flagged)."""
    before, after = match.group(1), match.group(2)
    if not before and not after:
        return match.group()
    fits = {before + letters + after for letters in _ligatures() if is_english_word(before + letters + after)}
    return fits.pop() if len(fits) == 1 else match.group()


@cache
def _ligatures() -> tuple[str, ...]:
    return tuple(data_file("ligatures.yaml")["ligatures"])


def _page_text(textpage) -> str:
    """One page's text, each space PDFium adds over a wide gap made a tab; read column by column when the page is
    laid out in two independent columns (``pdf_columns``)."""
    text = textpage.get_text_range()
    gaps = _wide_gaps(textpage)
    try:
        in_columns = column_text(textpage, set(gaps))
    except Exception:  # a page PDFium reports oddly is read as drawn rather than lose the whole document's text
        in_columns = None
    if in_columns is not None:
        return in_columns
    if not gaps:
        return text
    import pypdfium2.raw as pdfium

    units = bytearray(text.encode("utf-16-le"))  # PDFium's text indexes count UTF-16 code units
    for char_index in gaps:
        at = pdfium.FPDFText_GetTextIndexFromCharIndex(textpage, char_index)
        if 0 <= at and units[2 * at : 2 * at + 2] == b" \x00":
            units[2 * at : 2 * at + 2] = b"\t\x00"
    return units.decode("utf-16-le", errors="replace")


def _wide_gaps(textpage) -> list[int]:
    """The character indexes of spaces PDFium generated between two characters a wide gap apart."""
    import ctypes

    import pypdfium2.raw as pdfium

    count = textpage.count_chars()
    gaps = []
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def box(index: int) -> tuple[float, float] | None:
        if not pdfium.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
            return None
        return left.value, right.value

    for index in range(1, count - 1):
        if pdfium.FPDFText_GetUnicode(textpage, index) != 0x20 or not pdfium.FPDFText_IsGenerated(textpage, index):
            continue
        if pdfium.FPDFText_IsGenerated(textpage, index - 1) or pdfium.FPDFText_GetUnicode(textpage, index + 1) in (
            0x0D,
            0x0A,
        ):
            continue
        before, after = box(index - 1), box(index + 1)
        size = pdfium.FPDFText_GetFontSize(textpage, index + 1)
        if before is None or after is None or not 1 <= size <= 200:
            continue
        if after[0] - before[1] > WIDE_GAP_EMS * size:
            gaps.append(index)
    return gaps


# A glyph PDFium cannot map to text comes out as its character code, often a control character (a TeX font's
# "fi" ligature is code 0x1C). pypdf writes the glyph's name there instead ("Scienti/f_ic"), and a glyph name
# spells its text (Adobe's glyph naming: "f_i" is f and i, "T.sc" a small-caps T).
_UNMAPPED = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f]")
_CONTEXT = 6  # letters each side of an unmapped glyph looked for in pypdf's text
_MAX_LOOKUPS = 200
_NAMES_ENOUGH = 3
_LIGATURES = {"fi": "fi", "fl": "fl", "ff": "ff", "ffi": "ffi", "ffl": "ffl", "ft": "ft", "st": "st"}


def restore_unmapped_glyphs(text: str, stored: str) -> str:
    """``text`` (PDFium's) with each control character that stands for an unmapped glyph replaced by the text its
    glyph's name spells, where pypdf's ``stored`` text names the glyph at the same place; as it was otherwise."""
    if not _UNMAPPED.search(text) or "/" not in stored:
        return text
    names: dict[str, list[str]] = {}
    for attempt, match in enumerate(_UNMAPPED.finditer(text)):
        if attempt >= _MAX_LOOKUPS:  # each look-up reads the stored text once: a few settle each glyph
            break
        if len(names.get(match.group(), [])) >= _NAMES_ENOUGH:
            continue
        before = re.search(rf"[^\W\d_]{{0,{_CONTEXT}}}$", text[max(0, match.start() - _CONTEXT) : match.start()])
        after = re.match(rf"[^\W\d_]{{0,{_CONTEXT}}}", text[match.end() : match.end() + _CONTEXT])
        left, right = (before.group() if before else ""), (after.group() if after else "")
        if len(left) + len(right) < 3:
            continue
        found = re.search(re.escape(left) + r"/([A-Za-z][A-Za-z0-9_.]{0,30}?)" + re.escape(right), stored)
        if found:
            names.setdefault(match.group(), []).append(found.group(1))
    spelled = {}
    for character, found_names in names.items():
        name = max(set(found_names), key=found_names.count)
        spelling = _spelled(name)
        if spelling:
            spelled[character] = spelling
    return _UNMAPPED.sub(lambda match: spelled.get(match.group(), match.group()), text) if spelled else text


def _spelled(name: str) -> str:
    """The text a glyph's name spells: "f_i" -> "fi", "fl" -> "fl", "T.sc" -> "T", "uni00E9" -> "é"; "" when
    the name is not one of these forms."""
    base = name.split(".")[0]
    parts = base.split("_")
    if all(len(part) == 1 and part.isalpha() for part in parts):
        return "".join(parts)
    if base in _LIGATURES:
        return _LIGATURES[base]
    if re.fullmatch(r"uni[0-9A-F]{4}", base):
        return chr(int(base[3:], 16))
    return ""


# An unnamed glyph between two numbers or set apart by spaces ("2017\x152018", "Cayan \x16 Engineer", a TeX
# font's en and em dash without a text map) separates what stands either side of it, as a dash does.
_LONE_GLYPH = re.compile(
    r"(?<=[0-9])[\x01-\x08\x0b\x0c\x0e-\x1f](?=[0-9])|(?<=[ \t])[\x01-\x08\x0b\x0c\x0e-\x1f](?=[ \t])"
)


def unnamed_glyphs_as_dashes(text: str) -> str:
    """``text`` with each unnamed glyph between numbers or between spaces read as a dash."""
    return _LONE_GLYPH.sub("–", text)
