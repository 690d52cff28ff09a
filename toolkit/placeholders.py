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
# A placeholder with what its value changes around it: an article before ("a {target}") and a
# possessive after ("{company}'s").
_FILLED = re.compile(
    r"(?:(?<![\w'-])(?P<article>[Aa]n?) )?\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)\}(?P<possessive>['’]s\b)?"
)
_OTHER_BRACES = re.compile(r"\{[^{}\n]{0,40}\}?|\}")


def fill_placeholders(text: str, values: Mapping[str, object]) -> str:
    """``text`` with each ``{name}`` replaced by ``values[name]``; nothing else in it means anything.

    Filled values are never read again, so a company called ``{position}`` stays that.
    A name not in ``values`` is left as written (load-time checks keep that from happening).
    The words a value changes are made to fit it: "a {target}" becomes "an Inpatient Coder",
    "{company}'s" becomes "Northside Records Services'".
    """
    from .documents.wording import indefinite_article, possessive

    def fill(match: re.Match[str]) -> str:
        name = match.group("name")
        if name not in values:
            return match.group(0)
        value = str(values[name])
        filled = value
        if ending := match.group("possessive"):
            filled = possessive(value, apostrophe=ending[0])  # the pack's own apostrophe, straight or curly
        if article := match.group("article"):
            chosen = indefinite_article(value) if value else article.lower()
            filled = f"{chosen.capitalize() if article[0].isupper() else chosen} {filled}"
        return filled

    return _FILLED.sub(fill, text)


def fill_plain(text: str, values: Mapping[str, object]) -> str:
    """``text`` with each ``{name}`` replaced by ``values[name]``, and no English rules: a translated
    sentence's "a {company}" is Spanish "a", not an article to fit."""
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
