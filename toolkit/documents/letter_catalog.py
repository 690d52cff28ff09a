"""A cover letter in a language with a catalog (German, French, Spanish, ...): its frame and its sentences.

The letter says what an English one says, from the same chosen evidence, but in sentences a catalog
can hold: each names the person's facts after a colon or as a title ("als {position} bei
{organization}"), so no word of the language has to agree with the person's words. A highlight is
quoted as the person wrote it (in their language), never rewritten; the role pack's English beliefs
about the work are left out. Every sentence is the translator's; nothing here is in any language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..language import Language
from ..language.languages import fill, language_for
from ..models.profile import Profile, Work
from .levels import current_job, line_of_work

if TYPE_CHECKING:
    from .letter_credentials import HeldCredential
    from .letter_evidence import Evidence


@dataclass(frozen=True)
class LetterFrame:
    """The words around the body: title and subject of the file, the subject line, salutation, sign-off."""

    title: str
    file_subject: str
    subject: str
    salutation: str
    addressee: str  # the recipient block's line naming the hiring manager, or ""
    sign_off: str


def letter_frame(
    language: Language, *, name: str, company: str, position: str, hiring_manager: str | None
) -> LetterFrame:
    """The letter's frame in ``language``, formal as a letter to an employer is."""
    facts = {"name": name, "company": company, "position": position}
    if hiring_manager:
        salutation = fill(language.gettext("Dear {hiring_manager},"), hiring_manager=hiring_manager)
        addressee = fill(
            language.pgettext("the recipient block's line naming the addressee", "{name}"), name=hiring_manager
        )
    else:
        salutation, addressee = language.gettext("Dear Hiring Manager,"), ""
    return LetterFrame(
        title=fill(language.gettext("{name} – Cover letter for {position} at {company}"), **facts),
        file_subject=fill(language.gettext("Application for {position} at {company}"), **facts),
        subject=fill(language.gettext("Re: {position}"), **facts),
        salutation=salutation,
        addressee=addressee,
        sign_off=language.gettext("Sincerely,"),
    )


def catalog_paragraphs(
    profile: Profile,
    today: date,
    *,
    related: Sequence[str],
    evidence: list[Evidence],
    credentials: list[HeldCredential],
    skills: list[str],
    from_posting: bool,
    company: str,
    position: str,
    pick: Callable[[list[str]], str],
    language: Language,
    shown: str | None = None,
    city: str | None = None,
    start: date | None = None,
) -> list[str]:
    """The body: the opening and the years, the chosen highlights by job, credentials and skills, the closing.

    ``related`` are the titles of the work applied for (the posting's, the role's): years in them count, as in
    the English letter. ``shown`` is the posting's most valued term the highlights show, ``city`` the person's city
    when the posting names it, ``start`` the posting's start date when still ahead: the closing names what it knows of
    them, as the English letter's does, so letters for two postings do not close alike.
    """
    facts = {"company": company, "position": position}
    openings = [
        language.gettext("I am applying for the {position} position at {company}."),
        language.gettext("Please consider my application for the {position} position at {company}."),
    ]
    closing = _closing(language, facts, pick, shown=shown, city=city, start=start)
    experience, introduced = _experience(profile, today, related, language)
    return [
        " ".join(filter(None, [fill(pick(openings), **facts), experience])),
        " ".join(_evidence(evidence, introduced, language, written_in=_written_in(profile, language))),
        " ".join(filter(None, [_credentials(credentials, language), _skills(skills, from_posting, language)])),
        closing,
    ]


def _closing(
    language: Language,
    facts: dict[str, str],
    pick: Callable[[list[str]], str],
    *,
    shown: str | None,
    city: str | None,
    start: date | None,
) -> str:
    """The first closing whose facts are all known (``letter_closings.yaml``'s order, for the facts a catalog letter
    can name in its own language: a term and a city as written, a date in the language's words)."""
    known = {**facts, "term": shown or "", "city": city or "", "start": language.long_date(start) if start else ""}
    if shown and start:
        # Translators: {term}: a skill or tool the posting asks for, as the posting spells it; {start}: a date.
        text = language.gettext(
            "I would welcome the chance to talk about how my experience with {term} fits the {position} role before "
            "its start on {start}. Thank you for considering my application to {company}."
        )
    elif shown and city:
        # Translators: {term}: a skill or tool the posting asks for, as the posting spells it; {city}: where the
        # applicant lives, which the posting's location names.
        text = language.gettext(
            "I live in {city} and would welcome the chance to talk about how my experience with {term} fits the "
            "{position} role. Thank you for considering my application to {company}."
        )
    elif shown:
        # Translators: {term}: a skill or tool the posting asks for, as the posting spells it ("SQL").
        text = language.gettext(
            "I would welcome the chance to talk about how my experience with {term} fits the {position} role. "
            "Thank you for considering my application to {company}."
        )
    elif start:
        # Translators: {start}: the date the job starts, in the language's words.
        text = language.gettext(
            "I would be glad to discuss the {position} role, which starts on {start}, at a time that suits you. "
            "Thank you for considering my application to {company}."
        )
    elif city:
        # Translators: {city}: where the applicant lives, which the posting's location names.
        text = language.gettext(
            "I live in {city} and would be glad to meet at a time that suits you to discuss the {position} role. "
            "Thank you for considering my application to {company}."
        )
    else:
        text = pick(
            [
                language.gettext(
                    "I would welcome the chance to discuss how I can contribute to {company}. "
                    "Thank you for your time and consideration."
                ),
                language.gettext("Thank you for considering my application. I look forward to hearing from you."),
            ]
        )
    return fill(text, **{name: value for name, value in known.items() if "{" + name + "}" in text})


def _experience(profile: Profile, today: date, related: Sequence[str], language: Language) -> tuple[str, Work | None]:
    """The years of the person's line of work and the job held now (or last), as the English letter states them:
    when the years leave some of the person's work out, the sentence says what they are years of."""
    line = line_of_work(profile, today, related)
    years = language.years(line.years, in_letter=True)
    current = current_job(profile)
    if not years or current is None or not (current.position and current.name):
        return "", None
    facts = {"years": years, "position": current.position, "organization": current.name}
    if not line.of:
        if current.endDate:
            text = language.gettext("I bring {years} of experience, most recently as {position} at {organization}.")
        else:
            text = language.gettext("I bring {years} of experience, currently as {position} at {organization}.")
    elif [kind.casefold() for kind in line.of] == [current.position.casefold()]:
        if current.endDate:
            text = language.gettext("I bring {years} of experience as {position}, most recently at {organization}.")
        else:
            text = language.gettext("I bring {years} of experience as {position}, currently at {organization}.")
    else:
        facts["kinds"] = language.join(list(line.of))
        if current.endDate:
            # Translators: {kinds}: the job titles the years are of, as the person wrote them, joined as a list.
            text = language.gettext(
                "I bring {years} of experience as {kinds}; most recently I worked as {position} at {organization}."
            )
        else:
            # Translators: {kinds}: the job titles the years are of, as the person wrote them, joined as a list.
            text = language.gettext(
                "I bring {years} of experience as {kinds}; I currently work as {position} at {organization}."
            )
    return fill(text, **facts), current


def _written_in(profile: Profile, language: Language) -> Language:
    """The language the person's highlights are written in: the profile's ``meta.language``, else the letter's."""
    tag = profile.meta.language
    return language_for(tag) if tag else language


def _evidence(
    evidence: list[Evidence], introduced: Work | None, language: Language, *, written_in: Language
) -> list[str]:
    """One sentence a job: what it is, then its chosen highlights as the person wrote them, after a colon. A job
    after the first says "also" ("destaco también"), so two jobs are not framed by one phrase twice over. A quoted
    highlight starts in lower case where the language it is written in says so (``written_in``): a German profile's
    "Kodierung ..." keeps its capital in a French letter."""
    by_job: dict[int, list[Evidence]] = {}
    for item in evidence:
        by_job.setdefault(id(item.job), []).append(item)
    names = _names(evidence)
    # Translators: "lower" where a highlight quoted after a colon or semicolon starts in lower case ("destaco lo
    # siguiente: preparo ..."), "keep" where it keeps its capital (German nouns, a full sentence after a colon).
    lower = written_in.pgettext("how a highlight quoted after a colon begins: lower or keep", "keep") == "lower"
    sentences: list[str] = []
    for items in by_job.values():
        job = items[0].job
        # Translators: French sets a no-break space before the semicolon, as before its other high marks.
        separator = language.pgettext("between two highlights quoted in one sentence", "; ")
        texts = [item.text.strip().rstrip(".") for item in items]
        quoted = separator.join(_lowered(text, names) if lower else text for text in texts)
        facts = {"position": job.position or "", "organization": job.name or "", "highlights": quoted}
        sentences.append(fill(_job_frame(language, job, introduced, also=bool(sentences)), **facts))
    return sentences


def _job_frame(language: Language, job: Work, introduced: Work | None, *, also: bool) -> str:
    if job.name and job.position and job is not introduced:
        if job.endDate and also:
            return language.gettext(
                "From my work as {position} at {organization}, I would also highlight: {highlights}."
            )
        if job.endDate:
            return language.gettext("From my work as {position} at {organization}, I would highlight: {highlights}.")
        if also:
            return language.gettext(
                "From my current role as {position} at {organization}, I would also highlight: {highlights}."
            )
        return language.gettext(
            "From my current role as {position} at {organization}, I would highlight: {highlights}."
        )
    if job.name and also:
        return language.gettext("From my work at {organization}, I would also highlight: {highlights}.")
    if job.name:
        return language.gettext("From my work at {organization}, I would highlight: {highlights}.")
    if also:
        return language.gettext("From my work, I would also highlight: {highlights}.")
    return language.gettext("From my work, I would highlight: {highlights}.")


def _names(evidence: list[Evidence]) -> frozenset[str]:
    """Capitalised words the person writes as names: inside a highlight (not its first word) or in a job's
    employer and title. "Epic" in "Saisie des dossiers dans Epic" is a name, and so is it at a highlight's start."""
    words = set()
    for item in evidence:
        job = f"{item.job.name or ''} {item.job.position or ''}"
        words |= set(item.text.split()[1:]) | set(job.split())
    return frozenset(word.strip(",.;:()") for word in words if word[:1].isupper())


def _lowered(text: str, names: frozenset[str]) -> str:
    """A highlight's first word in lower case, when it is a capitalised word ("Preparo") and not an acronym
    ("SAP"), a mixed-case name ("iPad", "McKesson") or a name the person writes elsewhere."""
    first = text.split(" ", 1)[0].strip(",.;:()")
    if first[:1].isupper() and first[1:].islower() and first not in names:
        return text[:1].lower() + text[1:]
    return text


def _credentials(credentials: list[HeldCredential], language: Language) -> str:
    if not credentials:
        return ""
    named = [f"{item.name} ({item.issuer})" if item.issuer else item.name for item in credentials]
    text = language.npgettext(
        "credentials the person holds",
        "I hold the following credential: {credentials}.",
        "I hold the following credentials: {credentials}.",
        len(named),
    )
    return fill(text, credentials=language.join(named))


def _skills(skills: list[str], from_posting: bool, language: Language) -> str:
    if not skills:
        return ""
    if from_posting:
        text = language.gettext("My skills also include {skills}, which your posting names.")
    else:
        text = language.gettext("My skills also include {skills}.")
    return fill(text, skills=language.join(skills))
