"""Read back the text an applicant tracking system would get from a PDF or DOCX resume.

PDF text comes from pypdf (as many ATS parsers do), with where each piece sits on
the page, the link targets and the fonts, then by character positions from PDFium
(``pdf_positions``); DOCX text from python-docx in body order (``docx_text``), noting
text that only headers, footers or text boxes hold.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..errors import InputFileError, Location
from ..inputs.loading import read_bytes
from ..inputs.word import (
    MAX_DOCX_MEMBER_BYTES,
    MAX_DOCX_MEMBERS,
    MAX_DOCX_RATIO,
    MAX_DOCX_TOTAL_BYTES,
    check_zip_package,
)
from .extracted import ExtractedResume, TextPiece
from .pdf_positions import pdfium_text, restore_unmapped_glyphs, unnamed_glyphs_as_dashes

# What `jobkit check` reads of one resume. A real resume sits far below every limit (a page holds a few
# thousand characters, under a thousand drawing operations and tens of KB of content stream; a DOCX is a few
# dozen ZIP members). The limits stop a small crafted file from taking minutes or gigabytes.
MAX_RESUME_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARACTERS = 1_000_000
MAX_PDF_PAGES = 50
MAX_PAGE_CHARACTERS = 100_000
MAX_PDF_OPERATIONS = 1_000_000  # content-stream operators run, over the whole document
MAX_PDF_CONTENT_BYTES = 5_000_000  # content streams parsed, over the whole document (a form counts each time drawn)
# Handed to pypdf (its own defaults are 75 MB and 2,000,000 tokens, made for documents of any kind).
MAX_PDF_STREAM_BYTES = 5_000_000  # one stream, decoded
MAX_PDF_STREAM_TOKENS = 100_000  # one content stream, parsed


def extract_resume(path: str | Path) -> ExtractedResume:
    """The parse-back of ``path``; a file that is not a readable PDF or DOCX raises ``InputFileError``."""
    name = str(path)
    data = read_bytes(path, what="resume", max_bytes=MAX_RESUME_BYTES)
    if not data:
        raise InputFileError("resume is empty (0 bytes)", Location(name))
    if data.startswith(b"%PDF"):
        return _extract_pdf(data, name)
    if data.startswith(b"PK\x03\x04"):
        from .docx_text import read_docx

        _check_docx_archive(data, name)
        return read_docx(data, name, MAX_TEXT_CHARACTERS)
    raise InputFileError("not a PDF or DOCX file; jobkit check reads those two formats", Location(name))


def _pdf_configuration():
    """pypdf's own limits, tightened to what a resume needs."""
    from pypdf import apply_configuration

    return apply_configuration(
        zlib_maximum_output_length=MAX_PDF_STREAM_BYTES,
        lzw_maximum_output_length=MAX_PDF_STREAM_BYTES,
        run_length_maximum_output_length=MAX_PDF_STREAM_BYTES,
        brotli_maximum_output_length=MAX_PDF_STREAM_BYTES,
        array_based_stream_maximum_output_length=MAX_PDF_STREAM_BYTES,
        zlib_maximum_recovery_input_length=1_000_000,  # byte-by-byte recovery of a damaged stream is slow
        stream_parsing_work_maximum_count=MAX_PDF_STREAM_TOKENS,
        page_tree_maximum_entries=10_000,
    )


class _PdfReadingLimits:
    """Counts what pypdf's text extraction does, through its visitor callbacks, and stops it past a limit.

    pypdf parses a page's content stream, and a form XObject's stream each time the form is drawn, before
    any callback runs; so the bytes it will parse are counted up front: the page's content when the page
    starts, a form's content when it is drawn (the ``Do`` operator names it in the resources in force).
    Once a limit is passed every later callback raises again: pypdf catches errors inside a form and
    carries on with the page, so a single raise would not stop it.
    """

    def __init__(self, name: str):
        self.name = name
        self.page = 0
        self.page_characters = 0
        self.characters = 0
        self.operations = 0
        self.content_bytes = 0
        self.exceeded: InputFileError | None = None
        self._resources: list = []  # the resources in force: the page's, then those of each form being drawn

    def start_page(self, number: int, page) -> None:
        self._raise_if_exceeded()
        self.page = number
        self.page_characters = 0
        resources = _resolved(page.get("/Resources"))
        self._resources = [resources]
        contents = _resolved(page.get("/Contents"))
        for stream in contents if isinstance(contents, list) else [contents]:
            self._count_content(_resolved(stream))

    def before_operation(self, operator: bytes, operands: list) -> None:
        self._raise_if_exceeded()
        self.operations += 1
        if self.operations > MAX_PDF_OPERATIONS:
            self._exceed(f"the PDF runs more than {MAX_PDF_OPERATIONS:,} drawing operations (by page {self.page})")
        if operator == b"Do":
            self._resources.append(self._form_resources(operands))

    def after_operation(self, operator: bytes) -> None:
        self._raise_if_exceeded()
        if operator == b"Do" and len(self._resources) > 1:
            self._resources.pop()

    def text(self, text: str) -> None:
        self._raise_if_exceeded()
        self.page_characters += len(text)
        self.characters += len(text)
        if self.page_characters > MAX_PAGE_CHARACTERS:
            self._exceed(
                f"page {self.page} of the PDF holds more than {MAX_PAGE_CHARACTERS:,} characters of text "
                "(a resume page holds a few thousand)"
            )
        if self.characters > MAX_TEXT_CHARACTERS:
            self._exceed(f"the PDF holds more than {MAX_TEXT_CHARACTERS:,} characters of text (by page {self.page})")

    def _form_resources(self, operands: list):
        """Count the form that ``Do`` draws, as pypdf finds it; return the resources in force inside it."""
        from pypdf.generic import DictionaryObject, StreamObject

        current = self._resources[-1]
        xobjects = _resolved(current.get("/XObject")) if isinstance(current, DictionaryObject) else None
        if not operands or not isinstance(xobjects, DictionaryObject):
            return current
        drawn = _resolved(xobjects.get(operands[0]))
        if not isinstance(drawn, StreamObject) or _resolved(drawn.get("/Subtype")) == "/Image":
            return current
        resources = _resolved(drawn.get("/Resources"))
        if isinstance(resources, DictionaryObject) and resources:  # pypdf reads no form without resources
            self._count_content(drawn)
        return resources

    def _count_content(self, stream) -> None:
        from pypdf.generic import StreamObject

        if isinstance(stream, StreamObject):
            self.content_bytes += len(stream.get_data())
            if self.content_bytes > MAX_PDF_CONTENT_BYTES:
                self._exceed(
                    f"the PDF holds more than {MAX_PDF_CONTENT_BYTES // 1_000_000} MB of drawing instructions "
                    f"(by page {self.page}; a resume page holds tens of KB)"
                )

    def _exceed(self, what: str) -> None:
        self.exceeded = InputFileError(f"{what}; jobkit check stops here", Location(self.name))
        raise self.exceeded

    def _raise_if_exceeded(self) -> None:
        if self.exceeded is not None:
            raise self.exceeded


def _extract_pdf(data: bytes, name: str) -> ExtractedResume:
    with _pdf_configuration():
        return _extract_pdf_text(data, name)


def _extract_pdf_text(data: bytes, name: str) -> ExtractedResume:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # e.g. AES without the optional cryptography package
                opened = False
            if not opened:
                raise InputFileError(
                    "the PDF is encrypted; an ATS cannot read it (save it without a password)", Location(name)
                )
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise InputFileError(
                f"the PDF has {count:,} pages; jobkit check reads resumes of at most {MAX_PDF_PAGES} pages",
                Location(name),
            )
        pages = list(reader.pages)
    except InputFileError:
        raise
    except RecursionError:
        raise InputFileError("the PDF cannot be read: its objects are nested too deeply", Location(name)) from None
    except Exception as error:  # pypdf raises many kinds (not only PyPdfError) on damaged files
        raise InputFileError(f"the PDF cannot be read (truncated or damaged): {error}", Location(name)) from None
    if not pages:
        raise InputFileError("the PDF has no pages", Location(name))

    pieces: list[TextPiece] = []
    texts: list[str] = []
    links: list[str] = []
    unmapped: set[str] = set()
    limits = _PdfReadingLimits(name)

    def before_operation(operator, operands, cm, tm):
        limits.before_operation(operator, operands)

    def after_operation(operator, operands, cm, tm):
        limits.after_operation(operator)

    for number, page in enumerate(pages, start=1):

        def visit_text(text, cm, tm, font, size, number=number):
            limits.text(text)
            if text and text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                pieces.append(TextPiece(number, float(x), float(y), text))

        try:
            limits.start_page(number, page)
            texts.append(
                page.extract_text(
                    visitor_operand_before=before_operation,
                    visitor_operand_after=after_operation,
                    visitor_text=visit_text,
                )
                or ""
            )
        except Exception as error:  # pypdf raises many kinds on damaged content streams
            if limits.exceeded is not None:
                raise limits.exceeded from None
            if isinstance(error, LimitReachedError):
                raise InputFileError(
                    f"page {number} of the PDF is larger than jobkit check reads (a stream over "
                    f"{MAX_PDF_STREAM_BYTES // 1_000_000} MB decoded, or a content stream of over "
                    f"{MAX_PDF_STREAM_TOKENS:,} tokens): {error}",
                    Location(name),
                ) from None
            raise InputFileError(f"page {number} of the PDF cannot be read: {error}", Location(name)) from None
        links += _page_links(page)
        unmapped |= _fonts_without_mapping(page)
    spaced = "\n".join(texts)
    if not spaced.strip():
        raise InputFileError("no text layer: this PDF is an image; an ATS will read nothing", Location(name))
    width, height = _page_size(pages[0])
    return ExtractedResume(
        path=name,
        kind="pdf",
        text=unnamed_glyphs_as_dashes(restore_unmapped_glyphs(pdfium_text(data, len(pages)), spaced)) or spaced,
        stream_text=spaced,
        pages=len(pages),
        page_height=height,
        page_width=width,
        pieces=pieces,
        link_targets=links,
        fonts_without_text_mapping=sorted(unmapped),
    )


def _page_size(page) -> tuple[float, float]:
    """(width, height) in points; US Letter when the media box is missing or malformed."""
    try:
        box = page.mediabox
        width, height = abs(float(box.width)), abs(float(box.height))
    except Exception:  # a media box that is not four numbers
        return 612.0, 792.0
    return (width, height) if width > 0 and height > 0 else (612.0, 792.0)


def _resolved(value):
    """``value`` with indirect references followed; None when one is broken."""
    try:
        return value.get_object() if value is not None else None
    except Exception:
        return None


def _page_links(page) -> list[str]:
    """The URI link targets among the page's annotations; malformed annotations are skipped, as a viewer does."""
    from pypdf.generic import ArrayObject, DictionaryObject

    annotations = _resolved(page.get("/Annots"))
    if not isinstance(annotations, ArrayObject):
        return []
    targets = []
    for annotation in annotations:
        annotation = _resolved(annotation)
        action = _resolved(annotation.get("/A")) if isinstance(annotation, DictionaryObject) else None
        uri = _resolved(action.get("/URI")) if isinstance(action, DictionaryObject) else None
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if isinstance(uri, str) and uri:
            targets.append(str(uri))
    return targets


def _fonts_without_mapping(page) -> set[str]:
    """Fonts whose glyphs a parser cannot turn back into text: composite or Type 3 fonts with no ToUnicode map."""
    from pypdf.generic import DictionaryObject

    found: set[str] = set()
    resources = _resolved(page.get("/Resources"))
    fonts = _resolved(resources.get("/Font")) if isinstance(resources, DictionaryObject) else None
    if not isinstance(fonts, DictionaryObject):
        return found
    for value in fonts.values():
        font = _resolved(value)
        if not isinstance(font, DictionaryObject):
            continue
        subtype = str(_resolved(font.get("/Subtype")) or "")
        encoding = _resolved(font.get("/Encoding"))
        custom = subtype in {"/Type0", "/Type3"} or (
            isinstance(encoding, DictionaryObject) and "/Differences" in encoding
        )
        if custom and "/ToUnicode" not in font:
            found.add(str(_resolved(font.get("/BaseFont")) or subtype).lstrip("/").split("+")[-1])
    return found


def _check_docx_archive(data: bytes, name: str) -> None:
    """Refuse a DOCX whose ZIP directory promises more than a resume holds, before anything is decompressed.

    An OpenDocument file (ODT) is named as one first: it is a ZIP too, and "not a DOCX" would mislead.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise InputFileError(
            f"not a readable DOCX file (truncated, or another ZIP file): {error}", Location(name)
        ) from None
    _refuse_open_document(archive, archive.infolist(), name)
    # The check's limits by its own names (this module's), so they can be changed for the check alone.
    check_zip_package(
        data,
        name,
        reader="jobkit check",
        max_members=MAX_DOCX_MEMBERS,
        max_member_bytes=MAX_DOCX_MEMBER_BYTES,
        max_total_bytes=MAX_DOCX_TOTAL_BYTES,
        max_ratio=MAX_DOCX_RATIO,
    )


def _refuse_open_document(archive, members, name: str) -> None:
    """An OpenDocument file (ODT), whatever its name says, gets a message that says so."""
    entry = next((member for member in members if member.filename == "mimetype"), None)
    if entry is None or entry.file_size > 200 or any(member.filename == "word/document.xml" for member in members):
        return
    try:
        kind = archive.read(entry).decode("ascii", "replace").strip()
    except Exception:  # a damaged member: python-docx will say the file cannot be read
        return
    if kind.startswith("application/vnd.oasis.opendocument"):
        named = " named .docx" if name.lower().endswith(".docx") else ""
        what = "an OpenDocument Text (ODT) file" if kind.endswith(".text") else f"an OpenDocument file ({kind})"
        raise InputFileError(
            f"this is {what}{named}, not a DOCX; jobkit check reads PDF and DOCX: save it as PDF or as a Word "
            "document (.docx) and check that file",
            Location(name),
        )


def flatten(text: str) -> str:
    """White space folded to single spaces: how fact and keyword searches see the text."""
    return re.sub(r"\s+", " ", text).strip()
