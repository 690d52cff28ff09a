"""Word files for tests: small references and templates made with python-docx, and ZIP surgery on them."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.shared import Cm, Pt, RGBColor

from support.paths import EXAMPLES

LETTERHEAD = EXAMPLES / "templates" / "letterhead.docx"
JOB_TEMPLATE = EXAMPLES / "templates" / "job-description.docx"
BODY_SECRET = "BODY-OF-THE-REFERENCE-NEVER-SHOWN"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def members(data: bytes | Path) -> dict[str, bytes]:
    """Every member of a DOCX, by name."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with zipfile.ZipFile(source) as package:
        return {name: package.read(name) for name in package.namelist()}


def rezip(source: Path, target: Path, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None):
    """Copy a DOCX, replacing or adding members."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in original.infolist():
            copy.writestr(member.filename, replace.get(member.filename, original.read(member)))
        for name, data in add.items():
            copy.writestr(name, data)
    return target


def edit_member(source: Path, target: Path, name: str, edit) -> Path:
    """Copy a DOCX with member ``name`` passed through ``edit(text) -> text``."""
    text = members(source)[name].decode("utf-8")
    return rezip(source, target, replace={name: edit(text).encode("utf-8")})


def make_reference(path: Path, *, styles: dict[str, dict] | None = None, keep_only_styles: set[str] | None = None):
    """A reference: A5 pages, Courier Normal, a header saying "Reference Header", a body that must never show.

    ``styles`` adds paragraph styles (name -> font name, size, colour); ``keep_only_styles``
    strips styles.xml down to those names, as a sparse Word-made file would be.
    """
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(14.8), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    document.styles["Normal"].font.name = "Courier New"
    for name, look in (styles or {}).items():
        try:
            style = document.styles[name]  # a built-in style the blank document has: restyle it
        except KeyError:
            style = document.styles.add_style(name, 1)
            style.base_style = document.styles["Normal"]
        style.font.name = look["font"]
        style.font.size = Pt(look["size"])
        style.font.color.rgb = RGBColor.from_string(look["colour"])
    section.header.paragraphs[0].text = "Reference Header"
    section.footer.paragraphs[0].text = "Reference Footer"
    document.add_paragraph(BODY_SECRET)
    document.core_properties.title = "SECRET-TITLE-OF-THE-REFERENCE"
    document.save(path)
    if keep_only_styles is not None:

        def strip(text: str) -> str:
            def keep(match: re.Match) -> str:
                name = re.search(r'<w:name w:val="([^"]+)"', match.group(0))
                return match.group(0) if name and name.group(1).lower() in keep_only_styles else ""

            return re.sub(r"<w:style [^>]*>.*?</w:style>", keep, text, flags=re.DOTALL)

        edit_member(path, path.with_suffix(".tmp"), "word/styles.xml", strip).replace(path)
    return path


def header_xml(data: bytes) -> str:
    """The first header part of a DOCX, as text."""
    parts = members(data)
    name = next(name for name in sorted(parts) if re.fullmatch(r"word/header\d+\.xml", name))
    return parts[name].decode("utf-8")


def add_to_header(source: Path, target: Path, xml: str, relationship: str = "") -> Path:
    """Copy ``source`` with ``xml`` (inside <w:p>) appended to header1 and ``relationship`` added to its rels."""
    parts = members(source)
    header = parts["word/header1.xml"].decode().replace("</w:hdr>", f"<w:p>{xml}</w:p></w:hdr>")
    rels_name = "word/_rels/header1.xml.rels"
    rels = parts.get(rels_name, b"").decode() or (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
    )
    rels = rels.replace("</Relationships>", f"{relationship}</Relationships>")
    replace = {"word/header1.xml": header.encode()}
    add = {}
    (replace if rels_name in parts else add)[rels_name] = rels.encode()
    return rezip(source, target, replace=replace, add=add)


def paragraph_template(path: Path, *paragraphs: str, header: str = "") -> Path:
    """A docxtpl template: one paragraph per text, and an optional header text."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.save(path)
    return path


def all_text(data: bytes) -> str:
    """The text of every paragraph in the body, headers and footers of a DOCX."""
    document = docx.Document(io.BytesIO(data))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for section in document.sections:
        for part in (section.header, section.footer):
            texts += [paragraph.text for paragraph in part.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return "\n".join(texts)
