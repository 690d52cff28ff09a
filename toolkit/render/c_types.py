"""The C types WeasyPrint names to cffi (``ffi.new('PangoRectangle *')``), read without cffi's C parser.

cffi reads a type given as text with pycparser, prefixing every typedef its declarations hold so that the
parser knows them: for WeasyPrint's declarations each reading costs a few milliseconds, and a resume's first
render asks for about fourteen (a HarfBuzz array's size is part of its text, 'hb_codepoint_t[42]', so a warm
process still meets new ones): about 0.045 s of CPU in a cold resume PDF on this machine (0.07 s of wall time
on a loaded machine). Nearly all are a name
followed by pointer stars or one array size. ``read_simple_types`` reads those from the declarations
cffi already holds, building the same type models its parser builds, and stores what cffi stores; any
other text cffi parses as before. tests/render/test_c_types.py checks that the types are the very same
objects cffi's own reading gives, and that a PDF's bytes do not change.
"""

from __future__ import annotations

import re
from typing import Any

# A type name (a typedef or a primitive such as 'unsigned long long'), then stars or one array size, nothing else.
# Bounded (names of at most 64 characters, at most four words, a name starting after a non-name character) so
# that it runs in linear time on any text; a longer type is left to cffi's parser, as before.
_SIMPLE = re.compile(
    r"(?<![A-Za-z0-9_ ])([A-Za-z_][A-Za-z0-9_]{0,63}(?: [A-Za-z_][A-Za-z0-9_]{0,63}){0,3}) ?"
    r"(?:(\*(?: ?\*){0,7})|\[(0|[1-9][0-9]{0,17})?\])"
)


class _TypesReadSimply(dict):
    """cffi's table of the types it has read (text -> (C type, is a function)), reading simple ones itself."""

    def __init__(self, ffi: Any, read: dict):
        super().__init__(read)
        self._ffi = ffi

    def __missing__(self, cdecl: object) -> tuple[Any, bool]:
        # cffi looks a text up here before it parses it: a KeyError sends it to its parser, as without this table.
        model = _type_model(self._ffi, cdecl)
        if model is None:
            raise KeyError(cdecl)
        with self._ffi._lock:  # cffi builds C types under its lock
            result = (self._ffi._get_cached_btype(model), False)
        self[cdecl] = result
        return result


def read_simple_types(ffi: Any) -> None:
    """Have ``ffi`` read simple type texts (see the module notes) without its C parser, from now on.

    It relies on cffi's internals (as of cffi 2.x): a cffi without them is left as it is.
    """
    from cffi import commontypes, model

    parser = getattr(ffi, "_parser", None)
    relied_on = (
        isinstance(getattr(ffi, "_parsed_types", None), dict)
        and all(hasattr(ffi, name) for name in ("_lock", "_get_cached_btype"))
        and isinstance(getattr(parser, "_declarations", None), dict)
        and hasattr(parser, "_get_type_pointer")
        and hasattr(commontypes, "resolve_common_type")
        and isinstance(getattr(getattr(model, "PrimitiveType", None), "ALL_PRIMITIVE_TYPES", None), dict)
        and hasattr(model, "ArrayType")
    )
    if relied_on and not isinstance(ffi._parsed_types, _TypesReadSimply):
        ffi._parsed_types = _TypesReadSimply(ffi, ffi._parsed_types)


def _type_model(ffi: Any, cdecl: object) -> Any:
    """The cffi model of ``cdecl`` as its parser would build it, or None when the text is not a simple one."""
    from cffi import model
    from cffi.commontypes import resolve_common_type

    found = _SIMPLE.fullmatch(cdecl) if isinstance(cdecl, str) else None
    if found is None:
        return None
    name, stars, length = found.groups()
    parser = ffi._parser
    # The parser's order: a typedef first (a one-word name), then a primitive type written as cffi writes it.
    if " " not in name and "typedef " + name in parser._declarations:
        base, quals = parser._declarations["typedef " + name]
    elif name in model.PrimitiveType.ALL_PRIMITIVE_TYPES:
        base, quals = resolve_common_type(parser, name)
    else:
        return None
    if stars:
        for _ in range(stars.count("*")):
            base, quals = parser._get_type_pointer(base, quals), 0
        return base
    return model.ArrayType(base, None if length is None else int(length))
