"""Errors say where the problem is (file:line:column: field: message), list every problem at once, and keep all
of that when they cross from a render's child process to the command that prints them."""

from __future__ import annotations

import pickle

import pytest

from toolkit.errors import (
    EXIT_BAD_INPUT,
    InputFileError,
    JobkitError,
    Location,
    Problem,
    UnknownNameError,
    ValidationError,
)


@pytest.mark.parametrize(
    "location, prefix",
    [
        (Location("profile.yaml", 12, 5, "work[0].startDate"), "profile.yaml:12:5: work[0].startDate"),
        (Location("profile.yaml", 12), "profile.yaml:12"),
        (Location("profile.yaml", column=5), "profile.yaml"),  # a column means nothing without its line
        (Location(field="basics.email"), "basics.email"),
        (Location(), ""),
    ],
)
def test_a_location_reads_as_an_editor_jumps_to_it(location, prefix):
    assert location.prefix() == prefix


def test_a_message_without_a_place_has_no_stray_colon():
    assert str(Problem("no profile given")) == "no profile given"
    assert str(JobkitError("bad row", Location("jobs.csv", 3))) == "jobs.csv:3: bad row"


def test_every_problem_in_a_file_is_listed_in_one_message():
    problems = [
        Problem("unknown field 'nmae'", Location("profile.yaml", 2, field="basics")),
        Problem("not a date", Location("profile.yaml", 9, field="work[0].startDate")),
    ]
    error = ValidationError("2 problems", Location("profile.yaml"), problems)
    assert str(error).splitlines() == [
        "profile.yaml:2: basics: unknown field 'nmae'",
        "profile.yaml:9: work[0].startDate: not a date",
    ]
    assert error.exit_code == EXIT_BAD_INPUT and error.warnings == []


@pytest.mark.parametrize("kind", [JobkitError, InputFileError, UnknownNameError, ValidationError])
def test_an_error_keeps_its_kind_place_and_problems_across_a_process_boundary(kind):
    error = kind("cannot read", Location("posting.txt", 4))
    if isinstance(error, ValidationError):
        error.warnings.append(Problem("a warning too"))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is kind and str(copy) == "posting.txt:4: cannot read"
    assert copy.location == Location("posting.txt", 4) and copy.problems == error.problems
    assert getattr(copy, "warnings", None) == getattr(error, "warnings", None)
