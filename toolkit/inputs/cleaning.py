"""Remove characters that XML (and so HTML, PDF text and DOCX) cannot carry.

Cleaning happens once, on loaded data, before anything is validated or rendered,
and every removal is reported with the field it came from: text is never dropped
silently.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import Location, Problem
from .loading import FieldPath, LoadedData

# C0 controls except tab, newline and carriage return; lone surrogates; the two noncharacters.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, int]:
    """Return the text without XML-illegal characters and how many were removed."""
    cleaned, removed = _XML_ILLEGAL.subn("", text)
    return cleaned, removed


def clean_given_text(**fields: Any) -> tuple[list[Any], list[Problem]]:
    """Values given outside any file (options, batch cells; a text or a list of texts), cleaned in the
    order given, and a warning naming each field that lost something."""
    values, warnings = [], []
    for field, value in fields.items():
        texts = value if isinstance(value, list) else [value]
        cleaned = [clean_text(text) if isinstance(text, str) else (text, 0) for text in texts]
        if removed := sum(count for _, count in cleaned):
            warnings.append(Problem(_removed_message(removed), Location(field=field)))
        result = [text for text, _ in cleaned]
        values.append(result if isinstance(value, list) else result[0])
    return values, warnings


def _removed_message(removed: int) -> str:
    noun = "character" if removed == 1 else "characters"
    return f"removed {removed} control or invalid {noun} that no document can hold"


def clean_loaded_strings(loaded: LoadedData) -> list[Problem]:
    """Clean every string in ``loaded.data`` in place; one warning per changed field."""
    warnings: list[Problem] = []

    def visit(value: Any, path: FieldPath) -> Any:
        if isinstance(value, str):
            cleaned, removed = clean_text(value)
            if removed:
                warnings.append(Problem(_removed_message(removed), loaded.locate(path)))
            return cleaned
        if isinstance(value, list):
            return [visit(item, path + (index,)) for index, item in enumerate(value)]
        if isinstance(value, dict):
            return {visit(key, path): visit(item, path + (key,)) for key, item in value.items()}
        return value

    loaded.data = visit(loaded.data, ())
    return warnings
