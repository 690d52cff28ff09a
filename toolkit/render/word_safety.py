"""What jobkit lets through from a user's Word file: fields that only show values, and links it has checked.

A Word part can make Word act when the document is opened: a field such as
``INCLUDEPICTURE "http://…"`` or ``DDEAUTO`` fetches a file or starts a program, and an
element pointing at an outside relationship loads it. Fields are read in document order
(a field's instruction may be split across runs, and fields nest); any field not on the
list of ones that only show a value or a link is refused, naming it. Relationship ids are
rewritten to the ids of what was copied; an element whose relationship was left out goes
with it, so no part points at something that is not there.
"""

from __future__ import annotations

import re

from ..errors import InputFileError, Location
from ..inputs.links import safe_link

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_OFFICE = "{urn:schemas-microsoft-com:office:office}"
_VML = "{urn:schemas-microsoft-com:vml}"

# Fields that show a value of the document, a date or a link; none reads a file or runs anything.
SAFE_FIELDS = {
    "=",
    "AUTHOR",
    "COMMENTS",
    "CREATEDATE",
    "DATE",
    "DOCPROPERTY",
    "EDITTIME",
    "FILENAME",
    "HYPERLINK",
    "IF",
    "KEYWORDS",
    "LASTSAVEDBY",
    "NUMCHARS",
    "NUMPAGES",
    "NUMWORDS",
    "PAGE",
    "PAGEREF",
    "PRINTDATE",
    "QUOTE",
    "REF",
    "REVNUM",
    "SAVEDATE",
    "SECTION",
    "SECTIONPAGES",
    "SEQ",
    "STYLEREF",
    "SUBJECT",
    "SYMBOL",
    "TIME",
    "TITLE",
}


# Stands in an instruction where a field nested in it sits: Word puts that field's result there when it updates.
NESTED_FIELD = "\x00"


def field_instructions(root) -> list[str]:
    """Every field instruction in ``root``, simple (``w:fldSimple``) or complex (``w:fldChar`` … ``w:instrText``).

    A field nested in another's instruction is listed itself and leaves ``NESTED_FIELD`` in the
    outer one; deleted instruction text (a tracked change Word would restore on rejecting it) counts.
    """
    found: list[str] = []
    open_fields: list[list[str]] = []  # the instruction of each field still open; None once it is separated
    separated: list[bool] = []
    for element in root.iter(f"{W}fldSimple", f"{W}fldChar", f"{W}instrText", f"{W}delInstrText"):
        in_instruction = bool(open_fields) and not separated[-1]
        if element.tag == f"{W}fldSimple":
            found.append(element.get(f"{W}instr") or "")
            if in_instruction:
                open_fields[-1].append(NESTED_FIELD)
        elif element.tag in (f"{W}instrText", f"{W}delInstrText"):
            if in_instruction:
                open_fields[-1].append(element.text or "")
        else:
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                if in_instruction:
                    open_fields[-1].append(NESTED_FIELD)
                open_fields.append([])
                separated.append(False)
            elif kind == "separate" and open_fields:
                separated[-1] = True
            elif kind == "end" and open_fields:
                found.append("".join(open_fields.pop()))
                separated.pop()
    found += ["".join(parts) for parts in open_fields]  # a field never closed still counts
    return found


def refuse_unsafe_fields(root, where: Location) -> None:
    """Raise ``InputFileError`` naming the first field in ``root`` that could fetch a file or run a program.

    A field must name itself: one with no name, or whose name a nested field would make
    (``{ {QUOTE "INCLUDEPICTURE"} "http://…" }``), is refused, as is a HYPERLINK field to
    anything but an http(s) or mailto address.
    """
    for instruction in field_instructions(root):
        words = instruction.split()
        name = "" if not words else "=" if words[0].startswith("=") else words[0].upper()
        shown = " ".join(words).replace(NESTED_FIELD, "{…}")
        shown = shown if len(shown) <= 60 else shown[:60] + "…"
        if not name or NESTED_FIELD in name:
            problem = f"holds a field whose name is {'made by a field inside it' if name else 'missing'} ({shown})"
        elif name not in SAFE_FIELDS:
            problem = f"holds a {name} field ({shown})"
        elif name == "HYPERLINK" and not _safe_hyperlink_field(instruction):
            problem = f"holds a HYPERLINK field to something other than a web or e-mail address ({shown})"
        else:
            continue
        raise InputFileError(
            f"{problem}; fields that fetch files or run programs are not copied: "
            "remove it, or turn it into plain content (in Word: select it, then Ctrl+Shift+F9)",
            where,
        )


def _safe_hyperlink_field(instruction: str) -> bool:
    """Whether a HYPERLINK field goes to an http(s) or mailto address (or only to a bookmark, ``\\l``)."""
    import shlex

    if NESTED_FIELD in instruction:
        return False  # the address would be made by another field
    try:
        words = shlex.split(instruction.replace("\\", "\\\\"), posix=True)[1:]
    except ValueError:
        return False
    targets, index = [], 0
    while index < len(words):
        word = words[index]
        if re.fullmatch(r"\\[A-Za-z*@#!]", word):  # a switch; these take an argument
            index += 2 if word[1].lower() in {"l", "o", "t", "*", "@", "#"} else 1
            continue
        targets.append(word)
        index += 1
    return all(safe_link(target) for target in targets)


def relink(root, kept: dict[str, str]) -> None:
    """Rewrite relationship ids in ``root`` through ``kept`` (old id -> new id); drop what points elsewhere.

    A hyperlink whose target was left out keeps its text; a run holding a picture, object or
    control left out goes whole; any other element pointing at a left-out relationship goes.
    Addresses VML keeps beside a relationship (``o:href``, ``src``) are removed: Word never
    needs them to show a picture it holds.
    """
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or not _attached(element, root):
            continue
        for attribute in (f"{_OFFICE}href", "src"):
            if attribute in element.attrib and (attribute != "src" or element.tag.startswith(_VML)):
                del element.attrib[attribute]
        # A VML shape's own href is a hyperlink Word follows on a click: the link rule holds for it too.
        if element.tag.startswith(_VML) and "href" in element.attrib and not safe_link(element.attrib["href"]):
            del element.attrib["href"]
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(R):
                continue
            if value in kept:
                element.set(attribute, kept[value])
            else:
                _remove_reference(element)
                break


def _attached(element, root) -> bool:
    """Whether ``element`` is still inside ``root`` (an ancestor may have been removed already)."""
    while element is not None:
        if element is root:
            return True
        element = element.getparent()
    return False


def _remove_reference(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tag == f"{W}hyperlink":
        index = parent.index(element)
        for offset, child in enumerate(list(element)):
            parent.insert(index + offset, child)
        parent.remove(element)
        return
    run = next((ancestor for ancestor in element.iterancestors(f"{W}r")), None)
    doomed = run if run is not None else element
    if doomed.getparent() is not None:
        doomed.getparent().remove(doomed)


def keep_allowed_parts(document) -> None:
    """Leave out of a python-docx ``document`` every part and link not on the fill templates' allow-list.

    Kept: the text, its styles, numbering, settings, fonts, theme, notes and comments, pictures
    the file holds, its custom XML and properties, and hyperlinks to http(s) and mailto
    addresses. Everything else goes with the elements that point at it: an ``altChunk`` of
    HTML that Word would import (and fetch from), an embedded OLE package, an ActiveX
    control, a link to any other kind of address (a hyperlink to ``file://`` keeps its text).
    Settings that make Word reach outside (mail merge, attached template) go too.
    """
    from ..inputs.word import FILL_TEMPLATE_PACKAGE_RELATIONSHIPS, FILL_TEMPLATE_RELATIONSHIPS, HYPERLINK

    package = document.part.package
    for identifier, relationship in list(package.rels.items()):
        if relationship.is_external or relationship.reltype not in FILL_TEMPLATE_PACKAGE_RELATIONSHIPS:
            del package.rels[identifier]
    seen: set[int] = set()
    waiting = [document.part]
    while waiting:
        part = waiting.pop()
        if id(part) in seen:
            continue
        seen.add(id(part))
        kept: dict[str, str] = {}
        for identifier, relationship in list(part.rels.items()):
            if relationship.is_external:
                allowed = relationship.reltype == HYPERLINK and safe_link(relationship.target_ref) is not None
            else:
                allowed = relationship.reltype in FILL_TEMPLATE_RELATIONSHIPS and _usable(relationship)
            if allowed:
                kept[identifier] = identifier
                if not relationship.is_external:
                    waiting.append(relationship.target_part)
            else:
                del part.rels[identifier]
        _relink_part(part, kept)


def _usable(relationship) -> bool:
    """A picture must be an image; every other part kept is XML (no binary that an application would open)."""
    content_type = relationship.target_part.content_type
    if relationship.reltype.endswith("/image"):
        return content_type.startswith("image/")
    if relationship.reltype.endswith("/font"):
        return content_type in {
            "application/vnd.openxmlformats-officedocument.obfuscatedFont",
            "application/x-fontdata",
        }
    return content_type.endswith("xml")


# Settings that make Word reach outside the document when it opens it (a mail-merge query against a
# data source, styles refreshed from a template, a save through an outside XSLT).
_OUTSIDE_SETTINGS = {f"{W}mailMerge", f"{W}attachedTemplate", f"{W}linkStyles", f"{W}saveThroughXslt"}


def _relink_part(part, kept: dict[str, str]) -> None:
    from docx.opc.part import XmlPart
    from lxml import etree

    from ..inputs.word import parse_part_xml

    if isinstance(part, XmlPart):
        root = part._element
    elif part.content_type.endswith("xml") and part.blob:
        root = parse_part_xml(part.blob)
    else:
        return
    for element in [element for element in root if element.tag in _OUTSIDE_SETTINGS]:
        root.remove(element)
    relink(root, kept)
    if not isinstance(part, XmlPart):
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
