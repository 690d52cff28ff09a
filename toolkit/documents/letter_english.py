"""A cover letter's sentences in English: highlights as first-person clauses, credentials by issuer, articles.

English is jobkit's own language, and its letters are written with rules a catalog cannot hold:
"Assign codes to charts." becomes "I assigned codes to charts" for a job that has ended, "a" or "an"
fits the title it stands before. Every other language's letter is written by ``letter_catalog``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from ..matching import importance_weight
from ..models.profile import Profile, Work
from ..models.role import Keyword
from ..resources import language_data
from .levels import current_job, line_of_work
from .wording import in_running_text, join_words, organization_in_sentence, with_article, years_phrase

if TYPE_CHECKING:
    from .letter_credentials import HeldCredential
    from .letter_evidence import Evidence


@cache
def english_verbs() -> dict[str, Any]:
    """The verbs a highlight or a duty line starts with, their past forms, and the nouns that say a name is a
    credential (``templates/language/english_verbs.yaml``), as sets."""
    data = language_data("english_verbs")
    present = frozenset(data["present_verbs"])
    irregular = {str(verb): str(past) for verb, past in data["irregular_past"].items()}
    return {
        "present": present,
        "irregular_past": irregular,
        "double_final": frozenset(data["double_final"]),
        "past_forms": frozenset(data["other_past_forms"]) | frozenset(irregular.values()),
        "credential_nouns": frozenset(data["credential_nouns"]),
        "device_nouns": frozenset(data["device_nouns"]),
        "duty": present | frozenset(data["duty_verbs"]),
    }


def experience_sentence(
    profile: Profile, today: date, related: Sequence[str] = (), *, to: str = ""
) -> tuple[str, Work | None]:
    """ "I bring over six years of experience as a nurse to Grandview Medical Center; I currently work as a ..."

    The years are those of the person's line of work (``levels.line_of_work``: jobs titled like what they
    call themselves, their current job, or the posting's and role's ``related`` titles); when that leaves
    some of their work out, the sentence says what the years are of, as truly as the titles allow: the person's
    own title when every counted job was held under it, else the head word the titles share ("as a driver"),
    else the titles. ``to`` (the employer the letter is for) makes it this application's sentence, not one every
    letter of the person repeats. Returns the sentence and the job it named, so the evidence that follows does
    not name it again in full.
    """
    line = line_of_work(profile, today, related)
    years = years_phrase(line.years)
    current = current_job(profile)
    if not years or current is None or not (current.position and current.name):
        return "", None
    # An internal application names its employer once: "to Prairie Freight Lines; I currently work ... at" it reads odd.
    to = "" if to.casefold().strip() == current.name.casefold().strip() else to
    bring = f" to {organization_in_sentence(to)}" if to else ""
    now = "most recently I worked" if current.endDate else "I currently work"
    if [kind.casefold() for kind in line.of] == [current.position.casefold()]:
        position = with_article(current.position)
        if not to:
            where = "most recently" if current.endDate else "currently"
            return f"I bring {years} of experience as {position}, {where} at {current.name}.", current
        return f"I bring {years} of experience as {position}{bring}; {now} at {current.name}.", current
    if line.kind:
        of = f" as {with_article(line.kind)}"
    elif line.of:
        of = f" as {join_words([with_article(kind) for kind in line.of])}"
    else:
        of = ""
    if not of and not to:
        where = "most recently" if current.endDate else "currently"
        return f"I bring {years} of experience, {where} as {with_article(current.position)} at {current.name}.", current
    return (
        f"I bring {years} of experience{of}{bring}; {now} as {with_article(current.position)} at {current.name}.",
        current,
    )


def answered_requirement(
    evidence: list[Evidence], terms: Sequence[tuple[Keyword, str]], besides: str | None = None
) -> tuple[int, str] | None:
    """The first highlight that shows a requirement of the posting, and a clause naming the one it shows that the
    posting values most ("Your posting asks for A/B testing"), preferring one other than ``besides`` (the term the
    closing names). It makes the letter's best evidence this posting's sentence: a highlight cited for two postings
    reads differently when it answers a different requirement of each."""
    valued = {
        keyword.term: (importance_weight(keyword.weight, importance), importance) for keyword, importance in terms
    }
    order = {term: position for position, term in enumerate(valued)}
    for position, item in enumerate(evidence):
        shown = sorted((term for term in item.covers if term in valued), key=lambda term: order[term])
        if not shown:
            continue
        other = [term for term in shown if term != besides] or shown
        term = max(other, key=lambda term: valued[term][0])
        verb = "asks for" if valued[term][1] == "required" else "mentions"
        return position, f"Your posting {verb} {_as_asked(term)}"
    return None


def _as_asked(term: str) -> str:
    """A requirement as what a posting asks for: a device is asked for as experience with it ("forklift
    experience"), as "Your posting mentions forklift" reads as a slip and "a forklift" as if it wanted one."""
    written = in_running_text(term)
    words = written.split()
    if words and words[-1] in english_verbs()["device_nouns"] and words[0].casefold() not in {"a", "an", "the"}:
        return f"{written} experience"
    return written


def evidence_sentences(
    evidence: list[Evidence], introduced: Work | None = None, lead: tuple[int, str] | None = None
) -> list[str]:
    """One sentence a highlight. A job is named in full once ("As a Medical Records Clerk at Northside
    Clinic, I ..."); after that by its employer alone ("At Northside Clinic, I ..."), or "I also ..."
    for the next highlight of the same job. ``lead`` (from ``answered_requirement``) opens one highlight's
    sentence with the requirement it answers."""
    sentences = _evidence_sentences(evidence, introduced)
    if lead is None or lead[0] >= len(sentences):
        return sentences
    position, clause = lead
    sentence, job = sentences[position], evidence[position].job
    if sentence.startswith(("I also ", "In addition, I ")) and job.name:
        # After the clause the job is no longer the last one named: "...; at Riverfront Grill, I also work ..."
        sentence = f"at {job.name}, I also {sentence.split(' ', 2)[2] if sentence.startswith('I') else sentence[15:]}"
    elif not sentence.startswith("I "):
        sentence = sentence[:1].lower() + sentence[1:]
    sentences[position] = f"{clause}; {sentence}"
    return sentences


def _evidence_sentences(evidence: list[Evidence], introduced: Work | None) -> list[str]:
    sentences = []
    named: set[int] = {id(introduced)} if introduced is not None else set()
    previous_job = None
    run = 0  # sentences in a row about the same job
    for item in evidence:
        job = item.job
        current = not job.endDate
        clause = as_first_person_clause(item.text, past=not current)
        same_job = previous_job is job
        run = run + 1 if same_job else 0
        previous_job = job
        if clause is None:
            sentences.append(
                f"From my work at {job.name}: {item.text.rstrip('.')}." if job.name else f"{item.text.rstrip('.')}."
            )
            named.add(id(job))
            continue
        if same_job:
            sentences.append(f"I also {clause}." if run == 1 else f"In addition, I {clause}.")
        elif job.name and id(job) in named:
            sentences.append(f"At {job.name}, I {clause}.")
        elif job.position and job.name:
            role_words = f"{with_article(job.position)} at {job.name}"
            lead = f"In my current role as {role_words}" if current else f"As {role_words}"
            sentences.append(f"{lead}, I {clause}.")
            named.add(id(job))
        else:
            sentences.append(f"{'Currently' if current else 'Previously'}, I {clause}.")
    return sentences


def as_first_person_clause(highlight: str, *, past: bool) -> str | None:
    """``"Assign codes to charts."`` -> ``"assign codes to charts"`` (``"assigned ..."`` when ``past``).

    None when the highlight does not start with a verb we know, so the caller quotes it instead.
    """
    text = highlight.strip().rstrip(".")
    if not text:
        return None
    first, _, rest = text.partition(" ")
    # "Labeled, dated and rotated ...": a past verb listed with others stays as written, comma and all; a present
    # one ("Cook, plate and serve") is quoted, as its fellows would stay in the present.
    lowered = first.lower().rstrip(",;:")
    verbs = english_verbs()
    if lowered in verbs["present"] and lowered == first.lower() and not rest.lower().startswith("of "):
        verb = _past_tense(lowered) if past else lowered
    elif first[:1].isupper() and first[1:].islower() and (lowered.endswith("ed") or lowered in verbs["past_forms"]):
        verb = first.lower()  # already past: "Built the pipeline" stays "built the pipeline", whatever the job's dates
    else:
        return None
    return f"{verb} {rest}".strip()


def _past_tense(verb: str) -> str:
    verbs = english_verbs()
    irregular: dict[str, str] = verbs["irregular_past"]
    if verb in irregular:
        return irregular[verb]
    if verb in verbs["double_final"]:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def credentials_sentence(credentials: list[HeldCredential]) -> str:
    """ "I hold the RHIT and CCA credentials, both from AHIMA, and the CPC credential from AAPC.": each issuer once."""
    if not credentials:
        return ""
    by_issuer: dict[str, list[str]] = {}
    for credential in credentials:
        by_issuer.setdefault(credential.issuer, []).append(credential.name)
    text = ""
    aside = False  # the last group ended in ", both from X", which a following "and" must close with a comma
    for position, (issuer, names) in enumerate(by_issuer.items()):
        # "the Nursing license (Ohio) and the ACLS credential": a name that says what it is takes no noun.
        nouns = english_verbs()["credential_nouns"]
        named = [name for name in names if nouns & set(re.findall(r"[a-z]+", name.casefold()))]
        bare = [name for name in names if name not in named]
        noun = " credential" if len(bare) == 1 else " credentials"
        group = join_words([f"the {name}" for name in named] + ([f"the {join_words(bare)}{noun}"] if bare else []))
        if issuer:
            source = organization_in_sentence(issuer)
            group += f" from {source}" if len(names) == 1 else f", {'both' if len(names) == 2 else 'all'} from {source}"
        if position:
            last = position == len(by_issuer) - 1
            text += (", and " if aside else " and ") if last else ", "
        text += group
        aside = bool(issuer) and len(names) > 1
    return f"I hold {text}."


def skills_sentence(skills: list[str], from_posting: bool) -> str:
    if not skills:
        return ""
    if not from_posting:
        tail = ""
    elif len(skills) == 1:
        tail = ", which your posting names"
    else:
        tail = f", {'both' if len(skills) == 2 else 'all'} named in your posting"
    return f"My skills also include {join_words([_as_listed(skill) for skill in skills])}{tail}."


def _as_listed(skill: str) -> str:
    """A skill as a list in a sentence names it: one device ("RF scanner", ``device_nouns``) takes "a" or "an";
    a name, a plural or a skill area stays as written ("Excel", "hand tools", "knife skills")."""
    # "Pallet jack", capitalised to start a list item, reads "a pallet jack" when the skills lexicon writes it so.
    written = in_running_text(skill)
    last = written.split()[-1] if written.split() else ""
    if last in english_verbs()["device_nouns"] and not written.casefold().startswith(("a ", "an ", "the ")):
        return with_article(written)
    return skill
