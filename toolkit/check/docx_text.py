"""Read back the text an applicant tracking system would get from a DOCX resume.

python-docx gives the body's paragraphs in order; text that only headers, footers or text boxes hold is
kept apart (many ATS never read it), and so is a table that lays the page out in columns.
"""

from __future__ import annotations

import io
import unicodedata

from ..errors import InputFileError, Location
from .extracted import ExtractedResume

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED_CONTAINERS = {"txbxContent", "Fallback"}  # a text box's own text; the VML copy of a drawing
_CHARACTERS_PER_PAGE = 3_500  # a full resume page; used only to estimate a DOCX's pages


def read_docx(data: bytes, name: str, max_characters: int) -> ExtractedResume:
    """The text of a DOCX whose archive has been checked: the body's paragraphs in order (at most
    ``max_characters``), and apart from them the text that only its headers, footers or text boxes hold."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputFileError(
            f"not a readable DOCX file (truncated, or another ZIP file): {error}", Location(name)
        ) from None
    except Exception as error:  # lxml and zipfile raise several kinds on damaged files
        raise InputFileError(f"the DOCX cannot be read: {type(error).__name__}: {error}", Location(name)) from None
    body = document.element.body
    paragraphs = list(_outside_text_boxes(body.iter(f"{_W}p")))
    text = "\n".join(_docx_paragraph_text(paragraph) for paragraph in paragraphs)
    if not text.strip():
        raise InputFileError("the DOCX holds no text in its body; an ATS will read nothing", Location(name))
    if len(text) > max_characters:
        raise InputFileError(
            f"the DOCX holds {len(text):,} characters of text; jobkit check reads at most {max_characters:,}",
            Location(name),
        )
    boxes = "\n".join(
        "\n".join(_docx_paragraph_text(paragraph, within=box) for paragraph in box.iter(f"{_W}p"))
        for box in _outside_text_boxes(body.iter(f"{_W}txbxContent"), fallback_only=True)
    )
    # For reading the resume's fields, each text box where it is anchored (after the paragraph that holds it):
    # a heading set in a box ("WORK EXPERIENCE") still opens its section. The text-box problem is still said.
    in_flow = []
    for paragraph in paragraphs:
        in_flow.append(_docx_paragraph_text(paragraph))
        for box in _outside_text_boxes(paragraph.iter(f"{_W}txbxContent"), fallback_only=True):
            in_flow += [_docx_paragraph_text(inner, within=box) for inner in box.iter(f"{_W}p")]
    headers = []
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                headers += [_docx_paragraph_text(paragraph._p) for paragraph in part.paragraphs]
    links = [
        rel.target_ref
        for part in document.part.package.iter_parts()
        for rel in part.rels.values()
        if rel.reltype.endswith("/hyperlink")
    ]
    return ExtractedResume(
        path=name,
        kind="docx",
        text=text,
        pages=_estimated_pages(body, text),
        pages_exact=False,
        pieces=[],
        link_targets=links,
        header_footer_text="\n".join(line for line in headers if line.strip()),
        text_box_text=boxes.strip(),
        reading_text="\n".join(in_flow)[:max_characters] if boxes.strip() else "",
        layout_table_columns=_layout_table_columns(body, len(text)),
    )


def _outside_text_boxes(elements, fallback_only: bool = False):
    """The elements that are not inside a text box (or, with ``fallback_only``, not in a VML fallback copy)."""
    skipped = {"Fallback"} if fallback_only else _SKIPPED_CONTAINERS
    for element in elements:
        if not any(_local(parent.tag) in skipped for parent in element.iterancestors()):
            yield element


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _docx_paragraph_text(paragraph, within=None) -> str:
    """A paragraph's text as Word shows it: non-breaking hyphens as '-', soft hyphens and format characters as
    nothing, and without the text of a text box anchored in it (that text is the box's, not the paragraph's)."""
    parts = []
    stop = within if within is not None else paragraph
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}softHyphen"):
        if _in_a_box(node, stop):
            continue
        tag = _local(node.tag)
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in {"br", "cr"}:
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
    # Format characters (a word joiner that keeps a date range on one line, zero-width spaces) show nothing.
    return "".join(character for character in "".join(parts) if unicodedata.category(character) != "Cf")


def _in_a_box(node, stop) -> bool:
    """Whether ``node`` sits in a text box or fallback copy below ``stop`` (the paragraph or box read)."""
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if _local(parent.tag) in _SKIPPED_CONTAINERS:
            return True
        parent = parent.getparent()
    return False


def _estimated_pages(body, text: str) -> int:
    """Pages as the word processor last laid the document out (its rendered page breaks), else an estimate
    from page breaks and length. A DOCX has no pages of its own: Word lays it out when it opens it."""
    rendered = sum(1 for _ in _outside_text_boxes(body.iter(f"{_W}lastRenderedPageBreak")))
    if rendered:
        return rendered + 1
    hard = sum(1 for node in body.iter(f"{_W}br") if node.get(f"{_W}type") == "page")
    return max(1 + hard, -(-len(text) // _CHARACTERS_PER_PAGE))


def _layout_table_columns(body, characters: int) -> int:
    """The column count of a table of two or more columns that holds most of the text: a page laid out
    in columns (a sidebar), which many ATS read row by row across the columns. 0 when there is none."""
    for table in _outside_text_boxes(body.iter(f"{_W}tbl")):
        rows = table.findall(f"{_W}tr")
        columns = max((len(row.findall(f"{_W}tc")) for row in rows), default=0)
        held = sum(len(node.text or "") for node in table.iter(f"{_W}t"))
        if columns >= 2 and held * 2 >= characters:
            return columns
    return 0
