"""Header rules from the round-5 study of unseen posting kinds (form tables, bilingual ads, bracketed remarks, store
pages, aggregators), each with made-up lines it must and must not match. A wrong title or employer is worse than
none: where a rule cannot tell, the reader leaves the fact empty and the CLI asks (--position, --company)."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.facts import field_of
from toolkit.postings.trusted import is_job_title

BODY = "\n\nDuties\nKeeps the shelves stocked.\n"


def read(text: str):
    return posting_from_text(text, "posting.txt")


# --- a form laid out as a table: a label, a run of spaces, its value ----------------------------------------


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("TITLE                 Parts Clerk", ("title", "Parts Clerk")),
        ("Location\tOmaha, NE", ("location", "Omaha, NE")),
    ],
)
def test_a_known_label_spaced_from_its_value_is_a_field(line, field):
    assert field_of(line) == field


@pytest.mark.parametrize(
    "line", ["Parts Clerk        Full time", "Monday - Friday    8 AM - 5 PM", "TITLE Parts Clerk"]
)
def test_words_spaced_from_other_words_are_no_field(line):
    assert field_of(line) is None


def test_a_spaced_title_label_is_not_part_of_the_title():
    assert read("Welcome to our job bank!\n\nTITLE          Parts Clerk\n" + BODY).title == "Parts Clerk"


# --- brackets ---------------------------------------------------------------------------------------------


def test_a_pipe_inside_brackets_does_not_cut_the_title():
    posting = read("Payroll Clerk (Remote | Night Shift Pay)\n" + BODY)
    assert posting.title == "Payroll Clerk"
    assert posting.workplace == "remote"


@pytest.mark.parametrize("line", ["Payroll Clerk (Remote", "Payroll Clerk Remote)"])
def test_a_title_cut_inside_its_brackets_is_no_title(line):
    assert not is_job_title(line)


def test_a_title_with_its_brackets_whole_is_a_title():
    assert is_job_title("Payroll Clerk (Evenings)")


# --- a label in another script before the title, a rule line above it -------------------------------------


@pytest.mark.parametrize("header", ["职位二 Payroll Clerk", "|\n职位二 Payroll Clerk", "* * *\nPayroll Clerk"])
def test_a_label_in_another_script_or_a_rule_line_is_not_the_title(header):
    assert read(header + BODY).title == "Payroll Clerk"


def test_a_title_in_latin_script_keeps_every_word():
    assert read("Payroll Clerk II\n" + BODY).title == "Payroll Clerk II"
