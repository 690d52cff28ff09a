"""A board's field read from a table pasted as lines, its label run into its value with one space: only a label of
two words or more, or a unit's word, is read so, since a one-word label may open an organisation's name."""

from __future__ import annotations

import pytest

from toolkit.postings.facts import field_of, run_in_field


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Organization Name Mumbai Metro Rail Corporation Limited",
            ("organization name", "Mumbai Metro Rail Corporation Limited"),
        ),
        ("Department Institutional Planning & Ops", ("department", "Institutional Planning & Ops")),
        ("Job Title Staff Accountant", ("job title", "Staff Accountant")),
        ("Department of Veterans Affairs", None),  # a government's department, named whole
        ("Title Insurance Group", None),  # a one-word label may open a name
        ("Company Name is required", None),  # no capitalised value
    ],
)
def test_a_label_run_into_its_value_is_read_as_a_field(line, field):
    assert run_in_field(line) == field


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Job Title: Child Care Aide Exemption Status/Test: Non-exempt",
            ("job title", "Child Care Aide"),  # a form's row holding two fields
        ),
        ("Location: Omaha, NE Date Revised: May 2025", ("location", "Omaha, NE")),
        ("Job Title: Teacher (Grades 3-5)", ("job title", "Teacher (Grades 3-5)")),
        ("Location: Omaha, NE - see note: parking", ("location", "Omaha, NE - see note: parking")),  # no capital
    ],
)
def test_a_field_s_value_ends_where_another_label_begins(line, field):
    assert field_of(line) == field
