"""The HTML tree walk: block elements to Word paragraphs, in named styles, spaced and kept as the PDF is.

Inline content goes to ``word_runs``, tables to ``word_tables``. The walker knows the generic classes
templates use, never a document kind."""

from __future__ import annotations

import io
from typing import Any

from .stylesheet import Block, Stylesheet, TextStyle
from .word_keeps import keep_on_page, keep_with_previous
from .word_runs import Runs, class_names
from .word_tables import write_table

_SKIPPED = {"style", "script", "head", "title", "meta"}
_HEADINGS = {"h1", "h2", "h3", "h4"}


class OpenBlock:
    """A container being written: the paragraphs written inside it, for spacing and keeps."""

    def __init__(self, names: set[str], blocks: list[Block]):
        self.names = names
        self.blocks = blocks
        self.paragraphs: list[Any] = []


class Writer:
    """Walks HTML elements and writes paragraphs and tables; inline content becomes runs.

    Spacing follows CSS: a container's top margin goes to its first paragraph and its
    bottom margin to its last, and adjacent spaces overlap (Word and LibreOffice use the
    larger of a paragraph's space after and the next one's space before, as CSS collapses
    margins), so the DOCX breaks pages where the PDF does.
    """

    def __init__(self, document, sheet: Stylesheet):
        self.document = document
        self.sheet = sheet
        self.specs: dict[str, TextStyle] = {
            style.word_name: style
            for style in (
                sheet.normal,
                *sheet.paragraphs.values(),
                *sheet.list_items.values(),
                sheet.table_text,
                sheet.logo,
            )
        }
        from .word_styles import StyleIndex

        # python-docx looks a style name up by scanning every style; with a thousand bullets that adds up.
        self.index = StyleIndex(document)
        self.runs = Runs(sheet, self._style_id)
        self.style_names: dict[str, str] = {}  # the ids written so far, back to their names
        self.open: list[OpenBlock] = []
        self.pending_before = 0.0  # space the next paragraph must have above it
        self.pending_page_break = False
        self.last: Any = None  # the last paragraph written in the body (None after a table)
        section = document.sections[0]
        self.text_width = section.page_width - section.left_margin - section.right_margin

    # Blocks

    def walk_children(self, element) -> None:
        for child in element:
            if isinstance(child.tag, str):
                self.block(child)

    def block(self, element) -> None:
        tag = element.tag
        if tag in _SKIPPED:
            return
        classes = class_names(element)
        style = next((self.sheet.paragraphs[name] for name in self.sheet.paragraphs if name in classes), None)
        opened = self.open_block(element, classes)
        if "entry-heading" in classes:
            self.entry_heading(element)
        elif style is not None:
            self.inline_paragraph(element, style.word_name)
        elif tag in {"ul", "ol"}:
            self.list(element, classes)
        elif tag in _HEADINGS:
            self.inline_paragraph(element, f"Heading {min(int(tag[1]), 3)}")
        elif tag == "table":
            write_table(self, element, classes)
        elif tag == "img":
            self.image(element)
        elif tag in {"p", "li"}:
            self.inline_paragraph(element, "Normal")
        else:
            self.walk_children(element)
        if opened is not None:
            self.close_block(opened)

    def open_block(self, element, classes: set[str]) -> OpenBlock | None:
        blocks = [self.sheet.blocks[name] for name in (element.tag, *sorted(classes)) if name in self.sheet.blocks]
        kept = {"band", "document-header"} & classes
        if "page-break-before" in classes:
            self.pending_page_break = True
        if not blocks and not kept:
            return None
        for block in blocks:
            self.pending_before = max(self.pending_before, block.space_before)
        keep_with_previous(self.last, blocks)
        opened = OpenBlock(classes, blocks)
        self.open.append(opened)
        return opened

    def close_block(self, opened: OpenBlock) -> None:
        self.open.remove(opened)
        after = max((block.space_after for block in opened.blocks), default=0.0)
        paragraphs = opened.paragraphs
        if "band" in opened.names and self.sheet.band is not None:
            self.band(paragraphs)
        if "document-header" in opened.names and self.sheet.header_rule is not None and paragraphs:
            self.rule_below(paragraphs[-1])
        keep_on_page(paragraphs, opened.blocks)
        if after:
            if self.last is not None and paragraphs and paragraphs[-1] is self.last:
                self.raise_space(self.last, "after", after)
            else:
                self.pending_before = max(self.pending_before, after)

    def _style_id(self, name: str) -> str:
        """The id of the style named ``name``."""
        style_id = self.index[name].styleId
        self.style_names[style_id] = name
        return style_id

    def paragraph(self, style: str):
        """A new body paragraph in ``style``, with the space and page break its containers ask for."""
        paragraph = self.document.add_paragraph()
        # The style id is written directly: python-docx's own setter scans every style for the
        # default one on each call, which was most of a DOCX render's time.
        paragraph._p.get_or_add_pPr().style = self._style_id(style)
        if self.pending_before:
            self.raise_space(paragraph, "before", self.pending_before)
            self.pending_before = 0.0
        if self.pending_page_break:
            paragraph.paragraph_format.page_break_before = True
            self.pending_page_break = False
        for opened in self.open:
            opened.paragraphs.append(paragraph)
        self.last = paragraph
        return paragraph

    def raise_space(self, paragraph, side: str, points: float) -> None:
        """Make the space on ``side`` at least ``points``, writing it only when the style gives less."""
        from docx.shared import Pt

        name = self.style_names.get(paragraph._p.style or "")
        spec = self.specs.get(name if name is not None else paragraph.style.name)
        current = getattr(paragraph.paragraph_format, f"space_{side}")
        styled = getattr(spec, f"space_{side}", 0.0) if spec else 0.0
        have = current.pt if current is not None else styled
        if points > have:
            setattr(paragraph.paragraph_format, f"space_{side}", Pt(points))

    # Decorations the theme asks for

    def band(self, paragraphs: list) -> None:
        """Shade the band's paragraphs and frame them in the band's colour, padded as in the PDF.

        Paragraphs with equal borders are one box to Word, so the band is one block of colour.
        """
        from docx.oxml import OxmlElement

        from .stylesheet import Rule
        from .word_styles import PBDR_ORDER, PPR_ORDER, border, element, set_child, twips

        band = self.sheet.band
        assert band is not None
        rule = Rule(0.5, band.colour)
        for paragraph in paragraphs:
            properties = paragraph._p.get_or_add_pPr()
            box = set_child(properties, OxmlElement("w:pBdr"), PPR_ORDER)
            for side, space in (("w:top", band.top), ("w:left", band.sides), ("w:bottom", band.bottom)):
                set_child(box, border(side, rule, space), PBDR_ORDER)
            set_child(box, border("w:right", rule, band.sides), PBDR_ORDER)
            shading = element("w:shd", val="clear", color="auto", fill=band.colour.lstrip("#"))
            set_child(properties, shading, PPR_ORDER)
            inset = twips(band.sides + rule.width)
            set_child(properties, element("w:ind", left=inset, right=inset), PPR_ORDER)

    def rule_below(self, paragraph) -> None:
        from docx.oxml import OxmlElement

        from .word_styles import PBDR_ORDER, PPR_ORDER, border, set_child

        rule = self.sheet.header_rule
        assert rule is not None
        properties = paragraph._p.get_or_add_pPr()
        box = properties.find(OxmlElement("w:pBdr").tag)
        if box is None:
            box = set_child(properties, OxmlElement("w:pBdr"), PPR_ORDER)
        set_child(box, border("w:bottom", rule), PBDR_ORDER)

    # Paragraph kinds

    def list(self, element, classes: set[str]) -> None:
        style = next((self.sheet.list_items[name].word_name for name in classes if name in self.sheet.list_items), None)
        if style is None:
            style = "List Number" if element.tag == "ol" else "List Bullet"
        for item in element:
            if item.tag == "li":
                self.inline_paragraph(item, style)

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
        paragraph = self.paragraph(self.sheet.logo.word_name)
        paragraph.add_run().add_picture(io.BytesIO(data), height=Pt(36))

    def entry_heading(self, element) -> None:
        """Title left, dates right on one line, with a right-aligned tab stop."""
        from docx.enum.text import WD_TAB_ALIGNMENT

        style = self.sheet.paragraphs["entry-heading"].word_name
        paragraph = self.paragraph(style)
        paragraph.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
        parts = [child for child in element if isinstance(child.tag, str)]
        for index, part in enumerate(parts):
            if index:
                paragraph.add_run("\t")
                first = len(paragraph.runs)
            self.runs.add_inline(paragraph, part, character_style=self.runs.character_style(part))
            if index:  # the dates never wrap, as in the PDF (white-space: nowrap): a long title pushes them whole
                for run in paragraph.runs[first:]:
                    run.text = unbreakable(run.text)

    def inline_paragraph(self, element, style: str) -> None:
        paragraph = self.paragraph(style)
        self.runs.add_inline(paragraph, element)
        if paragraph.runs:
            paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip(" ")

    def finish(self) -> None:
        """Word needs a paragraph after a final table; give it no height."""
        if self.last is None:
            from docx.shared import Pt

            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.line_spacing = Pt(1)


def unbreakable(text: str) -> str:
    """``text`` with no place to break a line: no-break spaces, and a word joiner after each dash (a line may
    otherwise break after a dash even before a no-break space)."""
    for dash in "\u2013\u2014-":
        text = text.replace(dash, dash + "\u2060")
    return text.replace(" ", "\u00a0")
