"""Text safe to show on a terminal, whatever a resume, posting, file name or role pack holds.

Everything jobkit prints for a person (reports, tables, warnings, errors) passes through
``printable``: control characters could move the cursor, clear the screen or retitle the
window, and bidirectional overrides could make text read differently from what it is.
Rich output is built from ``Text`` objects (``terminal_text``), never from markup strings,
so ``[/x]`` or ``[link=...]`` in someone's text stays text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any

# C0 controls except tab and newline (CR too: it rewrites the line), DEL, C1 controls, and the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Lone surrogates (from file names that are not valid UTF-8) cannot be encoded for any terminal.
_SURROGATE = re.compile("[\ud800-\udfff]")
# The same characters as JSON escapes, for data that must stay byte-for-byte what it was.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

ASCII_FALLBACK_ERRORS = "jobkit-ascii-fallback"
_ASCII_FALLBACKS = {
    "✓": "ok",
    "✗": "x",
    "–": "-",
    "—": "-",
    "…": "...",
    "·": "-",
    "•": "*",
    "×": "x",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "→": "->",
}


def printable(text: Any) -> str:
    """``text`` as a string with nothing that a terminal would act on: the one way to make text safe to print."""
    return _SURROGATE.sub("\ufffd", _UNPRINTABLE.sub("", str(text)))


def terminal_text(text: Any, style: str = "") -> Any:
    """A rich ``Text`` of ``printable(text)``: shown as it is, never read as rich markup."""
    from rich.text import Text

    return Text(printable(text), style=style)


def json_for_terminal(json_text: str) -> str:
    """JSON with DEL, C1 controls and bidi overrides written as ``\\uXXXX``: the same data, safe on a terminal.

    ``json.dumps`` already escapes the C0 controls; outside strings JSON is plain ASCII.
    """
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


def _ascii_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a close ASCII spelling for a character the stream cannot encode."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    replaced = []
    for character in error.object[error.start : error.end]:
        fallback = _ASCII_FALLBACKS.get(character)
        if fallback is None:
            fallback = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode() or "?"
        replaced.append(fallback)
    return "".join(replaced), error.end


codecs.register_error(ASCII_FALLBACK_ERRORS, _ascii_fallback)
