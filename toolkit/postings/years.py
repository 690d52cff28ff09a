"""Years of experience a posting asks for, and what they are years of.

"3-5 years" is 3, "Two (2) years" 2, "6 months" 0.5; ages, deadlines and contract lengths are not
years of experience. "2+ years of experience with Java or Go" says its years are of Java or Go.
"""

from __future__ import annotations

import re

from .sentences import CURLY, MAX_LINE
from .words import GENERIC_QUALIFIER_WORDS, NUMBER_WORDS, QUALIFIER_FILLERS, ROLE_NOUNS

_NUMBER = r"(?:[0-9]{1,2}(?:\.[0-9])?|" + "|".join(NUMBER_WORDS) + r")"

# "3+ years", "3-plus years", "3–5 years", "Two (2) years", "Seven or more years", "6 months", "at least one year".
_YEARS = re.compile(
    rf"(?<![\w.$-])({_NUMBER})(?:\s?\([0-9]{{1,2}}\))?(?:\s?\+|[\s-]plus)?(?:\s?(?:-|–|—|to)\s?{_NUMBER})?"
    rf"(?:\s(?:or|and) more)?(?:\s\+)?[\s-](years?|yrs?|months?)\b",
    re.IGNORECASE,
)

# "within your first six months" is a deadline, not experience asked ("more than 3 years" of experience is asked).
_NOT_EXPERIENCE_YEARS = re.compile(
    r"\b(?:over|within(?: (?:your|the|their))?(?: first)?|after|every|per|(?<!\bmore )than|for the past|in the last|"
    r"in)\s$",
    re.IGNORECASE,
)

_AGE = re.compile(r"\s(?:old|of age|or older)\b", re.IGNORECASE)
# What follows a figure that makes it no experience: "12 months from the day they start" (a deadline), "2 years of
# college" (schooling), "months of employment" (the contract).
_NOT_EXPERIENCE_AFTER = re.compile(
    r"\s(?:\([^()]{0,40}\)\s)?(?:from|after|of (?:hire|employment|the (?:start|date))|to (?:obtain|complete|earn|get)|"
    r"of (?:college|university|study|coursework|school|higher education|post-?secondary|undergraduate|graduate)|"
    r"(?:degree|program|college|school|contract|commitment|term|warranty|appointment|assignment)s?|"
    # "a 1-year Emergency License": how long a credential lasts
    r"(?:[A-Z][a-z]{1,20}\s){1,2}(?:License|Licence|Permit|Certificate|Visa))\b",
    re.IGNORECASE,
)

NO_EXPERIENCE = re.compile(
    r"\bno (?:prior |previous )?(?:[a-z]+ )?experience (?:is )?(?:necessary|required|needed)\b", re.IGNORECASE
)


def years_in(text: str) -> float | None:
    """The minimum years of experience a clause asks for ("3–5 years" is 3, "6 months" is 0.5), else None."""
    found = years_where(text)
    return found[0] if found else None


def years_where(text: str) -> tuple[float, int] | None:
    """The years a clause asks for and where their figure starts, else None."""
    for match in _YEARS.finditer(text[:MAX_LINE]):
        if _NOT_EXPERIENCE_YEARS.search(text[max(0, match.start() - 24) : match.start()]):
            continue
        if _AGE.match(text, match.end()) or _NOT_EXPERIENCE_AFTER.match(text, match.end()):
            continue  # "At least 21 years old", "2 years of college", "12 months from the day you start"
        number = match.group(1).casefold()
        value = float(NUMBER_WORDS[number]) if number in NUMBER_WORDS else float(number)
        if match.group(2).casefold().startswith("month"):
            value = round(value / 12, 2)
        if 0 < value <= 40:
            return value, match.start()
    return None


_QUALIFIER_END = re.compile(
    r"[;(]|,?\s(?:including|preferred|preferably|ideally|required|is|are|a plus|or equivalent)\b", re.IGNORECASE
)


def years_qualifier(text: str) -> str:
    """What a years line says the years are of: "2+ years of experience with Java or Go" -> "Java or Go",
    "3+ years of professional Python experience" -> "Python"; "" when it names no field, skill or role."""
    text = text[:MAX_LINE].translate(CURLY)
    for match in _YEARS.finditer(text):
        if _NOT_EXPERIENCE_YEARS.search(text[max(0, match.start() - 24) : match.start()]) or _AGE.match(
            text, match.end()
        ):
            continue
        rest = text[match.end() :]
        end = _QUALIFIER_END.search(rest)
        said = rest[: end.start()] if end else rest
        if end and end.group().casefold().endswith(("preferred", "a plus")) and "," in said:
            # "accounting experience, public accounting a plus": the part after the comma is a wish of its own
            said = said[: said.rindex(",")]
        words = said.strip(" .:").split()
        while words and words[0].casefold() in QUALIFIER_FILLERS:
            words.pop(0)
        while words and words[-1].casefold().strip(".,") in QUALIFIER_FILLERS:
            words.pop()
        if all(word.casefold().strip(".,") in GENERIC_QUALIFIER_WORDS | QUALIFIER_FILLERS for word in words):
            return ""
        return " ".join(words)
    return ""


def qualifier_groups(qualifier: str) -> list[list[str]]:
    """The things a years qualifier names, as groups of alternatives, every group needed: "Java or Go" ->
    [[Java, Go]]; "Python and Django" -> [[Python], [Django]]; "lead or supervisory role" -> [[lead role,
    supervisory role]] (a role word is shared: "lead" alone is no role)."""
    qualifier = qualifier.strip(" .,")
    if not qualifier:
        return []
    either = re.search(r"\bor\b|/", qualifier) is not None
    parts = re.split(r"\s+and\s+", qualifier) if not either else [qualifier]
    groups = []
    for part in parts:
        pieces = [piece.strip() for piece in re.split(r"\s*(?:,|/|\band/or\b|\bor\b)\s*", part) if piece.strip()]
        if not either and len(pieces) > 1:  # "Python, Django and SQL": every one needed
            groups += [[piece] for piece in pieces]
            continue
        last = pieces[-1].split()[-1] if pieces else ""
        if last.casefold() in ROLE_NOUNS:
            pieces = [piece if piece.split()[-1] == last else f"{piece} {last}" for piece in pieces]
        groups.append(pieces)
    return groups
