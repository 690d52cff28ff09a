"""Untrusted input, round two: bounded reading of resumes and YAML, linear patterns, no tracebacks.

A crafted file may be small and still ask for gigabytes or hours (a zip bomb, a PDF content stream
that decompresses a thousandfold, a YAML alias repeated, a pattern that backtracks). Each test builds
such a file, small, and checks that jobkit refuses it with a message naming the limit, or reads it
safely, in a few seconds at most.
"""

from __future__ import annotations

import docx
import pytest

from toolkit.check import check_resume
from toolkit.cli import cli
from toolkit.dates import parse_partial_date
from toolkit.errors import JobkitError, ValidationError
from toolkit.postings import posting_from_text
from toolkit.profiles import load_profile

POSTING = "Records Clerk\n\nRequirements:\n- 2 years of experience in records\n"


def write_docx(path, *paragraphs: str):
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def assert_clean_exit(result) -> None:
    """A user's file gives exit 0 or 1 with words, never a traceback."""
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


# --- dates read back from a resume (item 11) ----------------------------------------------------------


@pytest.mark.parametrize(
    "dates",
    ["Mar 0000 – Present", "0000 - 2020", "٢٠٢٠ – Present", "٠٣/٢٠٢٠ - ٢٠٢١", "Jan 2020 - 13/0000"],
)
def test_dates_no_calendar_has_are_left_out_of_the_years(tmp_path, dates):
    resume = write_docx(tmp_path / "resume.docx", "Jane Doe", "Experience", f"Records Clerk, {dates}")
    posting = posting_from_text(POSTING, "posting.txt")
    report = check_resume(resume, posting=posting)
    years = next(requirement for requirement in report.requirements if requirement.kind == "years")
    assert not years.found
    assert years.where == "no dated work found"


def test_a_readable_range_still_counts_beside_an_unreadable_one(tmp_path):
    resume = write_docx(
        tmp_path / "resume.docx", "Jane Doe", "Experience", "Clerk, Mar 0000 – Present", "Clerk, Jan 2015 – Dec 2019"
    )
    report = check_resume(resume, posting=posting_from_text(POSTING, "posting.txt"))
    years = next(requirement for requirement in report.requirements if requirement.kind == "years")
    assert years.found
    assert years.where.startswith("5.0 years from the date ranges in the resume")


def test_check_command_reads_year_zero_without_a_traceback(runner, tmp_path):
    resume = write_docx(tmp_path / "resume.docx", "Jane Doe", "Experience", "Clerk, Mar 0000 – Present")
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    result = runner.invoke(cli, ["check", str(resume), "--job", str(posting)])
    assert_clean_exit(result)
    assert result.exit_code == 0


def test_year_zero_is_not_a_date():
    with pytest.raises(ValueError, match="year must be 0001 or later"):
        parse_partial_date("0000-03")


def test_profile_with_year_zero_gets_a_located_error_not_a_traceback(write_profile):
    path = write_profile(
        "basics:\n  name: Jane Doe\nwork:\n  - name: Clinic\n    position: Clerk\n"
        '    startDate: "0000-03"\n    endDate: "2020"\n'
    )
    with pytest.raises(ValidationError) as caught:
        load_profile(path)
    assert "work[0].startDate: year must be 0001 or later" in str(caught.value)
    assert isinstance(caught.value, JobkitError)
