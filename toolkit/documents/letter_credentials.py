"""Which of the profile's credentials a cover letter names: those the posting asks for, and those the role knows.

A posting asks for "BLS", "Current Ohio RN license" or "Class A CDL"; the profile may hold them as a
certificate ("Basic Life Support Provider", "Registered Nurse License, Ohio") or list them among its skills.
Both count, through every spelling the skills lexicon (templates/language/skills.yaml) gives the term; a skill
only where the profile or the posting says it is a credential.
A credential the profile does not name is never named; one still in progress is not held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..matching import held_credential_spellings, says_credential
from ..models.profile import Profile
from ..models.role import Keyword, RolePack
from ..postings.lexicon import lexicon_entry
from ..term_index import TermIndex
from .resume import certification_index, describe_certification

# The words a posting adds to a credential's name ("BLS certification"); the lexicon lists many that way.
_CREDENTIAL_FORMS = ("certification", "license", "certificate", "card")


@dataclass(frozen=True)
class HeldCredential:
    name: str
    issuer: str
    source: str = "certificates"  # where the profile holds it: "certificates" or "skills"


def credential_spellings(keyword: Keyword) -> list[str]:
    """What to look for in a certificate's name: the keyword's held spellings (``held_credential_spellings``)
    and the lexicon's other spellings of the same credential ("BLS" -> "Basic Life Support")."""
    spellings = list(keyword.spellings())
    for spelling in keyword.spellings():
        for entry in filter(
            None, (lexicon_entry(spelling), *(lexicon_entry(f"{spelling} {form}") for form in _CREDENTIAL_FORMS))
        ):
            spellings += [entry.term, *entry.spellings]
    widened = keyword.model_copy(
        update={"synonyms": [item for item in dict.fromkeys(spellings) if item != keyword.term]}
    )
    return held_credential_spellings(widened)


def is_credential(keyword: Keyword) -> bool:
    """Whether a posting's term names a credential: read as one by the posting reader, or listed as one (alone or
    with "certification", "license" ...) in the skills lexicon."""
    if keyword.category == "certification":
        return True
    for spelling in keyword.spellings():
        for candidate in (spelling, *(f"{spelling} {form}" for form in _CREDENTIAL_FORMS)):
            entry = lexicon_entry(candidate)
            if entry is not None and entry.category == "credentials":
                return True
    return False


def held_credentials(
    profile: Profile, role: RolePack, terms: list[tuple[Keyword, str]], today: date
) -> tuple[list[HeldCredential], list[set[str]]]:
    """The profile's credentials that the posting asks for or the role knows, as full names with issuers, and
    the posting's terms each one meets. Certificates first, in the profile's order; then credentials the posting
    asks for that the profile lists only among its skills."""
    found: list[HeldCredential] = []
    matched_terms: list[set[str]] = []
    held = TermIndex([keyword for keyword, _ in terms], spellings=credential_spellings)
    known = certification_index(role)
    for certificate in profile.certificates:
        if not certificate.name or certificate.in_progress(today):
            continue  # "I hold" only what is held: a credential in progress is not
        matched = {held.terms[position].term for position in held.found(certificate.name)}
        described = describe_certification(certificate, role, known)
        if matched or described.known:
            found.append(HeldCredential(described.name, described.issuer_short))
            matched_terms.append(matched)
    shown = set().union(*matched_terms) if matched_terms else set()
    asked = TermIndex([keyword for keyword, _ in terms if is_credential(keyword)], spellings=credential_spellings)
    for skill in profile.skills:
        for item in skill.keywords:
            # A skill is a credential held only where the profile says so (its group or its own words), never because
            # the posting reads the term as one: "CPT" among coding skills is the code set, not a phlebotomy
            # certificate, whatever a phlebotomy posting means by it.
            if not (says_credential(skill.name or "") or says_credential(item)):
                continue
            # Named as the profile spells it, without the rest of the keyword ("CDL-A" of "CDL-A with tanker").
            for position, surface in asked.found(item).items():
                term = asked.terms[position].term
                if term not in shown:
                    found.append(HeldCredential(surface, "", "skills"))
                    matched_terms.append({term})
                    shown.add(term)
    return found, matched_terms
