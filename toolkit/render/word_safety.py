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

from ..errors import InputFileError, Location

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


def field_instructions(root) -> list[str]:
    """Every field instruction in ``root``, simple (``w:fldSimple``) or complex (``w:fldChar`` … ``w:instrText``)."""
    found: list[str] = []
    open_fields: list[list[str]] = []
    for element in root.iter(f"{W}fldSimple", f"{W}fldChar", f"{W}instrText"):
        if element.tag == f"{W}fldSimple":
            found.append(element.get(f"{W}instr") or "")
        elif element.tag == f"{W}instrText":
            if open_fields:
                open_fields[-1].append(element.text or "")
        else:
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                open_fields.append([])
            elif kind == "end" and open_fields:
                found.append("".join(open_fields.pop()))
    found += ["".join(parts) for parts in open_fields]  # a field never closed still counts
    return found


def refuse_unsafe_fields(root, where: Location) -> None:
    """Raise ``InputFileError`` naming the first field in ``root`` that could fetch a file or run a program."""
    for instruction in field_instructions(root):
        words = instruction.split()
        if not words:
            continue
        name = "=" if words[0].startswith("=") else words[0].upper()
        if name not in SAFE_FIELDS:
            shown = " ".join(words)
            shown = shown if len(shown) <= 60 else shown[:60] + "…"
            raise InputFileError(
                f"holds a {name} field ({shown}); fields that fetch files or run programs are not copied: "
                "remove it, or turn it into plain content (in Word: select it, then Ctrl+Shift+F9)",
                where,
            )


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
