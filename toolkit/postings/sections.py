"""The role of each line of a posting's body: which kind of section it sits in.

A heading says what follows (qualifications, preferred, duties, about-us, benefits); a posting with
no such headings is read sentence by sentence, a sentence that asks for something being a
requirement.
"""

from __future__ import annotations

import re
from functools import cache

from ..models.posting import PostingLine
from ..resources import language_data
from .chrome import is_page_chrome_line
from .facts import field_of
from .layout import BULLET
from .places import MAX_HEADER_LINE
from .sentences import split_sentences
from .words import HEADING_WORDS, OTHER_LABELS, PAGE_CHROME_BODY

_HEADING_REMARK = re.compile(r"\s\(([^()0-9]{1,60})\)$")  # no figure: "Experience (2 years)" asks for years

# "Ideally, you'd bring knowledge and experience in some or all of:": a longer line that introduces a list of
# qualifications, said as a sentence.
_INTRODUCES_QUALIFICATIONS = re.compile(
    r"\b(?:ideally|you'd bring|you bring|you have|you'll need|you will need|we're looking for|we are looking for|"
    r"qualifications|requirements|nice to have|a plus|bonus)\b",
    re.IGNORECASE,
)

MAX_INTRO_HEADING_WORDS = 16

# "π» Primary Responsibilities", "🔧 Skills & Qualifications": an emoji (or its mis-decoded bytes) a board
# puts before each heading; a mark of one to four characters with no ASCII letter or figure in it.
_HEADING_DECORATION = re.compile(r"^[^\x00-\x7f\s]{1,4}\s{1,3}(?=[A-Za-z])")

_HEADING_NAMED = re.compile(r"^(?:about|why|join|life at|working at)\s+[A-Z][\w&.' -]{0,40}$", re.IGNORECASE)

_CHROME_LINES = 80  # Indeed's panels above "Full job description" are a few tens of lines

# "Preferred: X; Y", "Nice to have: ...", "Must have: ..." (a line that is its own small section).
_LABELLED_IMPORTANCE = re.compile(
    r"^(preferred|desired|nice[- ]to[- ]haves?|bonus(?: points)?|required|must[- ]haves?)"
    r"(?: qualifications?| skills?)?:\s+\S",
    re.IGNORECASE,
)


def _heading_words(kind: str) -> re.Pattern[str]:
    patterns = language_data("line_roles")["headings"][kind]
    return re.compile("|".join(rf"\b(?:{pattern})\b" for pattern in patterns), re.IGNORECASE)


PREFERRED_HEADING = _heading_words("preferred")
# The kinds a heading's words give it, in the order they are tried (line_roles.yaml, headings).
_HEADING_KINDS = {kind: _heading_words(kind) for kind in ("process", "pay_program", "benefits", "required", "about")}
_DUTIES_HEADING = _heading_words("duties")

# "2. Skills & Abilities", "1) Minimum Qualifications", "II. Position Summary": a numbered heading.
_NUMBERED_HEADING = re.compile(r"^\s*(?:[0-9]{1,2}|[IVX]{1,4})[.)]\s+([A-Z].{0,78})$")

# "• Minimum Qualifications": a heading pasted as one more item of the list above it.
_QUALIFICATIONS_WORD = re.compile(r"\b(?:qualifications|requirements)\b", re.IGNORECASE)


@cache
def _role_pattern(role: str) -> re.Pattern[str]:
    """The patterns of one line role in ``templates/language/line_roles.yaml``, as one case-blind expression."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in language_data("line_roles")[role]), re.IGNORECASE)


def asks_for_something(text: str) -> bool:
    """Whether a sentence outside a qualifications section plainly asks for something of the candidate."""
    return bool(_role_pattern("asks").search(text))


def is_about_us(text: str) -> bool:
    """Whether a sentence is about the employer ("We are ...", "Founded in 1961 ...") rather than the job."""
    return bool(_role_pattern("about_us").search(text))


def _asks_of_the_candidate(text: str) -> bool:
    """A line outside the qualifications that asks something of the candidate, not one about the employer."""
    return any(asks_for_something(sentence) and not is_about_us(sentence) for sentence in split_sentences(text))


def is_requirement_sentence(text: str) -> bool:
    """Whether a sentence of a posting without headings asks for something."""
    return bool(_role_pattern("requirement_sentences").search(text) or asks_for_something(text))


_LINE_PREFERRED = re.compile(r"^\s*(preferred|desired|optional)\b|\b(a plus|nice to have|is a bonus)\b", re.IGNORECASE)

MAX_HEADER_LINES = 12

MAX_PARAGRAPH = 20_000  # characters of one paragraph that are split into sentences

# A line ending "p.m." or "Inc." has not ended a sentence.
_ABBREVIATION_END = re.compile(r"(?:\b[a-z]\.[a-z]\.|\b[A-Z][a-z]{1,3}\.)$")


# A heading a scraped page ran into a paragraph: "... Residency License. Qualifications:" at a line's end, "...
# Tier III Level. MINIMUM REQUIREMENTS EDUCATIONAL REQUIREMENTS Basic knowledge ..." in its middle.
_TRAILING_HEADING = re.compile(r"(?<=[a-z0-9)][.!?])\s{1,3}([A-Z][A-Za-z' &/-]{2,60}:)$")
_CAPITALS_HEADING = re.compile(r"(?<=[.!?])\s{1,3}((?:[A-Z]{2,20}[ /&]{1,3}){1,7}[A-Z]{2,20})\s(?=[A-Z][a-z])")


def split_glued_headings(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with a heading a scraped page ran into them cut at the heading, which becomes a line of its own
    (the parts keep the line's number)."""
    result: list[tuple[int, str]] = []
    for number, line in numbered:
        parts = _parts_around_headings(line) if line and len(line) <= MAX_HEADER_LINE else [line]
        result += [(number, part) for part in parts if part or not line]  # blank lines stay: they part the header
    return result


# "QUALIFICATIONS: Valid teaching license ...": a form's heading in capitals with its first item after the colon.
_LABELLED_HEADING = re.compile(r"^([A-Z]{4,20}(?:[ /&]{1,3}[A-Z]{2,20}){0,3}):\s{1,40}(?=\S)")


def _parts_around_headings(line: str) -> list[str]:
    labelled = _LABELLED_HEADING.match(line)
    if labelled and heading_kind(labelled.group(1)) in {"required", "preferred"}:
        return [labelled.group(1) + ":", *_parts_around_headings(line[labelled.end() :])]
    trailing = _TRAILING_HEADING.search(line)
    if trailing and heading_kind(trailing.group(1)) is not None:
        return [*_parts_around_headings(line[: trailing.start()]), trailing.group(1)]
    for found in _CAPITALS_HEADING.finditer(line):
        if heading_kind(found.group(1)) is not None:
            return [line[: found.start()].strip(), found.group(1), *_parts_around_headings(line[found.end() :].strip())]
    return [line]


def find_header_end(numbered: list[tuple[int, str]]) -> int:
    """Index of the first line after the header: a heading, or the first paragraph of sentences."""
    seen = 0
    for index, (_, line) in enumerate(numbered):
        if not line or is_page_chrome_line(line):
            continue  # "Join now" above a LinkedIn title is a button, not a "Join X" heading
        if BULLET.match(line):
            return index
        if not seen and line.startswith("#") and heading_kind(line.lstrip("# ")) is None:
            seen += 1  # "# Registered Dental Hygienist": a Markdown title
            continue
        if heading_kind(line) is not None:
            return index  # a posting that starts with "Requirements" has no header
        if _is_paragraph(line) and (seen or _is_long_paragraph(line)):
            return index  # a posting pasted as one long line of sentences has no header above it
        seen += 1
        if seen >= MAX_HEADER_LINES:
            return index + 1
    return len(numbered)


def _is_long_paragraph(line: str) -> bool:
    """A line no header holds: many words and more than one sentence (a page pasted with its breaks lost)."""
    words = [word for word in line.split() if any(char.isalpha() for char in word)]
    return len(words) >= 30 and len(re.findall(r"[a-z)][.!?:]\s+\S", line)) >= 2


def _is_paragraph(line: str) -> bool:
    """A line of sentences, not a header line ("Company | City, ST | Full-time | Hybrid (2 days on site)")."""
    if line.count("|") + line.count("·") >= 2 or field_of(line):
        return False
    words = [word for word in line.split() if any(char.isalpha() for char in word)]
    # "Monday through Friday 8:00 a.m. to 4:30 p.m." ends with a period and is still a header line.
    sentence_end = line.rstrip().endswith((".", "!", "?")) and not _ABBREVIATION_END.search(line.rstrip())
    return len(words) >= 16 or (sentence_end and len(words) >= 5)


LONE_CONJUNCTION = re.compile(r"^\W{0,3}(?:or|and/or)\W{0,3}$", re.IGNORECASE)


def heading_kind(line: str) -> str | None:
    """The kind of section a heading line opens ("required", "preferred", "duties", "about", "benefits",
    "other"), or None when the line is not a heading."""
    line = _HEADING_DECORATION.sub("", line)
    if LONE_CONJUNCTION.match(line):
        return None  # "OR" on a line of its own between two ways in joins them; it opens no section
    numbered = _NUMBERED_HEADING.match(line)
    if numbered:  # "2. Skills & Abilities": a numbered heading, when its words are a heading's words only
        kind = heading_kind(numbered.group(1))
        if kind is not None:
            return kind
    if BULLET.match(line):
        # "• Minimum Qualifications" among the duties' bullets: a heading pasted as one more item.
        item = BULLET.sub("", line).strip().rstrip(":")
        if len(item.split()) <= 4 and _QUALIFICATIONS_WORD.search(item) and _only_heading_words(item):
            return heading_kind(item)
        return None
    markdown = line.startswith("#")
    text = line.lstrip("#").strip().rstrip(":").strip().replace("\u2019", "'")
    # "Qualifications (pasted from our job description form)": a remark after the heading's words; "(often
    # preferred)" says what kind of section it is.
    remark = _HEADING_REMARK.search(text)
    text = _HEADING_REMARK.sub("", text) or text
    words = text.split()
    colon = line.rstrip().endswith(":") and ":" not in line.rstrip()[:-1]
    introduces = colon and len(words) <= MAX_INTRO_HEADING_WORDS and bool(_INTRODUCES_QUALIFICATIONS.search(text))
    if not words or (len(words) > 8 and not introduces) or len(text) > 120:
        return None
    if not markdown:
        question = text.endswith("?") and text.split()[0].casefold() in {"why", "what", "who"}
        if (text.endswith((".", ",", "!", "?", ";")) and not question) or not text[:1].isupper():
            return None
        text = text.rstrip("?")
        # "KNOWLEDGE AND SKILLS:   (*Required prior to employment)": a remark after the heading's colon.
        text = re.sub(r":\s*\([^()]{0,60}\)$", "", text)
        if not (colon and len(words) <= 8) and not introduces and not _only_heading_words(text):
            if not _HEADING_NAMED.match(text):
                return None
    kind = _kind_of_heading(text)
    if remark and kind == "required" and PREFERRED_HEADING.search(remark.group(1)):
        return "preferred"
    return kind


def _only_heading_words(text: str) -> bool:
    return all(
        word.strip("()&,").casefold() in HEADING_WORDS or word in {"&", "/", "-", "–"}
        for word in re.split(r"[\s/]+", text)
        if word
    )


def _kind_of_heading(text: str) -> str:
    if _HEADING_KINDS["process"].search(text):
        return "process"
    if _HEADING_KINDS["pay_program"].search(text):
        return "benefits"  # "Safety Bonus Program:" pays; "Bonus points" would name what is preferred
    if PREFERRED_HEADING.search(text):
        return "preferred"
    if _HEADING_KINDS["benefits"].search(text):
        return "benefits"
    if _DUTIES_HEADING.search(text) and not _HEADING_KINDS["required"].search(text.replace("What you'll do", "")):
        return "duties"
    if _HEADING_KINDS["required"].search(text):
        return "required"
    if _HEADING_KINDS["about"].search(text):
        return "about"
    return "other"


def _label_kind(line: str) -> str | None:
    """ "Pay: $20 an hour", "Benefits: medical, ...": a labelled line about pay or benefits is "other"."""
    label, _, rest = line.partition(":")
    if rest.strip() and label.strip().casefold() in OTHER_LABELS:
        return "other"
    return None


def sectioned_lines(body: list[tuple[int, str]]) -> list[PostingLine]:
    """Body lines with the kind of section each sits in; requirement lines keep their section's importance.

    In a section whose items are bulleted, an unbulleted line after them ("HIPAA training is provided
    on your first day") is not one of its items; a labelled pay or benefits line ends the items too.
    """
    lines: list[PostingLine] = []
    kind = "about"
    bulleted: bool | None = None
    just_headed = False
    chrome_until = _board_chrome_end(body)
    panels = _board_requirement_panels(body[:chrome_until])
    for position, (number, line) in enumerate(body):
        if position < chrome_until or line.casefold() in PAGE_CHROME_BODY:
            lines.append(_board_line(number, line, panels.get(position)))
            continue
        labelled = _LABELLED_IMPORTANCE.match(line)
        if (
            labelled
            and kind in {"required", "preferred", "other"}
            and any(item.section in {"required", "preferred"} for item in lines)
        ):
            # "Preferred: X; Y" after a bulleted list is its own requirement line, not text after the items.
            importance = "preferred" if PREFERRED_HEADING.search(labelled.group(1)) else "required"
            lines.append(PostingLine(text=line, importance=importance, line=number, section=importance))
            continue
        heading = heading_kind(line)
        if heading is not None:
            # "General", "Cleaning and Sanitizing:" under the duties, or right under "Requirements": a sub-heading
            # of the section, not the end of it.
            sub_heading = heading == "other" and (
                kind == "duties" or (kind in {"required", "preferred"} and just_headed)
            )
            if not sub_heading:
                kind, bulleted = heading, None
            just_headed = True
            continue
        just_headed = False
        is_bullet = bool(BULLET.match(line))
        if kind in {"required", "preferred"}:
            if _label_kind(line) or field_of(line):
                kind = "other"
            elif bulleted is None:
                bulleted = is_bullet
            elif bulleted and not is_bullet:
                kind = "other"
        text = BULLET.sub("", line)
        importance = kind if kind in {"required", "preferred"} else "other"
        if importance == "other" and kind in {"about", "other", "duties"} and _asks_of_the_candidate(text):
            # "Current Mississippi State licensure.", "All RNs must complete and keep current BCLS certification":
            # a sentence that asks for something, wherever the posting put it.
            importance = "required"
        if importance == "required" and _LINE_PREFERRED.search(text):
            importance = "preferred"
        lines.append(PostingLine(text=text, importance=importance, line=number, section=kind))
    return lines


def _board_chrome_end(body: list[tuple[int, str]]) -> int:
    """Index of the first line after a job board's own panels: Indeed puts "Profile insights", "Skills"
    and "Job details" above a "Full job description" line; the employer's text starts after it."""
    for position, (_, line) in enumerate(body[:_CHROME_LINES]):
        if line.casefold().rstrip(":") == "full job description":
            return position + 1
    return 0


def _board_requirement_panels(panel_lines: list[tuple[int, str]]) -> dict[int, str]:
    """Positions of the items under a board's own "Key Requirements" or "Qualifications" panel above "Full job
    description", each with its importance: the board's summary of what the job asks, read like the employer's
    list. Its other panels ("Skills" Indeed guessed, "Job details", "Benefits") stay page chrome."""
    panels: dict[int, str] = {}
    kind: str | None = None
    for position, (_, line) in enumerate(panel_lines):
        heading = heading_kind(line)
        if heading is not None:
            kind = heading if heading in {"required", "preferred"} and _QUALIFICATIONS_WORD.search(line) else None
        elif kind and BULLET.match(line):
            panels[position] = kind
    return panels


def _board_line(number: int, line: str, importance: str | None) -> PostingLine:
    if importance is None:
        return PostingLine(text=line, importance="other", line=number, section="other")
    return PostingLine(text=BULLET.sub("", line), importance=importance, line=number, section=importance)


def lines_by_sentence(body: list[tuple[int, str]]) -> list[PostingLine]:
    """A posting with no qualifications heading: each sentence that asks for something is a requirement."""
    lines: list[PostingLine] = []
    kind = "about"
    introduced: str | None = None  # "Ideally, you'd bring ... some or all of:" ends a paragraph: its items follow
    chrome_until = _board_chrome_end(body)
    panels = _board_requirement_panels(body[:chrome_until])
    for position, (number, line) in enumerate(body):
        if position < chrome_until or line.casefold() in PAGE_CHROME_BODY:
            lines.append(_board_line(number, line, panels.get(position)))
            continue
        heading = heading_kind(line)
        if heading is not None:
            kind, introduced = heading, None
            continue
        text = BULLET.sub("", line)
        if introduced and BULLET.match(line):
            lines.append(PostingLine(text=text, importance=introduced, line=number, section=introduced))
            continue
        introduced = None
        if kind in {"benefits", "other"} or field_of(text):
            # "Location: Sofia", "Experience Level: Mid-Senior (5-10 years)": a board's field, asking for nothing
            lines.append(PostingLine(text=text, importance="other", line=number, section=kind))
            continue
        if states_a_duty(text):
            # "Inspects air handlers ...", "Works out the materials needed ...": a line that says what the job does
            lines.append(PostingLine(text=text, importance="other", line=number, section="duties"))
            continue
        for sentence in split_sentences(text[:MAX_PARAGRAPH]):
            if sentence.endswith(":") and heading_kind(sentence) in {"required", "preferred"}:
                introduced = heading_kind(sentence)
                continue
            if is_requirement_sentence(sentence) and not is_about_us(sentence):
                # Read from "required"; the sentence's clauses say otherwise themselves ("... is a plus").
                lines.append(PostingLine(text=sentence, importance="required", line=number, section="required"))
            else:
                lines.append(PostingLine(text=sentence, importance="other", line=number, section=kind))
    return lines


def states_a_duty(text: str) -> bool:
    """Whether ``text`` opens with a duty verb in the third person ("Inspects", "Troubleshoots", "Monitors"): a
    class specification's line about what the job does, never what it asks of a candidate."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not (first[:1].isupper() and first[1:].islower() and first.endswith("s") and _verb_of(first) in _duty_verbs()):
        return False
    # "Holds a valid Class A CDL", "Maintains a current DOT medical card": a verb of having with a credential says
    # what the person must bring, not what the job does.
    return not (_verb_of(first) in _possession_verbs() and _names_a_credential(text))


@cache
def _possession_verbs() -> frozenset[str]:
    return frozenset(language_data("english_verbs")["possession_verbs"])


def _names_a_credential(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.casefold()))
    return bool(words & frozenset(language_data("english_verbs")["credential_nouns"]))


def _verb_of(word: str) -> str:
    """ "Inspects" -> "inspect", "Finishes" -> "finish", "Carries" -> "carry"."""
    word = word.casefold()
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]


@cache
def _duty_verbs() -> frozenset[str]:
    data = language_data("english_verbs")
    return frozenset(data["present_verbs"]) | frozenset(data["duty_verbs"])


def intro(body: list[tuple[int, str]]) -> list[str]:
    """Body lines before the first heading (where "Full-time, 40 hours" often sits)."""
    intro = []
    for _, line in body:
        if heading_kind(line) is not None:
            break
        intro.append(line[:MAX_HEADER_LINE])
    return intro
