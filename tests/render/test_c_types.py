"""cffi reads the simple C types WeasyPrint names without its C parser, and gets the very types its parser gives.

That a PDF made this way is the same byte for byte as one made with the ordinary import is
tests/render/test_deferred_imports.py's first test (the fast import installs both).
"""

from __future__ import annotations

import sys

import pytest

from toolkit.render.c_types import _type_model, read_simple_types
from toolkit.render.weasyprint_import import import_weasyprint

# Every type text WeasyPrint 70 passes to ffi.new or ffi.cast (arrays with a size it computes, at a few sizes).
WEASYPRINT_TEXTS = [
    "PangoRectangle *",
    "unsigned int *",
    "PangoFcFontMap *",
    "hb_codepoint_t[1]",
    "hb_codepoint_t[42]",
    "hb_codepoint_t[240]",
    "hb_tag_t[100]",
    "char[]",
    "char[4]",
    "PangoLogAttr[]",
    "FcResult *",
    "FcChar8 **",
]


@pytest.fixture(scope="module")
def ffi():
    import_weasyprint()
    return sys.modules["weasyprint.text.ffi"].ffi


def _parsed(ffi, text: str):
    """The C type cffi's own parser makes of ``text``."""
    with ffi._lock:
        return ffi._get_cached_btype(ffi._parser.parse_type(text))


def _read_simply(ffi, text: str):
    with ffi._lock:
        return ffi._get_cached_btype(_type_model(ffi, text))


def test_weasyprints_types_are_the_ones_cffis_parser_makes(ffi):
    for text in WEASYPRINT_TEXTS:
        assert _read_simply(ffi, text) is _parsed(ffi, text), text


def test_every_primitive_type_with_stars_and_sizes_is_the_one_cffis_parser_makes(ffi):
    from cffi import model

    for name in model.PrimitiveType.ALL_PRIMITIVE_TYPES:
        for text in (f"{name} *", f"{name}**", f"{name}[3]", f"{name}[]", f"{name} [0]"):
            assert _read_simply(ffi, text) is _parsed(ffi, text), text


def test_other_texts_are_left_to_the_parser(ffi):
    for text in ["const char *", "struct _PangoRectangle *", "int (*)(int)", "char *[2]", "char[010]", "char", "x y *"]:
        assert _type_model(ffi, text) is None, text


def test_a_new_array_size_is_made_without_the_parser(ffi, monkeypatch):
    read_simple_types(ffi)

    def no_parsing(*_):
        raise AssertionError("cffi's C parser was asked")

    monkeypatch.setattr(ffi._parser, "parse_type_and_quals", no_parsing)
    array = ffi.new("hb_codepoint_t[417]", [7] * 417)
    assert len(array) == 417 and array[416] == 7
    assert ffi.typeof(ffi.cast("PangoRectangle *", 0)) is ffi.typeof("PangoRectangle *")
    with pytest.raises(AssertionError, match="parser was asked"):
        ffi.new("const char *")  # not a simple text: still the parser's


def test_a_cffi_without_the_internals_it_relies_on_is_left_as_it_is():
    class OtherFFI:  # what a cffi release that renamed its parser would look like
        _parsed_types: dict = {}
        _lock = None

    ffi = OtherFFI()
    read_simple_types(ffi)
    assert type(ffi._parsed_types) is dict
