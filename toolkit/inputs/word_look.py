"""The look of a Word reference document whose look lives in direct formatting, not in its styles.

Many resumes made in Word or Google Docs leave every paragraph in the Normal style and set the
typeface, size and alignment on the text itself. Taking their styles alone gives jobkit's document
Word's stock look (Calibri 11-12 pt), nothing like the file. So when most of the text carries its
own typeface or size, the look is read from the text instead, by role:

- the body: the typeface and size most of the text is set in;
- the name: the first paragraph with text (its largest run, and its alignment);
- the contact lines: the paragraphs after the name up to the first heading (alignment and size);
- headings: short paragraphs set apart by bold or capitals, the look most of them share;
- entry titles: lines with text, a tab, then more text (a title with its dates at a tab stop).

Each property is the text's own, else its character style's, else its paragraph style's, else
the document's defaults, as Word resolves it. Nothing is guessed: a role the file does not show
is left as jobkit sets it, and ``DirectLook.described`` says what was taken and what was not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .word import WordPackage

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
DIRECT_SHARE = 0.5  # the look is the text's own when at least this share of its characters sets typeface or size
HEADING_WORDS = 6  # a heading is a short line
_OFF = {"0", "false", "off"}
_ALIGNMENTS = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right", "both": "both"}


@dataclass(frozen=True)
class TextLook:
    """What a role's text looks like; None where the file does not say."""

    font: str | None = None
    size: float | None = None  # points
    bold: bool | None = None
    caps: bool | None = None
    align: str | None = None  # left, center, right, both
    colour: str | None = None  # RRGGBB; None: automatic (black on white)

    def said(self) -> str:
        parts = [self.font, f"{self.size:g} pt" if self.size else None]
        parts += ["bold" if self.bold else None, "capitals" if self.caps else None]
        parts.append(f"#{self.colour}" if self.colour else None)
        parts.append(f"{'justified' if self.align == 'both' else self.align + '-aligned'}" if self.align else None)
        return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class DirectLook:
    body: TextLook
    unused_styles: frozenset[str]  # names (lower case) of the styles no text of the file is in: Word's stock
    name: TextLook | None = None
    contact: TextLook | None = None
    heading: TextLook | None = None
    entry_title: TextLook | None = None
    styled: tuple[tuple[str, TextLook], ...] = ()  # (style name, the look its text shows) for the styles text is in

    def described(self) -> str:
        """One sentence: what jobkit took from the file's text, and what it left as jobkit sets it."""
        taken = [f"body text {self.body.said()}"]
        left = []
        for role, look in (
            ("name", self.name),
            ("contact line", self.contact),
            ("headings", self.heading),
            ("entry titles", self.entry_title),
        ):
            if look is not None and look.said():
                taken.append(f"{role} {look.said()}")
            else:
                left.append(role)
        left.append("spacing, borders, bullets and tables")
        return (
            f"its look is set on the text, not in styles: took {'; '.join(taken)}. "
            f"Not taken (jobkit's, in the body's typeface): {', '.join(left)}"
        )


def reference_note(package: WordPackage) -> str:
    """What a reference document lends, for the user: its look read from the text."""
    look = read_direct_look(package)
    note = f"styles, page setup, headers and footers from {package.name}"
    return f"{note}; {look.described()}" if look is not None else note


def carried_text(package: WordPackage) -> list[str]:
    """The text the reference's page headers and footers carry into every document made with it: the file's
    words, not the profile's (another person's name, when the reference is someone's resume)."""
    carried: list[str] = []
    for relationship in package.relationships(package.main_part):
        if relationship.type.rsplit("/", 1)[-1] in ("header", "footer") and not relationship.external:
            root = package.xml(relationship.target)
            text = " ".join("".join(t.text or "" for t in root.iter(f"{_W}t")).split()) if root is not None else ""
            if text and text not in carried:
                carried.append(text)
    return carried


def read_direct_look(package: WordPackage) -> DirectLook | None:
    """The look of ``package``'s text by role, or None when its styles already carry its look."""
    main = package.main_part
    document = package.xml(main)
    body = document.find(f"{_W}body") if document is not None else None
    if body is None:
        return None
    parts = {r.type: r.target for r in package.relationships(main) if not r.external}
    resolver = _Resolver(package.xml(parts[_STYLES]) if _STYLES in parts else None, _theme_fonts(package, parts))
    lines = [_Line(paragraph, resolver) for paragraph in _paragraphs(body)]
    lines = [line for line in lines if line.text.strip()]
    characters = sum(run.length for line in lines for run in line.runs)
    direct = sum(run.length for line in lines for run in line.runs if run.direct)
    if not lines or not characters or direct / characters < DIRECT_SHARE:
        return None
    name, rest = lines[0], lines[1:]
    heading_lines = [line for line in rest if line.is_heading_like()]
    first_heading = rest.index(heading_lines[0]) if heading_lines else len(rest)
    contacts = rest[:first_heading]
    entries = [line for line in rest if line.is_title_and_dates()]
    others = [line for line in rest if line not in heading_lines and line not in entries and line not in contacts]
    body = _prevailing([run for line in others or rest for run in line.runs])
    heading = _shared_look(heading_lines)
    entry_title = _shared_look(entries, before_tab=True)
    entry_title = replace(entry_title, align=None) if entry_title else None  # the dates' tab stop places the line
    return DirectLook(
        body=TextLook(body.font, body.size, colour=body.colour),
        unused_styles=resolver.unused(document),
        name=name.look(largest=True),
        contact=contacts[0].look() if contacts else None,
        heading=heading,
        entry_title=entry_title,
        styled=_styled_looks(lines, resolver),
    )


@dataclass
class _Run:
    text: str
    font: str | None
    size: float | None
    bold: bool
    caps: bool
    colour: str | None
    direct: bool
    tab_before: bool  # a tab comes before this run's text in its paragraph

    @property
    def length(self) -> int:
        return len(self.text.strip())


class _Line:
    """One paragraph with text: its runs' resolved looks and its alignment."""

    def __init__(self, paragraph, resolver: _Resolver):
        properties = paragraph.find(f"{_W}pPr")
        style = properties.find(f"{_W}pStyle") if properties is not None else None
        self.style = style.get(f"{_W}val") if style is not None else None
        self.align = resolver.alignment(properties, self.style) or "left"  # Word's own default
        self.runs: list[_Run] = []
        tab_seen = False
        for run in paragraph.iter(f"{_W}r"):
            text = "".join(node.text or "" if node.tag == f"{_W}t" else "\t" for node in run.iter(f"{_W}t", f"{_W}tab"))
            for piece_index, piece in enumerate(text.split("\t")):
                tab_seen = tab_seen or piece_index > 0
                if piece.strip():
                    self.runs.append(resolver.run(run, self.style, piece, tab_seen))
        self.text = "".join(run.text for run in self.runs)

    def is_heading_like(self) -> bool:
        letters = [character for character in self.text if character.isalpha()]
        if not letters or len(self.text.split()) > HEADING_WORDS or any(run.tab_before for run in self.runs):
            return False
        if self.text.rstrip()[-1:] in ".,;:|":
            return False
        return all(run.bold for run in self.runs) or all(run.caps for run in self.runs) or "".join(letters).isupper()

    def is_title_and_dates(self) -> bool:
        """Text, a tab, then text with a digit in it (a year): a title with its dates at a tab stop."""
        after = "".join(run.text for run in self.runs if run.tab_before)
        return not self.runs[0].tab_before and any(character.isdigit() for character in after)

    def look(self, largest: bool = False, before_tab: bool = False) -> TextLook:
        runs = [run for run in self.runs if not (before_tab and run.tab_before)]
        run = max(runs, key=lambda item: item.size or 0) if largest else _prevailing(runs)
        caps = all(item.caps for item in runs) or "".join(c for c in self.text if c.isalpha()).isupper()
        return TextLook(run.font, run.size, all(item.bold for item in runs), caps, self.align, run.colour)


def _styled_looks(lines: list[_Line], resolver: _Resolver) -> tuple[tuple[str, TextLook], ...]:
    """For each paragraph style (other than the default) that text is in, the look most of that text shows."""
    by_style: dict[str, list[_Line]] = {}
    for line in lines:
        if line.style and line.style != resolver.default_paragraph and line.style in resolver.names:
            by_style.setdefault(resolver.names[line.style], []).append(line)
    looks = []
    for name, styled in sorted(by_style.items()):
        run = _prevailing([run for line in styled for run in line.runs])
        bold = all(item.bold for line in styled for item in line.runs)
        looks.append((name, TextLook(run.font, run.size, bold, colour=run.colour)))
    return tuple(looks)


def _prevailing(runs: list[_Run]) -> _Run:
    """The run standing for most of the text: its (typeface, size) is the most characters'."""
    weight: Counter[tuple[str | None, float | None]] = Counter()
    for run in runs:
        weight[(run.font, run.size)] += run.length
    font, size = weight.most_common(1)[0][0]
    return next(run for run in runs if (run.font, run.size) == (font, size))


def _shared_look(lines: list[_Line], before_tab: bool = False) -> TextLook | None:
    """The look most of ``lines`` share (at least two of them), or None."""
    looks = Counter(line.look(before_tab=before_tab) for line in lines)
    if not looks:
        return None
    look, count = looks.most_common(1)[0]
    return look if count >= 2 else None


def _paragraphs(body):
    """The body's paragraphs in reading order, leaving out text boxes and the fallback copies of drawings."""
    for paragraph in body.iter(f"{_W}p"):
        if not any(
            ancestor.tag in (f"{_W}txbxContent",) or ancestor.tag.endswith("}Fallback")
            for ancestor in paragraph.iterancestors()
            if isinstance(ancestor.tag, str)
        ):
            yield paragraph


def _theme_fonts(package: WordPackage, parts: dict[str, str]) -> dict[str, str]:
    """The theme's major and minor Latin typefaces, by the names Word's rFonts attributes use."""
    theme = package.xml(parts[_THEME]) if _THEME in parts else None
    fonts: dict[str, str] = {}
    for kind in ("major", "minor"):
        latin = theme.find(f".//{_A}{kind}Font/{_A}latin") if theme is not None else None
        if latin is not None and latin.get("typeface"):
            fonts[f"{kind}HAnsi"] = fonts[f"{kind}Ascii"] = latin.get("typeface")
    return fonts


class _Resolver:
    """A run's typeface, size, bold and capitals as Word resolves them: the run, its character style,
    its paragraph's style (and the styles those are based on), then the document defaults."""

    def __init__(self, styles, theme_fonts: dict[str, str]):
        self.theme_fonts = theme_fonts
        self.styles = {s.get(f"{_W}styleId"): s for s in styles.iter(f"{_W}style")} if styles is not None else {}
        self.names = {
            identifier: (style.find(f"{_W}name").get(f"{_W}val") or "").lower()
            for identifier, style in self.styles.items()
            if style.find(f"{_W}name") is not None
        }
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr") if styles is not None else None
        self.defaults = defaults
        self.default_paragraph = next(
            (
                identifier
                for identifier, style in self.styles.items()
                if style.get(f"{_W}type") == "paragraph" and (style.get(f"{_W}default") or "") in ("1", "true")
            ),
            None,
        )

    def unused(self, document) -> frozenset[str]:
        """The names of the styles nothing in ``document`` is set in (directly or as a base of one that is)."""
        used = {self.default_paragraph}
        for element in document.iter(f"{_W}pStyle", f"{_W}rStyle", f"{_W}tblStyle"):
            identifier = element.get(f"{_W}val")
            while identifier and identifier in self.styles and identifier not in used:
                used.add(identifier)
                based = self.styles[identifier].find(f"{_W}basedOn")
                identifier = based.get(f"{_W}val") if based is not None else None
        names = set()
        for identifier, style in self.styles.items():
            name = style.find(f"{_W}name")
            if identifier not in used and name is not None and style.get(f"{_W}default") not in ("1", "true"):
                names.add((name.get(f"{_W}val") or "").lower())
        return frozenset(names)

    def _chain(self, identifier: str | None, tag: str) -> list:
        found, seen = [], set()
        while identifier and identifier in self.styles and identifier not in seen:
            seen.add(identifier)
            style = self.styles[identifier]
            element = style.find(f"{_W}{tag}")
            if element is not None:
                found.append(element)
            based = style.find(f"{_W}basedOn")
            identifier = based.get(f"{_W}val") if based is not None else None
        return found

    def alignment(self, properties, style: str | None) -> str | None:
        for element in [properties, *self._chain(style or self.default_paragraph, "pPr")]:
            jc = element.find(f"{_W}jc") if element is not None else None
            if jc is not None:
                return _ALIGNMENTS.get(jc.get(f"{_W}val") or "")
        return None

    def run(self, run, paragraph_style: str | None, text: str, tab_before: bool) -> _Run:
        own = run.find(f"{_W}rPr")
        character = own.find(f"{_W}rStyle") if own is not None else None
        layers = [own] if own is not None else []
        layers += self._chain(character.get(f"{_W}val") if character is not None else None, "rPr")
        layers += self._chain(paragraph_style or self.default_paragraph, "rPr")
        layers += [self.defaults] if self.defaults is not None else []
        direct = own is not None and (own.find(f"{_W}rFonts") is not None or own.find(f"{_W}sz") is not None)
        return _Run(
            text,
            self._first(layers, self._font),
            self._first(layers, self._size),
            self._first(layers, lambda layer: self._switch(layer, "b")) or False,
            self._first(layers, lambda layer: self._switch(layer, "caps")) or False,
            self._first(layers, self._colour) or None,
            direct,
            tab_before,
        )

    @staticmethod
    def _first(layers, read):
        for layer in layers:
            value = read(layer)
            if value is not None:
                return value
        return None

    def _font(self, layer) -> str | None:
        fonts = layer.find(f"{_W}rFonts")
        if fonts is None:
            return None
        theme = fonts.get(f"{_W}asciiTheme")
        return self.theme_fonts.get(theme) if theme else fonts.get(f"{_W}ascii") or None

    @staticmethod
    def _size(layer) -> float | None:
        size = layer.find(f"{_W}sz")
        value = size.get(f"{_W}val") if size is not None else None
        try:
            return int(value) / 2 if value is not None else None
        except ValueError:
            return None

    @staticmethod
    def _colour(layer) -> str | None:
        """The text colour ("" for automatic, which ends the search as a colour would), or None if unset."""
        colour = layer.find(f"{_W}color")
        if colour is None:
            return None
        value = (colour.get(f"{_W}val") or "").upper()
        return "" if value in ("AUTO", "000000") or not re.fullmatch(r"[0-9A-F]{6}", value) else value

    @staticmethod
    def _switch(layer, tag: str) -> bool | None:
        element = layer.find(f"{_W}{tag}")
        return None if element is None else (element.get(f"{_W}val") or "true").lower() not in _OFF
