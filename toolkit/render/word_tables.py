"""HTML tables to Word tables: the template's column grid, header rows repeated, each table kept on one page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .stylesheet import FORM_ROW_HEIGHT, TABLE_CELL_PADDING

if TYPE_CHECKING:
    from .word_blocks import Writer


def write_table(writer: Writer, element, classes: set[str]) -> None:
    """A Word table on the grid the template gives (``<col style="width: 26%">``), kept on one page."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Pt

    rows = [row for row in element.iter("tr")]
    if not rows:
        return
    width = max(len([cell for cell in row if cell.tag in {"td", "th"}]) for row in rows)
    if writer.last is not None and writer.pending_before:
        # Word spaces a table only through the paragraphs around it.
        writer.raise_space(writer.last, "after", writer.pending_before)
    writer.pending_before = 0.0
    document = writer.document
    table = document.add_table(rows=len(rows), cols=width)
    table.style = document.styles["Table Grid"]
    size = writer.sheet.table_text.size or writer.sheet.normal.size or 10.0
    grid(table, element, width, writer.text_width, least_widths(rows, width, size, nowrap="choices" in classes))
    text_style = document.styles[writer.sheet.table_text.word_name]
    vertical, _ = TABLE_CELL_PADDING
    for row_index, row in enumerate(rows):
        cells = [cell for cell in row if cell.tag in {"td", "th"}]
        word_row = table.rows[row_index]
        word_row._tr.get_or_add_trPr()
        cant_split(word_row)
        if "form" in classes:
            word_row.height = Pt(FORM_ROW_HEIGHT + 2 * vertical)
            word_row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        if row_index == 0 and cells and all(cell.tag == "th" for cell in cells) and len(rows) > 1:
            repeat_header(word_row)
        for column, cell in enumerate(cells):
            paragraph = table.cell(row_index, column).paragraphs[0]
            paragraph.style = text_style
            writer.runs.add_inline(paragraph, cell, bold=cell.tag == "th")
            if row_index < len(rows) - 1:
                # Keep with next through every row but the last: the table stays on one page, as in the PDF.
                paragraph.paragraph_format.keep_with_next = True
    writer.last = None


EMU_PER_POINT = 12700
AVERAGE_ADVANCE = 0.55  # a character's average width in ems (Lato's lower case and digits), with a margin
BOX = "\u2610 "  # the checkbox a form cell starts with (word_runs)


def least_widths(rows, columns: int, size: float, *, nowrap: bool) -> list[int]:
    """Each column's narrowest width (EMU, python-docx's unit) that breaks no word, or (``nowrap``, as CSS's
    ``.choices td``) no cell: its longest unbreakable piece of text, padding and checkbox included."""
    _, horizontal = TABLE_CELL_PADDING
    least = [0] * columns
    for row in rows:
        cells = [cell for cell in row if cell.tag in {"td", "th"}]
        for column, cell in enumerate(cells[:columns]):
            text = " ".join(cell.text_content().split())
            if cell.find(".//span[@class='checkbox']") is not None:
                text = BOX + text
            pieces = [text] if nowrap else text.split()
            longest = max((len(piece) for piece in pieces), default=0)
            points = (longest + 1) * size * AVERAGE_ADVANCE + 2 * horizontal
            least[column] = max(least[column], round(points * EMU_PER_POINT))
    return least


def grid(table, element, columns: int, text_width: int, least: list[int] | None = None) -> None:
    """Column widths from the template's ``<col>`` percentages, else equal but never narrower than ``least``
    (what a browser's automatic layout does); a fixed layout, full width."""
    from .word_styles import TBLPR_ORDER, set_child
    from .word_styles import element as word_element

    shares = []
    for col in element.iter("col"):
        found = re.search(r"width:\s*([0-9.]+)%", col.get("style") or "")
        shares.append(float(found.group(1)) if found else 0.0)
    if len(shares) == columns and all(shares):
        total = sum(shares)
        widths = [int(text_width * share / total) for share in shares]
    else:
        widths = _shared_out(text_width, least or [0] * columns)
    table.autofit = False
    properties = table._tbl.tblPr
    set_child(properties, word_element("w:tblW", w=5000, type="pct"), TBLPR_ORDER)
    set_child(properties, word_element("w:tblLayout", type="fixed"), TBLPR_ORDER)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _shared_out(text_width: int, least: list[int]) -> list[int]:
    """``text_width`` in equal columns, except that a column needing more than an equal share gets its need."""
    fixed: dict[int, int] = {}
    while True:
        free = [column for column in range(len(least)) if column not in fixed]
        if not free:
            break
        share = (text_width - sum(fixed.values())) / len(free)
        wider = {column: least[column] for column in free if least[column] > share}
        if not wider or sum(fixed.values()) + sum(wider.values()) >= text_width:
            break
        fixed.update(wider)
    free = [column for column in range(len(least)) if column not in fixed]
    share = int((text_width - sum(fixed.values())) / len(free)) if free else 0
    return [fixed.get(column, share) for column in range(len(least))]


def cant_split(row) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_header(row) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
