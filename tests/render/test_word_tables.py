"""HTML tables to Word tables: the template's column grid kept, else equal columns widened where a word would not
fit; every row kept whole and a header row repeated on the next page."""

from __future__ import annotations

import docx
import lxml.html

from toolkit.render.word_tables import cant_split, grid, least_widths, repeat_header

TEXT_WIDTH = 6 * 914400  # six inches, in EMU
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table(html: str, columns: int):
    element = lxml.html.fromstring(html)
    table = docx.Document().add_table(rows=1, cols=columns)
    return element, table


def test_the_templates_column_grid_is_kept():
    element, table = _table(
        '<table><col style="width: 25%"><col style="width: 75%"><tr><td>a</td><td>b</td></tr></table>', 2
    )
    grid(table, element, 2, TEXT_WIDTH)
    assert [column.width for column in table.columns] == [TEXT_WIDTH // 4, TEXT_WIDTH * 3 // 4]


def test_without_a_grid_columns_are_equal_unless_a_word_would_not_fit():
    html = "<table><tr><td>a</td><td>b</td><td>Interdisciplinarycoordinationresponsibilitiesoverall</td></tr></table>"
    element, table = _table(html, 3)
    least = least_widths(list(element.iter("tr")), 3, 10.0, nowrap=False)
    assert least[2] > TEXT_WIDTH / 3 > least[0]
    grid(table, element, 3, TEXT_WIDTH, least)
    first, second, third = (column.width for column in table.columns)
    assert first == second and third == least[2] and first + second + third <= TEXT_WIDTH


def test_a_nowrap_cell_is_as_wide_as_its_whole_text():
    element = lxml.html.fromstring("<table><tr><td>Strong yes</td></tr></table>")
    rows = list(element.iter("tr"))
    assert least_widths(rows, 1, 10.0, nowrap=True)[0] > least_widths(rows, 1, 10.0, nowrap=False)[0]


def test_a_row_is_kept_whole_and_a_header_repeats():
    table = docx.Document().add_table(rows=2, cols=1)
    cant_split(table.rows[0])
    repeat_header(table.rows[0])
    properties = table.rows[0]._tr.trPr
    assert properties.find(f"{W}cantSplit") is not None and properties.find(f"{W}tblHeader") is not None
