"""Font subsetting without HarfBuzz-Subset: the same bytes, without reading tables that are then thrown away.

Without libharfbuzz-subset0 WeasyPrint cuts each embedded font down with fontTools, asking it to drop the
layout tables (GSUB, GPOS). fontTools 4.6x first reads those tables in full (to lay them out compactly in
memory) and only then drops them: for Lato's kerning table that reading is most of the subsetting time,
about 0.1 s of a cold resume PDF on this machine. ``drop_before_subsetting`` removes, before that step,
exactly the tables fontTools would remove at the start of its own, so the subset font is byte for byte
the one fontTools makes without it (tests/render/test_font_subsetting.py compares them).
"""

from __future__ import annotations

from typing import Any

_INSTALLED = "_jobkit_drops_first"


def drop_before_subsetting() -> None:
    """Make fontTools' ``Subsetter.subset`` drop the tables its options drop before anything reads them."""
    from fontTools.subset import Subsetter

    if getattr(Subsetter.subset, _INSTALLED, False):
        return
    subset = Subsetter.subset

    def subset_dropping_first(self: Any, font: Any) -> None:
        for tag in tables_dropped_first(font, self.options):
            del font[tag]
        subset(self, font)

    setattr(subset_dropping_first, _INSTALLED, True)
    subset_dropping_first.__wrapped__ = subset  # type: ignore[attr-defined]
    Subsetter.subset = subset_dropping_first


def tables_dropped_first(font: Any, options: Any) -> list[str]:
    """The tables fontTools' first pruning step drops whatever the glyphs, read from the same options.

    A legacy ``kern`` table goes when the font has GPOS (and the options do not keep legacy kerning): it is
    looked at before GPOS is dropped, so it is listed here while GPOS is still in the font. Tables dropped
    for hinting are left to fontTools, which drops them without reading them.
    """
    drop = [tag for tag in font.keys() if tag != "GlyphOrder" and tag.strip() in options.drop_tables]
    if "kern" in font and "kern" not in drop and not options.legacy_kern and "GPOS" in font:
        drop.append("kern")
    return drop
