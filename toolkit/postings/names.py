"""Whether a header line reads as a job title or as an organisation's name.

The evidence is in the words (job-title head words and levels; an organisation's name ending,
templates/language/job_titles.yaml) and in the body naming one of them as the employer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..resources import language_data
from .places import MAX_HEADER_LINE

# Header parts that are not a title or a company: pay, shifts, counts, seniority, dates.
NOT_A_NAME = re.compile(
    r"[$0-9]|\b(?:shift|nights?|days|evenings?|weekends?|bonus|sign-on|hourly|per hour|an hour|salary|"
    r"applicants?|reposted|posted|ago|level|monday|friday|schedule|overtime)\b",
    re.IGNORECASE,
)

# A level in a title ("Software Engineer II", "Sr. Accountant"): a header line holding one reads as the title.
_TITLE_LEVEL = re.compile(r"\b(?:I{1,3}|IV|[1-4]|Sr\.?|Jr\.?|Senior|Junior|Entry[- ]Level)\b")


@cache
def _title_words() -> frozenset[str]:
    """Head words of job titles on any board (templates/language/job_titles.yaml): a header line holding
    one reads as the title, a line without one as the company, when the two must be told apart."""
    titles = language_data("job_titles")
    return frozenset(titles["title_words"]) | frozenset(titles["occupation_head_words"])


def names_a_job_title(term: str) -> bool:
    """Whether a term is a job title: its last word heads titles ("Registered Nurse", "RN", "Medical Coder");
    "ICD-O-3", "Tableau Server" and "wound care" are not."""
    words = re.findall(r"[^\W_]+", term.casefold())
    return bool(words) and words[-1] in _title_words()


def without_board_word(title: str) -> str:
    """``title`` without a word a board adds after it ("SOUS CHEF job", "Welder Vacancy"), when what is left
    still names a job; a letter would otherwise seek "the SOUS CHEF job position"."""
    head, _, last = title.rstrip().rpartition(" ")
    if head and last.casefold() in language_data("job_boards")["title_board_words"] and names_a_job_title(head):
        return head.rstrip(" -–|:")
    return title


@cache
def _company_name_endings() -> frozenset[str]:
    """Last words of organisations' names (templates/language/job_titles.yaml): a "Title - X" part ending
    in one is the company even when the body never names it again."""
    return frozenset(language_data("job_titles")["company_name_endings"])


def visible(text: str) -> str:
    """``text`` without Unicode format characters (bidi overrides, zero-width joiners and marks)."""
    return "".join(character for character in text if unicodedata.category(character) != "Cf").strip()


def is_title_like(text: str) -> bool:
    """True when ``text`` holds a job-title word or a level ("Software Engineer I", "Shift Lead")."""
    return has_title_head(text) or bool(_TITLE_LEVEL.search(text.split(" (")[0] + " "))


def has_title_head(text: str) -> bool:
    """True when ``text`` holds a word that heads job titles ("Engineer", "Caregiver", "Kitchen Staff"); a level
    alone ("Sunrise Senior Living") is no title's head."""
    words = [word.strip(",.()/").casefold() for word in re.split(r"[\s/-]+", text)]
    titles = _title_words()
    # "Warehouse Associates", "Special Education Teachers": a posting for several openings names them in the plural.
    plural = any(
        word.endswith("s") and (word[:-1] in titles or (word.endswith("es") and word[:-2] in titles)) for word in words
    )
    # "Kitchen Staff", "Patient Care Tech II - Critical Care": a word that heads a title only at its end (before a
    # level or a dash part), after another
    core = re.split(r"\s[-–—]\s|\s\(|,", text)[0].split()
    while core and _TITLE_LEVEL.fullmatch(core[-1]):
        core.pop()
    last = [word.strip(",.()/").casefold() for word in core]
    ends_as_a_title = len(last) >= 2 and last[-1] in _last_title_words()
    return any(word in titles for word in words) or plural or ends_as_a_title


@cache
def _last_title_words() -> frozenset[str]:
    return frozenset(language_data("job_titles")["last_title_words"])


def is_company_like(text: str) -> bool:
    """True when ``text`` is a name that ends like an organisation's ("Brazos Apps", "Inland Freight Co")."""
    return looks_like_a_name(text) and not is_title_like(text) and ends_like_a_company(text)


def ends_like_a_company(text: str) -> bool:
    words = PARENTHESES.sub(" ", text).split()
    return bool(words) and words[-1].casefold().rstrip(",") in _company_name_endings()


def named_as_employer(name: str, body_text: str) -> bool:
    """True when the body names ``name`` as the employer: "About X", "Join X", "at X", "X is ...", "X helps ..."."""
    if not name or len(name) > 80:
        return False
    quoted = re.escape(name)
    pattern = re.compile(
        rf"(?:^(?:about|join|life at|working at|why)\s+{quoted}\s*$|\b(?:at|join|joining)\s+{quoted}(?![\w-])|"
        rf"(?:^|[.!?]\s+){quoted}(?:'s)?\s+(?:is|are|was|has|helps|builds|makes|serves|provides|offers)\b)",
        re.IGNORECASE,
    )
    return any(pattern.search(line[:MAX_HEADER_LINE]) for line in body_text.splitlines())


def looks_like_a_name(text: str) -> bool:
    """Capitalised words, no digits, not too long: "Blue Heron Health System", "Fieldnote Labs"."""
    words = text.split()
    if not 1 <= len(words) <= 8 or NOT_A_NAME.search(text) or ":" in text or text.endswith("!"):
        return False
    capitalised = [word for word in words if word[:1].isupper()]
    return len(capitalised) >= max(1, len(words) - 2) and words[0][:1].isupper()


PARENTHESES = re.compile(r"\(([^()]{0,200})\)")


# "National/Texas Law Enforcement Telecommunications Systems (NLETS/TLETS)": two names sharing their last words, each
# with its initials.
_SHARED_WORDS = re.compile(
    r"\b([A-Z][a-z]{1,20})/([A-Z][a-z]{1,20}) ((?:[A-Z][\w-]{1,30} ){0,5}[A-Z][\w-]{1,30}) "
    r"\(([A-Z]{2,8})/([A-Z]{2,8})\)"
)


def shared_words_spelled_out(text: str) -> str:
    """``text`` with each pair of names that share their words written out whole: "National Law Enforcement
    Telecommunications Systems (NLETS) and Texas Law Enforcement Telecommunications Systems (TLETS)" (R5, R11)."""
    return _SHARED_WORDS.sub(
        lambda found: f"{found[1]} {found[3]} ({found[4]}) and {found[2]} {found[3]} ({found[5]})", text
    )


_NAME_JOINING_WORDS = frozenset({"of", "and", "&", "the", "for", "at", "de", "la"})


def written_as_a_name(part: str) -> bool:
    """ "Wilson County Government", "City of Locust Grove": each word capitalised but a joining one, and not
    opening on a preposition; "In Public Works, the ..." opens a sentence, "College degree in Computer Science"
    is a list's item."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", part)
    return (
        bool(words)
        and words[0].casefold() not in _not_name_openers()
        and all(word[:1].isupper() or word in _NAME_JOINING_WORDS for word in words)
    )


@cache
def _not_name_openers() -> frozenset[str]:
    return frozenset(language_data("job_boards")["not_name_openers"])
