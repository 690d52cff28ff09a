"""A pay range as a posting states it: per hour below $500, shown in dollars, rounded to a step halves up."""

from __future__ import annotations

import pytest

from toolkit.pay.ranges import PayRange, round_to_step


def test_a_yearly_range_is_shown_in_whole_dollars():
    assert PayRange(52000, 61500).display() == "$52,000 – $61,500 a year"
    assert PayRange(52000, 61500).unit == "YEAR"


def test_an_hourly_range_shows_cents_only_when_there_are_some():
    pay = PayRange(18, 22.5, hourly=True)
    assert pay.display() == "$18 – $22.50 an hour"
    assert pay.unit == "HOUR"
    assert pay.as_yearly() == (18 * 2080, 22.5 * 2080)


@pytest.mark.parametrize(
    ("amount", "step", "rounded"), [(51249, 500, 51000), (51250, 500, 51500), (18.125, 0.25, 18.25), (18.1, 0.25, 18.0)]
)
def test_amounts_round_to_the_nearest_step_halves_up(amount, step, rounded):
    assert round_to_step(amount, step) == pytest.approx(rounded)
