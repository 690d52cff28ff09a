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
from .word_xml import PPR_ORDER, RPR_ORDER, element, set_child

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
    made = element(f"w:{tag}")
    if tag == "pPr" and style.find(f"{W}rPr") is not None:
        style.find(f"{W}rPr").addprevious(made)
    else:
        before = style.find(f"{W}tblPr")
        if before is not None:
            before.addprevious(made)
        else:
            style.append(made)
    return made


def _put(properties, tag: str, attributes: dict[str, str]) -> None:
    """Replace ``properties``' ``tag`` element (in the schema's place) with one holding ``attributes``."""
    set_child(properties, element(f"w:{tag}", **attributes), RPR_ORDER)


def _set_text(properties, look: TextLook, *, colour: bool = False, switches: bool = False) -> None:
    if look.font:
        old = properties.find(f"{W}rFonts")
        kept = {}
        if old is not None:  # the east-Asian and complex-script slots stay (word_scripts sets them for CJK, Arabic)
            kept = {
                key.removeprefix(W): value
                for key, value in old.attrib.items()
                if key.removeprefix(W) in ("eastAsia", "eastAsiaTheme", "cs", "cstheme")
            }
        _put(properties, "rFonts", {"ascii": look.font, "hAnsi": look.font, **kept})
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
    set_child(_properties(style, "pPr"), element("w:jc", val=align), PPR_ORDER)


def _scale_size(style, scale: float) -> None:
    for properties in style.findall(f"{W}rPr"):
        for tag in ("sz", "szCs"):
            for size in properties.findall(f"{W}{tag}"):
                value = size.get(f"{W}val")
                if value and value.isdigit():
                    size.set(f"{W}val", str(max(2, round(int(value) * scale))))
