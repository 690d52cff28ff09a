"""Build a cover letter's context: the profile's strongest evidence for a posting, in a real business letter.

Only the opening, value statement and closing come from the role pack, and those name
nothing about the person. Every employer, position, highlight, credential, skill and
number comes from the profile; a requirement the profile cannot meet is left out and
listed in the explanation, never claimed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from ..matching import held_credential_spellings, importance_weight
from ..models.posting import Posting, PostingLine
from ..models.profile import Profile, Work
from ..models.role import Keyword, RolePack
from ..placeholders import fill_placeholders
from ..term_index import TermIndex
from .common import Meta, Person, keywords_line, person_block
from .focus import focus_for
from .levels import LevelChoice, choose_level, current_job, stated_years
from .resume import certification_index, describe_certification, profile_texts
from .wording import DutyIndex, join_words, long_date, organization_in_sentence, with_article, years_phrase

MAX_HIGHLIGHTS = 3
MAX_SKILLS = 5

# Verbs a resume highlight commonly starts with, so "Assign codes..." can become "I assign codes...".
_PRESENT_VERBS = set(
    "act analyze analyse answer assign assist audit build close code collaborate communicate compile conduct "
    "convert coordinate create cut deliver design develop digitize direct draft enter establish file handle help "
    "implement improve increase index keep launch lead liaise lower maintain manage mentor migrate monitor organize "
    "organise oversee own partner perform plan prepare process reconcile reduce release report resolve respond "
    "retrieve review run scan schedule serve set spearhead standardize streamline supervise support teach track train "
    "update verify work write "
    # Verbs of other trades, so any job's highlights read as sentences ("I coach the team", "I prep
    # sauces") rather than being quoted. Words that often start a noun phrase instead ("Grade 10",
    # "Research on", "Volunteer coordinator") are left out: a wrong "I grade 10 chemistry" is worse.
    "achieve advise assemble assess bake calibrate cater clean coach cook counsel diagnose differentiate drive edit "
    "exceed expand expedite facilitate follow fry greet grill grow hire hold inspect install instruct introduce load "
    "make meet negotiate onboard operate overhaul prep raise recruit redesign refer repair rewrite sanitize save sell "
    "sort submit transfer troubleshoot tutor unload weld "
    # Warehouse and software work. Not "fill", "ship", "count", "use", "pick": "Fill rate raised...", "Ship date
    # adherence...", "Use of force training" start with a noun as often as with the verb.
    "automate deploy do evaluate integrate optimize receive refactor".split()
)
_IRREGULAR_PAST = {
    "build": "built",
    "cut": "cut",
    "do": "did",
    "drive": "drove",
    "grow": "grew",
    "hold": "held",
    "keep": "kept",
    "lead": "led",
    "make": "made",
    "meet": "met",
    "oversee": "oversaw",
    "rewrite": "rewrote",
    "run": "ran",
    "sell": "sold",
    "set": "set",
    "teach": "taught",
    "troubleshoot": "troubleshot",
    "write": "wrote",
}
_DOUBLE_FINAL = {"plan", "scan", "log", "map", "tag", "ship", "stop", "prep", "refer", "submit", "transfer"}
_PAST_FORMS = set(_IRREGULAR_PAST.values()) | {
    "began",
    "bought",
    "brought",
    "chose",
    "drew",
    "found",
    "gave",
    "rebuilt",
    "sought",
    "spent",
    "spoke",
    "took",
    "told",
    "undertook",
    "won",
}
# Verbs a posting's duty line starts with ("Review charts ...", "Maintains the index ..."): such a
# line under the posting's duties says what the job is, unlike about-us or benefits text.
_DUTY_VERBS = _PRESENT_VERBS | set(
    "abstract administer advise apply approve arrange attend calculate check collect complete comply confirm "
    "contribute correct define deliver determine document educate ensure evaluate explain facilitate follow gather "
    "identify input interpret investigate log maintain measure merge negotiate obtain operate participate post "
    "present prioritize prioritise protect provide query recommend record register represent research route "
    "safeguard screen submit test translate use validate".split()
)
# Nouns that already say a name is a credential, wherever they stand in it: "Google Data Analytics
# Certificate", "Oregon Food Handler Card" and "Teaching License, Integrated Science (grades 7-12)"
# need no "credential" after them.
_CREDENTIAL_NOUNS = frozenset(
    ("certificate", "certification", "credential", "license", "licence", "diploma", "degree", "card")
)


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


@dataclass
class _Evidence:
    job_index: int
    highlight_index: int
    job: Work
    text: str
    covers: set[str]
    duties: set[int] = field(default_factory=set)  # indexes of the posting's duty lines it shows


@dataclass(frozen=True)
class _Credential:
    name: str
    issuer: str


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
    today: date | None = None,
    seed: int | None = None,
    role_given: bool = True,
) -> CoverLetterContext:
    """Everything the letter says, in order; pure (no files; the clock only when ``today`` is None).

    The letter stresses the posting's requirements, else the role's terms; with neither
    (``role_given`` False and no posting) it leads with the profile's most recent highlights.
    """
    today = today or date.today()
    chosen = choose_level(profile, role, level, today)
    pick = _picker(seed)
    focus = focus_for(role, role_given=role_given, posting=posting, level_title=chosen.title)
    terms = list(focus.terms)
    index = TermIndex([keyword for keyword, _ in terms])  # each text of the profile is read once
    explanation: list[str] = []

    duties = posting_duties(posting) if posting else []
    evidence = _choose_evidence(profile, terms, index, duties)
    covered = set().union(*(item.covers for item in evidence)) if evidence else set()
    for item in evidence:
        reasons = sorted(item.covers) + [
            f"duty at line {duties[index].line}" if duties[index].line else f"duty {duties[index].text!r}"
            for index in sorted(item.duties)
        ]
        reason = ", ".join(reasons) or "no requirement matched; the most recent highlight"
        explanation.append(
            f"{reason} <- work[{item.job_index}].highlights[{item.highlight_index}] ({item.job.name}): {item.text}"
        )
    credentials, credential_terms = _credentials(profile, role, terms, today)
    for credential, matched in zip(credentials, credential_terms, strict=True):
        described = credential.name + (f" from {credential.issuer}" if credential.issuer else "")
        explanation.append(
            f"{', '.join(sorted(matched)) or 'a credential the role values'} <- certificates: {described}"
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

    content = role.cover_letter
    facts = {"company": company, "position": position}
    experience, introduced = _experience_sentence(profile, chosen, today)
    paragraphs = [
        " ".join(filter(None, [fill_placeholders(pick(content.openings), facts), experience])),
        " ".join(_evidence_sentences(evidence, introduced)),
        " ".join(
            filter(
                None,
                [
                    _credentials_sentence(credentials),
                    _skills_sentence(skills, posting is not None),
                    # A belief fitted to a level speaks for the person only at a level they chose: one
                    # guessed from years would have a line cook vouch for a senior reviewer's habits.
                    pick(content.value_statements[chosen.id]) if not chosen.inferred else "",
                ],
            )
        ),
        fill_placeholders(pick(content.closings), facts),
    ]
    person = person_block(profile)
    name = person.name or "Unnamed"
    document = CoverLetter(
        meta=Meta(
            title=f"{name} – Cover letter for {position} at {company}",
            author=name,
            subject=f"Application for {position} at {company}",
            keywords=keywords_line([position, company]),
        ),
        person=person,
        date=long_date(today),
        recipient=tuple(line for line in (hiring_manager, company, address) if line),
        subject=f"Re: {position}",
        salutation=f"Dear {hiring_manager}," if hiring_manager else "Dear Hiring Manager,",
        paragraphs=tuple(_one_full_stop(paragraph) for paragraph in paragraphs if paragraph.strip()),
        sign_off=content.sign_off,
        signature=name,
    )
    return CoverLetterContext(document, chosen, explanation)


def _one_full_stop(paragraph: str) -> str:
    """ "...at Brightwell Logistics Inc.." -> "...Inc.": a name ending in a full stop ends the sentence too.
    An ellipsis ("...") is left as written."""
    return _DOUBLE_STOP.sub(".", paragraph)


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def _picker(seed: int | None):
    """The first phrasing by default (same input, same letter); a seeded choice for variety."""
    generator = random.Random(seed) if seed is not None else None

    def pick(options: list[str]) -> str:
        return generator.choice(options) if generator else options[0]

    return pick


def posting_duties(posting: Posting) -> list[PostingLine]:
    """The posting's duty lines: its "other" lines (duties, about-us, benefits) that start with an action verb.

    "Review charts for completeness" is a duty; "Riverside Health keeps the records of ..." and
    "Medical, dental and vision coverage" are not. "You will review ..." counts as "review ...".
    """
    duties = []
    for line in posting.lines:
        if line.importance != "other":
            continue
        words = re.sub(r"^(you will|you'll|you)\s+", "", line.text.strip(), flags=re.IGNORECASE).split()
        first = words[0].lower().strip(",.:;") if words else ""
        if first in _DUTY_VERBS or (first.endswith("s") and first[:-1] in _DUTY_VERBS):
            duties.append(line)
    return duties


def _choose_evidence(
    profile: Profile, terms: list[tuple[Keyword, str]], index: TermIndex[Keyword], duties: list[PostingLine]
) -> list[_Evidence]:
    """Up to three highlights, each chosen for the posting duties and requirements it adds.

    A highlight that shows one of the posting's duties wins first: the duties say what the
    job is, the terms only how it is named. Then the weight of the terms it adds; then
    the more recent job.
    """
    duty_index = DutyIndex([duty.text for duty in duties])
    candidates = []
    for job_index, job in enumerate(profile.work):
        for highlight_index, text in enumerate(job.highlights):
            covers = {index.terms[found].term for found in index.found(text)}
            candidates.append(_Evidence(job_index, highlight_index, job, text, covers, duty_index.shown_by(text)))
    weights = {keyword.term: importance_weight(keyword.weight, importance) for keyword, importance in terms}
    chosen: list[_Evidence] = []
    covered: set[str] = set()
    duties_shown: set[int] = set()
    while len(chosen) < MAX_HIGHLIGHTS:
        best = max(
            (item for item in candidates if item not in chosen),
            key=lambda item: (
                len(item.duties - duties_shown),
                sum(weights[term] for term in item.covers - covered),
                -item.job_index,
                -item.highlight_index,
            ),
            default=None,
        )
        if best is None or not (best.covers - covered or best.duties - duties_shown):
            break
        chosen.append(best)
        covered |= best.covers
        duties_shown |= best.duties
    # Room left: the most recent highlights, as real evidence of the work, in the profile's order;
    # only those that read as a sentence of the letter ("I trained ..."): a filler quoted as
    # "From my work at X: 97% accuracy ..." adds nothing the posting asked for and reads pasted in.
    for item in candidates:
        if len(chosen) >= MAX_HIGHLIGHTS:
            break
        if item not in chosen and as_first_person_clause(item.text, past=bool(item.job.endDate)) is not None:
            chosen.append(item)
    # Tell the story in the profile's order: most recent job first, highlights as listed.
    return sorted(chosen, key=lambda item: (item.job_index, item.highlight_index))


def _credentials(
    profile: Profile, role: RolePack, terms: list[tuple[Keyword, str]], today: date
) -> tuple[list[_Credential], list[set]]:
    """The profile's certificates that the posting asks for or the role knows, as full names with issuers."""
    found, matched_terms = [], []
    held = TermIndex([keyword for keyword, _ in terms], spellings=held_credential_spellings)
    known = certification_index(role)
    for certificate in profile.certificates:
        if not certificate.name or certificate.in_progress(today):
            continue  # "I hold" only what is held: a credential in progress is not
        matched = {held.terms[position].term for position in held.found(certificate.name)}
        described = describe_certification(certificate, role, known)
        if matched or described.known:
            found.append(_Credential(described.name, described.issuer_short))
            matched_terms.append(matched)
    return found, matched_terms


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


def _experience_sentence(profile: Profile, level: LevelChoice, today: date) -> tuple[str, Work | None]:
    """ "I bring over six years of experience, currently as a Medical Records Specialist at Lakeshore Hospital."

    The years are those the resume's summary states: of the jobs titled like what the person
    calls themselves (a career break or a plumber's helper job is no electrician's experience).
    Returns the sentence and the job it named, so the evidence that follows does not name it again in full.
    """
    years = years_phrase(stated_years(profile, level, today))
    current = current_job(profile)
    if not years or current is None or not (current.position and current.name):
        return "", None
    where = "most recently" if current.endDate else "currently"
    return f"I bring {years} of experience, {where} as {with_article(current.position)} at {current.name}.", current


def _evidence_sentences(evidence: list[_Evidence], introduced: Work | None = None) -> list[str]:
    """One sentence a highlight. A job is named in full once ("As a Medical Records Clerk at Northside
    Clinic, I ..."); after that by its employer alone ("At Northside Clinic, I ..."), or "I also ..."
    for the next highlight of the same job."""
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
    lowered = first.lower()
    if lowered in _PRESENT_VERBS:
        verb = _past_tense(lowered) if past else lowered
    elif first[:1].isupper() and first[1:].islower() and (lowered.endswith("ed") or lowered in _PAST_FORMS):
        verb = lowered  # already past: "Built the pipeline" stays "built the pipeline", whatever the job's dates
    else:
        return None
    return f"{verb} {rest}".strip()


def _past_tense(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb in _DOUBLE_FINAL:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _credentials_sentence(credentials: list[_Credential]) -> str:
    """ "I hold the RHIT and CCA credentials, both from AHIMA, and the CPC credential from AAPC.": each issuer once."""
    if not credentials:
        return ""
    by_issuer: dict[str, list[str]] = {}
    for credential in credentials:
        by_issuer.setdefault(credential.issuer, []).append(credential.name)
    text = ""
    aside = False  # the last group ended in ", both from X", which a following "and" must close with a comma
    for position, (issuer, names) in enumerate(by_issuer.items()):
        named = any(_CREDENTIAL_NOUNS & set(re.findall(r"[a-z]+", name.casefold())) for name in names)
        noun = "" if named else (" credential" if len(names) == 1 else " credentials")
        group = f"the {join_words(names)}{noun}"
        if issuer:
            source = organization_in_sentence(issuer)
            group += f" from {source}" if len(names) == 1 else f", {'both' if len(names) == 2 else 'all'} from {source}"
        if position:
            last = position == len(by_issuer) - 1
            text += (", and " if aside else " and ") if last else ", "
        text += group
        aside = bool(issuer) and len(names) > 1
    return f"I hold {text}."


def _skills_sentence(skills: list[str], from_posting: bool) -> str:
    if not skills:
        return ""
    if not from_posting:
        tail = ""
    elif len(skills) == 1:
        tail = ", which your posting names"
    else:
        tail = f", {'both' if len(skills) == 2 else 'all'} named in your posting"
    return f"My skills also include {join_words(skills)}{tail}."
