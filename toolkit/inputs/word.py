"""Word files given as input: the limits every DOCX read obeys, and a reader for a DOCX's parts.

A DOCX is a ZIP of XML parts joined by relationship files. Python's zipfile never returns
more bytes than a member's directory entry declares, so checking the declared sizes (and
how far each member inflates) before anything is unpacked bounds what every later reader
(python-docx, lxml, docxtpl) can be made to hold. ``jobkit check`` reads resumes through
``check_zip_package``; Word templates (``--docx-template``, ``--word-template``) through
``WordPackage``, which also knows the package's content types and relationships.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..errors import InputFileError, Location, Problem
from .loading import read_bytes

MAX_DOCX_MEMBERS = 1_000
MAX_DOCX_MEMBER_BYTES = 20 * 1024 * 1024  # one ZIP member, uncompressed
MAX_DOCX_TOTAL_BYTES = 50 * 1024 * 1024  # all members, uncompressed
MAX_DOCX_RATIO = 100  # uncompressed / compressed size of a member (deflated XML is 5-20; a zip bomb is ~1000)
_RATIO_GRACE_BYTES = 100 * 1024  # smaller members may compress as well as they like
MAX_WORD_TEMPLATE_BYTES = 20 * 1024 * 1024  # a letterhead with a logo is tens of KB; a large template a few MB

WORD_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
WORD_MACRO_TYPES = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = RELATIONSHIPS + "officeDocument"
HYPERLINK = RELATIONSHIPS + "hyperlink"
HEADER = RELATIONSHIPS + "header"
FOOTER = RELATIONSHIPS + "footer"
ATTACHED_TEMPLATE = RELATIONSHIPS + "attachedTemplate"
IMAGE = RELATIONSHIPS + "image"
_PACKAGE_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
_MICROSOFT = "http://schemas.microsoft.com/office/"
# What a filled Word template keeps: its text and what lays it out, pictures it holds, notes, comments and
# properties. Anything else is left out (``render.word_safety.keep_allowed_parts``).
FILL_TEMPLATE_RELATIONSHIPS = frozenset(
    [
        *(
            RELATIONSHIPS + name
            for name in (
                "styles numbering settings webSettings fontTable theme header footer footnotes endnotes comments "
                "image font customXml customXmlProps"
            ).split()
        ),
        _MICROSOFT + "2007/relationships/stylesWithEffects",
        _MICROSOFT + "2011/relationships/commentsExtended",
        _MICROSOFT + "2011/relationships/people",
        _MICROSOFT + "2016/09/relationships/commentsIds",
        _MICROSOFT + "2018/08/relationships/commentsExtensible",
    ]
)
FILL_TEMPLATE_PACKAGE_RELATIONSHIPS = frozenset(
    [
        OFFICE_DOCUMENT,
        RELATIONSHIPS + "extended-properties",
        RELATIONSHIPS + "custom-properties",
        _PACKAGE_RELATIONSHIPS + "core-properties",
        _PACKAGE_RELATIONSHIPS + "thumbnail",
    ]
)
# Parts that make Word import, open or run something, named for the warning that they are left out.
ACTIVE_PARTS = {
    RELATIONSHIPS + "aFChunk": "a chunk of another document (HTML, RTF or MHT) that Word would import",
    RELATIONSHIPS + "oleObject": "an embedded or linked object",
    RELATIONSHIPS + "package": "an embedded file",
    RELATIONSHIPS + "control": "an ActiveX control",
    _MICROSOFT + "2006/relationships/activeXControlBinary": "an ActiveX control",
    RELATIONSHIPS + "subDocument": "a subdocument",
    RELATIONSHIPS + "frame": "a frame showing another file",
}
_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def check_zip_package(
    data: bytes,
    name: str,
    *,
    reader: str,
    max_members: int = MAX_DOCX_MEMBERS,
    max_member_bytes: int = MAX_DOCX_MEMBER_BYTES,
    max_total_bytes: int = MAX_DOCX_TOTAL_BYTES,
    max_ratio: int = MAX_DOCX_RATIO,
) -> None:
    """Refuse a DOCX whose ZIP directory promises more than a document holds, before anything is unpacked.

    ``reader`` names who refuses in the message ("jobkit check reads at most 20 MB per part").
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise InputFileError(
            f"not a readable DOCX file (truncated, or another ZIP file): {error}", Location(name)
        ) from None
    if len(members) > max_members:
        raise InputFileError(
            f"the DOCX holds {len(members):,} files; {reader} reads at most {max_members:,}", Location(name)
        )
    total = 0
    for member in members:
        size = member.file_size
        total += size
        if size > max_member_bytes:
            raise InputFileError(
                f"{member.filename} in the DOCX unpacks to {size / 1024 / 1024:,.0f} MB; {reader} reads "
                f"at most {max_member_bytes // 1024 // 1024} MB per part",
                Location(name),
            )
        if size > _RATIO_GRACE_BYTES and size > max_ratio * max(member.compress_size, 1):
            raise InputFileError(
                f"{member.filename} in the DOCX unpacks to {size // max(member.compress_size, 1):,} times its packed "
                f"size (a zip bomb?); {reader} reads parts up to {max_ratio} times",
                Location(name),
            )
    if total > max_total_bytes:
        raise InputFileError(
            f"the DOCX unpacks to {total / 1024 / 1024:,.0f} MB; {reader} reads at most "
            f"{max_total_bytes // 1024 // 1024} MB",
            Location(name),
        )


@dataclass(frozen=True)
class Relationship:
    """One relationship of a part: its id, type, and target (a part name in the package, or a URL)."""

    id: str
    type: str
    target: str
    external: bool


def parse_part_xml(data: bytes):
    """An lxml tree of a package part: no entities expanded, no DTD or network access, depth limited."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)


class WordPackage:
    """The parts of a DOCX (or DOTX) by name, with their content types and relationships.

    The ZIP directory is checked against the limits first. Names are as in the ZIP,
    without a leading slash (``word/document.xml``) and compared case-insensitively, as
    the Open Packaging Conventions ask.
    """

    def __init__(self, data: bytes, name: str, *, reader: str = "jobkit"):
        self.name = name
        check_zip_package(data, name, reader=reader)
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self._members = {member.filename.lower(): member for member in self._zip.infolist()}

    def has(self, part: str) -> bool:
        return part.lower() in self._members

    def read(self, part: str) -> bytes | None:
        """The bytes of ``part``, or None when the package has no such part."""
        member = self._members.get(part.lower())
        if member is None or member.is_dir():
            return None
        try:
            return self._zip.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
            raise InputFileError(f"{part} in the DOCX cannot be unpacked: {error}", Location(self.name)) from None

    def xml(self, part: str):
        """The parsed XML of ``part``, or None when it is missing; a part that is not XML is an error."""
        from lxml import etree

        data = self.read(part)
        if data is None:
            return None
        if b"<!DOCTYPE" in data:  # Word never writes one; every entity trick needs one
            raise InputFileError(
                f"{part} in the DOCX declares a DOCTYPE, which Word files never do", Location(self.name)
            )
        try:
            return parse_part_xml(data)
        except etree.XMLSyntaxError as error:
            raise InputFileError(f"{part} in the DOCX is not well-formed XML: {error}", Location(self.name)) from None

    def part_names(self) -> list[str]:
        return [member.filename for member in self._zip.infolist() if not member.is_dir()]

    @cached_property
    def _content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        types = self.xml("[Content_Types].xml")
        if types is None:
            raise InputFileError("not a Word document: the ZIP file has no [Content_Types].xml", Location(self.name))
        defaults = {
            (element.get("Extension") or "").lower(): element.get("ContentType") or ""
            for element in types.iter(f"{_TYPES_NS}Default")
        }
        overrides = {
            (element.get("PartName") or "").lstrip("/").lower(): element.get("ContentType") or ""
            for element in types.iter(f"{_TYPES_NS}Override")
        }
        return defaults, overrides

    def content_type(self, part: str) -> str:
        """The content type the package declares for ``part`` ("" when it declares none)."""
        defaults, overrides = self._content_types
        if part.lower() in overrides:
            return overrides[part.lower()]
        return defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")

    def relationships(self, part: str) -> list[Relationship]:
        """The relationships of ``part`` ("" for the package itself); internal targets resolved to part names."""
        folder, file = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", f"{file}.rels"))
        if rels is None:
            return []
        found = []
        for element in rels.iter(f"{_PACKAGE_NS}Relationship"):
            identifier, kind, target = element.get("Id"), element.get("Type"), element.get("Target")
            if not identifier or not kind or target is None:
                continue
            external = (element.get("TargetMode") or "").lower() == "external"
            if not external:
                target = _resolve(folder, target)
            found.append(Relationship(identifier, kind, target, external))
        return found

    @cached_property
    def main_part(self) -> str:
        """The main document part's name (``word/document.xml`` in files Word writes)."""
        for relationship in self.relationships(""):
            if relationship.type == OFFICE_DOCUMENT and not relationship.external and self.has(relationship.target):
                return relationship.target
        raise InputFileError("not a Word document: the ZIP file has no main document part", Location(self.name))


def _resolve(folder: str, target: str) -> str:
    """A relationship target as a part name: ``media/a.png`` from ``word`` is ``word/media/a.png``."""
    target = unquote(target)
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    path = posixpath.normpath(path)
    return "" if path.startswith("../") or path == ".." else path


REFERENCE = "reference"  # --docx-template: styles, page setup, headers and footers; the body is jobkit's
FILL = "fill"  # --word-template: a docxtpl template whose {{ placeholders }} jobkit fills
OPTION_NAMES = {REFERENCE: "--docx-template", FILL: "--word-template"}
_PLACEHOLDER = re.compile(r"\{\{|\{%")


@dataclass(frozen=True)
class WordTemplate:
    """A user's Word file, read once (capped) and checked: a reference document or a docxtpl template.

    It crosses into the render process whole, so the renderer never opens a file.
    ``context`` holds the plain values a template is filled from (``FILL`` only),
    set by the API once the document is built.
    """

    path: str
    data: bytes
    mode: str
    context: dict[str, Any] | None = None


def load_word_template(path: str | Path, *, mode: str) -> tuple[WordTemplate, list[Problem]]:
    """Read a Word template (capped) and check it; return it with the warnings worth telling the user."""
    data = read_bytes(path, what="Word template", max_bytes=MAX_WORD_TEMPLATE_BYTES)
    template = WordTemplate(str(path), data, mode)
    return template, check_word_template(template)


def check_word_template(template: WordTemplate) -> list[Problem]:
    """Refuse what jobkit will not take from a Word template; return warnings about what it leaves out.

    Refused with a located message: a file that is not a DOCX or DOTX (a PDF, an old .doc,
    another ZIP file), a macro-enabled .docm or .dotm, a ZIP that would unpack too far.
    For a fill template, a link to an outside file (a picture, an embedded object) is
    refused too: the filled document would fetch it when opened.
    """
    name = template.path
    _refuse_other_formats(template.data, name)
    package = WordPackage(template.data, name)
    main = package.main_part
    content_type = package.content_type(main)
    if content_type in WORD_MACRO_TYPES or any(
        part.lower().endswith("vbaproject.bin") for part in package.part_names()
    ):
        raise InputFileError(
            "a macro-enabled Word file (.docm or .dotm); jobkit takes no file with macros: "
            "save it as a Word Document (.docx)",
            Location(name),
        )
    if content_type not in (WORD_DOCUMENT, WORD_TEMPLATE):
        raise InputFileError(
            f"not a Word document: its main part is {content_type or 'of no declared type'}; "
            "save it from Word as a Word Document (.docx)",
            Location(name),
        )
    return _outside_links(package, template.mode) + _placeholder_hints(package, template.mode)


def _refuse_other_formats(data: bytes, name: str) -> None:
    if not data:
        raise InputFileError("Word template is empty (0 bytes)", Location(name))
    if data.startswith(b"PK\x03\x04"):
        return
    if data.startswith(b"%PDF"):
        what = "a PDF file"
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        what = "an old-style Word 97-2003 (.doc) or password-protected file"
    else:
        what = "not a ZIP file"
    raise InputFileError(
        f"not a Word document (.docx): {what}; save it from Word as a Word Document (.docx), without a password",
        Location(name),
    )


def _outside_links(package: WordPackage, mode: str) -> list[Problem]:
    """Links to outside files: left out of a reference document (with a warning), refused in a fill template."""
    problems = []
    if mode == REFERENCE:
        # Only the headers and footers' links would show; styles, settings and the rest are rebuilt without any.
        parts = [
            relationship.target
            for relationship in package.relationships(package.main_part)
            if relationship.type in (HEADER, FOOTER) and not relationship.external
        ]
    else:
        parts = [_rels_source(rels) for rels in package.part_names() if rels.lower().endswith(".rels")]
    for part in dict.fromkeys(parts):
        for relationship in package.relationships(part):
            if mode == FILL and not relationship.external and relationship.type in ACTIVE_PARTS:
                problems.append(
                    Problem(
                        f"{ACTIVE_PARTS[relationship.type]} ({relationship.target}) is left out: a filled document "
                        "holds nothing that Word would import, open or run",
                        Location(package.name, field=part),
                    )
                )
            if not relationship.external or relationship.type == HYPERLINK:
                continue
            target = relationship.target if len(relationship.target) <= 80 else relationship.target[:80] + "…"
            where = Location(package.name, field=part)
            if mode == REFERENCE:
                what = "picture" if relationship.type == IMAGE else relationship.type.rsplit("/", 1)[-1]
                problems.append(
                    Problem(
                        f"the {what} linked from {target} is left out: jobkit copies only what the file itself "
                        "holds (in Word, insert pictures from This Device)",
                        where,
                    )
                )
            elif relationship.type == ATTACHED_TEMPLATE:
                problems.append(
                    Problem(f"the link to the Word template it was made from ({target}) is left out", where)
                )
            else:
                raise InputFileError(
                    f"links to an outside file ({target}), which Word would fetch when the filled document is "
                    "opened; keep pictures and objects inside the file (in Word, insert pictures from This Device)",
                    where,
                )
    return problems


def _rels_source(rels: str) -> str:
    """``word/_rels/header1.xml.rels`` -> ``word/header1.xml``; ``_rels/.rels`` -> "" (the package)."""
    folder, file = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), file.removesuffix(".rels"))


def _placeholder_hints(package: WordPackage, mode: str) -> list[Problem]:
    """A warning when the file looks meant for the other option: placeholders in a reference, none in a template."""
    parts = [package.main_part] + [
        relationship.target
        for relationship in package.relationships(package.main_part)
        if relationship.type in (HEADER, FOOTER) and not relationship.external
    ]
    found = False
    for part in parts:
        data = package.read(part) or b""
        # Word splits typed text into runs at will: "{" and "{" may sit in two runs, so the tags go first.
        if _PLACEHOLDER.search(re.sub(rb"<[^>]*>", b"", data).decode("utf-8", "replace")):
            found = True
            break
    if mode == REFERENCE and found:
        return [
            Problem(
                "holds {{ placeholders }}, but a --docx-template lends only its styles, page setup, headers and "
                "footers; to fill its placeholders, pass it as --word-template",
                Location(package.name),
            )
        ]
    if mode == FILL and not found:
        return [
            Problem(
                "holds no {{ placeholders }}, so the document is the template unchanged; to give jobkit's own "
                "document this file's styles and letterhead, pass it as --docx-template",
                Location(package.name),
            )
        ]
    return []
