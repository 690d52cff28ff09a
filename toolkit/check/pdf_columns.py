"""A PDF page laid out in two columns, read one column after the other, as a reader reads it.

PDFium gives a page's text in the order the file draws it. A design tool (Canva, Photoshop, a template with a
sidebar) often draws its boxes in an order of its own, so headings, employers and dates of one job come out
pages apart, or the sidebar's lines come interleaved with the main column's. A reader sees two columns: a
vertical gutter of white space that runs down most of the text, with lines on both sides. Such a page is read
as its header (what stands above the columns), the left column top to bottom, the right one, then its footer.

Within a column, lines are read top to bottom by position; lines standing level are one line, a tab across a
wide gap. What stands in one column above the other's first line, set apart by a gap (a name and contact lines
over the main column beside a sidebar that starts lower), heads the page and is read first.

Not every gutter parts two columns. A column of dates (or labels) set beside the entries they date, one per
entry and level with its first line, is part of each entry, and columns whose lines mostly stand level are a
table's: such a page is read as drawn. Inside a column, such a date column is read entry by entry, each date
before its entry's lines. A page with no gutter is read as drawn.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from itertools import groupby, pairwise

# A gap between two characters of one line wider than this many times the font size parts two fields.
WIDE_GAP_EMS = 2.0
# The gutter must run clear down at least this share of the height the page's text spans ...
MIN_GUTTER_SHARE = 0.5
# ... with at least this many lines beside it on each side ...
MIN_LINES_A_SIDE = 4
# ... and lie within this middle part of the page's width (a margin is not a gutter).
GUTTER_ZONE = (0.12, 0.88)
GUTTER_STEP = 2.0  # points between the places tried for a gutter
# A page with more pieces of lines than this is read as drawn (the studied dev pages hold at most 134).
MAX_SEGMENTS = 600
# What heads one column above the other's first line is read first when this many ems part it from the rest.
HEADER_GAP_EMS = 1.5
# A narrower side whose lines mostly stand level with lines of the other side, and which holds far fewer lines,
# labels the other side's entries (dates beside jobs): such a page is read row by row, as drawn.
LEVEL_SHARE = 0.6
LABEL_LINES_SHARE = 0.75
# Sides whose lines stand level this often, counted on the side with more lines, are the columns of a table.
ROWS_LEVEL_SHARE = 0.7


@dataclass
class Segment:
    """A run of one line's characters with no wide gap inside, and the box it fills (PDF points, y up)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


def column_text(textpage, wide_gaps: set[int]) -> str | None:
    """The page's text read column by column when it is laid out in two independent columns; None when it is
    not (one column, or a column of labels beside entries), so the caller keeps the text as drawn."""
    segments = _segments(textpage, wide_gaps)
    split = _columns(segments)
    if split is None or split[4]:
        return None
    above, left, right, below, _ = split
    return "\n".join(_rows(above) + _region(left) + _region(right) + _rows(below))


def _region(segments: list[Segment]) -> list[str]:
    """One column's lines top to bottom; where dates or labels stand in a column of their own beside the entries
    they label, each label is read before its entry's lines, as a table row is."""
    split = _columns(segments)
    if split is None or not split[4]:
        return _rows(segments)
    _, left, right, _, _ = split
    labels = left if len(left) <= len(right) else right
    starts = [block[0] for block in _blocks(labels)]
    labelled = {id(segment) for segment in labels}

    def place(segment: Segment) -> tuple[int, int, float]:
        band = sum(start.top >= segment.middle for start in starts)
        return band, 0 if id(segment) in labelled else 1, -segment.middle

    ordered = sorted(segments, key=place)
    lines: list[str] = []
    for _, group in groupby(ordered, key=lambda segment: place(segment)[:2]):
        lines += _rows(list(group))
    return lines


def _blocks(labels: list[Segment]) -> list[list[Segment]]:
    """Labels top to bottom in blocks: a label less than a line's height (its font size) below the one before
    continues it (a date range set on two lines)."""
    blocks: list[list[Segment]] = []
    for segment in sorted(labels, key=lambda segment: -segment.middle):
        if blocks and blocks[-1][-1].bottom - segment.top < max(segment.size, segment.top - segment.bottom):
            blocks[-1].append(segment)
        else:
            blocks.append([segment])
    return blocks


def _segments(textpage, wide_gaps: set[int]) -> list[Segment]:
    """The page's lines, as PDFium breaks them, each cut at its wide gaps; each one's text as PDFium gives it."""
    import pypdfium2.raw as pdfium

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    segments: list[Segment] = []
    span: list[int] = []  # the first and last character indexes of the segment being read
    boxes: list[tuple[float, float, float, float, float]] = []

    def close() -> None:
        text = textpage.get_text_range(span[0], span[-1] - span[0] + 1).strip() if span else ""
        if text and boxes:
            segments.append(
                Segment(
                    text,
                    min(box[0] for box in boxes),
                    max(box[1] for box in boxes),
                    min(box[2] for box in boxes),
                    max(box[3] for box in boxes),
                    max(box[4] for box in boxes),
                )
            )
        span.clear()
        boxes.clear()

    for index in range(textpage.count_chars()):
        code = pdfium.FPDFText_GetUnicode(textpage, index)
        if code in (0x0D, 0x0A) or index in wide_gaps:
            close()
            continue
        if not pdfium.FPDFText_IsGenerated(textpage, index) and not (code < 0x110000 and chr(code).isspace()):
            if pdfium.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
                # The font size as the file sets it, or as tall as the glyph stands where the file scales a font
                # set at size 1 by its text matrix (a digit or capital stands about 0.7 em tall).
                size = max(pdfium.FPDFText_GetFontSize(textpage, index), (top.value - bottom.value) / 0.7)
                if boxes and size <= 200 and left.value - boxes[-1][1] > WIDE_GAP_EMS * size:
                    close()  # a wide gap PDFium put no space in
                boxes.append((left.value, right.value, bottom.value, top.value, size))
        span[:] = [span[0] if span else index, index]
    close()
    return segments


def _columns(segments: list[Segment]):
    """(above, left, right, below, labels) when a gutter parts the text into two columns, ``labels`` saying whether
    one column labels the other's entries; None when none does."""
    if not 2 * MIN_LINES_A_SIDE <= len(segments) <= MAX_SEGMENTS:
        return None
    page_left = min(segment.left for segment in segments)
    page_right = max(segment.right for segment in segments)
    low = min(segment.bottom for segment in segments)
    high = max(segment.top for segment in segments)
    width, height = page_right - page_left, high - low
    if width <= 0 or height <= 0:
        return None
    best: tuple[float, float, float, float] | None = None  # (band height, x, band bottom, band top)
    x = page_left + GUTTER_ZONE[0] * width
    while x <= page_left + GUTTER_ZONE[1] * width:
        band = _clear_band(segments, x, low, high)
        if band is not None and (best is None or band[1] - band[0] > best[0] + 0.5):
            best = (band[1] - band[0], x, band[0], band[1])
        x += GUTTER_STEP
    if best is None or best[0] < MIN_GUTTER_SHARE * height:
        return None
    _, gutter, band_bottom, band_top = best
    # The band's edges are the middles of the lines that cross the gutter: those lines go above or below it.
    inside = [segment for segment in segments if band_bottom < segment.middle < band_top]
    left = [segment for segment in inside if segment.right <= gutter]
    right = [segment for segment in inside if segment.left >= gutter]
    band_top = _header_cut(left, right, band_top)
    left = [segment for segment in left if segment.middle < band_top]
    right = [segment for segment in right if segment.middle < band_top]
    sided = {id(segment) for segment in left + right}
    below = [segment for segment in segments if segment.middle <= band_bottom]
    low_ids = {id(segment) for segment in below}
    above = [segment for segment in segments if id(segment) not in sided and id(segment) not in low_ids]
    return above, left, right, below, _labels_beside_entries(left, right)


def _header_cut(left: list[Segment], right: list[Segment], band_top: float) -> float:
    """Where the columns start, as a height: what stands in one column above the other's first line, down to a
    gap that sets it apart from the rest of its column, heads the page (a name and contact lines over the main
    column, beside a sidebar that starts lower) and is read first. ``band_top`` when nothing does."""
    if not left or not right:
        return band_top
    lower = min((max(side, key=lambda segment: segment.top) for side in (left, right)), key=lambda s: s.top)
    higher = sorted(left if lower in right else right, key=lambda segment: -segment.middle)
    above = [segment for segment in higher if segment.middle > lower.top]
    # The lines above the other column's start and the first below it: the lowest wide gap between two of them.
    run = higher[: len(above) + 1]
    gaps = [
        before.bottom for before, after in pairwise(run) if before.bottom - after.top >= HEADER_GAP_EMS * before.size
    ]
    return min(band_top, gaps[-1] - 0.5) if gaps else band_top


def _clear_band(segments: list[Segment], x: float, low: float, high: float) -> tuple[float, float] | None:
    """The tallest stretch of height where no line crosses ``x`` and enough lines stand on each side of it: between
    the middles of two lines that cross it (or the text's top or bottom), the lines strictly between counted."""
    ordered = sorted(segments, key=lambda segment: (segment.middle, not segment.left < x < segment.right))
    best = None
    bottom, lefts, rights = low - 1.0, 0, 0
    for segment in [*ordered, None]:
        crosses = segment is None or segment.left < x < segment.right
        if crosses:
            top = high + 1.0 if segment is None else segment.middle
            taller = best is None or top - bottom > best[1] - best[0]
            if taller and lefts >= MIN_LINES_A_SIDE and rights >= MIN_LINES_A_SIDE:
                best = (bottom, top)
            if segment is not None:
                bottom, lefts, rights = segment.middle, 0, 0
        elif segment is not None and segment.middle > bottom:
            lefts += segment.right <= x
            rights += segment.left >= x
    return best


def _labels_beside_entries(left: list[Segment], right: list[Segment]) -> bool:
    """Whether the two sides are read across rather than down: the side with fewer lines a column of labels (dates)
    set level with lines of the other side, or most lines of both sides level with each other (a table's rows)."""
    few, many = (left, right) if len(left) <= len(right) else (right, left)
    if not few:
        return False
    few_level = sum(any(_level(segment, other) for other in many) for segment in few) / len(few)
    many_level = sum(any(_level(segment, other) for other in few) for segment in many) / len(many)
    labels = few_level >= LEVEL_SHARE and len(few) <= LABEL_LINES_SHARE * len(many)
    return labels or many_level >= ROWS_LEVEL_SHARE


def _level(one: Segment, other: Segment) -> bool:
    """Whether two segments stand on one line (their middles within a third of the smaller height)."""
    tolerance = min(one.top - one.bottom, other.top - other.bottom) / 3
    return abs(one.middle - other.middle) <= max(tolerance, 1.0)


def _rows(segments: list[Segment]) -> list[str]:
    """The segments as lines top to bottom; segments level with each other joined left to right, by a tab across
    a wide gap and a space otherwise."""
    rows: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda segment: (-segment.middle, segment.left)):
        if rows and _level(rows[-1][0], segment):
            rows[-1].append(segment)
        else:
            rows.append([segment])
    lines = []
    for row in rows:
        row.sort(key=lambda segment: segment.left)
        text = row[0].text
        for before, after in pairwise(row):
            wide = after.left - before.right > WIDE_GAP_EMS * max(before.size, after.size, 1.0)
            text += ("\t" if wide else " ") + after.text
        lines.append(text)
    return lines
