"""Writing systems in a DOCX: the language Word checks the text in, the fonts of Word's east-Asian and
complex-script slots, and right-to-left runs.

Word picks a font per character by script: Latin text takes the theme font (``w:ascii``/``w:hAnsi``),
Chinese, Japanese and Korean take ``w:eastAsia``, Arabic and Hebrew ``w:cs``. The shipped font draws
Latin only, so the other slots name fonts that draw those scripts (``templates/data/script_fonts.yaml``).
A run holding Arabic or Hebrew is marked right-to-left (``w:rtl``), with its bold and italic on the
complex-script properties too, and a paragraph that starts in one is a right-to-left paragraph (``w:bidi``),
so Word lays it out and styles it as the PDF does.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from ..resources import data_file
from .word_xml import RPR_ORDER, element, set_child

_RIGHT_TO_LEFT = {"R", "AL"}  # Unicode bidirectional classes of Hebrew and Arabic letters
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def script_fonts(font: str) -> dict[str, str]:
    """``w:rFonts`` attributes: ``font`` for Latin text, the data's fonts for the east-Asian and complex-script
    slots."""
    slots = data_file("script_fonts.yaml")["word_slots"]
    return {"ascii": font, "hAnsi": font, "eastAsia": slots["eastAsia"]["font"], "cs": slots["cs"]["font"]}


def declare_script_fonts(fonts: Any) -> None:
    """Add the slot fonts to a fontTable tree (``w:fonts``), with the charset and family Word substitutes by
    when a machine lacks them."""
    from lxml import etree

    for slot in data_file("script_fonts.yaml")["word_slots"].values():
        if fonts.find(f"{_W}font[@{_W}name='{slot['font']}']") is not None:
            continue
        entry = etree.SubElement(fonts, f"{_W}font", {f"{_W}name": slot["font"]})
        etree.SubElement(entry, f"{_W}charset", {f"{_W}val": slot["charset"]})
        etree.SubElement(entry, f"{_W}family", {f"{_W}val": slot["family"]})
        etree.SubElement(entry, f"{_W}pitch", {f"{_W}val": "variable"})


def set_language(document: Any, tag: str) -> None:
    """The HTML's language as the text's language in Word (docDefaults' w:lang), so Word and LibreOffice
    spell-check and hyphenate it as that language, and as the document's language property."""
    from docx.oxml.ns import qn

    run = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_child(run, element("w:lang", val=tag), RPR_ORDER)
    document.core_properties.language = tag


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` holds a Hebrew or Arabic letter (or another right-to-left one)."""
    return any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text)


def mark_right_to_left(document: Any) -> None:
    """Mark every run of ``document``'s body holding right-to-left letters ``w:rtl``, its bold and italic on the
    complex-script properties too (Word styles Arabic and Hebrew by ``w:bCs``/``w:iCs``), and every paragraph
    whose text starts right to left ``w:bidi`` (as the HTML marks it ``dir="rtl"``: ``directions``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from .directions import right_to_left
    from .word_xml import PPR_ORDER

    for paragraph in document.element.body.iter(qn("w:p")):
        if right_to_left("".join(node.text or "" for node in paragraph.iter(qn("w:t")))):
            set_child(paragraph.get_or_add_pPr(), element("w:bidi"), PPR_ORDER)

    for run in document.element.body.iter(qn("w:r")):
        text = "".join(node.text or "" for node in run.iter(qn("w:t")))
        if not is_right_to_left(text):
            continue
        properties = run.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run.insert(0, properties)
        for latin, complex_script in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
            if (found := properties.find(qn(latin))) is not None:
                value = found.get(qn("w:val"))
                set_child(properties, element(complex_script, **({"val": value} if value else {})), RPR_ORDER)
        set_child(properties, element("w:rtl"), RPR_ORDER)
