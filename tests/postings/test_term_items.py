"""The words an item of a requirement keeps (toolkit/postings/term_items.py): a listed item's verb of using is no
part of what it names ("use calipers" names calipers), a skill's own name keeps it ("use of force")."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text


def terms(line: str) -> list[str]:
    posting = posting_from_text(f"Machinist\n\nRequirements\n\n- {line}\n", "posting.txt")
    return [" | ".join(term.term for term in item.alternatives) for item in posting.requirements]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Able to read blueprints and use calipers and micrometers", ["blueprints", "calipers", "micrometers"]),
        ("Ability to operate a forklift and use hand tools", ["forklift", "hand tools"]),
        ("Knowledge of use of force policies", ["use of force policies"]),
        ("Use of force training", ["Use of force training"]),
    ],
)
def test_a_listed_items_verb_of_using_is_dropped(line, expected):
    assert terms(line) == expected
