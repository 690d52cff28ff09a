"""Inline HTML to Word runs: text with HTML's white-space rules, bold, italic, character styles and links.

Only http(s) and mailto links become Word hyperlinks; any other link is written as its text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..inputs.links import safe_link
from .stylesheet import Stylesheet


def class_names(element) -> set[str]:
    """The names in an HTML element's ``class`` attribute."""
    return set((element.get("class") or "").split())


class Runs:
    """Writes an element's inline content into a paragraph as runs.

    ``style_id`` gives the id of a named Word style (and remembers it for the writer's spacing).
    """

    def __init__(self, sheet: Stylesheet, style_id: Callable[[str], str]):
        self.sheet = sheet
        self.style_id = style_id

    def character_style(self, element) -> str | None:
        return next(
            (self.sheet.characters[name].word_name for name in class_names(element) if name in self.sheet.characters),
            None,
        )

    def add_inline(
        self, paragraph, element, bold: bool = False, italic: bool = False, character_style: str | None = None
    ) -> None:
        if element.text:
            self.run(paragraph, element.text, bold, italic, character_style)
        for child in element:
            if not isinstance(child.tag, str):
                if child.tail:
                    self.run(paragraph, child.tail, bold, italic, character_style)
                continue
            child_bold = bold or child.tag in {"strong", "b"}
            child_italic = italic or child.tag in {"em", "i"}
            if child.tag == "br":
                paragraph.add_run().add_break()
            elif "checkbox" in class_names(child):
                paragraph.add_run("☐ ")
            elif child.tag == "a" and (target := safe_link(child.get("href"))):  # any other link is its text
                hyperlink(paragraph, target, child.text_content())
            else:
                inner_style = self.character_style(child) or character_style
                self.add_inline(paragraph, child, child_bold, child_italic, inner_style)
            if child.tail:
                self.run(paragraph, child.tail, bold, italic, character_style)

    def run(self, paragraph, text: str, bold: bool, italic: bool, character_style: str | None = None) -> None:
        # HTML white space rules: any run of white space is one space; none at the paragraph's start.
        text = re.sub(r"\s+", " ", text)
        if not paragraph.runs or paragraph.text.endswith((" ", "\t")):
            text = text.lstrip(" ")
        if not text:
            return
        run = paragraph.add_run(text)
        if character_style:
            run._r.get_or_add_rPr().style = self.style_id(character_style)
        if bold:
            run.bold = True
        if italic:
            run.italic = True


def hyperlink(paragraph, href: str, text: str) -> None:
    """A real Word hyperlink (python-docx has no API for it, so the XML is built here)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    relationship = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)
