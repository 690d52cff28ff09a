"""One theme, two outputs: the generic classes the templates use, styled from a theme's tokens.

Templates mark up every document kind with the same small set of classes (``name``,
``section-title``, ``entry-heading``, ``keep-together``, ``writing-line``...). This module
says how each class looks for a theme, once, as plain numbers (``TextStyle``, ``Block``);
``css()`` writes those numbers as CSS for WeasyPrint and the HTML output, and the DOCX
writer turns the same numbers into named Word styles. Nothing here knows what a resume
or an interview sheet is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..models.theme import ThemeTokens

HEADER_GAP = 8.0  # below the header block, points
HEADER_RULE_GAP = 8.0  # between the header's last line and the rule under it
BAND_PADDING = (12.0, 14.0, 10.0)  # top, sides, bottom of the name band
SECTION_TITLE_GAP = 5.0  # below a section title
BULLET_INDENT = 13.0  # where a bullet's text starts
BULLET_HANGING = 9.0  # how far the bullet sits left of its text
TABLE_CELL_PADDING = (4.0, 6.0)  # vertical, horizontal
WRITING_LINE_HEIGHT = 17.0
FORM_ROW_HEIGHT = 18.0  # an empty cell to write in (a name, a date), inside the padding
FOOTER_SIZE = 7.5
_TAGS = {"table"}


@dataclass(frozen=True)
class Rule:
    """A line drawn beside text: width and colour, and the space between it and the text (points)."""

    width: float
    colour: str
    space: float = 0.0


@dataclass(frozen=True)
class TextStyle:
    """How the text of one class looks, in numbers both CSS and Word can hold.

    Sizes and spaces are in points, ``line_height`` a multiple of the size (as in CSS),
    ``letter_spacing`` a fraction of the size (CSS ``em``).
    """

    word_name: str
    character: bool = False  # a Word character style (a span), not a paragraph style
    based_on: str | None = "Normal"
    size: float | None = None
    line_height: float | None = None
    colour: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    uppercase: bool = False
    letter_spacing: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    align: str | None = None  # left, center, right
    indent: float = 0.0  # left and right
    keep_with_next: bool = False  # never the last line of a page (a heading)
    keep_together: bool = False  # never split across pages
    outline_level: int | None = None  # 0 for a top heading: Word's navigation pane lists it
    bottom_rule: Rule | None = None
    left_rule: Rule | None = None
    box: Rule | None = None  # a line all round, ``box.space`` above and below the text
    box_side_space: float = 0.0  # the space left and right of the text inside the box
    exact_height: float | None = None  # a line of fixed height (a line to write on)
    widows: int = 2


@dataclass(frozen=True)
class Block:
    """A container class (an entry, a list, a table): space around it, and where it may split.

    ``keep_with_previous`` keeps it on the page of what comes before it (a list after its lead-in
    line). ``keep_first`` and ``keep_last`` are how many of its first and last children stay on one
    page (with whatever the container's first child is kept with, such as its heading): a long
    list may break between its items, but never leaves one item alone.
    """

    space_before: float = 0.0
    space_after: float = 0.0
    keep_together: bool = False
    keep_first: int = 0
    keep_last: int = 0
    keep_with_previous: bool = False  # never the first thing on a page when something comes before it


@dataclass(frozen=True)
class Band:
    """A coloured band behind the header's name and headline."""

    colour: str
    top: float
    sides: float
    bottom: float


def font_stack(font: str) -> str:
    """The PDF's font-family: the theme's font, the fonts that draw what it lacks in its likeness, then whatever
    the system has (fontconfig picks an installed font for each character none of these draws)."""
    from ..resources import data_file

    families = [font, *(name for name in data_file("script_fonts.yaml")["pdf_fallbacks"] if name != font)]
    return ", ".join(f'"{name}"' for name in families) + ", sans-serif"


@dataclass
class Stylesheet:
    """Every generic class's look for one theme (see the module docstring)."""

    tokens: ThemeTokens
    normal: TextStyle
    paragraphs: dict[str, TextStyle] = field(default_factory=dict)  # class -> style
    characters: dict[str, TextStyle] = field(default_factory=dict)
    blocks: dict[str, Block] = field(default_factory=dict)
    list_items: dict[str, TextStyle] = field(default_factory=dict)  # list class -> style of its items
    table_text: TextStyle = TextStyle("Table Text")
    footer: TextStyle = TextStyle("Footer")
    logo: TextStyle = TextStyle("Logo")  # the paragraph holding a logo image
    band: Band | None = None
    header_rule: Rule | None = None

    def css(self) -> str:
        """The theme's CSS: page, type and the rules and band; layout lives in templates/base.css."""
        tokens = self.tokens
        page = tokens.page
        lines = [
            f"@page {{ margin: {page.top}in {page.sides}in {page.bottom}in; }}",
            ":root { "
            + " ".join(
                f"--{name}: {value};"
                for name, value in (
                    ("text", tokens.text.colour),
                    ("muted", tokens.text.muted),
                    ("bullets", tokens.accents.bullets),
                    ("table-lines", tokens.accents.table_lines),
                    ("band", self.band.colour if self.band else "transparent"),
                )
            )
            + " }",
            f"html {{ font-family: {font_stack(tokens.font)}; {_css_text(self.normal)} }}",
        ]
        for name, style in self.paragraphs.items():
            lines.append(f".{name} {{ {_css_text(style)} }}")
        for name, style in self.list_items.items():
            lines.append(f".{name} > li {{ {_css_text(style)} }}")
        for name, style in self.characters.items():
            lines.append(f".{name} {{ {_css_text(style)} }}")
        for name, block in self.blocks.items():
            rules = [f"margin-top: {block.space_before:g}pt;", f"margin-bottom: {block.space_after:g}pt;"]
            if block.keep_together:
                rules.append("break-inside: avoid;")
            if block.keep_with_previous:
                rules.append("break-before: avoid;")
            # A tag name (table) styles every such element; anything else is a class.
            selector = name if name in _TAGS else f".{name}"
            lines.append(f"{selector} {{ {' '.join(rules)} }}")
            if block.keep_first > 1:
                lines.append(f"{selector} > :nth-child(-n+{block.keep_first - 1}) {{ break-after: avoid; }}")
            if block.keep_last > 1:
                lines.append(f"{selector} > :nth-last-child(-n+{block.keep_last - 1}) {{ break-before: avoid; }}")
        vertical, horizontal = TABLE_CELL_PADDING
        lines.append(f"th, td {{ {_css_text(self.table_text)} padding: {vertical:g}pt {horizontal:g}pt; }}")
        lines.append(f".form td {{ height: {FORM_ROW_HEIGHT:g}pt; }}")
        lines.append(f".highlights {{ padding-left: {BULLET_INDENT:g}pt; }}")
        lines.append(f"@page {{ @bottom-right {{ {_css_text(self.footer)} }} }}")
        sides = "auto" if self.logo.align == "center" else "0"
        lines.append(f".logo {{ margin: 0 {sides} {self.logo.space_after:g}pt; }}")
        if self.header_rule:
            rule = self.header_rule
            lines.append(
                f".document-header {{ border-bottom: {rule.width:g}pt solid {rule.colour}; "
                f"padding-bottom: {rule.space:g}pt; }}"
            )
        if self.band:
            band = self.band
            lines.append(
                f".band {{ background: {band.colour}; padding: {band.top:g}pt {band.sides:g}pt {band.bottom:g}pt; "
                "border-radius: 3pt; }"
            )
        return "\n".join(lines) + "\n"


def _css_text(style: TextStyle) -> str:
    rules = []
    if style.size is not None:
        rules.append(f"font-size: {style.size:g}pt;")
    if style.line_height is not None:
        rules.append(f"line-height: {style.line_height:g};")
    if style.colour is not None:
        rules.append(f"color: {style.colour};")
    if style.bold is not None:
        rules.append(f"font-weight: {700 if style.bold else 400};")
    if style.italic is not None:
        rules.append(f"font-style: {'italic' if style.italic else 'normal'};")
    if style.uppercase:
        rules.append("text-transform: uppercase;")
    if style.letter_spacing:
        rules.append(f"letter-spacing: {style.letter_spacing:g}em;")
    if style.character:
        return " ".join(rules)
    rules.append(f"margin-top: {style.space_before:g}pt; margin-bottom: {style.space_after:g}pt;")
    if style.align:
        rules.append(f"text-align: {style.align};")
    if style.indent:
        rules.append(f"padding-left: {style.indent:g}pt; padding-right: {style.indent:g}pt;")
    if style.keep_with_next:
        rules.append("break-after: avoid;")
    if style.keep_together:
        rules.append("break-inside: avoid;")
    if style.widows != 2:
        rules.append(f"widows: {style.widows}; orphans: {style.widows};")
    if style.bottom_rule:
        rule = style.bottom_rule
        rules.append(f"border-bottom: {rule.width:g}pt solid {rule.colour}; padding-bottom: {rule.space:g}pt;")
    if style.left_rule:
        rule = style.left_rule
        rules.append(f"border-left: {rule.width:g}pt solid {rule.colour}; padding-left: {rule.space:g}pt;")
    if style.box:
        rule = style.box
        rules.append(
            f"border: {rule.width:g}pt solid {rule.colour}; padding: {rule.space:g}pt {style.box_side_space:g}pt;"
        )
    if style.exact_height is not None:
        rules.append(f"height: {style.exact_height:g}pt;")
    return " ".join(rules)


def build_stylesheet(tokens: ThemeTokens) -> Stylesheet:
    """The look of every generic class for ``tokens``."""
    text, letter = tokens.text, tokens.letter
    header = tokens.header
    align = header.align
    band = None
    if header.band:
        band = Band(header.band, *BAND_PADDING)
    header_rule = Rule(header.rule.width, header.rule.colour, HEADER_RULE_GAP) if header.rule else None
    section = tokens.section_title
    section_rule = section.rule
    bottom_rule = left_rule = None
    if section_rule is not None and section_rule.position == "below":
        bottom_rule = Rule(section_rule.width, section_rule.colour, 1.5)
    elif section_rule is not None:
        left_rule = Rule(section_rule.width, section_rule.colour, 6.0)

    def letter_style(word_name: str, **look: Any) -> TextStyle:
        return TextStyle(word_name, size=letter.size, line_height=letter.line_height, **look)

    contact_indent = band.sides if band else 0.0
    paragraphs = {
        # The header: a person's name (or a document's title), a line above or below it, contacts.
        "name": TextStyle(
            "Title",
            size=tokens.name.size,
            line_height=1.1,
            colour=tokens.name.colour,
            bold=True,
            letter_spacing=0.01,
            align=align,
            keep_with_next=True,
        ),
        "overline": TextStyle(
            "Overline",
            size=tokens.headline.size,
            colour=tokens.headline.colour,
            bold=True,
            letter_spacing=0.04,
            space_after=3,
            align=align,
            keep_with_next=True,
        ),
        "headline": TextStyle(
            "Subtitle",
            size=tokens.headline.size,
            colour=tokens.headline.colour,
            space_before=7,
            align=align,
            keep_with_next=True,
        ),
        "contact": TextStyle(
            "Contact",
            size=tokens.contact.size,
            colour=tokens.contact.colour,
            space_before=5,
            align=align,
            indent=contact_indent,
        ),
        # Sections and their entries.
        "section-title": TextStyle(
            "Heading 1",
            size=section.size,
            colour=section.colour,
            bold=True,
            uppercase=section.uppercase,
            letter_spacing=section.letter_spacing,
            space_before=tokens.spacing.section,
            space_after=SECTION_TITLE_GAP,
            keep_with_next=True,
            outline_level=0,
            bottom_rule=bottom_rule,
            left_rule=left_rule,
        ),
        "entry-heading": TextStyle(
            "Heading 2",
            size=tokens.entry_title.size,
            colour=tokens.entry_title.colour,
            bold=True,
            keep_with_next=True,
            outline_level=1,
        ),
        "entry-subtitle": TextStyle("Entry Subtitle", colour=text.muted, italic=True, keep_with_next=True),
        "entry-summary": TextStyle("Entry Summary", space_before=2),
        # A paragraph that opens a section stays with what it introduces.
        "intro": TextStyle("Intro", space_after=tokens.spacing.entry, keep_with_next=True),
        "quote": TextStyle("Quote", colour=text.muted, italic=True, space_before=4),
        "attribution": TextStyle("Attribution", align="right", space_after=6),
        # Letters: Word's own letter styles.
        "date": letter_style("Date", space_before=18, space_after=14),
        "address": letter_style("Inside Address", space_after=14),
        "subject": letter_style("Subject Line", bold=True, space_after=12, keep_with_next=True),
        "salutation": letter_style("Salutation", space_after=10, keep_with_next=True),
        "body-text": letter_style("Body Text", space_after=10),
        "closing": letter_style("Closing", space_before=16, keep_with_next=True),
        "signature": letter_style("Signature", bold=True, space_before=30),
        # Sheets that are printed and written on.
        "callout": TextStyle(
            "Callout",
            space_before=4,
            space_after=6,
            box=Rule(0.6, tokens.accents.table_lines, 6.0),
            box_side_space=8.0,
        ),
        "lead": TextStyle("Lead", size=tokens.entry_title.size, space_after=2, keep_with_next=True),
        "label": TextStyle("Label", size=text.small, bold=True, space_before=4, keep_with_next=True),
        "note": TextStyle("Note", size=text.small - 1, colour=text.muted),
        "fine-print": TextStyle("Fine Print", size=text.small, colour=text.muted, space_before=12),
        "writing-line": TextStyle(
            "Writing Line",
            exact_height=WRITING_LINE_HEIGHT,
            bottom_rule=Rule(0.5, tokens.accents.table_lines, 0.0),
        ),
    }
    list_items = {
        "highlights": TextStyle("List Bullet", space_after=1, keep_together=True),
        "plain-list": TextStyle("List", space_after=2, keep_together=True),
    }
    characters = {
        "entry-dates": TextStyle(
            "Entry Dates", character=True, size=tokens.entry_title.size - 1, colour=tokens.accents.dates, bold=False
        ),
        "muted": TextStyle("Muted", character=True, colour=text.muted),
    }
    blocks = {
        "document-header": Block(space_after=HEADER_GAP),
        # An entry may break between its bullets; its heading stays with the first two (see the lists).
        "entry": Block(space_before=tokens.spacing.entry),
        "keep-together": Block(space_after=tokens.spacing.block, keep_together=True),
        # A list stays with the line that leads into it (an entry's summary, a label).
        "highlights": Block(space_before=3, keep_first=2, keep_last=2, keep_with_previous=True),
        "plain-list": Block(keep_first=2, keep_last=2),
        "writing-space": Block(space_before=2),
        "table": Block(space_before=4, space_after=8, keep_together=True),
    }
    return Stylesheet(
        tokens=tokens,
        normal=TextStyle("Normal", based_on=None, size=text.size, line_height=text.line_height, colour=text.colour),
        paragraphs=paragraphs,
        characters=characters,
        blocks=blocks,
        list_items=list_items,
        table_text=TextStyle("Table Text", size=text.small),
        footer=TextStyle("Footer", size=FOOTER_SIZE, colour=text.muted, align="right"),
        logo=TextStyle("Logo", align=align, space_after=6, keep_with_next=True),
        band=band,
        header_rule=header_rule,
    )
