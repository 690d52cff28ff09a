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


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Kraków, IX 2019 – VI 2021", ((2019, 9), (2021, 6))),
        ("X.2018 - obecnie", ((2018, 10), None)),
        ("I 2020 – XII 2020", ((2020, 1), (2020, 12))),
        ("styczeń 2020 – do chwili obecnej", ((2020, 1), None)),
        ("sierpnia 2017 – marca 2019", ((2017, 8), (2019, 3))),
        ("mrt. 2018 t/m juni 2020", ((2018, 3), (2020, 6))),
        ("september 2019 tot heden", ((2019, 9), None)),
    ],
)
def test_dutch_and_polish_ranges_read_with_their_months_and_words_for_now(line, wanted):
    [found] = date_ranges(line, date(2026, 11, 1))
    start = (found.start.year, found.start.month)
    end = None if found.end is None else (found.end.year, found.end.month)
    assert (start, end) == wanted
    assert found.ongoing == (end is None)


def test_a_roman_numeral_after_a_word_is_not_a_month():
    # "Level III 2020" is a level and a year; only the years make the range.
    [found] = date_ranges("Level III 2020 – 2021", date(2026, 11, 1))
    assert (found.start.year, found.start.month, found.end.year) == (2020, None, 2021)
