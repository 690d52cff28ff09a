"""What is wrong across a role pack's fields, each at its place: a name used but not declared (with a did-you-mean),
an id or term given twice."""

from __future__ import annotations

import pytest
from support.paths import ROLE
from support.role_packs import write_pack

from toolkit.errors import ValidationError
from toolkit.inputs.roles import load_role
from toolkit.models.role_checks import pack_problems


def test_a_semantic_problem_is_located_too(tmp_path):
    path = write_pack(
        tmp_path,
        "test-role",
        "format: 2\nid: test-role\nextends: medical-records-specialist\ntitle: Test\nsummary: A test.\n"
        "keywords:\n  - term: other\n    category: recrods\n",
    )
    with pytest.raises(ValidationError) as caught:
        load_role(str(path))
    (problem,) = caught.value.problems
    assert problem.location.file == str(path) and problem.location.line == 8
    assert "category 'recrods' is not declared under 'categories' (did you mean 'records'?)" in str(problem)


def test_a_term_given_twice_is_named_at_its_second_place():
    pack = load_role(ROLE)
    doubled = pack.model_copy(update={"keywords": [*pack.keywords, pack.keywords[0]]})
    assert pack_problems(pack) == []
    assert pack_problems(doubled) == [
        (("keywords", len(pack.keywords), "term"), f"term {pack.keywords[0].term!r} appears twice")
    ]


def test_an_interview_question_may_ask_only_about_terms_the_pack_knows():
    pack = load_role(ROLE)
    question = pack.interview.questions[0].model_copy(update={"terms": ["recrods retention"]})
    interview = pack.interview.model_copy(update={"questions": [question, *pack.interview.questions[1:]]})
    problems = pack_problems(pack.model_copy(update={"interview": interview}))
    assert problems == [
        (("interview", "questions", 0, "terms"), "unknown term 'recrods retention' (did you mean 'records retention'?)")
    ]
