"""CEFR levels (A1 to C2) in a languages section: "C1" read as the level it is, and named in the document's language.

Which levels there are and the words that may stand before one live in ``templates/language/cefr.yaml``;
the levels' names are translated by the catalogs like every other word jobkit writes.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..resources import shipped_yaml
from .languages import Language


@cache
def _cefr() -> dict[str, Any]:
    data: dict[str, Any] = shipped_yaml("language", "cefr.yaml")
    return data


@cache
def _level_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in _cefr()["level_words"])
    levels = "|".join(re.escape(level) for level in _cefr()["levels"])
    return re.compile(rf"(?:(?:{words})\s*:?\s*)?({levels})", re.IGNORECASE)


def cefr_level(fluency: str) -> str | None:
    """``"C1"`` for a fluency that is a CEFR level ("C1", "c1", "Niveau C1", "GER: B2"), else None."""
    match = _level_pattern().fullmatch(fluency.strip())
    return match.group(1).upper() if match else None


def describe_fluency(fluency: str, language: Language) -> str:
    """The fluency as written, with the level's name after a CEFR level: "C1, Advanced", "B2, Mittelstufe".

    A comma, not brackets: the resume already shows a fluency in brackets after its language.
    """
    level = cefr_level(fluency)
    if level is None:
        return fluency
    name = language.pgettext("CEFR level", _cefr()["levels"][level])
    return f"{fluency.strip()}, {name}"
