"""The shipped font (Lato, SIL OFL, from the font-lato package): @font-face rules, metrics, DOCX embedding.

A document must not depend on the fonts a machine happens to have. The PDF renderer
always loads these files; the DOCX writer embeds them (Word and LibreOffice both read
fonts embedded in a DOCX), so the Word file looks the same on a machine without Lato.
Lato also subsets quickly, which keeps PDF writes fast.
"""

from __future__ import annotations

import hashlib
import uuid
from functools import cache
from pathlib import Path

# Family -> (face, file, CSS weight, CSS style); faces as Word's fontTable names them, in the
# order its schema (CT_Font) requires: Regular, Bold, Italic, BoldItalic.
_FACES = {
    "Lato": [
        ("Regular", "Lato-Regular.ttf", 400, "normal"),
        ("Bold", "Lato-Bold.ttf", 700, "normal"),
        ("Italic", "Lato-Italic.ttf", 400, "italic"),
        ("BoldItalic", "Lato-BoldItalic.ttf", 700, "italic"),
    ]
}
_OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@cache
def font_dir() -> Path:
    import font_lato

    return Path(font_lato.font_directory).resolve()


def shipped_families() -> list[str]:
    """The font families jobkit ships and embeds."""
    return list(_FACES)


def shipped_face_files() -> list[str]:
    """The file names of every face of every shipped family."""
    return [file_name for faces in _FACES.values() for _, file_name, _, _ in faces]


@cache
def font_face_css() -> str:
    rules = []
    for family, faces in _FACES.items():
        for _, file_name, weight, style in faces:
            url = (font_dir() / file_name).as_uri()
            rules.append(
                f'@font-face {{ font-family: "{family}"; src: url("{url}"); '
                f"font-weight: {weight}; font-style: {style}; }}"
            )
    return "\n".join(rules)


# Each shipped family's single line at size 1 (its Regular face's usWinAscent + usWinDescent over unitsPerEm),
# as read from the font file: Lato's is (1974 + 426) / 2000. Kept here because reading it from the file
# means loading fontTools, about 20 ms of every cold DOCX; tests/render/test_fonts.py checks it against the file.
_SINGLE_LINE = {"Lato": 1.2}


def natural_line_height(family: str) -> float:
    """The height of one line of ``family`` at size 1, as Word and LibreOffice set "single" spacing.

    CSS line heights are multiples of the font size; Word's are multiples of this, so a DOCX
    matches the PDF's lines only when its multiples are divided by it.
    """
    return _SINGLE_LINE.get(family) or line_height_in_file(family)


@cache
def line_height_in_file(family: str) -> float:
    """``natural_line_height`` read from the Regular face's file."""
    from fontTools.ttLib import TTFont

    regular = font_dir() / _FACES[family][0][1]
    font = TTFont(str(regular), lazy=True)
    metrics = font["OS/2"]
    return (metrics.usWinAscent + metrics.usWinDescent) / font["head"].unitsPerEm


def obfuscate_font(data: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376 Part 1, 17.8.1: XOR the first 32 bytes with the key's 16 bytes, last byte first.

    LibreOffice (writerfilter's EmbeddedFontHandler) and docx4j read the key from the GUID
    string in that reversed order; the same operation undoes it.
    """
    reversed_key = key.bytes[::-1]
    head = bytes(byte ^ reversed_key[index % 16] for index, byte in enumerate(data[:32]))
    return head + data[32:]


def embed_fonts(document, family: str) -> None:
    """Embed every face of ``family`` in a python-docx ``document``: obfuscated parts plus fontTable entries
    (with the script slots' fonts, ``word_scripts``).

    Keys are derived from the font files, so the same input still gives byte-identical DOCX files.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    from .word_scripts import declare_script_fonts

    table_part = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    fonts = etree.fromstring(table_part.blob)
    entry = fonts.find(f"{{{_W}}}font[@{{{_W}}}name='{family}']")
    if entry is not None:
        fonts.remove(entry)
    entry = etree.SubElement(fonts, f"{{{_W}}}font", {f"{{{_W}}}name": family})
    # Order fixed by the schema (CT_Font): charset, family, pitch, then the embedded faces.
    etree.SubElement(entry, f"{{{_W}}}charset", {f"{{{_W}}}val": "00"})
    etree.SubElement(entry, f"{{{_W}}}family", {f"{{{_W}}}val": "swiss"})
    etree.SubElement(entry, f"{{{_W}}}pitch", {f"{{{_W}}}val": "variable"})
    for number, (face, file_name, _, _) in enumerate(_FACES[family], start=1):
        data = (font_dir() / file_name).read_bytes()
        key = uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])
        name = PackURI(f"/word/fonts/{family.lower()}-{number}.odttf")
        part = Part(name, _OBFUSCATED_FONT, obfuscate_font(data, key), table_part.package)
        relationship = table_part.relate_to(part, _FONT_RELATIONSHIP)
        # LibreOffice reads the key's hex digits as upper case only.
        attributes = {f"{{{_R}}}id": relationship, f"{{{_W}}}fontKey": "{" + str(key).upper() + "}"}
        etree.SubElement(entry, f"{{{_W}}}embed{face}", attributes)
    declare_script_fonts(fonts)
    table_part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def embedded_font_face_css(text: str | None = None) -> str:
    """@font-face rules that carry the shipped faces inside the page, cut down to the characters of ``text``.

    A browser cannot read the font files the PDF uses (an HTML file and the preview fetch nothing), so
    without these it shows the page in a font of its own. Each face holds only the characters ``text``
    uses, in a ``data:`` address: a one-page resume's four faces add about 160 KB rather than 400, for
    about 0.2 s of subsetting (plain TrueType: WOFF2 would halve the size and double the time).
    ``text`` None: the whole faces, made once a process (the preview, which would pay 0.2 s every save).
    """
    if text is None:
        return _whole_face_css()
    characters = frozenset(ord(character) for character in text if character.isprintable()) | {0x20, 0xA0}
    return _face_rules(lambda path: _subset_face(path, characters))


@cache
def _whole_face_css() -> str:
    return _face_rules(lambda path: path.read_bytes())


def _face_rules(face_bytes) -> str:
    import base64

    rules = []
    for family, faces in _FACES.items():
        for _, file_name, weight, style in faces:
            data = base64.b64encode(face_bytes(font_dir() / file_name)).decode("ascii")
            rules.append(
                f'@font-face {{ font-family: "{family}"; src: url("data:font/ttf;base64,{data}") format("truetype"); '
                f"font-weight: {weight}; font-style: {style}; }}"
            )
    return "\n".join(rules)


def _subset_face(path: Path, characters: frozenset[int]) -> bytes:
    """The face at ``path`` holding only ``characters`` (with kerning and the other layout features)."""
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["*"]  # kerning and the rest, as the PDF keeps them
    options.name_IDs = ["*"]
    font = TTFont(str(path))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()
