"""Where on a resume a missing requirement could honestly go: the general places, and the profile's own skill group."""

from __future__ import annotations

from collections import Counter

from ..matching import TextIndex, find_keyword
from ..models.profile import Profile
from ..models.role import Keyword
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
    """Name the profile's own skill group where a missing term would sit with its kind, when there is one."""
    category_of = {spelling.casefold(): keyword.category for keyword in vocabulary for spelling in keyword.spellings()}
    groups_by_category: dict[str, Counter[int]] = {}
    for index, skill in enumerate(profile.skills):
        text = TextIndex.of(" · ".join([skill.name or "", *skill.keywords]))
        for keyword in vocabulary:
            if find_keyword(text, keyword):
                groups_by_category.setdefault(keyword.category, Counter())[index] += 1
    best_group = {category: counts.most_common(1)[0][0] for category, counts in groups_by_category.items()}
    for requirement, spellings in requirements:
        if requirement.found or requirement.kind != "keyword":
            continue
        category = next((category_of[key] for key in map(str.casefold, spellings) if key in category_of), None)
        if category in best_group:
            index = best_group[category]
            requirement.suggestion = (
                f"skills[{index}] ({profile.skills[index].name}), or a work highlight saying where you did it"
            )
