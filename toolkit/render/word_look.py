"""Put a reference document's look, read from its text (``inputs.word_look``), into the output's styles.

The look goes into named styles, never onto the text, so the document stays restylable in Word:
Normal (and the document defaults) take the body's typeface and size; Title the name's; Contact
the contact line's; Heading 1 the headings'; Heading 2 the entry titles'. The styles jobkit adds
keep their sizes in proportion to the body's (a 9 pt note beside 10 pt text stays a point smaller
beside the reference's 12 pt), and the dates on a title line take that line's size.
"""

from __future__ import annotations

from ..inputs.word_look import DirectLook, TextLook
from .word_safety import W

# jobkit's style for each role the reader finds (the Word names word_styles gives them).
ROLE_STYLES = {"name": "title", "contact": "contact", "heading": "heading 1", "entry_title": "heading 2"}
SAME_ALIGNMENT_AS_NAME = ("subtitle", "overline")  # lines that sit with the name
DATES = "entry dates"  # a character style: on a title line, the dates take the line's size


def jobkit_looks(document) -> dict[str, TextLook]:
    """The size and weight of jobkit's Normal and role styles in ``document``, before a reference replaces them."""
    wanted = {"normal", *ROLE_STYLES.values()}
    looks = {}
    for style in document.styles:
        name = (style.name or "").lower()
        if name in wanted and hasattr(style, "font"):
            looks[name] = TextLook(size=style.font.size.pt if style.font.size else None, bold=bool(style.font.bold))
    return looks


def apply_direct_look(styles, look: DirectLook, added: set[str], jobkit: dict[str, TextLook]) -> None:
    """Edit ``styles`` (the output's styles root, the reference's merged with jobkit's ``added`` ids);
    ``jobkit`` holds jobkit's own sizes (``jobkit_looks``)."""
    by_name = {}
    for style in styles.iterfind(f"{W}style"):
        name = style.find(f"{W}name")
        if name is not None:
            by_name[(name.get(f"{W}val") or "").lower()] = style
    jobkit_body_size = jobkit["normal"].size if "normal" in jobkit else None
    scale = look.body.size / jobkit_body_size if look.body.size and jobkit_body_size else 1.0
    if scale != 1.0:
        for style in styles.iterfind(f"{W}style"):
            if style.get(f"{W}styleId") in added:
                _scale_size(style, scale)
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    if defaults is not None:
        _set_text(defaults, TextLook(look.body.font, look.body.size))
    normal = next(
        (
            style
            for style in styles.iterfind(f"{W}style")
            if style.get(f"{W}type") == "paragraph" and (style.get(f"{W}default") or "") in ("1", "true")
        ),
        by_name.get("normal"),
    )
    if normal is not None:
        _set_text(_properties(normal, "rPr"), look.body, colour=True)
    for style_name, styled_look in look.styled:  # a style the file's text is in: the look that text shows
        if style_name in by_name and style_name not in ROLE_STYLES.values():  # roles are read by place, below
            _set_text(_properties(by_name[style_name], "rPr"), styled_look, colour=True, switches=True)
    for role, style_name in ROLE_STYLES.items():
        role_look = getattr(look, role)
        style = by_name.get(style_name)
        if style is None:
            continue
        if role_look is None:  # not shown in the file: jobkit's size and weight, in the body's typeface and colour
            own = jobkit.get(style_name, TextLook())
            size = own.size * scale if own.size else None
            role_look = TextLook(look.body.font, size and round(size * 2) / 2, own.bold, colour=look.body.colour)
        _set_text(_properties(style, "rPr"), role_look, colour=True, switches=True)
        if role_look.align and role != "entry_title":  # a title line is text, a tab, and dates at the right
            _set_alignment(style, role_look.align)
    if look.name is not None and look.name.align:
        for name in SAME_ALIGNMENT_AS_NAME:
            if name in by_name:
                _set_alignment(by_name[name], look.name.align)
    dates = by_name.get(DATES)
    if dates is not None:
        for properties in dates.findall(f"{W}rPr"):
            for tag in ("sz", "szCs"):
                for element in properties.findall(f"{W}{tag}"):
                    properties.remove(element)


def _properties(style, tag: str):
    """The style's pPr or rPr, made in the place the schema gives it (pPr before rPr, both after the rest)."""
    found = style.find(f"{W}{tag}")
    if found is not None:
        return found
    from lxml import etree

    element = etree.Element(f"{W}{tag}")
    if tag == "pPr" and style.find(f"{W}rPr") is not None:
        style.find(f"{W}rPr").addprevious(element)
    else:
        before = style.find(f"{W}tblPr")
        if before is not None:
            before.addprevious(element)
        else:
            style.append(element)
    return element


# CT_RPr's order, for the elements set here: a new one goes before the first that must follow it.
_RUN_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline"]
_RUN_ORDER += ["shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing"]
_RUN_ORDER += ["w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText"]
_RUN_ORDER += ["vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def _put(properties, tag: str, attributes: dict[str, str]):
    """Replace ``properties``' ``tag`` element (keeping the schema's order) with one holding ``attributes``."""
    from lxml import etree

    for old in properties.findall(f"{W}{tag}"):
        properties.remove(old)
    element = etree.Element(f"{W}{tag}", {f"{W}{key}": value for key, value in attributes.items()})
    later = set(_RUN_ORDER[_RUN_ORDER.index(tag) + 1 :])
    follower = next(
        (child for child in properties if isinstance(child.tag, str) and child.tag.removeprefix(W) in later), None
    )
    if follower is not None:
        follower.addprevious(element)
    else:
        properties.append(element)
    return element


def _set_text(properties, look: TextLook, *, colour: bool = False, switches: bool = False) -> None:
    if look.font:
        old = properties.find(f"{W}rFonts")
        kept = {}
        if old is not None:  # the east-Asian slot stays as it was (word_scripts sets it for CJK text)
            kept = {key.removeprefix(W): value for key, value in old.attrib.items() if "eastAsia" in key}
        _put(properties, "rFonts", {"ascii": look.font, "hAnsi": look.font, "cs": look.font, **kept})
    if look.size:
        half_points = str(round(look.size * 2))
        _put(properties, "sz", {"val": half_points})
        _put(properties, "szCs", {"val": half_points})
    if switches:
        for tag, on in (("b", look.bold), ("caps", look.caps)):
            if on is not None:
                _put(properties, tag, {"val": "1" if on else "0"})
    if colour:
        _put(properties, "color", {"val": look.colour or "auto"})


def _set_alignment(style, align: str) -> None:
    from lxml import etree

    properties = _properties(style, "pPr")
    for old in properties.findall(f"{W}jc"):
        properties.remove(old)
    element = etree.Element(f"{W}jc", {f"{W}val": align})
    # CT_PPr: jc comes after spacing, indentation and the rest, before textDirection and outline level.
    follower = next(
        (
            child
            for child in properties
            if isinstance(child.tag, str)
            and child.tag.removeprefix(W) in {"textDirection", "textAlignment", "textboxTightWrap", "outlineLvl"}
            or child.tag in (f"{W}divId", f"{W}cnfStyle", f"{W}rPr", f"{W}sectPr", f"{W}pPrChange")
        ),
        None,
    )
    if follower is not None:
        follower.addprevious(element)
    else:
        properties.append(element)


def _scale_size(style, scale: float) -> None:
    for properties in style.findall(f"{W}rPr"):
        for tag in ("sz", "szCs"):
            for element in properties.findall(f"{W}{tag}"):
                value = element.get(f"{W}val")
                if value and value.isdigit():
                    element.set(f"{W}val", str(max(2, round(int(value) * scale))))
