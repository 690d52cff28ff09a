"""HTML to DOCX: walk the same filled HTML and write real Word paragraphs, styles, lists and tables.

The writer knows the generic classes templates use, never a document kind. Their look comes from the
theme's tokens, which travel in the HTML (``jobkit-theme-tokens``): the same ``Stylesheet`` that gives
the PDF its CSS gives the DOCX its named Word styles (``section-title`` -> Heading 1, ``name`` -> Title,
list items -> List Bullet), so a user can restyle the document from Word's style pane. Blocks the PDF
keeps on one page are kept together with Word's own keep-with-next and keep-lines-together; the shipped
font is embedded; pages after the first are numbered. Only http(s) and mailto links become Word links."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from lxml import html as lxml_html

from ..errors import RenderError
from ..inputs.links import safe_link
from ..models.theme import ThemeTokens
from .stylesheet import FORM_ROW_HEIGHT, TABLE_CELL_PADDING, Block, Stylesheet, TextStyle, build_stylesheet
from .word_keeps import keep_on_page, keep_with_previous
from .word_scripts import mark_right_to_left, set_language

if TYPE_CHECKING:
    from ..inputs.word import WordTemplate

_SKIPPED = {"style", "script", "head", "title", "meta"}
_HEADINGS = {"h1", "h2", "h3", "h4"}


def html_to_docx(html: str, reference: WordTemplate | None = None) -> bytes:
    """A DOCX with the same content as ``html``, styled by named Word styles from its theme's tokens.

    ``reference``, a user's Word document, lends its styles, page setup, headers and
    footers (``word_reference``); its body is never used.
    """
    tree = lxml_html.document_fromstring(html)
    meta = {element.get("name"): element.get("content", "") for element in tree.iter("meta") if element.get("name")}
    tokens = _theme_tokens(tree)
    sheet = build_stylesheet(tokens)
    paper = meta.get("jobkit:paper", "letter")
    document = _PREPARED.pop(_prepared_key(tokens, paper), None) or _styled_blank(sheet, paper)
    _set_properties(document, tree, meta)
    set_language(document, tree.get("lang") or "en-US")
    writer = _Writer(document, sheet)
    writer.walk_children(tree.find("body"))
    writer.finish()
    mark_right_to_left(document)
    if reference is not None:
        from .word_reference import apply_reference

        apply_reference(document, reference)
    return package_bytes(document, creation_moment())


# (theme tokens, paper) -> a styled blank document made ahead (``prepare_blank_document``), used once.
_PREPARED: dict[tuple[str, str], Any] = {}


def prepare_blank_document(theme: str, paper: str) -> None:
    """Make ahead the styled blank document a render in shipped theme ``theme`` on ``paper`` starts from.

    A render child does this while its parent still reads and checks the input, which
    takes a third off the render. The HTML decides: a render whose tokens or paper differ
    (a theme folder, or a caller that changed its mind) builds its own, as without this.
    Only shipped themes are read here, ahead of the budget: their files are jobkit's own.
    """
    from ..inputs.themes import builtin_theme_names, load_theme
    from . import PAPER_SIZES

    if theme not in builtin_theme_names() or paper.lower() not in PAPER_SIZES:
        return
    tokens = load_theme(theme).tokens
    page = PAPER_SIZES[paper.lower()]
    _PREPARED[_prepared_key(tokens, page)] = _styled_blank(build_stylesheet(tokens), page)


def _prepared_key(tokens: ThemeTokens, paper: str) -> tuple[str, str]:
    return tokens.model_dump_json(), paper


def _styled_blank(sheet: Stylesheet, paper: str) -> Any:
    document = _new_document()
    _style_document(document, sheet, paper)
    return document


def _new_document() -> Any:
    """A blank python-docx document, without the blank-page thumbnail its template carries nor
    its Word 2010 copy of the styles (stylesWithEffects: 438 KB, stale once jobkit writes its
    own styles, and a quarter of a render's time spent compressing it, twice)."""
    from docx import Document

    document = Document()
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            del package.rels[key]
    for key, relationship in list(document.part.rels.items()):
        if relationship.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[key]
    return document


def _style_document(document: Any, sheet: Stylesheet, paper: str) -> None:
    """Page, Word styles and numbering from the stylesheet, page numbers, and the embedded font."""
    from .fonts import embed_fonts
    from .word_styles import WordStyles, add_page_numbers, set_page

    set_page(document, paper, sheet)
    WordStyles(document, sheet).apply()
    add_page_numbers(document)
    embed_fonts(document, sheet.tokens.font)


def _theme_tokens(tree: Any) -> ThemeTokens:
    """The tokens the HTML carries; HTML without them (written by hand) gets the default theme."""
    script = tree.find(".//script[@id='jobkit-theme-tokens']")
    if script is None or not (script.text or "").strip():
        return ThemeTokens()
    try:
        return ThemeTokens.model_validate(json.loads(script.text))
    except ValueError as error:  # json.JSONDecodeError and pydantic's ValidationError are ValueErrors
        raise RenderError(f"the HTML's theme tokens are not valid: {error}") from None


# 2107-12-31 23:59:59 UTC: the last moment a ZIP entry (and so a DOCX) can record.
_LAST_EPOCH = 4_354_819_199


def creation_moment() -> datetime:
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


# python-docx's PackageWriter.write, step by step (python-docx 1.x).
_WRITER_STEPS = ("_write_content_types_stream", "_write_pkg_rels", "_write_parts")


def package_bytes(document: Any, moment: datetime) -> bytes:
    """The DOCX file of a python-docx ``document``, every entry stamped ``moment``, written in one pass.

    python-docx's own ``save`` stamps each entry with the time of saving, so its file
    would have to be unpacked and compressed again (``with_fixed_timestamps``), a
    third of a resume's render. This writes what ``save`` writes (the same entries, in
    the same order) through python-docx's package writer, into a zip with fixed stamps.
    The writer's steps are not public; if they change, the two-pass way is used instead.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    if not all(hasattr(PackageWriter, step) for step in _WRITER_STEPS):
        buffer = io.BytesIO()
        document.save(buffer)
        return with_fixed_timestamps(buffer.getvalue(), moment)
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    output = io.BytesIO()
    with _StampedZip(output, moment) as writer:
        PackageWriter._write_content_types_stream(writer, parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, parts)  # type: ignore[arg-type]  # duck-typed: write(uri, blob)
    return output.getvalue()


class _StampedZip:
    """python-docx's physical package writer, with one fixed time on every entry."""

    def __init__(self, stream: io.BytesIO, moment: datetime):
        self._archive = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)
        self._stamp = _zip_stamp(moment)

    def __enter__(self) -> _StampedZip:
        return self

    def __exit__(self, *exc_info) -> None:
        self._archive.close()

    def write(self, pack_uri: Any, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, date_time=self._stamp)
        entry.compress_type = zipfile.ZIP_DEFLATED
        self._archive.writestr(entry, blob)


def _zip_stamp(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """A ZIP entry's date and time for ``moment``; ZIP cannot record a date before 1980."""
    return max(moment.timetuple()[:6], (1980, 1, 1, 0, 0, 0))


def with_fixed_timestamps(package: bytes, moment: datetime) -> bytes:
    """Re-zip the package with every entry stamped ``moment``, so equal input gives equal bytes."""
    stamp = _zip_stamp(moment)
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()


def _set_properties(document, tree, meta: dict[str, str]) -> None:
    properties = document.core_properties
    title = tree.find(".//title")
    properties.title = title.text_content() if title is not None else ""
    properties.author = meta.get("author", "")
    properties.last_modified_by = meta.get("author", "")
    properties.subject = meta.get("description", "")
    properties.keywords = meta.get("keywords", "")
    properties.comments = "Made with jobkit"
    properties.created = properties.modified = creation_moment().replace(tzinfo=None)
    properties.revision = 1


def _classes(element) -> set[str]:
    return set((element.get("class") or "").split())


class _OpenBlock:
    """A container being written: the paragraphs written inside it, for spacing and keeps."""

    def __init__(self, names: set[str], blocks: list[Block]):
        self.names = names
        self.blocks = blocks
        self.paragraphs: list[Any] = []


class _Writer:
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
        self.style_names: dict[str, str] = {}  # the ids written so far, back to their names
        self.open: list[_OpenBlock] = []
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
        classes = _classes(element)
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
            self.table(element, classes)
        elif tag == "img":
            self.image(element)
        elif tag in {"p", "li"}:
            self.inline_paragraph(element, "Normal")
        else:
            self.walk_children(element)
        if opened is not None:
            self.close_block(opened)

    def open_block(self, element, classes: set[str]) -> _OpenBlock | None:
        blocks = [self.sheet.blocks[name] for name in (element.tag, *sorted(classes)) if name in self.sheet.blocks]
        kept = {"band", "document-header"} & classes
        if "page-break-before" in classes:
            self.pending_page_break = True
        if not blocks and not kept:
            return None
        for block in blocks:
            self.pending_before = max(self.pending_before, block.space_before)
        keep_with_previous(self.last, blocks)
        opened = _OpenBlock(classes, blocks)
        self.open.append(opened)
        return opened

    def close_block(self, opened: _OpenBlock) -> None:
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
            self.add_inline(paragraph, part, character_style=self.character_style(part))

    def inline_paragraph(self, element, style: str) -> None:
        paragraph = self.paragraph(style)
        self.add_inline(paragraph, element)
        if paragraph.runs:
            paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip(" ")

    # Runs

    def character_style(self, element) -> str | None:
        return next(
            (self.sheet.characters[name].word_name for name in _classes(element) if name in self.sheet.characters),
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
            elif "checkbox" in _classes(child):
                paragraph.add_run("☐ ")
            elif child.tag == "a" and (target := safe_link(child.get("href"))):  # any other link is its text
                self.hyperlink(paragraph, target, child.text_content())
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
            run._r.get_or_add_rPr().style = self._style_id(character_style)
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

    # Tables

    def table(self, element, classes: set[str]) -> None:
        """A Word table on the grid the template gives (``<col style="width: 26%">``), kept on one page."""
        from docx.enum.table import WD_ROW_HEIGHT_RULE
        from docx.shared import Pt

        rows = [row for row in element.iter("tr")]
        if not rows:
            return
        width = max(len([cell for cell in row if cell.tag in {"td", "th"}]) for row in rows)
        if self.last is not None and self.pending_before:
            # Word spaces a table only through the paragraphs around it.
            self.raise_space(self.last, "after", self.pending_before)
        self.pending_before = 0.0
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = self.document.styles["Table Grid"]
        self.grid(table, element, width)
        text_style = self.document.styles[self.sheet.table_text.word_name]
        vertical, _ = TABLE_CELL_PADDING
        for row_index, row in enumerate(rows):
            cells = [cell for cell in row if cell.tag in {"td", "th"}]
            word_row = table.rows[row_index]
            word_row._tr.get_or_add_trPr()
            self.cant_split(word_row)
            if "form" in classes:
                word_row.height = Pt(FORM_ROW_HEIGHT + 2 * vertical)
                word_row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            if row_index == 0 and cells and all(cell.tag == "th" for cell in cells) and len(rows) > 1:
                self.repeat_header(word_row)
            for column, cell in enumerate(cells):
                paragraph = table.cell(row_index, column).paragraphs[0]
                paragraph.style = text_style
                self.add_inline(paragraph, cell, bold=cell.tag == "th")
                if row_index < len(rows) - 1:
                    # Keep with next through every row but the last: the table stays on one page, as in the PDF.
                    paragraph.paragraph_format.keep_with_next = True
        self.last = None

    def grid(self, table, element, columns: int) -> None:
        """Column widths from the template's ``<col>`` percentages, else equal; a fixed layout, full width."""
        from .word_styles import TBLPR_ORDER, set_child
        from .word_styles import element as word_element

        shares = []
        for col in element.iter("col"):
            found = re.search(r"width:\s*([0-9.]+)%", col.get("style") or "")
            shares.append(float(found.group(1)) if found else 0.0)
        if len(shares) != columns or not all(shares):
            shares = [1.0] * columns
        total = sum(shares)
        widths = [int(self.text_width * share / total) for share in shares]
        table.autofit = False
        properties = table._tbl.tblPr
        set_child(properties, word_element("w:tblW", w=5000, type="pct"), TBLPR_ORDER)
        set_child(properties, word_element("w:tblLayout", type="fixed"), TBLPR_ORDER)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width

    @staticmethod
    def cant_split(row) -> None:
        from docx.oxml import OxmlElement

        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))

    @staticmethod
    def repeat_header(row) -> None:
        from docx.oxml import OxmlElement

        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))

    def finish(self) -> None:
        """Word needs a paragraph after a final table; give it no height."""
        if self.last is None:
            from docx.shared import Pt

            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.line_spacing = Pt(1)
