"""A pack that extends another: it inherits what it does not write, an item it repeats replaces the inherited one,
and a ladder of levels it writes replaces the parent's whole."""

from __future__ import annotations

from support.paths import ROLE
from support.role_packs import child_pack, write_pack

from toolkit.inputs.roles import load_role


def test_a_child_pack_inherits_what_it_does_not_write_and_replaces_what_it_repeats(tmp_path):
    path = write_pack(
        tmp_path,
        "test-role",
        child_pack(
            keywords=[
                {"term": "HIPAA", "weight": 1, "category": "compliance"},
                {"term": "new term", "category": "records"},
            ]
        ),
    )
    pack = load_role(str(path))
    parent = load_role(ROLE)
    assert pack.level_ids() == parent.level_ids()
    terms = {keyword.term: keyword for keyword in pack.keywords}
    assert terms["HIPAA"].weight == 1 and terms["HIPAA"].synonyms == [
        "Health Insurance Portability and Accountability Act"
    ]
    assert "new term" in terms and "ICD-10-CM" in terms
    assert len(pack.interview.questions) == len(parent.interview.questions)


def test_a_ladder_is_replaced_whole(tmp_path):
    level = {"id": "junior", "title": "Test Junior", "years_min": 0, "responsibilities": ["Learns."]}
    pack = load_role(str(write_pack(tmp_path, "test-role", child_pack(levels=[level]))))
    assert pack.level_ids() == ["junior"]
