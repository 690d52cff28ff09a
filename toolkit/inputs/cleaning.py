"""Remove characters that XML (and so HTML, PDF text and DOCX) cannot carry.

Cleaning happens once, on loaded data, before anything is validated or rendered,
and every removal is reported with the field it came from: text is never dropped
silently.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import Problem
from .loading import FieldPath, LoadedData

# C0 controls except tab, newline and carriage return; lone surrogates; the two noncharacters.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, int]:
    """Return the text without XML-illegal characters and how many were removed."""
    cleaned, removed = _XML_ILLEGAL.subn("", text)
    return cleaned, removed


def clean_loaded_strings(loaded: LoadedData) -> list[Problem]:
    """Clean every string in ``loaded.data`` in place; one warning per changed field."""
    warnings: list[Problem] = []

    def visit(value: Any, path: FieldPath) -> Any:
        if isinstance(value, str):
            cleaned, removed = clean_text(value)
            if removed:
                noun = "character" if removed == 1 else "characters"
                warnings.append(
                    Problem(
                        f"removed {removed} control or invalid {noun} that no document can hold", loaded.locate(path)
                    )
                )
            return cleaned
        if isinstance(value, list):
            return [visit(item, path + (index,)) for index, item in enumerate(value)]
        if isinstance(value, dict):
            return {visit(key, path): visit(item, path + (key,)) for key, item in value.items()}
        return value

    loaded.data = visit(loaded.data, ())
    return warnings
