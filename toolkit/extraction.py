"""Read back the text an applicant tracking system would get from a PDF or DOCX resume.

PDF text comes from pypdf (as many ATS parsers do), with where each piece sits on
the page, the link targets and the fonts; DOCX text from python-docx in body order,
noting text that only headers, footers or text boxes hold.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputFileError, Location
from .inputs.loading import read_bytes

MAX_RESUME_BYTES = 20 * 1024 * 1024


@dataclass
class TextPiece:
    """A run of text and where it sits: page number, x and y (PDF points, y up)."""

    page: int
    x: float
    y: float
    text: str


@dataclass
class ExtractedResume:
    path: str
    kind: str  # "pdf" or "docx"
    text: str
    pages: int = 1
    page_height: float = 792.0
    page_width: float = 612.0
    pieces: list[TextPiece] = field(default_factory=list)
    link_targets: list[str] = field(default_factory=list)
    fonts_without_text_mapping: list[str] = field(default_factory=list)
    header_footer_text: str = ""
    text_box_text: str = ""


def extract_resume(path: str | Path) -> ExtractedResume:
    """The parse-back of ``path``; a file that is not a readable PDF or DOCX raises ``InputFileError``."""
    name = str(path)
    data = read_bytes(path, what="resume", max_bytes=MAX_RESUME_BYTES)
    if not data:
        raise InputFileError("resume is empty (0 bytes)", Location(name))
    if data.startswith(b"%PDF"):
        return _extract_pdf(data, name)
    if data.startswith(b"PK\x03\x04"):
        return _extract_docx(data, name)
    raise InputFileError("not a PDF or DOCX file; jobkit check reads those two formats", Location(name))


def _extract_pdf(data: bytes, name: str) -> ExtractedResume:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # e.g. AES without the optional cryptography package
                opened = False
            if not opened:
                raise InputFileError(
                    "the PDF is encrypted; an ATS cannot read it (save it without a password)", Location(name)
                )
        pages = list(reader.pages)
    except InputFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as error:
        raise InputFileError(f"the PDF cannot be read (truncated or damaged): {error}", Location(name)) from None
    if not pages:
        raise InputFileError("the PDF has no pages", Location(name))

    pieces: list[TextPiece] = []
    texts: list[str] = []
    links: list[str] = []
    unmapped: set[str] = set()
    first_box = pages[0].mediabox
    for number, page in enumerate(pages, start=1):

        def visit(text, cm, tm, font, size, number=number):
            if text and text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append(TextPiece(number, float(x), float(y), text))

        try:
            texts.append(page.extract_text(visitor_text=visit) or "")
        except Exception as error:  # pypdf raises many kinds on damaged content streams
            raise InputFileError(f"page {number} of the PDF cannot be read: {error}", Location(name)) from None
        links += _page_links(page)
        unmapped |= _fonts_without_mapping(page)
    text = "\n".join(texts)
    if not text.strip():
        raise InputFileError("no text layer: this PDF is an image; an ATS will read nothing", Location(name))
    return ExtractedResume(
        path=name,
        kind="pdf",
        text=text,
        pages=len(pages),
        page_height=float(first_box.height),
        page_width=float(first_box.width),
        pieces=pieces,
        link_targets=links,
        fonts_without_text_mapping=sorted(unmapped),
    )


def _page_links(page) -> list[str]:
    targets = []
    for annotation in page.get("/Annots") or []:
        try:
            action = annotation.get_object().get("/A") or {}
            uri = action.get("/URI")
        except Exception:
            continue
        if uri:
            targets.append(str(uri))
    return targets


def _fonts_without_mapping(page) -> set[str]:
    """Fonts whose glyphs a parser cannot turn back into text: composite or Type 3 fonts with no ToUnicode map."""
    found = set()
    try:
        fonts = page["/Resources"]["/Font"]
    except (KeyError, TypeError):
        return found
    for font in fonts.values():
        font = font.get_object()
        subtype = str(font.get("/Subtype", ""))
        encoding = font.get("/Encoding")
        custom = subtype in {"/Type0", "/Type3"} or (
            encoding is not None and not isinstance(encoding, str) and "/Differences" in encoding.get_object()
        )
        if custom and "/ToUnicode" not in font:
            found.add(str(font.get("/BaseFont", subtype)).lstrip("/").split("+")[-1])
    return found


def _extract_docx(data: bytes, name: str) -> ExtractedResume:
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
    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    text = "\n".join(_docx_paragraph_text(paragraph, namespace) for paragraph in _body_paragraphs(body, namespace))
    if not text.strip():
        raise InputFileError("the DOCX holds no text in its body; an ATS will read nothing", Location(name))
    boxes = "\n".join(
        "".join(node.text or "" for node in box.iter(f"{namespace}t")) for box in body.iter(f"{namespace}txbxContent")
    )
    headers = []
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                headers += [paragraph.text for paragraph in part.paragraphs if paragraph.text.strip()]
    links = [rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    return ExtractedResume(
        path=name,
        kind="docx",
        text=text,
        pieces=[],
        link_targets=links,
        header_footer_text="\n".join(headers),
        text_box_text=boxes.strip(),
    )


def _body_paragraphs(body, namespace: str):
    for paragraph in body.iter(f"{namespace}p"):
        if not any(parent.tag.endswith("txbxContent") for parent in paragraph.iterancestors()):
            yield paragraph


def _docx_paragraph_text(paragraph, namespace: str) -> str:
    parts = []
    for node in paragraph.iter(f"{namespace}t", f"{namespace}tab", f"{namespace}br"):
        if node.tag == f"{namespace}t":
            parts.append(node.text or "")
        elif node.tag == f"{namespace}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def flatten(text: str) -> str:
    """White space folded to single spaces: how fact and keyword searches see the text."""
    return re.sub(r"\s+", " ", text).strip()
