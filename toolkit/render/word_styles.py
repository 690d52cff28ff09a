"""A theme's stylesheet as Word styles, page setup and page numbers, on a python-docx document.

Each ``TextStyle`` becomes a named Word style (Title, Heading 1, List Bullet, Body Text...)
rebuilt from scratch, so nothing of python-docx's default template (its blue Title rule,
its Calibri and Cambria theme fonts) shows through, and a user can restyle the document
from Word's style pane. Word is strict about the order of child elements, so every
element is placed by the schema's sequence.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .fonts import natural_line_height
from .stylesheet import BULLET_HANGING, BULLET_INDENT, TABLE_CELL_PADDING, Rule, Stylesheet, TextStyle
from .word_xml import PPR_ORDER, RPR_ORDER, element, set_child

# Child order of the elements edited here (ECMA-376 Part 1, the CT_* sequences); paragraphs' and runs' in word_xml.
PBDR_ORDER = "w:top w:left w:bottom w:right w:between w:bar".split()
_STYLE_ORDER = (
    "w:name w:aliases w:basedOn w:next w:link w:autoRedefine w:hidden w:uiPriority w:semiHidden w:unhideWhenUsed "
    "w:qFormat w:locked w:personal w:personalCompose w:personalReply w:rsid w:pPr w:rPr w:tblPr w:trPr w:tcPr "
    "w:tblStylePr"
).split()
_SETTINGS_ORDER = (
    "w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime w:doNotDisplayPageBoundaries "
    "w:displayBackgroundShape w:printPostScriptOverText w:printFractionalCharacterWidth w:printFormsData "
    "w:embedTrueTypeFonts w:embedSystemFonts w:saveSubsetFonts w:saveFormsData w:mirrorMargins"
).split()
TBLPR_ORDER = (
    "w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize w:tblStyleColBandSize w:tblW w:jc "
    "w:tblCellSpacing w:tblInd w:tblBorders w:shd w:tblLayout w:tblCellMar w:tblLook"
).split()
_JUSTIFICATION = {"left": "left", "center": "center", "right": "right"}


def twips(points: float) -> int:
    return round(points * 20)


def hex_colour(colour: str) -> str:
    return colour.lstrip("#").upper()


def border(side: str, rule: Rule, space: float | None = None) -> Any:
    # Word draws lines in eighths of a point (2-96) and spaces them in whole points (0-31).
    size = min(96, max(2, round(rule.width * 8)))
    gap = min(31, max(0, round(rule.space if space is None else space)))
    return element(side, val="single", sz=size, space=gap, color=hex_colour(rule.colour))


class StyleIndex:
    """A document's style elements by name, read once.

    python-docx finds a style by name with an XPath query over every style, and checks a new
    name by reading every style's name: a third of a DOCX render's time went there.
    """

    def __init__(self, document: Any):
        self.styles = document.styles.element
        self.by_name: dict[str, Any] = {style.name_val: style for style in self.styles.style_lst}

    def get(self, name: str) -> Any | None:
        from docx.styles import BabelFish

        return self.by_name.get(BabelFish.ui2internal(name))

    def __getitem__(self, name: str) -> Any:
        found = self.get(name)
        if found is None:
            raise KeyError(f"no style named {name!r}")
        return found

    def add(self, name: str, kind: Any) -> Any:
        from docx.styles import BabelFish

        internal = BabelFish.ui2internal(name)
        self.by_name[internal] = self.styles.add_style_of_type(internal, kind, False)
        return self.by_name[internal]


class WordStyles:
    """Writes a stylesheet into a document's styles, numbering, theme, settings and sections."""

    def __init__(self, document: Any, sheet: Stylesheet):
        self.document = document
        self.index = StyleIndex(document)
        self.sheet = sheet
        self.font = sheet.tokens.font
        self.single_line = natural_line_height(self.font)

    def apply(self) -> None:
        self._defaults()
        self._theme_fonts()
        for style in (self.sheet.normal, *self.sheet.paragraphs.values(), *self.sheet.list_items.values()):
            self.paragraph_style(style)
        self.paragraph_style(self.sheet.table_text)
        self.paragraph_style(self.sheet.footer)
        self.paragraph_style(self.sheet.logo)
        for style in self.sheet.characters.values():
            self.character_style(style)
        self._bullets()
        self._table_grid()
        self._settings()

    # Styles

    def _defaults(self) -> None:
        """docDefaults: the fonts of every script slot (no theme font can win), no spacing, kerning on."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        run = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        from .word_scripts import script_fonts

        fonts = element("w:rFonts", **script_fonts(self.font))
        set_child(run, fonts, RPR_ORDER)
        # Kerning from 1 pt up, as the PDF kerns (font-kerning: normal).
        set_child(run, element("w:kern", val=2), RPR_ORDER)
        paragraph = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        set_child(paragraph, element("w:widowControl"), PPR_ORDER)
        set_child(paragraph, element("w:spacing", after=0, line=240, lineRule="auto"), PPR_ORDER)

    def _theme_fonts(self) -> None:
        """Point the document theme's heading and body fonts at the theme font too (Word's font menu lists them)."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from lxml import etree

        try:
            part = self.document.part.part_related_by(RELATIONSHIP_TYPE.THEME)
        except KeyError:
            return
        tree = etree.fromstring(part.blob)
        namespace = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
        for latin in tree.iterfind(".//a:fontScheme/*/a:latin", namespace):
            latin.set("typeface", self.font)
        part._blob = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _style(self, spec: TextStyle, kind: Any) -> Any:
        from docx.styles.style import StyleFactory

        found = self.index.get(spec.word_name)
        style = StyleFactory(found if found is not None else self.index.add(spec.word_name, kind))
        style.hidden = False
        style.unhide_when_used = False
        style.quick_style = True
        if spec.based_on is not None:
            # Set by id: python-docx's base_style setter scans every style on each call.
            style.element.basedOn_val = self.index[spec.based_on].styleId
        return style

    def paragraph_style(self, spec: TextStyle) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        style = self._style(spec, WD_STYLE_TYPE.PARAGRAPH)
        old = style.element.find(qn("w:pPr"))
        numbering = old.find(qn("w:numPr")) if old is not None else None
        # The default template links some styles to character styles still in its fonts and colours.
        for name in ("w:pPr", "w:rPr", "w:link"):
            for found in style.element.findall(qn(name)):
                style.element.remove(found)
        properties = set_child(style.element, OxmlElement("w:pPr"), _STYLE_ORDER)
        if numbering is not None:
            set_child(properties, numbering, PPR_ORDER)
        self.paragraph_properties(properties, spec)
        set_child(style.element, self.run_properties(spec), _STYLE_ORDER)

    def character_style(self, spec: TextStyle) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        style = self._style(spec, WD_STYLE_TYPE.CHARACTER)
        style.base_style = None
        for found in style.element.findall(qn("w:rPr")):
            style.element.remove(found)
        set_child(style.element, self.run_properties(spec), _STYLE_ORDER)

    def paragraph_properties(self, properties: Any, spec: TextStyle) -> None:
        """Spacing, alignment, rules, keeps and outline level of ``spec`` into a ``w:pPr``."""
        if spec.keep_with_next:
            set_child(properties, element("w:keepNext"), PPR_ORDER)
        if spec.keep_together:
            set_child(properties, element("w:keepLines"), PPR_ORDER)
        rules = []
        if spec.box is not None:
            rules += [border("w:top", spec.box), border("w:bottom", spec.box)]
            rules += [border(side, spec.box, spec.box_side_space) for side in ("w:left", "w:right")]
        if spec.left_rule is not None:
            rules.append(border("w:left", spec.left_rule))
        if spec.bottom_rule is not None:
            rules.append(border("w:bottom", spec.bottom_rule))
            # Lines of one style in a row are one group to Word: "between" rules each of them.
            rules.append(border("w:between", spec.bottom_rule))
        if rules:
            box = set_child(properties, OxmlElement("w:pBdr"), PPR_ORDER)
            for rule in rules:
                set_child(box, rule, PBDR_ORDER)
        spacing: dict[str, int | str] = {"before": twips(spec.space_before), "after": twips(spec.space_after)}
        if spec.exact_height is not None:
            spacing.update({"line": twips(spec.exact_height), "lineRule": "exact"})
        elif spec.line_height is not None:
            spacing.update({"line": round(240 * spec.line_height / self.single_line), "lineRule": "auto"})
        set_child(properties, element("w:spacing", **spacing), PPR_ORDER)
        indent = spec.indent
        if spec.box is not None:
            indent += spec.box_side_space + spec.box.width
        left = indent
        if spec.left_rule is not None:
            left += spec.left_rule.width + spec.left_rule.space
        if left or indent:
            set_child(properties, element("w:ind", left=twips(left), right=twips(indent)), PPR_ORDER)
        if spec.align in _JUSTIFICATION:
            set_child(properties, element("w:jc", val=_JUSTIFICATION[spec.align]), PPR_ORDER)
        if spec.outline_level is not None:
            set_child(properties, element("w:outlineLvl", val=spec.outline_level), PPR_ORDER)

    def run_properties(self, spec: TextStyle) -> Any:
        properties = OxmlElement("w:rPr")
        for tag, value in (("w:b", spec.bold), ("w:bCs", spec.bold), ("w:i", spec.italic), ("w:iCs", spec.italic)):
            if value is not None:
                set_child(properties, element(tag, val=1 if value else 0), RPR_ORDER)
        if spec.uppercase:
            set_child(properties, element("w:caps"), RPR_ORDER)
        if spec.colour is not None:
            set_child(properties, element("w:color", val=hex_colour(spec.colour)), RPR_ORDER)
        if spec.letter_spacing and spec.size is not None:
            set_child(properties, element("w:spacing", val=twips(spec.letter_spacing * spec.size)), RPR_ORDER)
        if spec.size is not None:
            half_points = round(spec.size * 2)
            set_child(properties, element("w:sz", val=half_points), RPR_ORDER)
            set_child(properties, element("w:szCs", val=half_points), RPR_ORDER)
        return properties

    # Lists and tables

    def _bullets(self) -> None:
        """List Bullet's numbering: a bullet in the theme's colour, text where the PDF's starts."""
        bullet_style = self.index["List Bullet"]
        number_id = bullet_style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
        numbering = self.document.part.numbering_part.element
        number = next(item for item in numbering.findall(qn("w:num")) if item.get(qn("w:numId")) == number_id)
        abstract_id = number.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(
            item for item in numbering.findall(qn("w:abstractNum")) if item.get(qn("w:abstractNumId")) == abstract_id
        )
        level = next(item for item in abstract.findall(qn("w:lvl")) if item.get(qn("w:ilvl")) == "0")
        level.find(qn("w:lvlText")).set(qn("w:val"), "•")
        for name in ("w:pPr", "w:rPr"):
            for found in level.findall(qn(name)):
                level.remove(found)
        paragraph = OxmlElement("w:pPr")
        tabs = OxmlElement("w:tabs")
        tabs.append(element("w:tab", val="num", pos=twips(BULLET_INDENT)))
        paragraph.append(tabs)
        paragraph.append(element("w:ind", left=twips(BULLET_INDENT), hanging=twips(BULLET_HANGING)))
        level.append(paragraph)
        run = OxmlElement("w:rPr")
        run.append(element("w:rFonts", ascii=self.font, hAnsi=self.font, hint="default"))
        run.append(element("w:color", val=hex_colour(self.sheet.tokens.accents.bullets)))
        level.append(run)

    def _table_grid(self) -> None:
        """The "Table Grid" style: thin lines in the theme's colour, the PDF's cell padding, edges on the margins."""
        style = self.index["Table Grid"]
        properties = style.find(qn("w:tblPr"))
        lines = Rule(0.6, self.sheet.tokens.accents.table_lines)
        box = set_child(properties, OxmlElement("w:tblBorders"), TBLPR_ORDER)
        for side in ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"):
            box.append(border(side, lines, 0))
        vertical, horizontal = TABLE_CELL_PADDING
        margins = set_child(properties, OxmlElement("w:tblCellMar"), TBLPR_ORDER)
        for side, size in (
            ("w:top", vertical),
            ("w:left", horizontal),
            ("w:bottom", vertical),
            ("w:right", horizontal),
        ):
            margins.append(element(side, w=twips(size), type="dxa"))
        set_child(properties, element("w:tblInd", w=0, type="dxa"), TBLPR_ORDER)
        for found in style.findall(qn("w:pPr")):
            style.remove(found)

    def _settings(self) -> None:
        """Keep fonts embedded when Word saves; lay out as current Word does (tables on the margins)."""
        settings = self.document.settings.element
        set_child(settings, element("w:embedTrueTypeFonts"), _SETTINGS_ORDER)
        for setting in settings.iter(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")


# Page setup and page numbers


def set_page(document: Any, paper: str, sheet: Stylesheet) -> None:
    """Paper size and the theme's margins; the footer sits inside the bottom margin, as the PDF's does."""
    from docx.shared import Inches, Mm

    from .formats import PAPER_SIZES

    section = document.sections[0]
    if paper.lower() == PAPER_SIZES["a4"].lower():
        section.page_width, section.page_height = Mm(210), Mm(297)
    else:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    page = sheet.tokens.page
    section.left_margin = section.right_margin = Inches(page.sides)
    section.top_margin = Inches(page.top)
    section.bottom_margin = Inches(page.bottom)
    section.header_distance = Inches(0.3)
    section.footer_distance = Inches(0.2)


def add_page_numbers(document: Any) -> None:
    """Page numbers, "2 / 3", at the foot of every page but the first, as in the PDF: a one-page document shows none.

    The numbers sit in Word's own page-number building block (a content control), so tools
    that flag text hidden in footers, such as ``jobkit check``, see no text there.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_footer.is_linked_to_previous = False
    footer = section.footer
    footer.is_linked_to_previous = False
    container = footer._element
    for paragraph in container.findall(qn("w:p")):
        container.remove(paragraph)
    block = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    part = OxmlElement("w:docPartObj")
    part.append(element("w:docPartGallery", val="Page Numbers (Bottom of Page)"))
    part.append(OxmlElement("w:docPartUnique"))
    properties.append(part)
    block.append(properties)
    content = OxmlElement("w:sdtContent")
    paragraph = OxmlElement("w:p")
    paragraph_properties = OxmlElement("w:pPr")
    paragraph_properties.append(element("w:pStyle", val=document.styles["Footer"].style_id))
    paragraph.append(paragraph_properties)
    for piece in ("PAGE", " / ", "NUMPAGES"):
        if piece.strip() == piece:
            field = element("w:fldSimple", instr=f" {piece} ")
            field.append(_text_run("1"))
            paragraph.append(field)
        else:
            paragraph.append(_text_run(piece))
    content.append(paragraph)
    block.append(content)
    container.append(block)


def _text_run(text: str) -> Any:
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    return run
