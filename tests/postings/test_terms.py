"""The terms one clause names (toolkit/postings/terms.py), each with its spellings: examples after "such as" stand
for the kind before them, a remark in parentheses keeps its own importance, and alternatives joined by "or" are
one group."""

from __future__ import annotations

from toolkit.postings.terms import terms_of


def found(text: str, names: set[str]) -> list[tuple[list[str], bool, str | None]]:
    return [
        ([term.term for term in item.alternatives], item.credential, item.importance)
        for item in terms_of(text, names, lead_in=False, importance="required")
    ]


def test_examples_after_such_as_are_the_alternatives_for_their_kind():
    [item] = terms_of(
        "Experience with an orchestrator such as Airflow, Dagster or Prefect",
        {"Airflow", "Dagster", "Prefect"},
        lead_in=False,
        importance="required",
    )
    assert [term.term for term in item.alternatives] == ["Airflow", "Dagster", "Prefect"]
    assert "orchestrator" in item.alternatives[0].spellings  # a resume that says the kind still meets it


def test_a_remark_in_parentheses_keeps_its_own_importance():
    assert found("Epic or Cerner experience (CPC certification is a plus)", {"Epic", "Cerner"}) == [
        (["Epic", "Cerner"], False, None),
        (["CPC"], True, "preferred"),
    ]


def test_credentials_joined_by_or_are_one_credential_group():
    assert found("RHIT or RHIA certification", set()) == [(["RHIT", "RHIA"], True, None)]
