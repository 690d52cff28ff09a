"""The gaps of an application: what a posting asks for that the resume does not show, and whether the
profile states it (true to fill) or not (add only if true). Nothing is ever added for the person."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .check import CheckReport
    from .models.profile import Profile
    from .models.role import Keyword


@dataclass
class Gap:
    """A requirement of the posting that the resume does not show.

    ``in_profile`` says where the profile states it (``work[0].highlights[2]: "…"``): then
    it is true to fill. Empty when the profile does not say it: add it only if it is true.
    """

    term: str
    kind: str  # "keyword", "certification", "years" or "education"
    importance: str  # "required" or "preferred"
    in_profile: str
    suggestion: str


def find_gaps(report: CheckReport, profile: Profile, vocabulary: list[Keyword], today: date) -> list[Gap]:
    """The requirements the resume misses, each with where the profile states it ("" when it does not).

    Years and education are read from the profile's dates and degrees by the check
    itself, so when they are missing the profile does not show them either. A credential
    still in progress is not one the profile states as held. The missing terms are indexed
    once and each piece of the profile read once (``TermIndex``), however many there are.
    """
    from .matching import held_credential_spellings, text_around
    from .models.role import Keyword
    from .term_index import TermIndex

    by_term = {keyword.term.casefold(): keyword for keyword in vocabulary}
    working_toward = {
        f"certificates[{index}].name" for index, item in enumerate(profile.certificates) if item.in_progress(today)
    }
    missing = []
    seen: set[tuple[str, str]] = set()
    for requirement in report.requirements:
        key = (requirement.term.casefold(), requirement.kind)
        if not requirement.found and key not in seen:
            seen.add(key)
            missing.append(requirement)
    searched = [requirement for requirement in missing if requirement.kind in {"keyword", "certification"}]
    keywords = [
        by_term.get(requirement.term.casefold()) or Keyword(term=requirement.term, category="posting")
        for requirement in searched
    ]
    terms = TermIndex(keywords)
    held = TermIndex(keywords, spellings=held_credential_spellings)  # in a certificate's name
    first: dict[int, str] = {}  # searched requirement -> where the profile first states it
    for where, text in profile_places(profile):
        if where in working_toward:
            continue
        in_certificate = where.startswith("certificates[")
        found = terms.found(text)
        if in_certificate:  # a credential is held only as a certificate's name shows it
            found = {
                position: surface for position, surface in found.items() if searched[position].kind != "certification"
            }
            found.update(
                (position, surface)
                for position, surface in held.found(text).items()
                if searched[position].kind == "certification"
            )
        for position, surface in found.items():
            first.setdefault(position, f'{where}: "{text_around(text, surface, width=60)}"')
    places = {id(requirement): first.get(position, "") for position, requirement in enumerate(searched)}
    gaps = [
        Gap(
            requirement.term,
            requirement.kind,
            requirement.importance,
            places.get(id(requirement), ""),
            requirement.suggestion,
        )
        for requirement in missing
    ]
    gaps.sort(key=lambda gap: gap.importance != "required")
    return gaps


def profile_places(profile: Profile) -> Iterator[tuple[str, str]]:
    """(field path, text) for every piece of the profile's own wording, as ``jobkit validate`` names fields."""
    basics = profile.basics
    for name in ("label", "summary"):
        if value := getattr(basics, name, None):
            yield f"basics.{name}", value
    for section in ("work", "volunteer", "projects"):
        for index, entry in enumerate(getattr(profile, section)):
            for name in ("position", "summary", "description"):
                if value := getattr(entry, name, None):
                    yield f"{section}[{index}].{name}", value
            for number, highlight in enumerate(entry.highlights):
                yield f"{section}[{index}].highlights[{number}]", highlight
            for number, keyword in enumerate(getattr(entry, "keywords", None) or []):
                yield f"{section}[{index}].keywords[{number}]", keyword
    for index, study in enumerate(profile.education):
        for name in ("area", "studyType"):
            if value := getattr(study, name, None):
                yield f"education[{index}].{name}", value
        for number, course in enumerate(study.courses):
            yield f"education[{index}].courses[{number}]", course
    for index, certificate in enumerate(profile.certificates):
        if certificate.name:
            yield f"certificates[{index}].name", certificate.name
    for index, skill in enumerate(profile.skills):
        if skill.name:
            yield f"skills[{index}].name", skill.name
        for number, keyword in enumerate(skill.keywords):
            yield f"skills[{index}].keywords[{number}]", keyword
