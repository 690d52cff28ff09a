"""Which characters of a document no font can draw, and a warning that names the field holding them.

A character neither the shipped font nor any font fontconfig knows has a glyph for prints as an empty
box in the PDF (and in the DOCX on a machine like this one), and nothing else would say so. The shipped
font's characters are listed here (as ``fc-query`` reads them from its files; asking it started a process
on the clock of every document, about 10 ms), the system's come from ``fc-list``, read once per process and
only for a character the shipped font lacks (about 20 ms, and no font parser to load). Without fontconfig's
tools jobkit cannot know what the system draws and warns of nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..errors import Problem
from ..inputs.loading import FieldPath, LoadedData
from ..resources import data_file

_SHOWN = 5  # characters listed in one warning; the rest are counted


# What every face of the shipped font draws, in fontconfig's charset notation (hexadecimal code points and
# ranges): the characters of their character maps but the control characters. tests/render/test_glyph_coverage.py
# reads it again from the font files, so a new release of the font cannot leave it wrong.
_SHIPPED_CHARSET = (
    "20-7e a0-ff 104-107 118-119 131 141-144 152-153 15a-15b 160-161 178-17e 192 2c6-2c7 2c9 2d8-2dd 3c0 2013-2014 "
    "2018-201a 201c-201e 2020-2022 2026 2030 2039-203a 2044 20ac 2122 2126 2202 2206 220f 2211-2212 221a 221e 222b "
    "2248 2260 2264-2265 25ca 2669 fb01-fb02"
)


@cache
def shipped_ranges() -> tuple[tuple[int, int], ...]:
    """Code point ranges every face of the shipped font draws."""
    return _merged(_charset_ranges(_SHIPPED_CHARSET))


@cache
def system_ranges() -> tuple[tuple[int, int], ...] | None:
    """Sorted, merged (first, last) code point ranges some installed font draws; None when fontconfig cannot say."""
    listings = _fontconfig("fc-list")
    if listings is None:
        return None
    return _merged([pair for listing in listings for pair in _charset_ranges(listing)])


def _fontconfig(tool: str, *arguments: str) -> list[str] | None:
    """One charset listing per font from a fontconfig tool, or None when the tool is missing or fails."""
    path = shutil.which(tool)
    if path is None:
        return None
    try:
        output = subprocess.run(
            [path, "--format", "%{charset}\n", *arguments], capture_output=True, text=True, timeout=20, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return output.splitlines()


def _charset_ranges(listing: str) -> list[tuple[int, int]]:
    """``"20-7e a0-ff 131"`` (fontconfig's charset, hexadecimal) as (first, last) pairs."""
    ranges = []
    for token in listing.split():
        first, _, last = token.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    return ranges


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _draws(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    index = bisect_right(ranges, (code, 0x10FFFF + 1)) - 1
    return index >= 0 and ranges[index][0] <= code <= ranges[index][1]


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` (each once, in order) no font here draws; [] when that cannot be known.

    Spaces, controls and format characters need no glyph and are never counted.
    """
    shipped = shipped_ranges()
    candidates = [
        char
        for char in dict.fromkeys(text)
        if unicodedata.category(char)[0] not in "CZ" and not _draws(ord(char), shipped)
    ]
    if not candidates:
        return []
    ranges = system_ranges()
    if ranges is None:
        return []
    return [char for char in candidates if not _draws(ord(char), ranges)]


def missing_glyph_warnings(html: str, fields: LoadedData | None = None) -> list[Problem]:
    """One warning per field of ``fields`` holding characters of ``html`` no font draws, located at that field.

    Characters the document shows from elsewhere (a posting, a company file) are named in one warning without
    a field.
    """
    missing = undrawable(html)
    if not missing:
        return []
    warnings = []
    found: set[str] = set()
    if fields is not None:
        for path, value in _strings(fields.data, ()):
            if chars := [char for char in missing if char in value]:
                found.update(chars)
                warnings.append(Problem(_message(chars), fields.locate(path)))
    if rest := [char for char in missing if char not in found]:
        warnings.append(Problem(_message(rest) + " (in the document's text)"))
    return warnings


def _strings(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, path + (index,))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))


def _message(chars: list[str]) -> str:
    shown = ", ".join(f"'{char}' (U+{ord(char):04X})" for char in chars[:_SHOWN])
    if len(chars) > _SHOWN:
        shown += f" and {len(chars) - _SHOWN} more"
    they = "it prints as an empty box" if len(chars) == 1 else "they print as empty boxes"
    advice = []
    for script in _scripts_of(chars):
        advice.append(f"for {script['name']}, Debian's {script['debian']}")
    return (
        f"no font on this machine has a glyph for {shown}, so {they} in the PDF and DOCX; "
        f"install a font that has {'it' if len(chars) == 1 else 'them'} ({'; '.join(advice)})"
    )


def _scripts_of(chars: list[str]) -> list[dict]:
    data = data_file("script_fonts.yaml")
    chosen: list[dict] = []
    for char in chars:
        code = ord(char)
        script = next(
            (script for script in data["scripts"] if any(_in_range(code, text) for text in script["ranges"])),
            data["fallback"],
        )
        if script not in chosen:
            chosen.append(script)
    return chosen


def _in_range(code: int, text: str) -> bool:
    first, _, last = text.partition("-")
    return int(first, 16) <= code <= int(last or first, 16)
