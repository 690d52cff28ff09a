"""OOXML elements placed where Word's schema wants them: Word refuses a document whose children are out of
order, so every element the DOCX writer adds goes in by the schema's sequence (ECMA-376 Part 1, the CT_* types).
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# Child order of paragraph and run properties.
PPR_ORDER = (
    "w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr w:suppressLineNumbers "
    "w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap w:overflowPunct w:topLinePunct w:autoSpaceDE "
    "w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents "
    "w:suppressOverlap w:jc w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle "
    "w:rPr w:sectPr w:pPrChange"
).split()
RPR_ORDER = (
    "w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike w:outline w:shadow w:emboss "
    "w:imprint w:noProof w:snapToGrid w:vanish w:webHidden w:color w:spacing w:w w:kern w:position w:sz w:szCs "
    "w:highlight w:u w:effect w:bdr w:shd w:fitText w:vertAlign w:rtl w:cs w:em w:lang w:eastAsianLayout "
    "w:specVanish w:oMath"
).split()


def set_child(parent: Any, child: Any, order: tuple[str, ...] | list[str]) -> Any:
    """Put ``child`` in ``parent`` in its schema place, replacing a child of the same name."""
    tag = child.tag
    for existing in parent.findall(tag):
        parent.remove(existing)
    names = [qn(name) for name in order]
    position = names.index(tag) if tag in names else len(names)
    for sibling in parent:
        if sibling.tag in names and names.index(sibling.tag) > position:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def element(tag: str, **attributes: str | int) -> Any:
    """``element("w:sz", val=19)``: an OOXML element with w: attributes."""
    made = OxmlElement(tag)
    for key, value in attributes.items():
        made.set(qn(f"w:{key}"), str(value))
    return made
