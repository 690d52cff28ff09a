"""Where check tells the user a missing term could go (toolkit/check/suggested_places.py): the profile's own skill
group that holds most skills of the term's kind, and never a group of another kind because one word matched."""

from __future__ import annotations

from toolkit.check.report import Requirement
from toolkit.check.suggested_places import point_suggestions_at_profile
from toolkit.models.profile import Profile

PROFILE = Profile.model_validate(
    {
        "basics": {"name": "Ann Lee"},
        "skills": [
            {"name": "Languages", "keywords": ["SQL", "Python"]},
            {"name": "Analysis", "keywords": ["statistics", "data warehousing"]},
        ],
    }
)


def suggestion(term: str, found: bool = False, kind: str = "keyword") -> str:
    requirement = Requirement(term, kind, "required", 1, found)
    point_suggestions_at_profile([(requirement, [term])], PROFILE, [])
    return requirement.suggestion


def test_a_missing_term_is_pointed_at_the_group_of_its_kind():
    assert suggestion("ETL").startswith("skills[1] (Analysis)")  # data and analytics, not the group SQL sits in
    assert suggestion("Java").startswith("skills[0] (Languages)")


def test_a_term_of_a_kind_no_group_holds_keeps_the_general_places():
    assert suggestion("forklift") == ""  # equipment: the report's general places stand


def test_a_term_found_or_not_a_skill_gets_no_group():
    assert suggestion("ETL", found=True) == ""
    assert suggestion("bachelor's degree", kind="education") == ""
