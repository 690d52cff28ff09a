"""A document's language: its translated words (a gettext catalog) and its locale's forms (dates, lists).

``Language`` itself is English, jobkit's own language: its words are the catalogs' message ids and its forms are
the ones jobkit has always written ("Mar 2021 – Present", "November 23, 2026"), so an English
document loads neither a catalog nor Babel. ``CatalogLanguage`` is every other language: the
messages from ``templates/language/catalogs/<code>.po``, read with Babel when first needed, and
month names, long dates and lists from Babel's CLDR data. A catalog also says which paper its
readers use and which tag (``de-DE``) Word's spell-check and hyphenation go by.
"""

from __future__ import annotations

import gettext
import io
from datetime import date
from functools import cache
from pathlib import Path

from ..errors import UnknownNameError
from ..models.dates import PartialDate, display_date, format_date_range
from ..placeholders import fill_plain
from ..resources import templates_dir
from ..suggestions import unknown_name_message

DEFAULT_LANGUAGE = "en"


def catalogs_dir() -> Path:
    """The folder of message catalogs, one ``<code>.po`` per language besides English."""
    return templates_dir() / "language" / "catalogs"


@cache
def available_languages() -> tuple[str, ...]:
    """``("en", "de", "es", "fr")``: English, then every language that has a catalog."""
    return (DEFAULT_LANGUAGE, *sorted(path.stem for path in catalogs_dir().glob("*.po")))


def language_code(tag: str) -> str:
    """The language a tag names, as catalogs are named: ``de-DE``, ``de_AT`` and ``DE`` are ``de``."""
    return tag.strip().replace("_", "-").split("-", 1)[0].lower()


def check_language(tag: str) -> str:
    """The code of a language jobkit writes (``de`` for ``de-DE``); ``UnknownNameError`` listing them otherwise."""
    code = language_code(tag)
    if code not in available_languages():
        raise UnknownNameError(unknown_name_message("language", tag, available_languages()))
    return code


class Language:
    """English, jobkit's own language: messages as written in the code and templates, dates as jobkit writes them."""

    code = DEFAULT_LANGUAGE
    translations: gettext.NullTranslations = gettext.NullTranslations()

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self.translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return self.translations.npgettext(context, singular, plural, count)

    @property
    def paper(self) -> str:
        """The paper its readers print on, unless the user says otherwise."""
        return self.pgettext("default paper size: letter or a4", "letter")

    @property
    def tag(self) -> str:
        """The language with the region whose spelling Word checks and hyphenates by (``en-US``)."""
        return self.pgettext("language tag for spell-check and hyphenation (BCP 47)", "en-US")

    def month_year(self, value: PartialDate | None) -> str:
        """``Mar 2021``, or ``2021`` without a month; empty without a date."""
        return display_date(value)

    def date_range(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """``Mar 2021 – Present``; an entry with neither date gives an empty string."""
        return format_date_range(start, end)

    def long_date(self, day: date) -> str:
        """``November 23, 2026``: the date line of a letter."""
        from ..documents.wording import long_date

        return long_date(day)

    def join(self, items: list[str]) -> str:
        """``a, b and c``."""
        from ..documents.wording import join_words

        return join_words(items)

    def number(self, value: int) -> str:
        """A count in running text: words up to ten, figures above."""
        from ..documents.wording import number_word

        return number_word(value)

    def years(self, years: float | None, *, in_letter: bool = False) -> str:
        """Years of experience, never more than is true: "over six years"; "" under one year."""
        from ..documents.wording import years_phrase

        return years_phrase(years)


class CatalogLanguage(Language):
    """A language with a catalog: its messages translated, its dates and lists as its locale writes them."""

    def __init__(self, code: str):
        self.code = code
        self.translations = _translations(code)

    def month_year(self, value: PartialDate | None) -> str:
        """``03/2021``, ``mars 2021``, ``marzo de 2021`` (the catalog's pattern, the locale's month names)."""
        if value is None:
            return ""
        if not value.month:
            return str(value.year)
        from babel.dates import format_date

        # The pattern is the translator's (an LDML date pattern); the month names are CLDR's.
        pattern = self.pgettext("date pattern of a month and year (LDML: MMM = Mar, MM = 03)", "MMM yyyy")
        return format_date(date(value.year, value.month, 1), pattern, locale=self.code)

    def date_range(self, start: PartialDate | None, end: PartialDate | None) -> str:
        start_text = self.month_year(start)
        end_text = (
            self.month_year(end) if end else (self.pgettext("the end of a date range", "Present") if start else "")
        )
        if start_text and end_text and start_text != end_text:
            return f"{start_text} – {end_text}"
        return start_text or end_text

    def long_date(self, day: date) -> str:
        from babel.dates import format_date

        return format_date(day, "long", locale=self.code)

    def join(self, items: list[str]) -> str:
        from babel.lists import format_list

        return format_list(items, locale=self.code) if items else ""

    def number(self, value: int) -> str:
        words = {
            2: self.pgettext("number word", "two"),
            3: self.pgettext("number word", "three"),
            4: self.pgettext("number word", "four"),
            5: self.pgettext("number word", "five"),
            6: self.pgettext("number word", "six"),
            7: self.pgettext("number word", "seven"),
            8: self.pgettext("number word", "eight"),
            9: self.pgettext("number word", "nine"),
            10: self.pgettext("number word", "ten"),
        }
        return words.get(value, str(value))

    def years(self, years: float | None, *, in_letter: bool = False) -> str:
        """Years as a summary says them after "with" (German: dative), or a letter as what "I bring" (accusative)."""
        from ..documents.wording import years_parts

        parts = years_parts(years)
        if parts is None:
            return ""
        how, count = parts
        if in_letter:
            if how == "nearly":
                text = self.pgettext("years a letter says I bring", "nearly {number} years")
            elif how == "over":
                text = self.npgettext("years a letter says I bring", "over a year", "over {number} years", count)
            else:
                text = self.npgettext("years a letter says I bring", "one year", "{number} years", count)
        elif how == "nearly":
            text = self.pgettext("years after 'with' in a summary", "nearly {number} years")
        elif how == "over":
            text = self.npgettext("years after 'with' in a summary", "over a year", "over {number} years", count)
        else:
            text = self.npgettext("years after 'with' in a summary", "one year", "{number} years", count)
        return fill(text, number=self.number(count))


ENGLISH = Language()


@cache
def language_for(tag: str | None) -> Language:
    """The language ``tag`` names (``None``: English); ``UnknownNameError`` for one jobkit has no catalog for."""
    code = check_language(tag) if tag else DEFAULT_LANGUAGE
    return ENGLISH if code == DEFAULT_LANGUAGE else CatalogLanguage(code)


@cache
def _translations(code: str) -> gettext.GNUTranslations:
    """The catalog of ``code``, read from its ``.po`` with Babel and compiled in memory.

    The ``.po`` is shipped as it is (no build step to forget, nothing binary in the repository);
    reading one takes a few milliseconds. Fuzzy entries are left out, as ``msgfmt`` leaves them.
    """
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with (catalogs_dir() / f"{code}.po").open("rb") as file:
        catalog = read_po(file, locale=code, abort_invalid=True)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def fill(text: str, **values: object) -> str:
    """A translated message with its ``{name}`` placeholders filled, and nothing else in it read."""
    return fill_plain(text, values)


def document_language(asked: str | None, profile_language: str | None) -> Language:
    """The language a person's document is written in: the one asked for (``--lang``), else the profile's
    ``meta.language``, else English."""
    return language_for(asked or profile_language)
