"""A clause as tokens (toolkit/postings/tokens.py): which words are parts of names, an abbreviation in parentheses
as another spelling of the long form, a list in parentheses read on its own, and two code sets written as one."""

from __future__ import annotations

import pytest

from toolkit.postings.tokens import capitalised_names, is_name_word, take_parentheses, tokenize


@pytest.mark.parametrize(
    ("word", "name"),
    [("athenaOne", True), ("PostgreSQL", True), ("HL7", True), ("CPR", True),
     ("Excel", False), ("A", False), ("Non-Exempt", False), ("Advanced-Mid", False)],
)  # fmt: skip
def test_a_word_is_part_of_a_name_by_its_shape_wherever_it_stands(word, name):
    # capitalised words join a name by where they stand; acronyms, mixed case and digits by shape alone
    [token] = tokenize(word)
    assert is_name_word(token) is name


def test_words_capitalised_after_a_sentences_start_are_names():
    text = "Experience with Epic required.\nEpic is a plus. 3. Earn a CPC credential"
    assert capitalised_names(text) == {"Epic", "CPC"}  # never "Experience", "Earn" or the list's number


def test_an_abbreviation_in_parentheses_spells_the_long_form():
    text = "Certified Coding Associate (CCA) required"
    tokens, _, _ = take_parentheses(tokenize(text), text)
    assert [(token.text, token.aliases) for token in tokens] == [
        ("Certified Coding Associate", ["CCA"]),
        ("required", []),
    ]


def test_a_list_in_parentheses_is_read_on_its_own():
    text = "Experience with EHR systems (Epic, Cerner or MEDITECH)"
    tokens, _, lists = take_parentheses(tokenize(text), text)
    assert [token.text for token in tokens] == ["Experience", "with", "EHR", "systems"]
    [(items, after)] = lists
    assert [item.text for item in items if item.is_word] == [
        "Epic",
        "Cerner",
        "or",
        "MEDITECH",
    ] and after.text == "systems"


def test_two_code_sets_written_as_one_are_two():
    assert [token.text for token in tokenize("Code in ICD-10-CM/PCS")] == [
        "Code",
        "in",
        "ICD-10-CM",
        "and",
        "ICD-10-PCS",
    ]
