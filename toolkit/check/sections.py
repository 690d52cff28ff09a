"""A resume's sections: which lines are headings, of which kind, in which language.

Headings are read from data (``templates/language/resume_words.yaml``): the usual names of each kind of
section in each language the data lists (English, German, French, Spanish, Italian, Portuguese: "Work Experience",
"Berufserfahrung", "Formation", "Habilidades", "Formazione"), and longer headings that end with a kind's word
("Research Experience", "Professional Teaching & Writing Experience"). A heading set with letter spacing
("E X P E R I E N C E") or read without its spaces ("WorkExperience") is read too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from ..resources import language_data
from .extraction import flatten
from .name_words import is_organisation_word

# "P R O F E S S I O N A L  E X P E R I E N C E": a heading set with letter spacing reads back one letter at a time.
_LETTER_SPACED = re.compile(r"^(?:[^\W\d_]{1,2} {1,2}){3,60}[^\W\d_]{1,2}$")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
# Marks a theme puts before or after a heading's words ("■ Experience", "Education ―", "1. Skills").
_DECORATION = re.compile(r"^[\W\d_]{0,4}\s*|[\s\W_]{0,4}$")
MAX_HEADING_LINE = 200
# A line set as an item of a list or a sentence: opened by a bullet glyph, or closed by the ";" or "," that runs a
# list on, or by a full stop.
_BULLET_GLYPH = re.compile(r"^\s*([•·▪◦‣›●○■□➢➤►▶✓✔❖◆◇→\uf0a7\uf0b7])\s")
_LISTED = re.compile(r"^\s*[•·▪◦‣›●○■□➢➤►▶✓✔❖◆◇→\uf0a7\uf0b7]\s|[;,.]\s*$")
_HEADER = "header"  # the lines above the first heading (name, contact)


@dataclass(frozen=True)
class Heading:
    kind: str  # one of the kinds in resume_words.yaml (work, education, skills, ...)
    language: str | None  # "en", "de", "fr", "es"; None when the heading is in every language's list or none
    exact: bool = True  # one of the usual names, not a longer heading read by its head word


@cache
def _tables() -> tuple[dict[str, Heading], dict[str, str], dict[str, str], int]:
    """(the usual headings, head words that end a longer heading, first words that start one, most words),
    each keyed as written and without its accents ("competences" for "compétences", as capitals often
    drop them)."""
    words = language_data("resume_words")
    exact: dict[str, Heading] = {}
    for kind, by_language in words["headings"].items():
        for language, names in by_language.items():
            for name in names:
                key = _key(name)
                known = exact.get(key)
                exact[key] = Heading(kind, None) if known and known.language != language else Heading(kind, language)
    for key, heading in list(exact.items()):
        exact.setdefault(_plain(key), heading)
    last = {_key(word): kind for kind, head in words["head_words"].items() for word in head}
    first = {_key(word): kind for kind, head in words["first_words"].items() for word in head}
    for table in (last, first):
        for key, kind in list(table.items()):
            table.setdefault(_plain(key), kind)
    return exact, last, first, int(words["max_heading_words"])


def _plain(text: str) -> str:
    """``text`` without its accents ("expérience" -> "experience")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _unspaced() -> dict[str, Heading]:
    """Each usual heading without its spaces ("professionalexperience"), for headings read one letter at a time."""
    return {key: heading for key, (heading, _) in _unspaced_names().items()}


@cache
def _unspaced_names() -> dict[str, tuple[Heading, str]]:
    return {key.replace(" ", ""): (heading, key) for key, heading in _tables()[0].items()}


def _key(text: str) -> str:
    """``text`` as the tables key it: lower-case, one space between words, and "and", "und", "et", "y" written
    "&" ("Courses and Certifications" is "Courses & Certifications")."""
    words = text.casefold().replace("’", "'").replace("&", " & ").split()
    return " ".join("&" if word in _conjunction_words() else word for word in words)


@cache
def _conjunction_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in language_data("resume_words")["conjunctions"])


@cache
def kinds() -> tuple[str, ...]:
    """Every section kind jobkit knows, in the data's order."""
    return tuple(language_data("resume_words")["headings"])


@lru_cache(maxsize=4096)
def heading_of(line: str) -> Heading | None:
    """The kind (and language) of section ``line`` opens, or None when it is no heading."""
    raw = line.strip()[:MAX_HEADING_LINE]
    if _LETTER_SPACED.match(raw):
        if "  " not in raw:  # "P R O F E S S I O N A L E X P E R I E N C E": the word gaps are lost too
            return _unspaced().get(raw.replace(" ", "").casefold())
        raw = " ".join(group.replace(" ", "") for group in re.split(r" {2,}", raw))
    text = _DECORATION.sub("", flatten(raw)).rstrip(":").strip()
    if not text or len(text) > 80:
        return None
    found = _heading_words(text)
    if found is not None and not found.exact and raw.endswith(":") and not _ends_as_a_heading(text):
        return None  # "Competenze e conoscenze acquisite:": a label inside an entry ("Personal skills:" is one)
    if found is None and (bracketed := re.fullmatch(r"(.{2,60}?)\s{0,3}\([^()\d]{1,40}\)?", text)):
        found = _heading_words(bracketed.group(1))  # "Work Experience (Selected)", "Experience (continued)"
    if found is None and _CAMEL.search(text) and " " not in text.strip():
        found = _heading_words(_CAMEL.sub(" ", text))  # "WorkExperience": a heading read without its spaces
    if found is not None and not found.exact and (_LISTED.search(raw) or re.search(r"\w\s?:\s*\w", raw)):
        # "• Performed general DevOps activities;": an item of a list, read by its last word only; "Compétences
        # acquises : Créativité, Organisation": a label with its values after the colon
        return None
    return found


def _heading_words(text: str) -> Heading | None:
    exact, last, first, most = _tables()
    key = _key(text)
    if key in exact or _plain(key) in exact:
        return exact.get(key) or exact[_plain(key)]
    qualifier, _, rest = key.partition(" ")
    if rest and qualifier in _qualifiers() and (rest in exact or _plain(rest) in exact) and _set_as_heading(text):
        found = exact.get(rest) or exact[_plain(rest)]  # "Autres formations", "Weitere Ausbildung"
        return Heading(found.kind, found.language, exact=False)
    words = _plain(key).replace(",", " ").split()
    if not 2 <= len(words) <= most or any(character.isdigit() for character in text) or "@" in text:
        return None
    if text.endswith((".", ",", ";")) or re.search(r"\s[|·•]\s", text) or not _set_as_heading(text):
        return None  # "State University | Department of History" sets two names apart: an entry's line
    # "Skills & Interests", "Honors, Awards & Certifications": the first of joined headings says the kind.
    joined = re.split(rf",? (?:{_conjunctions()}|/) |, ", _plain(key), maxsplit=1)
    if len(joined) == 2 and joined[0].split():  # "Programming Languages & Tools": a usual name first
        kind = exact[joined[0]].kind if joined[0] in exact else last.get(joined[0].split()[-1])
    else:
        kind = None
    head = words[-2] if words[-1] in _trailing_qualifiers() else words[-1]  # "Relevant Courses Taken"
    if not kind and is_organisation_word(head) and not any(word in last or word in first for word in words[:-1]):
        return None  # "Opencube Technologies": a name that ends as an employer's does and says nothing else
    kind = kind or last.get(head) or (first.get(words[0]) if words[1] not in _entry_words() else None)
    # Usual names joined ("Trayectoria y Experiencia", "Skills & Interests") are as sure a heading as one alone.
    parts = re.split(rf",? (?:{_conjunctions()}|/) |, ", _plain(key))
    sure = len(parts) > 1 and all(part in exact for part in parts)
    return Heading(kind, None, exact=sure) if kind else None


@cache
def _qualifiers() -> frozenset[str]:
    """Words French, Spanish and German put before a usual heading ("Autres formations", "Principales
    compétences", "Otros estudios", "Weitere Kenntnisse")."""
    return frozenset(_key(word) for word in language_data("resume_words")["heading_qualifiers"])


@cache
def _trailing_qualifiers() -> frozenset[str]:
    """Words English sets after a heading's head word ("Courses Taken", "Certifications Obtained")."""
    return frozenset(_key(word) for word in language_data("resume_words")["heading_trailing_qualifiers"])


@cache
def _entry_words() -> frozenset[str]:
    """Words that, second on a line, make its first word an entry's ("Ausbildung zum Verkäufer", "Studium
    zur Lehrerin"): no heading goes on so."""
    return frozenset(_key(word) for word in language_data("resume_words")["first_word_entries"])


def _set_as_heading(text: str) -> bool:
    """Written as a heading: in capitals, or every longer word capitalised ("Research Experience",
    "Professional Teaching & Writing Experience"), or a French or Spanish heading whose first word is."""
    letters = [character for character in text if character.isalpha()]
    if letters and all(character.isupper() for character in letters):
        return True
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) > 3]
    return bool(words) and (all(word[0].isupper() for word in words) or text[0].isupper())


def _ends_as_a_heading(text: str) -> bool:
    """Every longer word capitalised, or the last word a heading's head word ("Personal skills")."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) > 3]
    _, last, _, _ = _tables()
    plain = _plain(_key(text)).split()
    return (bool(words) and all(word[0].isupper() for word in words)) or bool(plain and plain[-1] in last)


def known_languages() -> str:
    """The languages whose headings jobkit reads, as a phrase ("English, German, French, Spanish and Italian")."""
    names = list(language_data("resume_words")["languages"].values())
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def section_kind(name: str) -> str | None:
    """The kind of a section by the name ``split_sections`` gives it (its heading); None for the header."""
    if name == _HEADER:
        return None
    heading = heading_of(name)
    return heading.kind if heading else None


def split_sections(text: str) -> list[tuple[str, str]]:
    """(section name, line) for every non-empty line; the name is the heading as written (title-cased), or
    "header" above the first heading.

    A page that sets each heading in a left gutter, level with the section's first line, reads back as
    "Work Inpatient Pharmacy Technician": when no line is a heading on its own, lines that start with a
    heading's name and go on with a capitalised word open sections (two such lines at least, so one job
    title such as "Education Coordinator" cannot make a section of its own).
    """
    return _read_sections(text)[0]


def section_names(text: str) -> list[str]:
    """The name of every section of ``text`` in page order, those with no line of their own included (a
    heading right over a sub-heading: "Honors & Awards" over "International Awards")."""
    return _read_sections(text)[1]


def read_sections(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """``split_sections`` and ``section_names`` of ``text`` at once."""
    return _read_sections(text)


@cache
def _conjunctions() -> str:
    words = language_data("resume_words")["conjunctions"]
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _conjunction_end() -> re.Pattern[str]:
    """A line that ends with "and" (a heading wrapped: "EDUCATION AND" / "TRAINING")."""
    joiners = "|".join(re.escape(word) for word in language_data("resume_words")["heading_joiners"])
    return re.compile(rf"\s(?:{_conjunctions()}|{joiners})$", re.IGNORECASE)


def _headings(raw_lines: list[str]) -> list[Heading | None]:
    """Each line's heading, or None. A heading wrapped after its "and" ("EDUCATION AND" / "TRAINING") is read
    on its first line (its second is then no line of its own: ``_WRAPPED``); a heading read only by its head
    word right under another heading is the first line of that section ("Education" / "Institution of
    Example Certifications"), not a section of its own."""
    headings: list[Heading | None] = []
    for number, line in enumerate(raw_lines):
        heading = heading_of(line)
        if number + 1 < len(raw_lines) and _conjunction_end().search(line.strip()):
            joined = heading_of(f"{line.strip()} {raw_lines[number + 1].strip()}")
            if joined is not None and (joined.exact or heading is None or not heading.exact):
                heading = _WRAPPED
        if heading is not None and not heading.exact and headings and headings[-1] is not None:
            heading = None
        if headings and headings[-1] is _WRAPPED:
            heading = _CONTINUED
        if heading is not None and _in_a_list(raw_lines, number):
            heading = None  # "•<tab>SOFTWARE" between "•<tab>KREATIVITÄT" and "•<tab>FITNESS": an item, not a heading
        headings.append(heading)
    # A name that recurs under entry after entry ("Highlights", "Compiti svolti") labels their parts: a
    # section's heading is set once (twice with "continued" after a page break).
    recurring = Counter(_key(line) for line, heading in zip(raw_lines, headings, strict=True) if heading)
    return [
        None if heading and recurring[_key(line)] >= _RECURRING else heading
        for line, heading in zip(raw_lines, headings, strict=True)
    ]


def _in_a_list(raw_lines: list[str], number: int) -> bool:
    """The line carries a bullet glyph, and so does the line above or below it: an item among items."""
    bullet = _BULLET_GLYPH.match(raw_lines[number])
    if not bullet:
        return False
    neighbours = raw_lines[max(number - 1, 0) : number] + raw_lines[number + 1 : number + 2]
    return any(line.lstrip().startswith(bullet.group(1)) for line in neighbours)


_RECURRING = 3  # a heading set this many times is a label inside entries
_WRAPPED = Heading("wrapped", None)  # the first line of a heading set on two lines
_CONTINUED = Heading("continued", None)  # its second line


# A rule drawn with characters ("______", "=======", "- - - - -"): decoration, never a line of content.
_RULE = re.compile(r"^[\s_=~*·•.\-–—]{5,}$")


def _read_sections(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    raw_lines = [line for line in text.splitlines() if line.strip() and not _RULE.match(line[:MAX_HEADING_LINE])]
    headings = _headings(raw_lines)
    # A layout that sets its headings in a gutter beside the first line of each section ("Work Colba S.L.")
    # when they outnumber the headings on lines of their own (a label under each entry, "Highlights", is one).
    named = {_key(line) for line, heading in zip(raw_lines, headings, strict=True) if heading is not None}
    gutter = {
        number: found
        for number, line in enumerate(raw_lines)
        if headings[number] is None and (found := _gutter_heading(_kept_apart(line)))
    }
    # "Skills: C++, CMake" under each job labels a line; a gutter's heading is set once, without a colon
    once = Counter(name for name, _ in gutter.values())
    gutter = {number: found for number, found in gutter.items() if once[found[0]] < _RECURRING}
    if len(gutter) < 2 or len(gutter) <= len(named):
        gutter = {}
    section = _HEADER
    lines = []
    names: list[str] = []
    for number, (line, heading) in enumerate(zip(raw_lines, headings, strict=True)):
        if number in gutter:
            name, rest = gutter[number]
            section = name
            names.append(name)
            lines.append((section, rest))
            continue
        stripped = _kept_apart(line)
        if heading is _CONTINUED:
            continue
        if heading is _WRAPPED:
            section = _name_of(f"{line.strip()} {raw_lines[number + 1].strip()}")
            names.append(section)
            continue
        if heading is not None:
            section = _name_of(line)
            names.append(section)
            continue
        lines.append((section, stripped))
    return lines, list(dict.fromkeys(names))


def _kept_apart(line: str) -> str:
    """``line`` with its white space folded, but a tab kept where the line sets things apart (a DOCX tab stop,
    a wide gap on a PDF line): "Dunamu Inc.\tSeoul, S.Korea" names two things."""
    return "\t".join(piece for piece in (flatten(part) for part in line.split("\t")) if piece)


def _name_of(line: str) -> str:
    """A heading's line as the section's name: its words, title-cased ("WORK EXPERIENCE" -> "Work Experience")."""
    text = line.strip()[:MAX_HEADING_LINE]
    if _LETTER_SPACED.match(text) and "  " not in text:
        known = _unspaced_names().get(text.replace(" ", "").casefold())
        return known[1].title() if known else text
    if _LETTER_SPACED.match(text):
        text = " ".join(group.replace(" ", "") for group in re.split(r" {2,}", text))
    text = _DECORATION.sub("", flatten(text)).rstrip(":").strip()
    if " " not in text and _CAMEL.search(text):
        text = _CAMEL.sub(" ", text)
    return text.title() if text.isupper() or text.islower() else text


def _gutter_heading(line: str) -> tuple[str, str] | None:
    """(heading, the rest) when ``line`` starts with a section's usual name followed by a capitalised word
    or a number ("Education Columbia Gorge Community College"); the longest name wins."""
    exact, _, _, most = _tables()
    words = line[:MAX_HEADING_LINE].split(" ", most)
    for count in range(min(most, len(words) - 1), 0, -1):
        name = " ".join(words[:count])
        rest = line[len(name) :].strip()
        if _key(name) in exact and (rest[:1].isupper() or rest[:1].isdigit()):
            return _name_of(name), rest
    return None


def headings_language(text: str) -> tuple[str | None, int]:
    """The language of the resume's recognised headings (the most common one) and how many were recognised."""
    found = [heading for line in text.splitlines() if line.strip() and (heading := heading_of(line))]
    languages = Counter(heading.language for heading in found if heading.language)
    return (languages.most_common(1)[0][0] if languages else None), len(found)


_MIN_UNKNOWN_HEADINGS = 3
_CAPITALS_LINE = re.compile(r"^[^\W\d_][^\W\d_'’ &-]{2,40}$")


def unknown_headings(text: str) -> list[str]:
    """Lines set as headings (short, in capitals, alone on their line) when jobkit knows almost none of the
    resume's headings: a sign they are in a language it does not read ("ERFARENHET", "UTBILDNING")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if heading_of(line)) >= 2:
        return []
    candidates = [
        line
        for line in lines[3:]  # the name and headline come first, often in capitals
        if _CAPITALS_LINE.match(line) and line.isupper() and len(line.split()) <= 4
    ]
    unique = list(dict.fromkeys(candidates))
    return unique if len(unique) >= _MIN_UNKNOWN_HEADINGS else []
