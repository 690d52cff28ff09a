"""Dates: parsed once, in JSON Resume's forms, shown and counted the way a resume needs them."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.models.dates import PartialDate, experience_years, format_date_range


@pytest.mark.parametrize(
    "text, expected",
    [("2021", PartialDate(2021)), ("2021-03", PartialDate(2021, 3)), ("2021-3-09", PartialDate(2021, 3, 9))],
)
def test_the_three_json_resume_forms_parse(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("2021-13", "month must be 1-12"),
        ("2023-02-29", "day must be 1-28 for February 2023"),
        ("0999", "year must be between 1000 and 2999"),
        ("March 2021", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("２０２１", "expected a date"),  # full-width digits are not ASCII digits
    ],
)
def test_impossible_dates_are_refused_in_words(text, message):
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


def test_a_date_prints_back_as_json_resume_writes_it():
    assert str(PartialDate.parse("2021-3-9")) == "2021-03-09"


def test_ranges_show_month_and_year_or_present():
    assert format_date_range(PartialDate(2021, 3), None) == "Mar 2021 – Present"
    assert format_date_range(PartialDate(2019), PartialDate(2021, 6)) == "2019 – Jun 2021"
    assert format_date_range(None, None) == ""


def test_overlapping_jobs_are_counted_once():
    spans = [(PartialDate(2020, 1), PartialDate(2021, 12)), (PartialDate(2021, 1), PartialDate(2022, 12))]
    assert round(experience_years(spans, date(2026, 1, 1)), 1) == 3.0
    # An open span runs to today; a future start counts nothing.
    assert round(experience_years([(PartialDate(2025, 1), None)], date(2026, 1, 1)), 1) == 1.0
    assert experience_years([(PartialDate(2030, 1), None)], date(2026, 1, 1)) == 0
