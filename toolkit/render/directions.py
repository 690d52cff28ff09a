"""Right-to-left paragraphs: Arabic and Hebrew text laid out from the right, in the HTML, the PDF and the DOCX.

A paragraph's direction is that of its first letter with a direction of its own (Unicode's rule,
UAX #9 P2-P3): "مستشفى الملك فهد, Riyadh" runs right to left, "Riyadh: مستشفى" left to right. The
HTML marks each such block ``dir="rtl"`` (so the browser and WeasyPrint order and align it as a
right-to-left paragraph); the DOCX writer marks the same paragraphs ``w:bidi`` (``word_scripts``).
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape

_STRONG = {"L": False, "R": True, "AL": True}  # Unicode bidirectional classes that decide a paragraph
# Elements that stand for one paragraph (the DOCX writer makes one Word paragraph of each), and a title line.
_OPENING = re.compile(r"<(p|h[1-6]|li|td|th|dt|dd|blockquote|figcaption|div)\b([^<>]*)>", re.IGNORECASE)
_ONE_LINE = re.compile(r"""\bclass\s*=\s*["'][^"']*\bentry-heading\b""", re.IGNORECASE)  # a title and its dates
_TAG = re.compile(r"<[^<>]*>")


def right_to_left(text: str) -> bool:
    """Whether ``text``'s first letter with a direction is a right-to-left one (Arabic, Hebrew...)."""
    for character in text:
        strong = _STRONG.get(unicodedata.bidirectional(character))
        if strong is not None:
            return strong
    return False


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in text)


def mark_directions(html: str) -> str:
    """``html`` with ``dir="rtl"`` on each paragraph-like element whose text starts right to left; the same
    string, untouched, when it holds no right-to-left letter (nearly always).

    The attribute is written into the filled HTML as it stands (the HTML is not parsed and written out
    again), so nothing else in it changes.
    """
    if not _has_right_to_left(html):
        return html
    body = max(html.find("<body"), 0)
    pieces, last = [], 0
    for opening in _OPENING.finditer(html, body):
        tag, attributes = opening.group(1).lower(), opening.group(2)
        if re.search(r"\bdir\s*=", attributes, re.IGNORECASE) or (tag == "div" and not _ONE_LINE.search(attributes)):
            continue
        end = html.find(f"</{tag}", opening.end())
        inside = html[opening.end() : end if end != -1 else len(html)]
        if right_to_left(unescape(_TAG.sub("", inside))):
            at = opening.end() - (2 if attributes.rstrip().endswith("/") else 1)
            pieces += [html[last:at], ' dir="rtl"']
            last = at
    return "".join(pieces) + html[last:]
