"""jobkit audit on hostile or bare postings: linear in the posting's size, no traceback, the place still read."""

from __future__ import annotations

import time
from datetime import date

from toolkit.audit import audit_posting
from toolkit.cli import cli

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says


def test_a_posting_of_thousands_of_headings_is_audited_in_seconds(tmp_path):
    # Each "Benefits" heading rescanned the rest of the posting: 20,000 of them took 503 s.
    posting = tmp_path / "posting.txt"
    posting.write_text("Engineer\nAcme - Denver, CO\n\n" + "Benefits\n" * 20_000, encoding="utf-8")
    started = time.monotonic()
    audit_posting(posting, today=TODAY)
    assert time.monotonic() - started < 10


def test_a_run_of_digits_is_read_in_linear_time_and_never_as_a_huge_size(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Engineer\nAcme - Denver, CO\n\n$" + "1," * 200_000 + "\n", encoding="utf-8")
    started = time.monotonic()
    audit_posting(posting, today=TODAY)
    assert time.monotonic() - started < 10
    posting.write_text("Engineer\nAcme - Denver, CO\n\nWe have " + "1" * 5_000 + " employees\n", encoding="utf-8")
    result = runner.invoke(cli, ["audit", str(posting)])
    assert "Traceback" not in result.output and "Exceeds the limit" not in result.output


def test_a_bare_ad_the_reader_refuses_still_has_its_place_audited(runner, tmp_path):
    # "no text beyond its title" for the reader; the ad still says where the job is, and names no pay.
    posting = tmp_path / "posting.txt"
    posting.write_text("Barista\nBean Co - Denver, CO\n\nApply today!\n", encoding="utf-8")
    result = runner.invoke(cli, ["audit", str(posting)])
    assert result.exit_code == 1 and "Colorado: no pay or pay range is stated" in result.output
