"""Two-column PDF pages are read one column after the other; one-column pages, date columns and tables as drawn.

Each PDF is made here with WeasyPrint from boxes placed on the page in a source order of their own, as a
design tool draws them (the sidebar's and the main column's lines interleaved), and read back as check reads it.
"""

from __future__ import annotations

from datetime import date
from html import escape

import pypdfium2
import pytest

from toolkit.check import pdf_positions
from toolkit.check.extraction import extract_resume
from toolkit.check.pdf_columns import column_text
from toolkit.check.reading import read_resume

TODAY = date(2026, 12, 1)

SIDEBAR_X, MAIN_X, DATES_X = 40, 230, 470


def page_pdf(tmp_path, boxes: list[tuple[float, float, str]], name: str = "resume.pdf", size: int = 10):
    """A one-page PDF with each (x, y from the top, text) box placed where it says, drawn in the list's order."""
    placed = "".join(
        f'<div style="position:absolute; left:{x}pt; top:{y}pt; white-space:nowrap">{escape(text)}</div>'
        for x, y, text in boxes
    )
    html = (
        f"<html><head><style>@page {{ size: 612pt 792pt; margin: 0 }} body {{ margin: 0; font-size: {size}pt; "
        f"font-family: sans-serif }}</style></head><body>{placed}</body></html>"
    )
    from weasyprint import HTML

    path = tmp_path / name
    HTML(string=html).write_pdf(path)
    return path


def interleaved(first: list[tuple[float, float, str]], second: list[tuple[float, float, str]]):
    """The boxes of two lists drawn alternately, one of each in turn."""
    boxes = []
    for index in range(max(len(first), len(second))):
        boxes += first[index : index + 1] + second[index : index + 1]
    return boxes


def column(x: float, top: float, lines: list[str], step: float = 16) -> list[tuple[float, float, str]]:
    return [(x, top + step * number, line) for number, line in enumerate(lines) if line]


SIDEBAR = ["CONTACT", "dana.whitfield@example.com", "", "SKILLS", "Python", "SQL", "Docker", "", "LANGUAGES"]
SIDEBAR += ["English", "Spanish"]
MAIN = ["EXPERIENCE", "Data Engineer", "Northwind Traders", "March 2019 – Present", "Built the nightly loads."]
MAIN += ["", "Analyst", "Contoso Ltd", "June 2015 – February 2019", "Wrote the monthly reports.", "", "EDUCATION"]
MAIN += ["BSc Computer Science", "State University", "2011 – 2015"]


def sidebar_page(tmp_path):
    """A name over the gutter, a sidebar starting lower on the left with lines set closer, the two drawn
    interleaved."""
    header = [(SIDEBAR_X + 100, 40, "Dana Whitfield")]  # standing over the gutter
    sidebar = column(SIDEBAR_X, 131, SIDEBAR, step=14)
    return page_pdf(tmp_path, header + interleaved(sidebar, column(MAIN_X, 96, MAIN)))


def page_texts(path) -> list[str | None]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(column_text(textpage, set(pdf_positions._wide_gaps(textpage))))
        return texts
    finally:
        document.close()


def read_jobs(path):
    extracted = extract_resume(path)
    return read_resume(extracted.reading_text or extracted.text, TODAY)


def test_a_sidebar_drawn_interleaved_with_the_main_column_is_read_one_column_after_the_other(tmp_path):
    text = extract_resume(sidebar_page(tmp_path)).text
    main = "\n".join(line for line in MAIN if line)
    sidebar = "\n".join(line for line in SIDEBAR if line)
    assert main in text and sidebar in text
    assert text.index("Dana Whitfield") < text.index("CONTACT")  # the name over the main column heads the page


def test_the_jobs_of_an_interleaved_two_column_page_are_read_with_title_employer_and_dates(tmp_path):
    reading = read_jobs(sidebar_page(tmp_path))
    jobs = [(job.title, job.employer, job.start, job.end) for job in reading.jobs]
    assert jobs == [
        ("Data Engineer", "Northwind Traders", "2019-03", "present"),
        ("Analyst", "Contoso Ltd", "2015-06", "2019-02"),
    ]
    assert reading.name == "Dana Whitfield"
    assert {"work", "skills", "education"} <= {kind for _, kind in reading.sections}


def test_read_as_drawn_the_same_page_loses_its_jobs(tmp_path, monkeypatch):
    """The page above is one a reader of the drawing order gets wrong: what the column reading is for."""
    monkeypatch.setattr(pdf_positions, "column_text", lambda textpage, gaps: None)
    reading = read_jobs(sidebar_page(tmp_path))
    jobs = [(job.title, job.employer, job.start) for job in reading.jobs]
    assert ("Data Engineer", "Northwind Traders", "2019-03") not in jobs


def test_a_one_column_page_with_dates_set_flush_right_is_read_as_drawn(tmp_path):
    lines = [(MAIN_X - 190, 40, "Dana Whitfield"), (40, 70, "EXPERIENCE")]
    for number, (title, employer, dates) in enumerate(
        [
            ("Data Engineer", "Northwind Traders", "2019 – Present"),
            ("Analyst", "Contoso Ltd", "2015 – 2019"),
            ("Clerk", "Fabrikam", "2013 – 2015"),
        ]
    ):
        top = 90 + 70 * number
        lines += [(40, top, title), (DATES_X, top, dates), (40, top + 16, employer)]
        lines += [(40, top + 32, "Ran the reports every week for the whole of the sales team across the region.")]
    path = page_pdf(tmp_path, lines)
    assert page_texts(path) == [None]
    reading = read_jobs(path)
    assert [(job.title, job.employer, job.start) for job in reading.jobs] == [
        ("Data Engineer", "Northwind Traders", "2019"),
        ("Analyst", "Contoso Ltd", "2015"),
        ("Clerk", "Fabrikam", "2013"),
    ]


def test_a_column_of_dates_beside_the_entries_is_read_as_drawn(tmp_path):
    """Dates standing level with the first line of each entry label it: not a column to read on its own."""
    boxes = [(40, 40, "Dana Whitfield"), (40, 70, "EXPERIENCE")]
    for number, (dates, title, employer) in enumerate(
        [
            ("03/2019 – today", "Data Engineer", "Northwind Traders"),
            ("06/2015 – 02/2019", "Analyst", "Contoso Ltd"),
            ("01/2013 – 05/2015", "Clerk", "Fabrikam"),
            ("09/2011 – 12/2012", "Intern", "Litware"),
        ]
    ):
        top = 96 + 64 * number
        boxes += [(40, top, dates), (170, top, title), (170, top + 16, employer), (170, top + 32, "Kept the books.")]
    assert page_texts(page_pdf(tmp_path, boxes)) == [None]


def test_a_table_whose_rows_stand_level_is_read_as_drawn(tmp_path):
    boxes = [(40, 40, "Dana Whitfield"), (40, 70, "EDUCATION")]
    rows = [("Degree", "School", "Year"), ("BSc", "State University", "2015"), ("MSc", "Tech Institute", "2017")]
    rows += [("PhD", "Grand College", "2021"), ("Diploma", "City School", "2011"), ("Certificate", "Online", "2022")]
    for number, row in enumerate(rows):
        boxes += [(x, 96 + 18 * number, cell) for x, cell in zip((40, 260, 480), row, strict=True)]
    assert page_texts(page_pdf(tmp_path, boxes)) == [None]


def test_dates_in_a_column_of_their_own_within_the_main_column_are_read_before_their_entry(tmp_path):
    """A sidebar beside a main column whose dates stand in a narrow column of their own, one date range set on
    two lines: each entry is read as its dates, then its lines."""
    main = [(MAIN_X, 96, "EXPERIENCE")]
    entries = [("03/2019 –", "today", "Data Engineer", "Northwind Traders")]
    entries += [("06/2015 –", "02/2019", "Analyst", "Contoso Ltd"), ("01/2013 –", "05/2015", "Clerk", "Fabrikam")]
    entries += [("09/2011 –", "12/2012", "Intern", "Litware")]
    for number, (start, end, title, employer) in enumerate(entries):
        top = 120 + 64 * number
        main += [(MAIN_X, top, start), (MAIN_X, top + 12, end), (MAIN_X + 90, top, title)]
        main += [(MAIN_X + 90, top + 12, employer), (MAIN_X + 90, top + 28, "Kept the books in order.")]
    path = page_pdf(tmp_path, interleaved(column(SIDEBAR_X, 131, SIDEBAR, step=14), main))
    text = page_texts(path)[0]
    assert text is not None
    assert "03/2019 –\ntoday\nData Engineer\nNorthwind Traders\nKept the books in order.\n06/2015 –" in text


@pytest.mark.parametrize("lines", [3, 20])
def test_a_page_of_plain_paragraphs_is_read_as_drawn(tmp_path, lines):
    boxes = column(
        40, 40, [f"Line {number} of a paragraph that runs across the whole page width." for number in range(lines)]
    )
    assert page_texts(page_pdf(tmp_path, boxes)) == [None]


def test_reading_by_columns_keeps_every_character_of_the_page(tmp_path):
    """Nothing is lost or changed, only moved: the name that spans the gutter above both columns included."""
    path = sidebar_page(tmp_path)
    document = pypdfium2.PdfDocument(str(path))
    try:
        textpage = document[0].get_textpage()
        as_drawn = textpage.get_text_range()
        by_columns = column_text(textpage, set(pdf_positions._wide_gaps(textpage)))
    finally:
        document.close()
    assert by_columns is not None and by_columns != as_drawn.replace("\r\n", "\n")
    assert sorted(by_columns.split()) == sorted(as_drawn.split())


def test_a_page_of_more_pieces_than_a_resume_holds_is_read_as_drawn_without_searching_it():
    """Two clean columns of lines, but more of them than any resume page: the search is skipped (a crafted page
    must not cost seconds), and the same page with fewer lines is read by columns."""
    from toolkit.check.pdf_columns import MAX_SEGMENTS, Segment, _columns

    def lines(count: int) -> list[Segment]:
        step = 700 / count
        return [
            Segment("word", x, x + 150, 40 + step * number, 40 + step * number + 0.8 * step, 0.8 * step)
            for number in range(count // 2)
            for x in (40, 320)
        ]

    assert _columns(lines(40)) is not None
    assert _columns(lines(MAX_SEGMENTS + 2)) is None
