"""What names a job on a resume: its title, its employer, and the place beside them.

An entry's heading lines hold a job's fields in one of a few arrangements: one field to a line (the
employer over the title, or the title over the employer), both on one line ("Title, Employer, City",
"EMPLOYER | TITLE", "Data Scientist for Airconomy"), the place set apart at the right. The fields are read
line by line first (a tab on a line sets its fields apart); a line is cut at commas, bars and dashes only
when the lines give fewer than two fields, so "Microscopic Circus, Schrodinger's University" on its own line
stays one employer. Which field is the title is read from words (``job_titles.yaml`` and
``resume_words.yaml``): a title ends with a job-title word in English and German ("Site Reliability
Engineer", "Softwareentwickler") or starts with one in French and Spanish ("Ingénieur qualité",
"Técnica de Recursos Humanos"); an employer ends with an organisation's word ("Inc.", "GmbH") or starts
with one ("University of Bremen"). When the words do not tell, the field on the line of the dates is the
title, else the first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..postings.words import STATE_NAMES
from ..resources import language_data
from .addresses import without_address
from .name_words import names_a_unit, organisation_endings, organisation_starts, resume_words, title_words
from .places import is_lone_city, is_place, without_place

# Strong separators of the fields on one line; "at"/"chez"/"bei" before a capital is one too.
# White space around a separator is bounded (a run of spaces must not be rescanned from each of its positions).
# An en or em dash spaced on one side only sets fields apart too ("Stephen Wade Cadillac —Sales Representative").
_SEPARATORS = re.compile(r"\s{1,4}[|·•–—]\s{0,4}|[–—]\s{1,4}|\s{1,4}-\s{1,4}|\t+|,\s{1,4}|;\s{1,4}")
_DASHED = re.compile(r"\s{1,4}[|·•–—]\s{0,4}|[–—]\s{1,4}|\s{1,4}-\s{1,4}")
_MAX_FIELDS = 4
_WRAPPED_TAIL_WORDS = 3  # the last line of a name that wrapped is short


@cache
def _connectors() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words that put the employer after the title on one line: "at", "chez", "bei"; weaker ones that do so
    only when no stronger one is there: "for", "with", "pour")."""
    strong, weak = resume_words()["employer_connectors"]["strong"], resume_words()["employer_connectors"]["weak"]

    def pattern(words: list[str]) -> re.Pattern[str]:
        alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        return re.compile(rf"\s{{1,3}}(?:{alternation})\s{{1,3}}(?=[A-Z0-9À-Þ])")

    return pattern(strong), pattern(weak)


def _folded(piece: str) -> list[str]:
    return [word.strip(",.()&/:;").casefold() for word in re.split(r"[\s/]+", piece) if word.strip(",.()&/:;")]


def title_score(piece: str) -> int:
    """How surely ``piece`` is a job title: 2 when its head word is a title word (last in English and German,
    first in French and Spanish, or a German compound's ending), 1 when another of its words is. Accents do
    not count: capitals often drop them ("OPERATEUR INDUSTRIEL", "TECNICO")."""
    words = [_plain(word) for word in _folded(piece)]
    if not words:
        return 0
    titles, endings = _plain_titles()
    head = re.sub(r"\(.*$", "", piece).strip()  # "Data Engineer (Contract)": the head is before the brackets
    head_words = [_plain(word) for word in _folded(head)] or words
    if head_words[-1] in titles or head_words[0] in titles:
        return 2
    if any(len(word) > 8 and word.endswith(endings) for word in head_words):
        return 2
    return 1 if any(word in titles for word in words) else 0


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _plain_titles() -> tuple[frozenset[str], tuple[str, ...]]:
    """The title words and German compounds' title endings, without their accents."""
    endings = tuple(_plain(ending) for ending in resume_words()["compound_title_endings"])
    return frozenset(_plain(word) for word in title_words()), endings


def organisation_score(piece: str) -> int:
    """How surely ``piece`` is an organisation: 2 when it ends with an organisation's word ("Inc.", "GmbH",
    "University") or starts with one ("University of Bremen", "Hotel Phoenix"), else 0."""
    words = _folded(piece)
    if not words:
        return 0
    if words[-1] in organisation_endings() or words[0] in organisation_starts():
        return 2
    compounds = tuple(resume_words()["compound_organisation_endings"])
    if any(len(word) > 8 and word.endswith(compounds) for word in words[:2]):
        return 2  # "FernUniversität in Hagen", "Ingenieurbüro Teichmann"
    if len(words) > 1 and words[0] in organisation_endings() and words[1] in resume_words()["heading_joiners"]:
        return 2  # "Bank of America", "Department of Energy", "Institut für …"
    return 0


def _trimmed(piece: str) -> str:
    """``piece`` without the separators at its ends, and without a full stop unless it ends an abbreviation
    as printed ("Dunamu Inc.", "Grupo Alimentario Norteño S.A.")."""
    piece = piece.strip(" ,;|")
    while piece.endswith(".") and not _abbreviated(piece.split()[-1]):
        piece = piece[:-1].rstrip(" ,;|")
    return piece


def _abbreviated(word: str) -> bool:
    return word.casefold() in organisation_endings() or "." in word[:-1]


def line_fields(line: str, cities: bool = False) -> list[str]:
    """The fields of one heading line: its pieces set apart by tabs or bars ("EMPLOYER | TITLE"), each
    without a place at its start or end ("Spokane, WA, Desktop Support Manager"); with ``cities``, a field
    that is one of several drops a lone city after a comma too ("Misc Companies, Melbourne"), where a field
    naming both title and employer keeps it ("Data Analyst, Acme")."""
    pieces = [_trimmed(piece) for piece in re.split(r"\t|\s{1,4}\|\s{1,4}", line)]
    return [field for piece in pieces if piece and (field := _without_places(piece, cities))]


def _without_places(field: str, cities: bool) -> str:
    """``field`` without the comma-set places at its start or end; a lone city after a comma counts
    ("Laboratoires Verdanne, Évry-Courcouronnes"), an organisation or an acronym does not ("Lindqvist Lab,
    Carrow University", "R.O.K Cyber Command, MND"); so does a place after a spaced dash at its end
    ("Millennium Entertainment – Los Angeles, CA", "Ottawa School District - Remote"), and a place in brackets
    at its end ("Dirox (Ho Chi Minh City, Vietnam)")."""
    if field.endswith(")"):
        field = without_place(field)
    dashed = _DASHED.split(field)
    if len(dashed) > 1 and dashed[-1].strip() and is_place(dashed[-1]):
        field = field[: field.rfind(dashed[-1])].rstrip(" |·•–—-")
    parts = [part.strip() for part in field.split(", ")]
    while len(parts) > 2 and is_place(", ".join(parts[:2])):
        parts = parts[2:]
    while len(parts) > 2 and is_place(", ".join(parts[-2:])):  # "Orenco, Sutherland, OR": city and state
        parts = parts[:-2]
    while len(parts) > 1 and is_place(parts[-1]):  # "…, Seoul, S.Korea": the country, then its city below
        parts = parts[:-1]
    if cities and len(parts) > 1 and is_lone_city(parts[-1]):
        parts = parts[:-1]
    return _trimmed(", ".join(parts))


def field_count(line: str) -> int:
    """How many fields a heading line surely names: its tab- or bar-set fields, or the pieces a dash cuts its
    one field into ("Becaria de desarrollo — Beta S.A." names two; a comma or an "at" may be inside a title,
    "Teaching Assistant, BIOL 5120", "Game Developer Intern at Global Internship Program")."""
    fields = line_fields(line)
    if len(fields) != 1:
        return len(fields)
    return len([piece for piece in _DASHED.split(fields[0]) if piece.strip()])


def split_fields(text: str) -> list[str]:
    """One field cut at its separators: "Title, Employer, City", "EMPLOYER | TITLE", "Title at Employer";
    "Data Scientist for Airconomy" only when no stronger separator is there."""
    pieces: list[str] = []
    for piece in _outside_brackets(_SEPARATORS, text):
        piece = _trimmed(piece)
        if not piece:
            continue
        if pieces and piece.casefold() in organisation_endings():
            pieces[-1] = f"{pieces[-1]}, {piece}"  # "Omnious. Co., Ltd."
        else:
            pieces.append(piece)
    if len(pieces) >= 2:
        return pieces
    strong, weak = _connectors()
    for connector in (strong, weak):
        cut = connector.split(text, maxsplit=1)
        if len(cut) == 2 and cut[0].strip() and cut[1].strip():
            return [_trimmed(cut[0]), _trimmed(without_place(_trimmed(cut[1])))]
    # "Analista de datos en Northwind S.A.": "en" names the employer only before an organisation's name
    # ("Licenciado en Informática", "Técnico en Sistemas" are titles).
    cut = _organisation_connector().split(text, maxsplit=1)
    if len(cut) == 2 and title_score(cut[0]) and organisation_score(employer := _trimmed(without_place(cut[1]))) == 2:
        return [_trimmed(cut[0]), employer]
    # "Data Analyst (Northwind Inc.)": the employer in brackets after the title, named as an organisation
    # ("Data Engineer (Contract)", "Pharmacy Technician (Inpatient Pharmacy)" keep theirs).
    bracketed = re.fullmatch(r"(.{2,120}?)\s{0,3}\(([^()]{2,80})\)", text.strip())
    if bracketed and title_score(bracketed.group(1)) == 2 and _named_organisation(bracketed.group(2)):
        return [_trimmed(bracketed.group(1)), _trimmed(bracketed.group(2))]
    return pieces


def _outside_brackets(separators: re.Pattern[str], text: str) -> list[str]:
    """``text`` cut at the separators that stand outside brackets: "Dirox (Ho Chi Minh City, Vietnam) – Stage"
    is cut at its dash, not inside the bracket."""
    pieces, start = [], 0
    for match in separators.finditer(text):
        if text.count("(", 0, match.start()) <= text.count(")", 0, match.start()):
            pieces.append(text[start : match.start()])
            start = match.end()
    return [*pieces, text[start:]]


def _named_organisation(piece: str) -> bool:
    """An organisation's name by its legal form or kind ("Northwind Inc.", "Acme GmbH", "University of Bremen"),
    not only by a word a unit may end with ("Backend Team", "Sales Office")."""
    words = _folded(piece)
    return bool(words) and (words[-1] in _legal_forms() or words[0] in organisation_starts())


@cache
def _legal_forms() -> frozenset[str]:
    forms = set(language_data("job_titles")["company_name_endings"]) | set(resume_words()["legal_forms"])
    return frozenset(forms | {form.strip(".") for form in forms})


@cache
def _organisation_connector() -> re.Pattern[str]:
    words = resume_words()["employer_connectors"]["before_organisation"]
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s{{1,3}}(?:{alternation})\s{{1,3}}(?=[A-Z0-9À-Þ])")


def _dash_cut(field: str) -> tuple[str, str] | None:
    """(title, employer) of one field a spaced dash cuts in two, each side without the place set after its
    comma ("Orenco, Sutherland, OR — Draftsman", "Acme Corp — Analyst, Denver, CO"); the side that carried the
    place is the employer when the words do not tell (a place goes with the employer). None when a side keeps
    a comma ("Analyst, Acme — Berlin" is no such line) or when nothing was cut. A line that sets a hyphen
    and an en dash apart both is cut at the first kind only ("Asa Branca - Telemetry Engineer – Aerospace")."""
    sides = [_trimmed(side) for side in _first_dash_kind(field)]
    if len(sides) != 2 or not all(sides):
        return None
    kept = [_without_places(side, True) for side in sides]
    if not all(kept) or any(", " in side for side in kept):
        return None
    scores = [title_score(side) - organisation_score(side) for side in kept]
    if scores[0] != scores[1]:
        title = 0 if scores[0] > scores[1] else 1
    elif (kept[0] != sides[0]) != (kept[1] != sides[1]):
        title = 1 if kept[0] != sides[0] else 0
    else:
        return None
    return kept[title], kept[1 - title]


def _first_dash_kind(field: str) -> list[str]:
    """``field`` cut at its spaced dashes; when hyphens and en or em dashes both cut it, at the first kind only."""
    kinds = [match.group().strip() for match in re.finditer(r"\s{1,4}[-–—]\s{1,4}", field)]
    if len(set(kinds)) < 2:
        return _DASHED.split(field)
    return re.split(rf"\s{{1,4}}{re.escape(kinds[0])}\s{{1,4}}", field)


def dash_ends(field: str) -> tuple[str, str] | None:
    """(title, employer) of one field that dashes cut in three or more, the title at one end by its words and
    the rest the employer's name ("Ikergune - INZU Group - Software Engineer": a unit and its group)."""
    sides = [_trimmed(side) for side in _DASHED.split(field)]
    if len(sides) < 3 or not all(sides) or any(", " in side for side in sides):
        return None
    scores = [title_score(side) - organisation_score(side) for side in sides]
    for end, rest in ((len(sides) - 1, sides[:-1]), (0, sides[1:])):
        if scores[end] > 0 and all(scores[end] > title_score(side) for side in rest):
            return sides[end], " - ".join(rest)
    return None


def title_and_employer(lines: list[str], dated_line: int | None = None) -> tuple[str, str]:
    """The title and employer an entry's heading lines name; ``dated_line`` is the index of the line that
    held the dates (its field is the title when the words do not tell). A title the line broke after its
    connector ("Front-End Developer at" over "SheCodes") ends before it."""
    title, employer = _title_and_employer(lines, dated_line)
    words = title.split()
    connectors = resume_words()["employer_connectors"]
    if employer and len(words) > 1 and words[-1].casefold() in {*connectors["strong"], *connectors["weak"]}:
        title = _trimmed(" ".join(words[:-1]))
    return title, without_address(employer)


def _rejoined(lines: list[str], dated_line: int | None) -> tuple[list[str], int | None]:
    """The heading lines with a line a narrow column broke joined again, and where the dated line is then:
    after an open bracket ("Pharmacy Technician (Inpatient" over "Pharmacy)"), or, when no line held the dates,
    a lone word that ends the title a dash set after the employer ("Moxie Pest Control — Sales" over
    "Representative")."""
    joined: list[str] = []
    places: list[int] = []  # where each line went
    for line in lines:
        last = _DASHED.split(joined[-1])[-1] if joined and len(_DASHED.split(joined[-1])) > 1 else ""
        # (the line's closing bracket may be trimmed with the separators at its end)
        bracket = joined and joined[-1].count("(") > joined[-1].count(")") and "(" not in line
        ends_title = (
            dated_line is None
            and last
            and len(line.split()) == 1
            and title_score(line) == 2
            and not organisation_score(last)
            and title_score(last) < 2
            and title_score(f"{last} {line}") == 2
        )
        # "Asa Branca Rocket Design - Telemetry Engineer – Aerospace" over "Subsystems": a short line whose words
        # name nothing of their own goes on the dashed line's last piece
        ends_piece = (
            dated_line is None
            and last
            and len(line.split()) <= _WRAPPED_TAIL_WORDS
            and not title_score(line)
            and not organisation_score(line)
        )
        if bracket or ends_title or ends_piece:
            joined[-1] = f"{joined[-1]} {line}"
            if bracket and joined[-1].count("(") > joined[-1].count(")"):
                joined[-1] += ")"
        else:
            joined.append(line)
        places.append(len(joined) - 1)
    return joined, places[dated_line] if dated_line is not None and 0 <= dated_line < len(places) else dated_line


@cache
def _labels() -> dict[str, str]:
    """Each field label, lower-case, with the field it names ("title", "employer" or "other")."""
    return {label.casefold(): field for field, labels in resume_words()["field_labels"].items() for label in labels}


def labelled(line: str) -> tuple[str, str] | None:
    """(field, value) of a line a label starts ("Position: Data Analyst", "Employer\tAcme"); None if none."""
    found = re.match(r"\s{0,3}([^\W\d_][\w'’ ]{0,50}?)\s{0,3}(?::\s{0,4}|\t+)(.*)$", line)
    if not found or found.group(1).casefold().strip() not in _labels():
        return None
    return _labels()[found.group(1).casefold().strip()], _trimmed(found.group(2))


def _by_labels(lines: list[str]) -> tuple[str, str] | None:
    """(title, employer) of heading lines that label them; None when no line holds a title or employer label."""
    found: dict[str, str] = {}
    rest = []
    for line in lines:
        field = labelled(line)
        if field is None:
            rest.append(line)
        elif field[1]:
            found.setdefault(*field)
    if "title" not in found and "employer" not in found:
        return None
    fields = [field for line in rest for field in line_fields(line, cities=True)]
    title = found.get("title") or (fields.pop(0) if fields else "")
    employer = found.get("employer") or (fields[0] if fields else "")
    return title, _without_places(employer, True)


def _title_and_employer(lines: list[str], dated_line: int | None) -> tuple[str, str]:
    if (by_labels := _by_labels(lines)) is not None:
        return by_labels
    if len(lines) > 1:
        lines, dated_line = _rejoined(lines, dated_line)
    by_line = [line_fields(line) for line in lines]
    if sum(len(fields) for fields in by_line) >= 2:  # one of several fields: a city after its comma is a place
        by_line = [line_fields(line, cities=True) for line in lines]
    fields = [fields[0] for fields in by_line if fields]
    extras = [field for fields in by_line for field in fields[1:]]
    dated = None
    if dated_line is not None and 0 <= dated_line < len(by_line) and by_line[dated_line]:
        dated = by_line[dated_line][0]
    if len(fields) + len(extras) < 2 and fields and (dashed := _dash_cut(fields[0]) or dash_ends(fields[0])):
        return dashed
    if len(fields) + len(extras) < 2:  # one field in all: cut it at its commas, dashes or "at"
        fields = [piece for field in fields for piece in split_fields(field)] + extras
    else:
        fields += extras
    fields = [field for field in _with_campus(fields) if not is_place(field)][:_MAX_FIELDS]
    if not fields:
        return "", ""
    if len(fields) == 1:
        return (fields[0], "") if organisation_score(fields[0]) <= title_score(fields[0]) else ("", fields[0])
    scores = [title_score(field) - organisation_score(field) for field in fields]
    best = max(scores)
    title = next(
        (field for field, score in zip(fields, scores, strict=True) if score == best and field == dated),
        fields[scores.index(best)],
    )
    rest = [field for field in fields if field is not title]
    # "Professor, Computer Science Department, University of Tennessee": the unit is part of the employer
    units = {field for field in rest if names_a_unit(field)}
    units = units if len(units) < len(rest) else set()
    employer = max(
        rest,
        key=lambda field: (organisation_score(field) - title_score(field) - (field in units), -rest.index(field)),
    )
    # "Analytical Lead, Medicines Analysis Team, NHSEI": an organisation named only by its initials says little
    # alone; the unit before it goes with it
    at = fields.index(employer)
    if _is_acronym(employer) and at and fields[at - 1] in units:
        employer = f"{fields[at - 1]}, {employer}"
    elif employer in units and at + 1 < len(fields) and _is_acronym(fields[at + 1]):
        employer = f"{employer}, {fields[at + 1]}"
    return _with_second_title(lines, fields, title, employer), employer


def _with_campus(fields: list[str]) -> list[str]:
    """``fields`` with a state university's campus kept with its name: "University of California, San Diego"
    and "University of Tennessee, Knoxville" are one employer each, the city after the comma naming which of the
    state's universities it is, where after another name a city is only its place."""
    joined: list[str] = []
    for field in fields:
        state = re.search(r"\bof\s+([A-Z][A-Za-z ]{2,20})$", joined[-1]) if joined else None
        if (
            state
            and state.group(1).casefold() in STATE_NAMES
            and organisation_score(joined[-1])
            and is_lone_city(field)
        ):
            joined[-1] = f"{joined[-1]}, {field}"
        else:
            joined.append(field)
    return joined


# Two capitals in a short word: "NHSEI", "DfE", "DWP". No lookahead, so a search over hostile text stays linear.
_ACRONYM = re.compile(r"[A-Z][a-z]{0,5}[A-Z][A-Za-z]{0,5}")


def _is_acronym(field: str) -> bool:
    return len(field) <= 7 and _ACRONYM.fullmatch(field) is not None


def _with_second_title(lines: list[str], fields: list[str], title: str, employer: str) -> str:
    """The title with a second one named beside it for the same employment ("Retail assistant • Duty manager •
    Iceland Frozen Foods"): a neighbouring field that names a title and nothing of an organisation is part of
    it, kept as printed; the same title twice ("Butcher • butcher • …") is one."""
    at = fields.index(title)
    for other in (fields[at + 1] if at + 1 < len(fields) else "", fields[at - 1] if at else ""):
        if not other or other is employer or other.casefold() == title.casefold():
            continue
        if title_score(other) != 2 or organisation_score(other) or is_place(other):
            continue
        first, second = (title, other) if fields.index(other) > at else (other, title)
        printed = re.search(rf"{re.escape(first)}(\s*[•|/·]\s*){re.escape(second)}", "\n".join(lines))
        if printed:
            return f"{first}{printed.group(1)}{second}"
    return title
