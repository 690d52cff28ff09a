"""Theme tokens: the few design decisions (font, sizes, colours, spacing, rules) a theme makes.

One tokens file (``theme.yaml`` in a theme folder) is the single source of a theme's
look: jobkit generates the CSS for PDF and HTML and the Word styles for DOCX from it,
so the two outputs cannot drift apart. Every field has a default (the classic theme's
value), so a theme file names only what it changes.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    WrapSerializer,
)

# Fonts jobkit ships and so can embed in every PDF and DOCX: a document must look the same on
# every machine, which a font the reader may lack cannot promise.
SHIPPED_FONTS = ("Lato",)


def _colour(value: object) -> str:
    """``#1d1d1f`` or ``#333`` -> ``#1D1D1F``: one spelling, safe to write into CSS and Word XML."""
    if value is None:
        raise ValueError('expected a colour such as "#1d1d1f" in quotes (unquoted, YAML reads # as a comment)')
    text = str(value).strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        text = "#" + "".join(character * 2 for character in text[1:])
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        raise ValueError(f'expected a colour as #rrggbb, such as "#1d1d1f" (got {text[:40]!r})')
    return text.upper()


def _optional_colour(value: object) -> str | None:
    """A colour, or the word ``none``. An empty value is an error: it is most often an unquoted colour."""
    if value is None:
        raise ValueError('expected a colour such as "#1d1d1f" in quotes, or none (unquoted, YAML reads # as a comment)')
    if str(value).strip().lower() == "none":
        return None
    return _colour(value)


def _none_as_word(value: object, handler: SerializerFunctionWrapHandler) -> object:
    """Write no value as ``none``, the spelling a tokens file uses, so dumped tokens validate again."""
    return "none" if value is None else handler(value)


def _none_word(value: object) -> object:
    """``none`` (the word) means no value, as ``null`` does: ``rule: none`` draws no line."""
    return None if isinstance(value, str) and value.strip().lower() == "none" else value


def _font(value: object) -> str:
    text = str(value).strip()
    for font in SHIPPED_FONTS:
        if text.lower() == font.lower():
            return font
    raise ValueError(
        f"font {text[:40]!r} is not one jobkit ships; choose from: {', '.join(SHIPPED_FONTS)} "
        "(only a shipped font can be embedded, so the document looks the same on every machine)"
    )


Colour = Annotated[str, BeforeValidator(_colour)]
NoneAsWord = WrapSerializer(_none_as_word)
OptionalColour = Annotated[str | None, BeforeValidator(_optional_colour), NoneAsWord]
FontName = Annotated[str, BeforeValidator(_font)]
NoneWord = BeforeValidator(_none_word)


def _half_points(value: float) -> float:
    if round(value * 2) != value * 2:
        raise ValueError(f"Word sets type in half points: use {round(value * 2) / 2:g} or another multiple of 0.5")
    return value


Points = Annotated[float, Field(ge=0, le=72)]  # a length in points (1/72 inch)
FontSize = Annotated[float, Field(ge=5, le=72), AfterValidator(_half_points)]


class _Tokens(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PageTokens(_Tokens):
    """Page margins in inches."""

    top: float = Field(default=0.5, ge=0.25, le=2)
    sides: float = Field(default=0.6, ge=0.25, le=2)
    bottom: float = Field(default=0.55, ge=0.4, le=2)  # the page number sits in the bottom margin


class TextTokens(_Tokens):
    """Running text: resumes, job descriptions, interview sheets."""

    size: FontSize = 9.5
    line_height: float = Field(default=1.3, ge=1, le=2.5)  # times the font size
    colour: Colour = "#1D1D1F"
    small: FontSize = 9  # labels, notes, table cells, fine print
    muted: Colour = "#444444"  # organisation lines, notes, fine print


class LetterTokens(_Tokens):
    """Letter text (dates, address, paragraphs, closing): larger and more open than a resume's."""

    size: FontSize = 10.5
    line_height: float = Field(default=1.45, ge=1, le=2.5)


class RuleTokens(_Tokens):
    """A line: its width in points and its colour."""

    width: float = Field(ge=0.25, le=6)
    colour: Colour


class HeaderTokens(_Tokens):
    """The block with the name (or a document's title), headline and contact line."""

    align: Literal["left", "center"] = "center"
    band: OptionalColour = None  # a colour puts the name and headline on a band of that colour
    # A line under the header; none for no line.
    rule: Annotated[RuleTokens | None, NoneWord, NoneAsWord] = RuleTokens(width=1.2, colour="#1D1D1F")


class ElementTokens(_Tokens):
    """The size and colour of one kind of line (name, headline, contact line, entry title)."""

    size: FontSize
    colour: Colour


class SectionRuleTokens(RuleTokens):
    position: Literal["below", "left"] = "below"  # a line under the title, or a bar before it


class SectionTitleTokens(_Tokens):
    size: FontSize = 10.5
    colour: Colour = "#1D1D1F"
    uppercase: bool = True
    letter_spacing: float = Field(default=0.08, ge=0, le=0.5)  # in em (times the font size)
    rule: Annotated[SectionRuleTokens | None, NoneWord, NoneAsWord] = SectionRuleTokens(width=0.6, colour="#9A9A9A")


class AccentTokens(_Tokens):
    """Small touches of colour: dates beside entry titles, bullet markers, table lines."""

    dates: Colour = "#444444"
    bullets: Colour = "#1D1D1F"
    table_lines: Colour = "#999999"


class SpacingTokens(_Tokens):
    """Vertical space in points."""

    section: Points = 8  # above each section title
    entry: Points = 6  # above each entry (a job, a degree) and below a section's intro
    block: Points = 10  # below each block kept on one page (a question with its writing lines)


class FitTokens(_Tokens):
    """How far ``--pages`` may tighten the theme to fit a document on fewer pages: its floors.

    It never goes below these, and never changes what the theme sets lower already.
    """

    text_size: FontSize = 9.5  # running text (a resume's, a letter's) no smaller than this
    line_height: float = Field(default=1.15, ge=1, le=2.5)
    margin: float = Field(default=0.5, ge=0.4, le=2)  # page margins in inches
    spacing: float = Field(default=0.5, ge=0, le=1)  # the share of the theme's spacing kept at least


class ThemeTokens(_Tokens):
    """Everything a theme decides. Sizes are in points unless a field says otherwise."""

    description: str = Field(default="", max_length=200)  # one line, shown by `jobkit themes list`
    font: FontName = "Lato"
    page: PageTokens = PageTokens()
    text: TextTokens = TextTokens()
    letter: LetterTokens = LetterTokens()
    header: HeaderTokens = HeaderTokens()
    name: ElementTokens = ElementTokens(size=22, colour="#1D1D1F")
    headline: ElementTokens = ElementTokens(size=11, colour="#333333")
    contact: ElementTokens = ElementTokens(size=9, colour="#333333")
    section_title: SectionTitleTokens = SectionTitleTokens()
    entry_title: ElementTokens = ElementTokens(size=10.5, colour="#1D1D1F")
    accents: AccentTokens = AccentTokens()
    spacing: SpacingTokens = SpacingTokens()
    fit: FitTokens = FitTokens()
