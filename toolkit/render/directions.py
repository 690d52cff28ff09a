"""Right-to-left paragraphs: Arabic and Hebrew text laid out from the right, in the HTML, the PDF and the DOCX.

A paragraph's direction is that of its first letter with a direction of its own (Unicode's rule,
UAX #9 P2-P3): "مستشفى الملك فهد, Riyadh" runs right to left, "Riyadh: مستشفى" left to right. The
HTML marks each such block ``dir="rtl"`` (so the browser and WeasyPrint order and align it as a
right-to-left paragraph); the DOCX writer marks the same paragraphs ``w:bidi`` (``word_scripts``).
"""

from __future__ import annotations

import unicodedata

_STRONG = {"L": False, "R": True, "AL": True}  # Unicode bidirectional classes that decide a paragraph
# Elements that stand for one paragraph (the DOCX writer makes one Word paragraph of each).
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "blockquote", "figcaption"}
_ONE_LINE_CLASSES = {"entry-heading"}  # a title and its dates: one Word paragraph, laid out as one line


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
    string, untouched, when it holds no right-to-left letter (nearly always)."""
    if not _has_right_to_left(html):
        return html
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html)
    body = tree.find("body")
    if body is None:
        return html
    for element in body.iter():
        if not isinstance(element.tag, str) or element.get("dir"):
            continue
        classes = set((element.get("class") or "").split())
        if (element.tag in _BLOCKS or classes & _ONE_LINE_CLASSES) and right_to_left(element.text_content()):
            element.set("dir", "rtl")
    return lxml_html.tostring(tree, doctype="<!DOCTYPE html>", encoding="unicode", method="html")
