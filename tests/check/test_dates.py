"""Dates as resumes write them, read as of the day jobkit is given (never the machine's clock)."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.check.dates import date_points, date_ranges, has_date_point, read_point


@pytest.mark.parametrize(
    ("text", "today", "wanted"),
    [("Jan '27", date(2026, 11, 1), 2027), ("Jan '27", date(2025, 11, 1), 1927), ("Jan '98", date(2026, 11, 1), 1998)],
)
def test_a_two_digit_year_is_read_in_the_century_of_the_day_given(text, today, wanted):
    # No later than the year after the day given: a course starting next January, but not one in 2098.
    assert read_point(text, today).year == wanted


def test_a_range_with_two_digit_years_is_read_as_of_the_day_given():
    # The same line read on two days: a resume checked in 2026 and one checked in 1999.
    [recent] = date_ranges("Line Cook, Jan '98 - Mar '99", date(2026, 11, 1))
    assert (recent.start.year, recent.end.year) == (1998, 1999)
    assert [point.year for point, _, _ in date_points("Since Jan '27", date(2026, 11, 1))] == [2027]
    assert [point.year for point, _, _ in date_points("Since Jan '27", date(2020, 11, 1))] == [1927]


def test_whether_a_line_gives_a_date_needs_no_day():
    assert has_date_point("Updated: Jan '98") and has_date_point("Summer 2017")
    assert not has_date_point("Scheduled 40 patient visits a day")
