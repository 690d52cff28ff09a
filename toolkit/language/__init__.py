"""Documents in the applicant's language: the words jobkit writes, from message catalogs and locale data.

English is the language jobkit's own sentences are written in (the catalogs' message ids); every
other language is a gettext catalog, ``templates/language/catalogs/<code>.po``, read with Babel,
with Babel's locale data (CLDR) for month names, date forms and lists. Adding a language is adding
its catalog. The person's own words are never translated.
"""

from __future__ import annotations

from .languages import (
    DEFAULT_LANGUAGE,
    ENGLISH,
    Language,
    available_languages,
    check_language,
    document_language,
    language_code,
    language_for,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENGLISH",
    "Language",
    "available_languages",
    "check_language",
    "document_language",
    "language_code",
    "language_for",
]
