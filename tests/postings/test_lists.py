"""Lists in a requirement clause (toolkit/postings/lists.py): where one item ends and the next begins, and when
items share a head word ("Hazmat and tanker endorsements") or do not ("transportation and a valid license")."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text


def terms(line: str) -> list[str]:
    posting = posting_from_text(f"Caregiver\n\nRequirements\n\n- {line}\n", "posting.txt")
    return [" | ".join(term.term for term in item.alternatives) for item in posting.requirements]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a credential ends its item: what follows "and" is another thing (here a condition of the job, no term)
        (
            "You must have a valid driver's license and reliable transportation, and be able to lift 50 pounds.",
            ["driver's license"],
        ),
        # an article opens a thing of its own: the licence is not shared with what comes before
        ("Must have reliable transportation and a valid driver's license", ["driver's license"]),
        # without an article the head is shared: two endorsements, two permits
        ("Hazmat and tanker endorsements", ["Hazmat endorsements", "tanker endorsements"]),
        ("Local anesthesia and nitrous oxide permits", ["Local anesthesia permits", "nitrous oxide permits"]),
        ("CPR and First Aid certification", ["CPR", "First Aid certification"]),
    ],
)
def test_items_of_a_clause_are_told_apart(line, expected):
    assert terms(line) == expected


@pytest.mark.parametrize(
    ("line", "shared", "not_shared"),
    [
        # the reported case: a skill with its own head and a language keep their own words
        (
            "Excellent communication skills and Python and CPR certification",
            [],
            ["communication skills certification", "Python certification"],
        ),
        (
            "Customer service experience and forklift certification",
            ["forklift certification"],
            ["experience certification"],
        ),
        ("Spanish fluency and CDL license", ["CDL license"], ["Spanish fluency license"]),
        ("Hand tools and forklift certification", ["forklift certification"], ["tools certification"]),
        ("A strong work ethic and food handler card", ["food handler card"], ["ethic food handler card"]),
        # a bare modifier does take the head written once after the last item
        ("First aid and CPR certification", ["First aid certification"], []),
        ("Food safety and first aid certification", ["Food safety certification", "first aid certification"], []),
    ],
)
def test_a_head_word_is_shared_only_with_bare_modifiers(line, shared, not_shared):
    found = terms(line)
    for term in shared:
        assert term in found
    for term in not_shared:
        assert not any(term in spelling for spelling in found), found


def credentials(line: str) -> dict[str, bool]:
    posting = posting_from_text(f"Caregiver\n\nRequirements\n\n- {line}\n", "posting.txt")
    return {item.alternatives[0].term: item.kind == "credential" for item in posting.requirements}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # practices one is certified in take the credential word written once at the end, in a comma list too
        ("CPR, BLS and ACLS certification", {"CPR": True, "BLS": True, "ACLS": True}),
        ("BLS and ACLS certifications", {"BLS": True, "ACLS": True}),
        # a language or a named tool is a skill, not a certification the list implies
        ("Python and AWS certification", {"Python": False, "AWS": True}),
        ("Excellent communication skills and Python and CPR certification", {"Python": False, "CPR": True}),
    ],
)
def test_a_credential_word_makes_credentials_only_of_what_it_modifies(line, expected):
    assert credentials(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # grades between shared words: each grade is a whole licence, either one meets the requirement
        ("Class A or B license", ["Class A license | Class B license"]),
        # two credentials of their own are not grades of one
        ("RN or LPN license", ["RN | LPN license"]),
        ("Electrical or plumbing license", ["Electrical license | plumbing license"]),
    ],
)
def test_grades_of_one_credential_are_read_whole(line, expected):
    assert terms(line) == expected
