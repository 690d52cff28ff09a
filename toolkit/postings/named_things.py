"""Hard skills a text names anywhere, found by what they are: lexicon terms and runs of capitalised words.

An applicant tracking system matches hard skills wherever a posting names them, duties included. A duty
line ("Write SQL to extract data from the Epic Clarity database") is no request of the candidate, so only
what names a thing is taken from it:

- a term of the skills lexicon (templates/language/skills.yaml);
- an acronym or a product's name (``named.is_name_word``), without a lower-case word hyphenated to it
  ("GIS-focused" names GIS);
- a run of capitalised words ending in a word like "Act" or "Standards" ("MS Nurse Practice Act"), or with
  such a word before an "of"/"for" phrase ("ANA Code of Ethics for Nurses", "CDC Guidelines for Infection
  Control"); two such names joined by "and" are two;
- never an organisation ("National Healthcareer Association", "the Finance Department"): a run ending in an
  organisation's word names who, not what.

A long form followed by its abbreviation ("Financial Management Information System (FMIS)") is one thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import is_english_word, lexicon_terms
from .named import credential_words, is_acronym, is_name_word, named_thing_heads, organisation_heads

# Letters of any alphabet: "Café" is one word, not "Caf" and a stray letter.
_TOKEN = re.compile(r"[^\W_](?:(?:[^\W_]|[+#'’./&-])*(?:[^\W_]|[+#]))?")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_CONNECTING = {"of", "for", "and", "&", "on", "in", "the"}
MAX_NAME_WORDS = 14
MAX_TEXT = 20_000  # characters of one line read for names
_GOES_ON = {"a", "an", "the"}

# "GIS-focused", "AI-generated": a lower-case word hyphenated to a name describes, it does not name.
_DESCRIBING_SUFFIX = re.compile(r"-[a-z]+$")

# A slash between two capitalised words ("Docker/Railway"), not between acronyms ("CI/CD", "TCP/IP").
_SLASHED_NAMES = re.compile(r"(?<=[a-z])/(?=[A-Z][a-z])")

_POSSESSIVE = re.compile(r"['’][sS]$")

# "(FMIS)" right after a long form: its abbreviation.
_ABBREVIATION_AFTER = re.compile(r"\s{0,2}\(([A-Za-z][A-Za-z0-9&/-]{1,15})\)")


@dataclass(frozen=True)
class Named:
    term: str
    spellings: tuple[str, ...]
    start: int
    credential: bool = False
    end: int = field(default=0, compare=False)


def named_terms(text: str, *, excluded: set[str] | None = None, lexicon_words: bool = True) -> list[Named]:
    """The things ``text`` names (lexicon terms first, then names by shape), left to right, none twice.

    Without ``lexicon_words`` a lexicon term of one lower-case word ("plumbing", "scheduling") is left out: in
    a duty it names the work, not a thing the candidate must show."""
    text = text[:MAX_TEXT]
    excluded = {word.casefold() for word in excluded or set()}
    found: list[Named] = []
    taken: list[tuple[int, int]] = []
    for hit in lexicon_terms(text):
        if not lexicon_words and not hit.term.named:
            continue  # a skill area in a duty ("food preparation") names the work, not a thing to show
        taken.append((hit.start, hit.end))  # a lexicon term is never read again as part of a name
        if _excluded(hit.written, excluded):
            continue  # "the district's HVAC systems" under the title "HVAC Technician": the job itself
        spellings = tuple(spelling for spelling in hit.spellings() if spelling != hit.term.term)
        credential = hit.term.term.split()[-1].casefold() in credential_words()
        found.append(Named(hit.term.term, spellings, hit.start, credential, hit.end))
    # A word without a letter of the Latin alphabet's base ("šŸ" of a mis-decoded emoji) is no name.
    tokens = [token for token in _TOKEN.finditer(text) if _ASCII_ALNUM.search(token.group())]
    blocked = _overlapping(tokens, taken)
    index = 0
    while index < len(tokens):
        run = _capitalised_run(tokens, index, blocked)
        if not run:
            index += 1
            continue
        index = run[-1] + 1
        start, end = tokens[run[0]].start(), tokens[run[-1]].end()
        before = text[:start].rstrip()
        sentence_start = not before or before.endswith((".", "!", "?", ":", ";", "•", "-", "*", "(", "–", "—"))
        following = tokens[index].group().casefold() if index < len(tokens) else ""
        goes_on = following in _GOES_ON  # "Guidelines for Achieving a Compliant Query": the name is cut here
        for term in _names_in_run([tokens[position].group() for position in run], sentence_start, goes_on):
            if _excluded(term, excluded):
                continue
            # "OSHA and DEP regulations": the head after a name is one of its spellings
            spellings = (f"{term} {tokens[index].group()}",) if following in named_thing_heads() else ()
            found.append(Named(term, spellings, start, term.split()[-1].casefold() in credential_words(), end))
    found.sort(key=lambda named: named.start)
    unique: dict[str, Named] = {}
    for named in _with_abbreviations(found, text):
        unique.setdefault(named.term.casefold(), named)
    return list(unique.values())


def _excluded(term: str, excluded: set[str]) -> bool:
    """A name made of the posting's own title, company or place words ("Registered Nurse", "Programmer/Analyst");
    "MS Nurse Practice Act" under a nurse's title is not."""
    folded = term.casefold()
    return folded in excluded or all(word in excluded for word in re.split(r"[\s/]+", folded) if word)


def _with_abbreviations(found: list[Named], text: str) -> list[Named]:
    """ "Financial Management Information System (FMIS)": the abbreviation is a spelling of the long form."""
    result: list[Named] = []
    skip: set[int] = set()
    for position, named in enumerate(found):
        if position in skip:
            continue
        abbreviation = _ABBREVIATION_AFTER.match(text, named.end) if named.end and " " in named.term else None
        if abbreviation:
            short = abbreviation.group(1)
            later = next(
                (
                    index
                    for index in range(position + 1, len(found))
                    if found[index].term == short and found[index].start >= abbreviation.start()
                ),
                None,
            )
            if later is not None:
                skip.add(later)
            named = Named(named.term, (*named.spellings, short), named.start, named.credential, named.end)
        result.append(named)
    return result


def _overlapping(tokens: list[re.Match], spans: list[tuple[int, int]]) -> set[int]:
    """Positions of the tokens that overlap a span (both in text order: one pass over each)."""
    blocked: set[int] = set()
    span = 0
    for position, token in enumerate(tokens):
        while span < len(spans) and spans[span][1] <= token.start():
            span += 1
        if span < len(spans) and spans[span][0] < token.end():
            blocked.add(position)
    return blocked


def _capitalised_run(tokens: list, index: int, blocked: set[int]) -> list[int]:
    """Positions of a run of capitalised words (small joining words inside), starting at ``index``; a word the
    lexicon read (``blocked``) ends it."""
    if index in blocked or (not tokens[index].group()[:1].isupper() and not is_name_word(tokens[index].group())):
        return []
    run = [index]
    position = index + 1
    while position < len(tokens) and len(run) < MAX_NAME_WORDS:
        word = tokens[position].group()
        gap = tokens[position].start() - tokens[position - 1].end()
        between = tokens[position - 1].string[tokens[position - 1].end() : tokens[position].start()]
        if gap > 2 or any(mark in between for mark in ",;:()") or "." in between.strip() or position in blocked:
            break
        if word[:1].isupper() or is_name_word(word):
            run.append(position)
        elif (
            word.casefold() in _CONNECTING
            and position + 1 < len(tokens)
            and tokens[position + 1].group()[:1].isupper()
            and position + 1 not in blocked
        ):
            run.append(position)
        else:
            break
        position += 1
    while run and tokens[run[-1]].group().casefold() in _CONNECTING:
        run.pop()
    return run


def _names_in_run(words: list[str], sentence_start: bool, goes_on: bool = False) -> list[str]:
    """What a run of capitalised words names (see the module's notes); ``goes_on``: the words after the run
    belong to the same name ("a", "the")."""
    if words[-1].casefold().strip(".,") in organisation_heads():
        return []  # "National Healthcareer Association": an organisation
    for position, word in enumerate(words[1:-1], start=1):
        left = words[:position]
        if word == "and" and _named_whole(left) and _named_whole(words[position + 1 :]):
            # "Standardized Achievement Tests and Standards of Learning Tests": two named things
            return _names_in_run(left, sentence_start) + _names_in_run(words[position + 1 :], False)
    if _named_whole(words, goes_on):
        body = words[1:] if sentence_start and is_english_word(words[0]) and not is_name_word(words[0]) else words
        while body and body[0] in _CONNECTING:
            body = body[1:]  # "Follow the ANA Code of Ethics": the article is no part of the name
        if len(body) >= 2 or (body and is_name_word(body[0])):
            return [" ".join(body)]
    names, current = [], []
    words = [part for word in words for part in _SLASHED_NAMES.split(word)]  # "Docker/Railway": two names
    for position, word in enumerate(words):
        if position == 0 and sentence_start and not is_acronym(word) and word[1:].islower():
            continue  # "Troubleshoot ...", "Competency is ...": a sentence's first word, capitalised as such
        word = _DESCRIBING_SUFFIX.sub("", word) if "-" in word else word
        word = _POSSESSIVE.sub("", word)  # "EA'S Reconcile": the acronym, not its possessive
        if is_name_word(word, first=position == 0 and sentence_start):
            current.append(word)
        else:
            if current:
                names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    return [name.strip(".,;:") for name in names if len(name.strip(".,;:")) >= 2]


def _named_whole(words: list[str], goes_on: bool = False) -> bool:
    """A run that is one named thing: it ends in a word like "Act", or such a word comes before an "of"/"for"
    phrase ("Code of Ethics for Nurses") that ends where the run does."""
    if len(words) < 2:
        return False
    heads = named_thing_heads()
    if words[-1].casefold().strip(".,") in heads:
        return True
    if goes_on:
        return False
    for position in range(1, len(words) - 1):
        if words[position].casefold() in heads and words[position + 1] in {"of", "for", "on"}:
            return all(word[:1].isupper() or word in _CONNECTING for word in words[position + 2 :])
    return False
