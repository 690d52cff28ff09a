"""Build a cover letter's context: the profile's strongest evidence for a posting, in a real business letter.

Only the opening, value statement and closing come from the role pack, and those name
nothing about the person. Every employer, position, highlight, credential, skill and
number comes from the profile; a requirement the profile cannot meet is left out and
listed in the explanation, never claimed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from ..language import DEFAULT_LANGUAGE, ENGLISH, Language
from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Keyword, RolePack
from ..placeholders import fill_placeholders
from ..term_index import TermIndex
from .common import Meta, Person, keywords_line, person_block
from .focus import focus_for
from .letter_catalog import catalog_paragraphs, letter_frame
from .letter_closing import as_shown, most_valued_shown, posting_closing, same_city, start_day
from .letter_credentials import held_credentials
from .letter_english import (
    answered_requirement,
    as_first_person_clause,
    credentials_sentence,
    evidence_sentences,
    experience_sentence,
    skills_sentence,
)
from .letter_evidence import MAX_HIGHLIGHTS, choose_evidence, posting_duties
from .levels import LevelChoice, choose_level
from .resume import profile_texts

MAX_SKILLS = 5

__all__ = ["CoverLetter", "CoverLetterContext", "as_first_person_clause", "build_cover_letter_context"]


@dataclass(frozen=True)
class CoverLetter:
    """A business letter: header, date, recipient, subject, salutation, paragraphs, sign-off."""

    kind: ClassVar[str] = "cover_letter"
    meta: Meta
    person: Person
    date: str
    recipient: tuple[str, ...]
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    sign_off: str
    signature: str


@dataclass
class CoverLetterContext:
    document: CoverLetter
    level: LevelChoice
    explanation: list[str] = field(default_factory=list)


def _as_of(profile: Profile, today: date) -> Profile:
    """The profile as the letter's day sees it: a job whose end date is still ahead (a contract running until
    May) is held now, so the letter writes of it in the present. A letter shows no job's dates, so none is lost."""
    work = [
        job.model_copy(update={"endDate": None}) if job.endDate and job.endDate.first_day() > today else job
        for job in profile.work
    ]
    if all(new is old for new, old in zip(work, profile.work, strict=True)):
        return profile
    return profile.model_copy(update={"work": work})


def build_cover_letter_context(
    profile: Profile,
    role: RolePack,
    *,
    company: str,
    position: str,
    posting: Posting | None = None,
    hiring_manager: str | None = None,
    address: str | None = None,
    level: str | None = None,
    today: date,
    seed: int | None = None,
    role_given: bool = True,
    language: Language = ENGLISH,
    why: tuple[str, ...] = (),
    salutation: str | None = None,
    sign_off: str | None = None,
) -> CoverLetterContext:
    """Everything the letter says, in order; pure (no files, no clock: ``today`` is the day the caller read once).

    The letter stresses the posting's requirements, else the role's terms; with neither
    (``role_given`` False and no posting) it leads with the profile's most recent highlights.
    ``language`` writes jobkit's own sentences and the letter's frame; the profile's words stay as written.
    ``why`` holds the applicant's own paragraphs (why this employer, why this change), set before the
    closing exactly as written: jobkit never writes that paragraph for them. ``salutation`` ("Dear Ms. Rivera,") and
    ``sign_off`` ("Kind regards,") replace the language's own, verbatim.
    """
    profile = _as_of(profile, today)
    chosen = choose_level(profile, role, level, today)
    pick = _picker(seed)
    focus = focus_for(role, role_given=role_given, posting=posting, level_title=chosen.title)
    terms = list(focus.terms)
    index = TermIndex([keyword for keyword, _ in terms])  # each text of the profile is read once
    explanation: list[str] = []

    duties = posting_duties(posting) if posting else []
    # Another language's letter quotes highlights as written, so any of them can fill the room left.
    evidence = choose_evidence(profile, terms, index, duties, posting=posting, quoted=language.code != DEFAULT_LANGUAGE)
    covered = set().union(*(item.covers for item in evidence)) if evidence else set()
    for item in evidence:
        reasons = sorted(item.covers) + [
            f"duty at line {duties[index].line}" if duties[index].line else f"duty {duties[index].text!r}"
            for index in sorted(item.duties)
        ]
        closest = f"closest to the posting's words ({', '.join(item.shared)})" if item.shared else ""
        reason = ", ".join(reasons) or closest or "no requirement matched; the most recent highlight"
        explanation.append(
            f"{reason} <- work[{item.job_index}].highlights[{item.highlight_index}] ({item.job.name}): {item.text}"
        )
    credentials, credential_terms = held_credentials(profile, role, terms, today)
    for credential, matched in zip(credentials, credential_terms, strict=True):
        described = credential.name + (f" from {credential.issuer}" if credential.issuer else "")
        explanation.append(
            f"{', '.join(sorted(matched)) or 'a credential the role values'} <- {credential.source}: {described}"
        )
    covered |= set().union(*credential_terms) if credential_terms else set()
    skills, skill_terms = _skills(profile, index, covered)
    if skills:
        explanation.append(f"{', '.join(sorted(skill_terms))} <- skills: {', '.join(skills)}")
    covered |= skill_terms
    in_profile = {index.terms[found].term for text in profile_texts(profile, today) for found in index.found(text)}
    not_shown = [keyword.term for keyword, _ in terms if keyword.term not in covered]
    absent = [term for term in not_shown if term not in in_profile]
    if absent:
        explanation.append(f"not claimed, the profile does not show it: {', '.join(absent)}")
    if room := [term for term in not_shown if term not in absent]:
        explanation.append(
            f"in the profile but not in the letter, which quotes at most {MAX_HIGHLIGHTS} highlights: {', '.join(room)}"
        )

    person = person_block(profile)
    name = person.name or ""  # render_cover_letter refuses a profile without one: a letter is signed
    content = role.cover_letter
    facts = {"company": company, "position": position}
    # A reader of this application counts the years of the work it is for: the posting's and the role's titles.
    related = [posting.title] if posting is not None and posting.title else []
    related += [role.title, *role.also_known_as] if role_given else []
    if language.code == DEFAULT_LANGUAGE:
        shown = most_valued_shown(evidence, terms) if posting is not None else None
        lead = answered_requirement(evidence, terms, besides=shown) if posting is not None else None
        experience, introduced = experience_sentence(profile, today, related, to=company if posting is not None else "")
        paragraphs = [
            " ".join(filter(None, [fill_placeholders(pick(content.openings), facts), experience])),
            " ".join(evidence_sentences(evidence, introduced, lead)),
            " ".join(
                filter(
                    None,
                    [
                        credentials_sentence(credentials),
                        skills_sentence(skills, posting is not None),
                        # A belief fitted to a level speaks for the person only at a level they chose: one
                        # guessed from years would have a line cook vouch for a senior reviewer's habits.
                        pick(content.value_statements[chosen.id]) if not chosen.inferred else "",
                    ],
                )
            ),
        ]
        # For a posting, a closing that names what it and the letter say; without one, the pack's.
        paragraphs.append(
            posting_closing(
                profile, posting, evidence, terms, company=company, position=position, today=today, told=paragraphs
            )
            if posting is not None
            else fill_placeholders(pick(content.closings), facts)
        )
    else:
        paragraphs = catalog_paragraphs(
            profile,
            today,
            related=related,
            evidence=evidence,
            credentials=credentials,
            skills=skills,
            from_posting=posting is not None,
            company=company,
            position=position,
            pick=pick,
            language=language,
            shown=as_shown(valued, evidence)
            if posting is not None and (valued := most_valued_shown(evidence, terms))
            else None,
            city=same_city(profile, posting.location) if posting is not None else None,
            start=start_day(posting, today) if posting is not None else None,
        )
    frame = letter_frame(language, name=name, company=company, position=position, hiring_manager=hiring_manager)
    document = CoverLetter(
        meta=Meta(
            title=frame.title,
            author=name,
            subject=frame.file_subject,
            keywords=keywords_line([position, company]),
            lang=language.tag,
        ),
        person=person,
        date=language.long_date(today),
        recipient=tuple(line for line in (frame.addressee, company, address) if line),
        subject=frame.subject,
        salutation=_verbatim(salutation) or frame.salutation,
        paragraphs=_with_own_paragraphs(
            [_one_full_stop(paragraph) for paragraph in paragraphs if paragraph.strip()], why
        ),
        # The pack's sign-off is English; another language's is its catalog's.
        sign_off=_verbatim(sign_off) or (content.sign_off if language.code == DEFAULT_LANGUAGE else frame.sign_off),
        signature=name,
    )
    return CoverLetterContext(document, chosen, explanation)


def _with_own_paragraphs(paragraphs: list[str], why: tuple[str, ...]) -> tuple[str, ...]:
    """The applicant's own paragraphs after what jobkit says of their work and before the closing: the
    place a reader expects "why this job" once the evidence is given."""
    own = [paragraph for paragraph in why if paragraph.strip()]
    if not own:
        return tuple(paragraphs)
    return (*paragraphs[:-1], *own, *paragraphs[-1:])


def _verbatim(text: str | None) -> str:
    """The applicant's own salutation or sign-off as written, on one line."""
    return " ".join((text or "").split())


def _one_full_stop(paragraph: str) -> str:
    """ "...at Brightwell Logistics Inc.." -> "...Inc.": a name ending in a full stop ends the sentence too.
    An ellipsis ("...") is left as written."""
    return _DOUBLE_STOP.sub(".", paragraph)


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def _picker(seed: int | None) -> Callable[[list[str]], str]:
    """The first phrasing by default (same input, same letter); a seeded choice for variety."""
    generator = random.Random(seed) if seed is not None else None

    def pick(options: list[str]) -> str:
        return generator.choice(options) if generator else options[0]

    return pick


def _skills(profile: Profile, index: TermIndex[Keyword], covered: set[str]) -> tuple[list[str], set[str]]:
    """Skill keywords from the profile that meet a requirement nothing else has shown yet: a keyword whose
    whole text is the term's spelling, in the first skill group that has one."""
    first: dict[int, str] = {}
    for skill in profile.skills:
        within: dict[int, str] = {}
        for item in skill.keywords:
            for position, surface in index.found(item).items():
                if surface.casefold() == item.casefold():
                    within.setdefault(position, surface)
        for position, surface in within.items():
            first.setdefault(position, surface)
    skills: list[str] = []
    matched: set[str] = set()
    for position, keyword in enumerate(index.terms):
        if keyword.term in covered or keyword.term in matched or len(skills) >= MAX_SKILLS:
            continue
        if position in first:
            skills.append(first[position])
            matched.add(keyword.term)
    return skills, matched
