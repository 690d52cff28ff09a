"""The applicant's own words for one application: the letter's "why" paragraph, a headline, a summary.

Only the applicant can say why they want this job or this change of career, so jobkit never
writes that paragraph: it takes it as given, from the command line or from a text file.
A headline and a summary given per application stand in for the profile's label and summary
in that application's documents only; the profile file is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputFileError, Location, Problem
from .cleaning import clean_given_text
from .loading import read_text

if TYPE_CHECKING:  # the models load pydantic: a command lists these files before it forks its renderer
    from ..models.profile import Profile

MAX_OWN_WORDS_BYTES = 64 * 1024  # a letter's paragraph, not a book


@dataclass(frozen=True)
class OwnWords:
    """What the applicant wrote for one application; None (or no paragraphs) where they wrote nothing."""

    why: tuple[str, ...] = ()  # the letter's motivation paragraphs, verbatim
    headline: str | None = None
    summary: str | None = None
    warnings: tuple[Problem, ...] = ()  # control characters no document can hold, removed


def read_own_words(value: str | Path | None, *, what: str) -> str | None:
    """``value`` as text: a ``Path`` or ``"@FILE"`` is read from that file, any other string is the text itself.
    A missing or empty file is an error, and so is a string that is only a file's name, existing or not: jobkit
    does not guess whether "why.txt" was meant as the words or as the file, it asks for ``@why.txt``."""
    if value is None:
        return None
    if isinstance(value, Path) or value.startswith("@"):
        path = Path(value) if isinstance(value, Path) else Path(value[1:])
        text = read_text(path, what=f"{what} file", max_bytes=MAX_OWN_WORDS_BYTES)
        if not text.strip():
            raise InputFileError(f"{what} file is empty", Location(str(path)))
        return text.strip()
    if _names_a_file(value):
        raise InputFileError(
            f"the {what} given is the name of a file; to use the text in it, write @{value.strip()}",
            Location(value.strip()),
        )
    if _reads_as_a_path(value):
        raise InputFileError(
            f"the {what} given reads as a file name, but there is no such file; write @FILE with the file's "
            "path to use its text, or write the words themselves",
            Location(value.strip()),
        )
    return value.strip() or None


def _reads_as_a_path(value: str) -> bool:
    """One word with a folder in it or a file extension ("why.txt", "notes/why"): no paragraph or summary anyone
    means to send, so a file that is missing (a typo, another folder) is not printed as the text."""
    candidate = value.strip()
    if not candidate or any(character.isspace() for character in candidate):
        return False
    return "/" in candidate or "\\" in candidate or re.search(r".\.[A-Za-z0-9]{1,5}$", candidate) is not None


def _names_a_file(value: str) -> bool:
    """Whether the whole value is the path of an existing file (a typed paragraph is too long or has no file)."""
    candidate = value.strip()
    if not candidate or "\n" in candidate or len(candidate) > 255:
        return False
    try:
        return Path(candidate).expanduser().is_file()
    except (OSError, ValueError):  # too long for a file name, or a NUL: text, not a path
        return False


def own_words_files(*values: str | Path | None) -> list[Path]:
    """The files ``read_own_words`` reads for these values: inputs a watch follows and no output may replace."""
    return [
        value if isinstance(value, Path) else Path(value[1:])
        for value in values
        if isinstance(value, Path) or (isinstance(value, str) and value.startswith("@") and len(value) > 1)
    ]


def paragraphs_of(text: str | None) -> tuple[str, ...]:
    """Paragraphs as written, split at blank lines; a line break inside one (a wrapped file) joins with a space."""
    if not text:
        return ()
    blocks = re.split(r"\n\s*\n", text.strip())
    return tuple(" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks)


def own_words(
    *, why: str | Path | None = None, headline: str | None = None, summary: str | Path | None = None
) -> OwnWords:
    """Read what the applicant gave for one application: ``why`` and ``summary`` as text, ``"@FILE"`` or a path;
    ``headline`` as text."""
    # A headline is one line typed where it is used: never a file, so "--headline notes.txt" is not read.
    (why_text, headline_text, summary_text), warnings = clean_given_text(
        why=read_own_words(why, what="why paragraph"),
        headline=headline,
        summary=read_own_words(summary, what="summary"),
    )
    return OwnWords(
        why=paragraphs_of(why_text),
        headline=" ".join(str(headline_text).split()) or None if headline_text is not None else None,
        summary=" ".join(paragraphs_of(summary_text)) or None,
        warnings=tuple(warnings),
    )


def with_own_words(profile: Profile, words: OwnWords) -> Profile:
    """The profile with the application's headline and summary in place of its label and summary."""
    update = {}
    if words.headline:
        update["label"] = words.headline
    if words.summary:
        update["summary"] = words.summary
    if not update:
        return profile
    return profile.model_copy(update={"basics": profile.basics.model_copy(update=update)})
