"""What the audit reads in a posting, each fact with its line: pay (a closed range or an open-ended 'starting at'),
benefits, the closing date, a link to pay, and the employer's stated size."""

from __future__ import annotations

from toolkit.audit.reading import read_posting_text

POSTING = """Barista
Pay: $18 - $22 an hour
Starting at $50,000 a year
Benefits
Medical and 401(k)
Apply by March 31, 2027
We have 250 employees.
About us
Salary details: https://example.com/pay
"""


def test_a_closed_range_and_an_open_ended_amount_are_told_apart():
    facts = read_posting_text(POSTING)
    assert [(item.text, item.line) for item in facts.closed_pay] == [("$18 - $22", 2)]
    assert [(item.text, item.line) for item in facts.open_pay] == [("Starting at $50,000", 3)]


def test_benefits_deadline_pay_link_and_size_are_read_with_their_lines():
    facts = read_posting_text(POSTING)
    assert (4, "Benefits") in facts.benefits and (5, "401(k)") in facts.benefits
    assert facts.deadline == (6, "Apply by March 31, 2027")
    assert facts.pay_link == (9, "https://example.com/pay")
    assert facts.stated_size == (7, 250)


def test_a_dollar_amount_that_is_not_pay_is_not_read_as_pay():
    facts = read_posting_text("Barista\nWe handle $2 million of orders.\n")
    assert facts.pay == []


def test_a_benefits_heading_at_the_very_end_promises_nothing():
    # A heading with nothing after it lists no benefits.
    assert read_posting_text("Barista\nBenefits\n").benefits == []
