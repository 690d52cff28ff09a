"""Where on a resume a missing requirement could honestly go: the general places, and the profile's own skill group."""

from __future__ import annotations

from collections import Counter

from ..matching import POSTING_CATEGORY
from ..models.profile import Profile
from ..models.role import Keyword
from ..postings.lexicon import lexicon_entry
from ..term_index import TermIndex
from .report import Requirement

# Where a missing requirement could honestly go. A role pack's categories bring their own
# suggestion text; these cover what every resume has.
SUGGESTED_PLACE = {
    "certification": "certificates (only if you hold it)",
    "years": "work dates (startDate and endDate) so the years can be read",
    "education": "education",
}


ANYWHERE = "skills, or a work highlight saying where you used it"


def point_suggestions_at_profile(
    requirements: list[tuple[Requirement, list[str]]], profile: Profile, vocabulary: list[Keyword]
) -> None:
    """Name the profile's own skill group where a missing term would sit with its kind, when there is one.

    A term's kind is the skills lexicon's (templates/language/skills.yaml: ETL is data and analytics, SQL a
    language), else the role pack's category; each of the profile's skills is sorted the same way, and the group
    holding most skills of the term's kind is named. A term of no known kind, or of a kind no group holds, gets
    the general places: ETL is never sent to a "Languages" group because SQL sits there.
    """
    known = [keyword for keyword in vocabulary if keyword.category != POSTING_CATEGORY]
    pack_terms = TermIndex(known)

    def kind_of(text: str) -> str | None:
        entry = lexicon_entry(text)
        if entry is not None:
            return entry.category
        found = pack_terms.found(text)
        return known[min(found)].category if found else None

    groups_by_kind: dict[str, Counter[int]] = {}
    for index, skill in enumerate(profile.skills):
        for item in skill.keywords:
            if kind := kind_of(item):
                groups_by_kind.setdefault(kind, Counter())[index] += 1
    for requirement, spellings in requirements:
        if requirement.found or requirement.kind != "keyword":
            continue
        kind = next(filter(None, map(kind_of, [requirement.term, *spellings])), None)
        if kind in groups_by_kind:
            index = groups_by_kind[kind].most_common(1)[0][0]
            requirement.suggestion = (
                f"skills[{index}] ({profile.skills[index].name}), or a work highlight saying where you did it"
            )
