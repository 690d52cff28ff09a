"""Subsetting fonts without HarfBuzz-Subset: the tables fontTools drops are dropped before it reads them, and the
subset font is byte for byte the one fontTools makes on its own."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

from toolkit.render.font_subsetting import drop_before_subsetting, tables_dropped_first
from toolkit.render.fonts import font_dir, shipped_face_files

TEXT = "Maya Robinson · Health Information Technician, Ünïcödé – “quoted” 2019–2024"


def _options() -> Options:
    """The options WeasyPrint 70 subsets an embedded font with when HarfBuzz-Subset is missing."""
    options = Options(
        retain_gids=True, passthrough_tables=True, ignore_missing_glyphs=True, hinting=False, desubroutinize=True
    )
    options.drop_tables += ["GSUB", "GPOS", "SVG"]
    return options


class _ReadingFont(TTFont):
    """A font that notes each table it parses."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parsed: list[str] = []

    def _readTable(self, tag):
        self.parsed.append(tag)
        return super()._readTable(tag)


def _subset(path, subset) -> tuple[bytes, list[str]]:
    font = _ReadingFont(io.BytesIO(path.read_bytes()))
    subsetter = Subsetter(_options())
    subsetter.populate(unicodes=[ord(char) for char in TEXT])
    subset(subsetter, font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), font.parsed


@pytest.mark.parametrize("face", shipped_face_files())
def test_dropping_first_makes_the_same_subset_font_without_parsing_the_layout_tables(face):
    drop_before_subsetting()
    wrapped = Subsetter.subset
    path = font_dir() / face
    plain, parsed_plain = _subset(path, wrapped.__wrapped__)
    dropped_first, parsed_dropping_first = _subset(path, wrapped)
    assert dropped_first == plain
    # Lato's kerning (GPOS) is the large table fontTools parses only to drop it.
    assert "GPOS" in parsed_plain and "GPOS" not in parsed_dropping_first


def test_installing_twice_wraps_once():
    drop_before_subsetting()
    once = Subsetter.subset
    drop_before_subsetting()
    assert Subsetter.subset is once


def test_a_legacy_kern_table_goes_with_gpos_unless_legacy_kerning_is_kept():
    font = {"GPOS": 1, "GSUB": 1, "kern": 1, "glyf": 1, "GlyphOrder": 1}
    options = SimpleNamespace(drop_tables=["GSUB", "GPOS"], legacy_kern=False)
    assert sorted(tables_dropped_first(font, options)) == ["GPOS", "GSUB", "kern"]
    options.legacy_kern = True
    assert sorted(tables_dropped_first(font, options)) == ["GPOS", "GSUB"]
    assert tables_dropped_first({"kern": 1, "glyf": 1}, options) == []
