"""Give jobkit's DOCX the look of a user's Word document, as pandoc's ``--reference-doc`` does.

From the reference come its styles, list numbering, theme, font table (with embedded
fonts), a short list of layout settings, and its last section's page setup with that
section's headers and footers and the pictures they show. Its body never comes: not its
text, tables, pictures, comments, footnotes, properties or thumbnail, nor any other part
of its package. jobkit's own styles that the body uses keep working: a style of the same
name in the reference wins; one the reference lacks is added without its own typeface
and colour, so it takes those of the reference style it is based on.

The reference is untrusted input. Its parts are parsed without entities or network;
links to outside files are left out (only http(s) and mailto hyperlinks stay); fields
that fetch files or run programs are refused (``word_safety``); settings are filtered to
layout ones, so no attached template, mail-merge source or editing protection comes along.
"""

from __future__ import annotations

import copy
import re

from ..errors import Location
from ..inputs.links import safe_link
from ..inputs.word import FOOTER, HEADER, HYPERLINK, IMAGE, RELATIONSHIPS, WordPackage, WordTemplate
from ..inputs.word_look import read_direct_look
from .word_look import apply_direct_look, jobkit_looks
from .word_safety import R, W, refuse_unsafe_fields, relink

STYLES = RELATIONSHIPS + "styles"
NUMBERING = RELATIONSHIPS + "numbering"
THEME = RELATIONSHIPS + "theme"
FONT_TABLE = RELATIONSHIPS + "fontTable"
SETTINGS = RELATIONSHIPS + "settings"
FONT = RELATIONSHIPS + "font"
_FONT_TYPES = {"application/vnd.openxmlformats-officedocument.obfuscatedFont", "application/x-fontdata"}

# Settings that shape the layout, copied in the reference's own order; everything else is left out
# (attached template, mail merge, protection, tracked changes, document variables, revision ids...).
_LAYOUT_SETTINGS = {
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "characterSpacingControl",
    "compat",
    "themeFontLang",
    "clrSchemeMapping",
    "decimalSymbol",
    "listSeparator",
}
_STYLE_REFERENCES = (f"{W}pStyle", f"{W}rStyle", f"{W}tblStyle")


def apply_reference(document, template: WordTemplate) -> None:
    """Give ``document`` (python-docx, body written) the reference's styles, numbering and page; in place."""
    package = WordPackage(template.data, template.path)
    main = package.main_part
    parts: dict[str, str] = {}
    for relationship in package.relationships(main):
        if not relationship.external and package.has(relationship.target):
            parts.setdefault(relationship.type, relationship.target)
    copier = _PartCopier(package, document.part.package)
    body = document.element.body
    old_width = _text_width(body.sectPr)

    styles = _sanitized(package, parts.get(STYLES), copier, allowed=())
    if styles is not None:  # without the reference's styles its lists mean nothing: jobkit's numbering stays
        owner = document.part.numbering_part if parts.get(NUMBERING) else None
        numbering = _sanitized(package, parts.get(NUMBERING), copier, allowed=(IMAGE,), owner=owner)
        jobkit = jobkit_looks(document)
        look = read_direct_look(package)  # a look set on the text, not in styles, goes into the styles
        added = _merge_styles(document, styles, numbering, look.unused_styles if look else frozenset())
        if look is not None:
            apply_direct_look(document.styles.element, look, added, jobkit)
    for kind, partname, content_type in (
        (THEME, "/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        (
            FONT_TABLE,
            "/word/fontTable.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        ),
    ):
        if parts.get(kind):
            target = _part_for(document, kind, partname, content_type)
            root = _sanitized(package, parts[kind], copier, allowed=(IMAGE, FONT), owner=target)
            if root is not None:
                _set_content(target, root)
    settings = _sanitized(package, parts.get(SETTINGS), copier, allowed=())
    if settings is not None:
        for child in list(settings):
            if not isinstance(child.tag, str) or child.tag.removeprefix(W) not in _LAYOUT_SETTINGS:
                settings.remove(child)
        _set_content(
            _part_for(
                document,
                SETTINGS,
                "/word/settings.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
            ),
            settings,
        )
    main_xml = package.xml(main)
    section = main_xml.find(f"{W}body/{W}sectPr") if main_xml is not None else None
    if section is not None:
        _use_section(document, package, section, copier)
    _move_right_tabs(body, old_width, _text_width(body.sectPr))


class _PartCopier:
    """Copies the pictures and fonts reference parts show into the output package, each once."""

    def __init__(self, package: WordPackage, target_package):
        self.package = package
        self.target_package = target_package
        self.copied: dict[str, object] = {}

    def relink(self, source: str, root, owner, allowed: tuple[str, ...]) -> None:
        """Relate ``owner`` (the output part) to what ``root`` (from ``source``) uses, then rewrite its ids."""
        kept: dict[str, str] = {}
        for relationship in self.package.relationships(source) if owner is not None else []:
            if relationship.external:
                if relationship.type == HYPERLINK and safe_link(relationship.target):
                    kept[relationship.id] = owner.relate_to(relationship.target, HYPERLINK, is_external=True)
            elif relationship.type in allowed:
                part = self._copy(relationship.target, relationship.type)
                if part is not None:
                    kept[relationship.id] = owner.relate_to(part, relationship.type)
        relink(root, kept)

    def _copy(self, name: str, kind: str):
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        if name in self.copied:
            return self.copied[name]
        content_type = self.package.content_type(name)
        usable = content_type.startswith("image/") if kind == IMAGE else content_type in _FONT_TYPES
        data = self.package.read(name) if usable else None
        part = None
        if data is not None:
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            extension = extension if re.fullmatch(r"[a-z0-9]{1,5}", extension) else "bin"
            folder = "media" if kind == IMAGE else "fonts"
            partname = self.target_package.next_partname(f"/word/{folder}/reference%d.{extension}")
            part = Part(PackURI(partname), content_type, data, self.target_package)
        self.copied[name] = part
        return part


def _sanitized(package: WordPackage, name: str | None, copier: _PartCopier, *, allowed, owner=None):
    """The parsed part ``name`` with its relationships copied for ``owner`` (None: all dropped); None if absent."""
    if not name:
        return None
    root = package.xml(name)
    if root is not None:
        copier.relink(name, root, owner, allowed)
    return root


def _part_for(document, kind: str, partname: str, content_type: str):
    """The output's part of ``kind`` (python-docx's template has one of each), made if it is missing."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    for relationship in document.part.rels.values():
        if relationship.reltype == kind and not relationship.is_external:
            return relationship.target_part
    part = Part(PackURI(partname), content_type, b"", document.part.package)
    document.part.relate_to(part, kind)
    return part


def _set_content(part, root) -> None:
    from docx.opc.part import XmlPart
    from docx.oxml import parse_xml
    from lxml import etree

    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if isinstance(part, XmlPart):
        part._element = parse_xml(data)
    else:
        part._blob = data


def _name(style) -> str:
    name = style.find(f"{W}name")
    return (name.get(f"{W}val") or "").lower() if name is not None else ""


def _merge_styles(document, reference_styles, reference_numbering, stock: frozenset[str]) -> set[str]:
    """Reference styles, plus the ones jobkit's body uses that the reference lacks; the body's ids follow.
    A reference style named in ``stock`` (Word's, unused by a file whose look is on its text) gives way to
    jobkit's, which takes its id. Returns the ids of the styles added."""
    from docx.oxml import parse_xml

    ours = {style.get(f"{W}styleId"): style for style in document.styles.element.iterfind(f"{W}style")}
    theirs = {_name(style): style.get(f"{W}styleId") for style in reference_styles.iterfind(f"{W}style")}
    taken = set(theirs.values())
    body = document.element.body
    used = [element.get(f"{W}val") for element in body.iter(*_STYLE_REFERENCES)]
    renamed: dict[str, str] = {}
    added = []
    while used:
        identifier = used.pop()
        style = ours.get(identifier)
        if identifier in renamed or style is None:
            continue
        if _name(style) in theirs and _name(style) not in stock:
            renamed[identifier] = theirs[_name(style)]
            continue
        new_identifier, counter = theirs.get(_name(style), identifier), 1
        if _name(style) in theirs:  # jobkit's style in the place of the reference's stock one
            # Compared, not put into a path: a styleId may hold a quote ("Head'ing1") that breaks an XPath.
            stale = next(
                (item for item in reference_styles.iterfind(f"{W}style") if item.get(f"{W}styleId") == new_identifier),
                None,
            )
            if stale is not None:
                reference_styles.remove(stale)
            taken.discard(new_identifier)
        while new_identifier in taken:
            counter += 1
            new_identifier = f"{identifier}{counter}"
        taken.add(new_identifier)
        renamed[identifier] = new_identifier
        added.append(style)
        based_on = style.find(f"{W}basedOn")
        if based_on is not None:
            used.append(based_on.get(f"{W}val"))
    copies = []
    for style in added:
        style = copy.deepcopy(style)
        style.set(f"{W}styleId", renamed[style.get(f"{W}styleId")])
        style.attrib.pop(f"{W}default", None)  # the reference's own default styles stay the defaults
        for tag in ("basedOn", "link", "next"):
            for element in style.findall(f"{W}{tag}"):
                target = element.get(f"{W}val")
                if target in renamed:
                    element.set(f"{W}val", renamed[target])
                elif target in ours and _name(ours[target]) in theirs:
                    element.set(f"{W}val", theirs[_name(ours[target])])
                else:
                    style.remove(element)
        # Typeface and colour come from the reference, through the style this one is based on.
        for properties in style.findall(f"{W}rPr"):
            for element in properties.findall(f"{W}rFonts") + properties.findall(f"{W}color"):
                properties.remove(element)
        copies.append(style)
    numbers = (
        _merge_numbering(document, reference_numbering, copies, renamed) if reference_numbering is not None else {}
    )
    for style in copies:
        _renumber(style, numbers)
        reference_styles.append(style)
    for element in body.iter(*_STYLE_REFERENCES):
        if element.get(f"{W}val") in renamed:
            element.set(f"{W}val", renamed[element.get(f"{W}val")])
    _renumber(body, numbers)
    document.part._styles_part._element = parse_xml(_serialized(reference_styles))
    return {style.get(f"{W}styleId") for style in copies}


def _merge_numbering(document, reference_numbering, copies, renamed: dict[str, str]) -> dict[str, str]:
    """Put the reference's numbering in place, with the lists jobkit's copied styles and body use; old -> new numId."""
    numbering_part = document.part.numbering_part
    ours = numbering_part.element
    wanted = {
        element.get(f"{W}val")
        for root in [*copies, document.element.body]
        for element in root.iter(f"{W}numId")
        if element.getparent().tag == f"{W}numPr"
    }
    numbers = {}
    abstract_ids = {int(e.get(f"{W}abstractNumId")) for e in reference_numbering.iterfind(f"{W}abstractNum")}
    number_ids = {int(e.get(f"{W}numId")) for e in reference_numbering.iterfind(f"{W}num")}
    next_abstract, next_number = max(abstract_ids, default=-1) + 1, max(number_ids, default=0) + 1
    for number_id in sorted(filter(None, wanted)):
        number = ours.find(f"{W}num[@{W}numId='{number_id}']") if number_id.isdigit() else None
        if number is None:
            continue
        abstract_ref = number.find(f"{W}abstractNumId")
        abstract_id = abstract_ref.get(f"{W}val") if abstract_ref is not None else None
        abstract = ours.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']") if abstract_id else None
        if abstract is None or not str(abstract_id).isdigit():
            continue
        abstract = copy.deepcopy(abstract)
        abstract.set(f"{W}abstractNumId", str(next_abstract))
        for element in abstract.findall(f"{W}numStyleLink") + abstract.findall(f"{W}styleLink"):
            abstract.remove(element)
        for style in abstract.iter(f"{W}pStyle"):
            if style.get(f"{W}val") in renamed:
                style.set(f"{W}val", renamed[style.get(f"{W}val")])
            else:
                style.getparent().remove(style)
        number = copy.deepcopy(number)
        number.set(f"{W}numId", str(next_number))
        number.find(f"{W}abstractNumId").set(f"{W}val", str(next_abstract))
        # abstractNum elements come before num elements, as the schema orders them.
        last_abstract = reference_numbering.findall(f"{W}abstractNum")
        if last_abstract:
            last_abstract[-1].addnext(abstract)
        else:
            pictures = reference_numbering.findall(f"{W}numPicBullet")
            if pictures:
                pictures[-1].addnext(abstract)
            else:
                reference_numbering.insert(0, abstract)
        cleanup = reference_numbering.find(f"{W}numIdMacAtCleanup")
        if cleanup is not None:
            cleanup.addprevious(number)
        else:
            reference_numbering.append(number)
        numbers[number_id] = str(next_number)
        next_abstract, next_number = next_abstract + 1, next_number + 1
    _set_content(numbering_part, reference_numbering)
    return numbers


def _renumber(root, numbers: dict[str, str]) -> None:
    for element in root.iter(f"{W}numId"):
        if element.get(f"{W}val") in numbers:
            element.set(f"{W}val", numbers[element.get(f"{W}val")])


def _use_section(document, package: WordPackage, section, copier: _PartCopier) -> None:
    """The reference's last section properties replace jobkit's, with its headers and footers copied."""
    from docx.opc.constants import CONTENT_TYPE
    from docx.oxml import parse_xml
    from docx.parts.hdrftr import FooterPart, HeaderPart

    main = package.main_part
    relationships = {relationship.id: relationship for relationship in package.relationships(main)}
    for identifier, relationship in list(document.part.rels.items()):
        if relationship.reltype in (HEADER, FOOTER):  # jobkit's own, if a theme made any: the reference's win
            del document.part.rels[identifier]
    section = copy.deepcopy(section)
    for element in section.findall(f"{W}sectPrChange"):
        section.remove(element)
    copied: dict[str, str] = {}
    kept: dict[str, str] = {}
    for reference in section.findall(f"{W}headerReference") + section.findall(f"{W}footerReference"):
        identifier = reference.get(f"{R}id")
        relationship = relationships.get(identifier or "")
        expected = HEADER if reference.tag == f"{W}headerReference" else FOOTER
        if relationship is None or relationship.external or relationship.type != expected:
            continue
        name = relationship.target
        if name not in copied:
            root = package.xml(name)
            if root is None:
                continue
            refuse_unsafe_fields(root, Location(package.name, field=name))
            part_class, template, content_type = (
                (HeaderPart, "/word/header%d.xml", CONTENT_TYPE.WML_HEADER)
                if expected == HEADER
                else (FooterPart, "/word/footer%d.xml", CONTENT_TYPE.WML_FOOTER)
            )
            output = document.part.package
            part = part_class(output.next_partname(template), content_type, parse_xml(_serialized(root)), output)
            copier.relink(name, part.element, part, allowed=(IMAGE,))
            copied[name] = document.part.relate_to(part, expected)
        kept[identifier] = copied[name]
    relink(section, kept)  # drops references to headers left out, and printer settings
    ours = document.element.body.sectPr
    section = parse_xml(_serialized(section))
    for tag in ("pgSz", "pgMar"):  # a reference without a page size or margins keeps jobkit's
        mine = ours.find(f"{W}{tag}") if ours is not None else None
        if section.find(f"{W}{tag}") is None and mine is not None:
            placeholder = getattr(section, f"get_or_add_{tag}")()
            placeholder.getparent().replace(placeholder, copy.deepcopy(mine))
    if ours is not None:
        ours.getparent().replace(ours, section)
    else:
        document.element.body.append(section)


def _serialized(root) -> bytes:
    from lxml import etree

    return etree.tostring(root, encoding="UTF-8")


def _text_width(section) -> int | None:
    """The text width of a section, in twentieths of a point (Word's unit), or None if it cannot be told."""
    if section is None:
        return None
    size, margins = section.find(f"{W}pgSz"), section.find(f"{W}pgMar")
    try:
        width = int(size.get(f"{W}w"))
        left, right = int(margins.get(f"{W}left") or 0), int(margins.get(f"{W}right") or 0)
        gutter = int(margins.get(f"{W}gutter") or 0)
    except (AttributeError, TypeError, ValueError):
        return None
    return width - left - right - gutter if width > left + right + gutter else None


def _move_right_tabs(body, old_width: int | None, new_width: int | None) -> None:
    """jobkit sets right tab stops at its own text width (dates on the title line): move them to the reference's."""
    if old_width is None or new_width is None or old_width == new_width:
        return
    for tab in body.iter(f"{W}tab"):
        position = tab.get(f"{W}pos")
        if position is None or not position.lstrip("-").isdigit():
            continue
        if (tab.get(f"{W}val") in ("right", "end") and int(position) == old_width) or int(position) > new_width:
            tab.set(f"{W}pos", str(new_width))
