"""The skills lexicon (toolkit/postings/lexicon.py, templates/language/skills.yaml): the trades' named tools,
methods and credentials are found in a posting's words, and an ordinary word is not taken for one."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.lexicon import lexicon_terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Restock the Pyxis and Omnicell cabinets each shift", "Pyxis"),
        ("Program VFDs and troubleshoot ladder logic on the line", "ladder logic"),
        ("Hold a current DOT medical card", "DOT medical card"),
        ("Apply GD&T to shop drawings", "GD&T"),
        ("Work under Good Manufacturing Practices", "Good Manufacturing Practices"),
        ("Keep records for Sarbanes-Oxley testing", "Sarbanes-Oxley"),
        ("Teach phonics with Orton-Gillingham methods", "Orton-Gillingham"),
        ("Log Hours of Service on the ELD", "Hours of Service"),
    ],
)
def test_a_trades_named_thing_is_found(text, term):
    assert term in {found.term.term for found in lexicon_terms(text)}


@pytest.mark.parametrize(
    "text",
    [
        "We keep a small box of spare parts",  # an ordinary word that is no product here
        "The greenhouse team waters the plants",
        "Walk in the door ready to learn",
    ],
)
def test_an_ordinary_sentence_names_no_lexicon_term(text):
    assert not lexicon_terms(text)


def test_a_named_thing_in_a_duty_is_read_as_a_duty():
    text = (
        "Pharmacy Technician\n\nAcme Hospital\n\nDuties\n\n- Restock the Pyxis cabinets on every unit\n\n"
        "Requirements\n\n- High school diploma\n"
    )
    duties = {
        term.term
        for item in posting_from_text(text, "posting.txt").requirements
        if item.importance == "duty"
        for term in item.alternatives
    }
    assert "Pyxis" in duties
