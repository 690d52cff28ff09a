"""Hard skills a posting names only in its duties or its summary of the role, read as such.

An applicant tracking system matches a hard skill wherever the posting names it, so "Write SQL against
the Epic Clarity database" in a duty counts, if for less than a requirement (importance "duty"). Only
what names a thing is taken (``named_things.named_terms``); what the posting says about the company, its
benefits, equal opportunity or how to apply is never read, nor the posting's own company, title or place.
"""

from __future__ import annotations

import re

from ..models.posting import PostingLine, PostingRequirement, PostingTerm
from ..resources import language_data
from .assembly import ReadingBudget
from .clauses import BOILERPLATE, LineReading
from .cut_words import PostingWords
from .header import Header
from .named_things import named_terms
from .names import is_title_like, shared_words_spelled_out
from .sections import is_about_us
from .sentences import MAX_LINE, split_sentences

_READ_SECTIONS = {"duties", "about", "other", ""}
# "The Registered Nurse cares for ...", "You will ...", "In this role you ...", "responsible for ...".
_DESCRIBES_THE_ROLE = re.compile(
    r"\b(?:[Yy]ou will|[Yy]ou'll|in this role|this role|this position|the position|the incumbent|responsible for|"
    r"duties include|responsibilities include|will be responsible)\b"
)
# "The Accountant I keeps ...": a sentence whose subject is the job's title (not "The City of X sits ...").
_THE_TITLE_DOES = re.compile(r"(?:^|[.!?]\s)The ([A-Z][\w -]{2,60}?) (?:will|is|[a-z]+s)\b")
_FIELD = re.compile(r"^[A-Za-z][\w /&-]{0,30}:\s")

_INITIALS = 3  # letters of an employer's initials worth excluding; names of fewer capitals are left out


def _describes_the_role(text: str) -> bool:
    if _DESCRIBES_THE_ROLE.search(text):
        return True
    return any(is_title_like(found.group(1)) for found in _THE_TITLE_DOES.finditer(text))


# "Patient Care Technician (PCT)": a name, then its initials in parentheses.
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w-]{0,30} ){1,5}[A-Z][\w-]{0,30}) \(([A-Z]{2,6})\)")


def _titles_by_initials(lines: list[PostingLine], title: str) -> set[str]:
    """The job's own name by its initials: the title's ("PCT" of "Patient Care Tech"), and those of a job title the
    posting spells out ("Software Development Engineer (SDE)"). In a duty ("As a PCT you will ...") it is the job,
    not a skill."""
    initials = {"".join(word[0] for word in title.split() if word[:1].isupper())} if title else set()
    for line in lines:
        for found in _SPELLED_OUT.finditer(line.text[:MAX_LINE]):
            if is_title_like(found.group(1)) and "".join(word[0] for word in found.group(1).split()) == found.group(2):
                initials.add(found.group(2))
    return {found for found in initials if len(found) >= 2}


def duty_reading(
    lines: list[PostingLine], header: Header, budget: ReadingBudget, posting_words: PostingWords | None = None
) -> LineReading:
    """The named things of the lines that are not requirements: duties, and the role's summary."""
    reading = LineReading()
    posting_words = posting_words or PostingWords("")
    excluded = {*header.company.split(), *header.title.split(), *header.location.replace(",", " ").split()}
    initials = "".join(word[0] for word in header.company.split() if word[:1].isupper())
    if len(initials) >= _INITIALS:
        excluded.add(initials)  # "SRHS" for Singing River Health System: the employer, by its initials
    # A paragraph read sentence by sentence is one line of the file: a sentence of it that describes the role
    # ("You'll get to play a key part ...") makes its other sentences ("We work with ESRI products") about the job.
    role_paragraphs = {line.line for line in lines if _describes_the_role(line.text[:MAX_LINE])}
    excluded |= _titles_by_initials(lines, header.title)
    for line in lines:
        if line.importance != "other" or line.section not in _READ_SECTIONS or _FIELD.match(line.text):
            continue
        if line.section != "duties" and line.line not in role_paragraphs:
            continue  # outside the duties, only a paragraph that describes the role ("The RN cares for ...")
        # Pay, equal opportunity and the company's story may share a paragraph with the duties: their sentences
        # are left out, the others read.
        kept = [
            sentence
            for sentence in split_sentences(line.text[:MAX_LINE])
            if not BOILERPLATE.search(sentence) and not is_about_us(sentence)
        ]
        text = budget.take(shared_words_spelled_out(posting_words.without_cut_word(". ".join(kept)))) if kept else ""
        if text is None:
            break
        found = LineReading()
        for named in named_terms(text, excluded=excluded, lexicon_words=False):
            if len(named.term) <= _INITIALS - 1 and named.term.isupper() and not named.spellings:
                continue  # "EA checks": two capitals in a duty name a form or a unit more often than a skill
            if named.term.isupper() and _names_a_unit(named.term, text):
                continue  # "for EMEIA business": initials naming a part of the organisation
            found.requirements.append(
                PostingRequirement(
                    alternatives=[PostingTerm(term=named.term, spellings=list(named.spellings))],
                    kind="credential" if named.credential else "keyword",
                    importance="duty",
                    weight=1,
                    line=line.line,
                    source=line.text.strip(),
                )
            )
        reading.requirements += budget.spent(found).requirements
    return reading


def _names_a_unit(initials: str, text: str) -> bool:
    nouns = "|".join(language_data("posting_words")["unit_nouns"])
    return bool(re.search(rf"(?<![\w-]){re.escape(initials)} (?:{nouns})s?\b", text, re.IGNORECASE))
