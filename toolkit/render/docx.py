"""HTML to DOCX: walk the same filled HTML and write real Word paragraphs, styles and lists.

Semantic classes map to named Word styles (``section-title`` -> "Section Title"),
so a user can restyle the whole document from Word's style pane; list items use
Word's own "List Bullet" style. Theme colours and fonts come from a small table
per theme, read from the HTML's ``jobkit:theme`` meta tag.
"""

from __future__ import annotations

import io
import os
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from lxml import html as lxml_html

from ..errors import RenderError
from . import PAPER_SIZES

if TYPE_CHECKING:
    from ..inputs.word import WordTemplate

# Word style name, base style, size (pt), bold, italic, space before/after (pt), colour key.
_CLASS_STYLES = {
    "name": ("Name", "Title", 22, True, False, 0, 2, "name"),
    "headline": ("Headline", "Normal", 11, False, False, 0, 2, "headline"),
    "contact": ("Contact", "Normal", 9, False, False, 2, 6, "muted"),
    "section-title": ("Section Title", "Heading 1", 10.5, True, False, 10, 3, "accent"),
    "entry-heading": ("Entry Title", "Heading 2", 10.5, True, False, 6, 0, "text"),
    "entry-org": ("Entry Organization", "Normal", 10, False, True, 0, 1, "muted"),
    "entry-summary": ("Entry Summary", "Normal", 10, False, False, 1, 2, "text"),
    "letter-date": ("Letter Date", "Normal", 10.5, False, False, 18, 12, "text"),
    "letter-address": ("Letter Address", "Normal", 10.5, False, False, 0, 12, "text"),
    "letter-subject": ("Letter Subject", "Normal", 10.5, True, False, 0, 10, "text"),
    "letter-salutation": ("Salutation", "Normal", 10.5, False, False, 0, 8, "text"),
    "letter-paragraph": ("Letter Body", "Normal", 10.5, False, False, 0, 8, "text"),
    "letter-closing": ("Closing", "Normal", 10.5, False, False, 12, 0, "text"),
    "letter-signature": ("Signature", "Normal", 10.5, True, False, 28, 0, "text"),
}
_THEME_COLOURS = {
    "classic": {"name": "1D1D1F", "headline": "333333", "muted": "444444", "accent": "1D1D1F", "text": "1D1D1F"},
    "modern": {"name": "0F4C5C", "headline": "2A6F7A", "muted": "444444", "accent": "0F4C5C", "text": "14213D"},
}
_FONT = "Lato"
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "div", "li", "blockquote"}


def html_to_docx(html: str, reference: WordTemplate | None = None) -> bytes:
    """A DOCX with the same content as ``html``, styled by named Word styles.

    ``reference``, a user's Word document, lends its styles, page setup, headers and
    footers (``word_reference``); its body is never used.
    """
    from docx import Document

    tree = lxml_html.document_fromstring(html)
    meta = {element.get("name"): element.get("content", "") for element in tree.iter("meta") if element.get("name")}
    theme = meta.get("jobkit:theme", "classic")
    document = Document()
    _set_page(document, meta.get("jobkit:paper", "letter"))
    _define_styles(document, _THEME_COLOURS.get(theme, _THEME_COLOURS["classic"]))
    _set_properties(document, tree, meta)
    body = tree.find("body")
    writer = _Writer(document)
    writer.walk_children(body)
    if reference is not None:
        from .word_reference import apply_reference

        apply_reference(document, reference)
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_fixed_timestamps(buffer.getvalue(), _creation_moment())


# 2107-12-31 23:59:59 UTC: the last moment a ZIP entry (and so a DOCX) can record.
_LAST_EPOCH = 4_354_819_199


def _creation_moment() -> datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now; in UTC.

    A malformed value is an error, as the reproducible-builds specification asks,
    rather than a silent switch to a date that differs on every run.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC)
    # ASCII digits only: str.isdigit() also accepts '²', which int() then refuses.
    if not re.fullmatch(r"[0-9]{1,11}", epoch) or int(epoch) > _LAST_EPOCH:
        shown = epoch if len(epoch) <= 40 else epoch[:40] + "…"
        raise RenderError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, at most {_LAST_EPOCH} "
            f"(the end of 2107, the last date a DOCX can hold); got {shown!r}"
        )
    return datetime.fromtimestamp(int(epoch), UTC)


def _with_fixed_timestamps(package: bytes, moment: datetime) -> bytes:
    """Re-zip the package with every entry stamped ``moment``, so equal input gives equal bytes."""
    import zipfile

    stamp = max(moment.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()


def _set_page(document, paper: str) -> None:
    from docx.shared import Inches, Mm

    section = document.sections[0]
    if paper.lower() == PAPER_SIZES["a4"].lower():
        section.page_width, section.page_height = Mm(210), Mm(297)
    else:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.7)
    section.top_margin = section.bottom_margin = Inches(0.6)


def _define_styles(document, colours: dict[str, str]) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = _FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(2)
    for style_name, base, size, bold, italic, before, after, colour in _CLASS_STYLES.values():
        style = document.styles.add_style(style_name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles[base]
        style.font.name = _FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = RGBColor.from_string(colours[colour])
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        if base.startswith("Heading"):
            style.paragraph_format.keep_with_next = True
    bullet = document.styles["List Bullet"]
    bullet.font.name = _FONT
    bullet.font.size = Pt(10)
    bullet.paragraph_format.space_after = Pt(1)


def _set_properties(document, tree, meta: dict[str, str]) -> None:
    properties = document.core_properties
    title = tree.find(".//title")
    properties.title = title.text_content() if title is not None else ""
    properties.author = meta.get("author", "")
    properties.last_modified_by = meta.get("author", "")
    properties.subject = meta.get("description", "")
    properties.keywords = meta.get("keywords", "")
    properties.comments = "Made with jobkit"
    properties.created = properties.modified = _creation_moment().replace(tzinfo=None)
    properties.revision = 1


class _Writer:
    """Walks HTML elements and writes paragraphs; inline content becomes runs."""

    def __init__(self, document):
        self.document = document
        # python-docx looks a style name up by scanning every style; with a thousand bullets that adds up.
        self.styles: dict[str, object] = {}

    def paragraph(self, style: str):
        if style not in self.styles:
            self.styles[style] = self.document.styles[style]
        return self.document.add_paragraph(style=self.styles[style])

    def walk_children(self, element) -> None:
        for child in element:
            if isinstance(child.tag, str):
                self.block(child)

    def block(self, element) -> None:
        tag = element.tag
        classes = set((element.get("class") or "").split())
        if tag in {"style", "script", "head", "title", "meta"}:
            return
        style = next((_CLASS_STYLES[name][0] for name in _CLASS_STYLES if name in classes), None)
        if "page-break-before" in classes:
            from docx.enum.text import WD_BREAK

            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if "question-block" in classes:
            self.kept_together(element)
        elif "notes-line" in classes:
            self.writing_line()
        elif "entry-heading" in classes:
            self.entry_heading(element)
        elif tag in {"ul", "ol"}:
            for item in element:
                if item.tag == "li":
                    list_style = "List Bullet" if "highlights" in classes or tag == "ol" else "Normal"
                    if tag == "ol":
                        list_style = "List Number"
                    self.inline_paragraph(item, list_style)
        elif tag in {"h1", "h2", "h3", "h4"} and not style:
            self.inline_paragraph(element, f"Heading {min(int(tag[1]), 3)}")
        elif tag == "table":
            self.table(element)
        elif tag == "img":
            self.image(element)
        elif tag in {"p", "h1", "h2", "h3", "h4", "li", "blockquote"} or style:
            if tag == "blockquote" and not style:
                self.walk_children(element)
            else:
                self.inline_paragraph(element, style or "Normal")
        else:
            self.walk_children(element)

    def kept_together(self, element) -> None:
        """Write a block whose paragraphs must stay on one page (a question and its writing space)."""
        before = len(self.document.paragraphs)
        self.walk_children(element)
        for paragraph in self.document.paragraphs[before:-1]:
            paragraph.paragraph_format.keep_with_next = True

    def writing_line(self) -> None:
        """An empty paragraph with a bottom rule: a line to write on."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        paragraph = self.paragraph("Normal")
        paragraph.paragraph_format.space_before = Pt(12)
        borders = OxmlElement("w:pBdr")
        # Word draws one border around a run of paragraphs with equal borders; "between" rules each line.
        for side in ("w:bottom", "w:between"):
            rule = OxmlElement(side)
            for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "B8B8B8")):
                rule.set(qn(key), value)
            borders.append(rule)
        paragraph._p.get_or_add_pPr().append(borders)

    def image(self, element) -> None:
        """An embedded (data: URI) PNG, JPEG or GIF; anything else is left out, as no file is ever opened."""
        import base64
        import binascii

        from docx.shared import Pt

        source = element.get("src", "")
        header, _, payload = source.partition(",")
        if not header.startswith("data:image/") or not header.endswith(";base64") or "svg" in header:
            return
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            return
        self.document.add_picture(io.BytesIO(data), height=Pt(36))

    def entry_heading(self, element) -> None:
        """Title left, dates right on one line, with a right-aligned tab stop."""
        from docx.enum.text import WD_TAB_ALIGNMENT

        paragraph = self.paragraph("Entry Title")
        section = self.document.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        parts = [child for child in element if isinstance(child.tag, str)]
        for index, part in enumerate(parts):
            if index:
                paragraph.add_run("\t")
            if "entry-dates" in (part.get("class") or ""):
                run = paragraph.add_run(part.text_content())
                run.bold = False
            else:
                self.add_inline(paragraph, part)

    def inline_paragraph(self, element, style: str) -> None:
        paragraph = self.paragraph(style)
        self.add_inline(paragraph, element)
        if paragraph.runs:
            paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip(" ")

    def add_inline(self, paragraph, element, bold: bool = False, italic: bool = False) -> None:
        if element.text:
            self.run(paragraph, element.text, bold, italic)
        for child in element:
            if not isinstance(child.tag, str):
                if child.tail:
                    self.run(paragraph, child.tail, bold, italic)
                continue
            child_bold = bold or child.tag in {"strong", "b"}
            child_italic = italic or child.tag in {"em", "i"}
            if child.tag == "br":
                paragraph.add_run().add_break()
            elif "checkbox" in (child.get("class") or ""):
                paragraph.add_run("☐ ")
            elif child.tag == "a" and child.get("href"):
                self.hyperlink(paragraph, child.get("href"), child.text_content())
            else:
                self.add_inline(paragraph, child, child_bold, child_italic)
            if child.tail:
                self.run(paragraph, child.tail, bold, italic)

    @staticmethod
    def run(paragraph, text: str, bold: bool, italic: bool) -> None:
        # HTML white space rules: any run of white space is one space; none at the paragraph's start.
        text = re.sub(r"\s+", " ", text)
        if not paragraph.runs or paragraph.text.endswith((" ", "\t")):
            text = text.lstrip(" ")
        if not text:
            return
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True

    def hyperlink(self, paragraph, href: str, text: str) -> None:
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

    def table(self, element) -> None:
        rows = [row for row in element.iter("tr")]
        if not rows:
            return
        width = max(len([cell for cell in row if cell.tag in {"td", "th"}]) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for row_index, row in enumerate(rows):
            cells = [cell for cell in row if cell.tag in {"td", "th"}]
            for column, cell in enumerate(cells):
                paragraph = table.cell(row_index, column).paragraphs[0]
                self.add_inline(paragraph, cell, bold=cell.tag == "th")
