"""HTML to Markdown and plain text, for pasting into application forms.

Both walk the same filled HTML as the DOCX writer, so every format says the same.

In Markdown, text from a profile must stay text whatever it holds: characters with
inline meaning are backslash-escaped everywhere, characters that start a block
(headings, lists, quotes, setext underlines) are escaped at the start of every line,
entity references are kept literal, and link targets are percent-encoded so nothing
can close a link early and smuggle in HTML.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from lxml import html as lxml_html

from ..inputs.links import safe_link

# Characters with inline meaning in CommonMark or GitHub Markdown wherever they are: code spans,
# emphasis, links, raw HTML and autolinks, table cells, strikethrough and fences.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# An entity reference (&lt; &#60; &#x3c;) would be decoded; a backslash keeps the ampersand literal.
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# What starts a block at the beginning of a line: an ATX heading, a list item or thematic break,
# a setext underline, an ordered list item ("1." or "1)"). Quotes, fences and HTML start with
# characters escaped everywhere.
_BLOCK_MARKER = re.compile(r"^( {0,3})([#+=-])", re.MULTILINE)
_ORDERED_MARKER = re.compile(r"^( {0,3}\d{1,9})([.)])", re.MULTILINE)
# A heading's closing sequence ("# Title #") would be dropped: escape a trailing run of #.
_CLOSING_HASHES = re.compile(r"(?<=\s)#(?=#*\s*$)")
# Kept as they are in a link target; everything else (spaces, quotes, <, >, parentheses,
# backslashes, control and non-ASCII characters) is percent-encoded.
_URL_SAFE = "-._~:/?#[]@!$&*+,;=%"
_SKIP = {"style", "script", "head", "title", "meta"}
_LINE_BREAK = "\u2028"
BLANK_CELL = 16  # underscores for an empty table cell in plain text: room to write
TEXT_WIDTH = 100  # plain-text tables wrap their widest column to stay within this many columns


def html_to_markdown(html: str) -> str:
    """Markdown: headings, bold, links and bullet lists; special characters escaped."""
    return _TextWriter(markdown=True).render(html)


def html_to_text(html: str) -> str:
    """Plain text: upper-case section titles, '- ' bullets, no markup."""
    return _TextWriter(markdown=False).render(html)


class _TextWriter:
    def __init__(self, markdown: bool):
        self.markdown = markdown
        self.blocks: list[str] = []

    def render(self, html: str) -> str:
        tree = lxml_html.document_fromstring(html)
        self.walk(tree.find("body"))
        text = "\n\n".join(block for block in self.blocks if block.strip())
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

    def walk(self, element) -> None:
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _SKIP:
                self.block(child)

    def block(self, element) -> None:
        tag = element.tag
        classes = set((element.get("class") or "").split())
        if "writing-line" in classes:
            self.blocks.append("_" * 60)
        elif "entry-heading" in classes:
            parts = [self.inline(part) for part in element if isinstance(part.tag, str)]
            title, dates = parts[0], " | ".join(parts[1:])
            line = f"{title} ({dates})" if dates else title
            self.blocks.append(_markdown_heading(3, line) if self.markdown else line)
        elif tag in {"h1", "h2", "h3", "h4"}:
            text = self.inline(element)
            level = int(tag[1])
            if self.markdown:
                self.blocks.append(_markdown_heading(level, text))
            else:
                self.blocks.append(text.upper() if level <= 2 else text)
                if level == 1:
                    self.blocks[-1] += "\n" + "=" * len(text)
        elif tag in {"ul", "ol"}:
            items = [item for item in element if item.tag == "li"]
            bullets = []
            for number, item in enumerate(items, start=1):
                marker = f"{number}." if tag == "ol" else "-"
                bullets.append(f"{marker} {self.inline(item)}")
            self.blocks.append("\n".join(bullets))
        elif tag == "blockquote":
            text = "\n".join(self.inline(paragraph) for paragraph in element if paragraph.tag == "p")
            self.blocks.append("\n".join(f"> {line}" for line in text.splitlines()) if self.markdown else text)
        elif tag == "table":
            self.table(element)
        elif tag in {"p", "li"}:
            self.blocks.append(self.inline(element))
        else:
            self.walk(element)

    def table(self, element) -> None:
        """A GitHub Markdown table (its first row the header), or plain text in aligned columns."""
        rows = []
        for row in element.iter("tr"):
            cells = [cell for cell in row if cell.tag in {"td", "th"}]
            # A table row is one line: a line break inside a cell would end the table.
            texts = [" ".join(self.inline(cell).split()) for cell in cells]
            if not self.markdown:  # an empty cell on paper is a space to write in
                texts = [text or "_" * BLANK_CELL for text in texts]
            rows.append(texts)
        rows = [row for row in rows if row]
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        first = [cell for cell in next(element.iter("tr")) if cell.tag in {"td", "th"}]
        header = all(cell.tag == "th" for cell in first)
        self.blocks.append(_markdown_table(rows) if self.markdown else _text_table(rows, header=header))

    def inline(self, element, top: bool = True) -> str:
        parts = [self.escape(element.text or "")]
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _SKIP:
                inner = self.inline(child, top=False)
                if self.markdown and child.tag in {"strong", "b"} and inner.strip():
                    inner = f"**{inner.strip()}**"
                elif self.markdown and child.tag in {"em", "i"} and inner.strip():
                    inner = f"*{inner.strip()}*"
                elif self.markdown and child.tag == "a" and (target := safe_link(child.get("href"))):
                    if parts[-1].endswith("!"):  # "![" would make the link an image that loads its target
                        parts[-1] = parts[-1][:-1] + "\\!"
                    inner = f"[{inner}]({markdown_link_target(target)})"
                elif child.tag == "br":
                    inner = _LINE_BREAK
                elif "checkbox" in (child.get("class") or ""):
                    inner = "\\[ \\] " if self.markdown else "[ ] "
                parts.append(inner)
            parts.append(self.escape(child.tail or ""))
        text = re.sub(r"[ \t\r\n]+", " ", "".join(parts))
        if not top:
            return text
        # A <br> survives white-space folding as a sentinel; Markdown marks a hard break with a backslash.
        text = re.sub(rf" ?{_LINE_BREAK} ?", "\\\n" if self.markdown else "\n", text.strip())
        return _escape_line_starts(text) if self.markdown else text

    def escape(self, text: str) -> str:
        if not self.markdown:
            return text
        return _ENTITY.sub(r"\\&", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def markdown_link_target(href: str) -> str:
    """A link destination that cannot end early: no spaces, parentheses, angle brackets, quotes or backslashes."""
    return quote(_ENTITY.sub("%26", href), safe=_URL_SAFE)


def _escape_line_starts(text: str) -> str:
    """Backslash what would start a block at the beginning of any line of ``text``.

    jobkit's own inline markup starts with ``*``, ``[`` or ``\\``, never with these, so only
    the person's text is touched.
    """
    return _BLOCK_MARKER.sub(r"\1\\\2", _ORDERED_MARKER.sub(r"\1\\\2", text))


def _markdown_table(rows: list[list[str]]) -> str:
    """Rows as a GitHub Markdown table; Markdown needs a header row, so the first row is it."""
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "|".join(" --- " for _ in rows[0]) + "|")
    return "\n".join(lines)


def _text_table(rows: list[list[str]], *, header: bool, width: int = TEXT_WIDTH) -> str:
    """Rows in aligned columns, two spaces apart, the widest column wrapped to keep lines within ``width``."""
    import textwrap

    from rich.cells import cell_len

    columns = len(rows[0])
    gap, narrowest = 2, 12
    available = width - gap * (columns - 1)
    widths = [max(cell_len(row[column]) for row in rows) for column in range(columns)]
    while sum(widths) > available:
        widest = widths.index(max(widths))
        if widths[widest] <= narrowest:
            break
        widths[widest] = max(narrowest, available - (sum(widths) - widths[widest]))
    lines = []
    for index, row in enumerate(rows):
        wrapped = [textwrap.wrap(cell, max(1, widths[column])) or [""] for column, cell in enumerate(row)]
        for line in range(max(len(cell) for cell in wrapped)):
            parts = [cell[line] if line < len(cell) else "" for cell in wrapped]
            padded = [part + " " * (widths[column] - cell_len(part)) for column, part in enumerate(parts)]
            lines.append((" " * gap).join(padded).rstrip())
        if index == 0 and header:
            lines.append((" " * gap).join("-" * column_width for column_width in widths))
    return "\n".join(lines)


def _markdown_heading(level: int, text: str) -> str:
    return "#" * level + " " + _CLOSING_HASHES.sub(r"\\#", text)
