"""Fill role-pack text: plain ``{name}`` placeholders only, checked when the pack is loaded.

``str.format`` on pack text would obey format specs (``{company:>300000000}`` allocates
gigabytes), conversions and attribute or index access (``{company.__class__}``). A pack
given by path is someone else's file, so pack text is filled by one regular expression
that knows nothing but ``{name}``, and every field's placeholders are checked at load
time against the names that field is filled with.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_OTHER_BRACES = re.compile(r"\{[^{}\n]{0,40}\}?|\}")


def fill_placeholders(text: str, values: Mapping[str, object]) -> str:
    """``text`` with each ``{name}`` replaced by ``values[name]``; nothing else in it means anything.

    Filled values are never read again, so a company called ``{position}`` stays that.
    A name not in ``values`` is left as written (load-time checks keep that from happening).
    """
    return _PLACEHOLDER.sub(lambda match: str(values.get(match.group(1), match.group(0))), text)


def placeholder_problem(text: str, allowed: Collection[str]) -> str | None:
    """Why ``text`` is wrong for a field filled with ``allowed`` names (empty: a field that is not filled), or None.

    In a filled field every brace must belong to a known ``{name}``; in other fields a
    ``{name}`` would be printed as written, so it is reported too.
    """
    known = ", ".join(f"{{{name}}}" for name in sorted(allowed))
    for match in _PLACEHOLDER.finditer(text):
        if match.group(1) not in allowed:
            if not allowed:
                return f"{match.group()} would be printed as written: this field takes no placeholders"
            return f"unknown placeholder {match.group()}; this field knows {known}"
    if allowed and (stray := _OTHER_BRACES.search(_PLACEHOLDER.sub("", text))):
        return (
            f"{stray.group()!r} is not a plain placeholder: write {{name}} with nothing else inside the braces "
            f"(no format spec, conversion, attribute or index); this field knows {known}"
        )
    return None
