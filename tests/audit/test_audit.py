"""Auditing a posting file: the place is the one the user gives, else the one the posting states; a JSON job's
salary is read as pay; with no place known, the user is told the pay laws were not checked."""

from __future__ import annotations

import json
from datetime import date

from toolkit.audit import audit_posting, audit_text

TODAY = date(2026, 12, 1)


def _rules(report):
    return sorted(finding.rule for finding in report.findings)


def test_a_bare_posting_is_audited_for_the_place_in_its_first_lines(tmp_path):
    posting = tmp_path / "barista.txt"
    posting.write_text("Barista\nBean Co - Denver, CO\nApply today!\n", encoding="utf-8")
    report = audit_posting(posting, today=TODAY)
    assert (report.location, report.location_from) == ("Denver, CO", "the posting")
    assert {"pay.us-co.pay", "pay.us-co.benefits", "pay.us-co.deadline"} <= set(_rules(report))
    assert all(finding.severity == "violation" for finding in report.violations)


def test_the_place_the_user_gives_wins_over_the_postings(tmp_path):
    posting = tmp_path / "barista.txt"
    posting.write_text("Barista\nBean Co - Denver, CO\nApply today!\n", encoding="utf-8")
    report = audit_posting(posting, location="Chicago, IL", today=TODAY)
    assert (report.location, report.location_from) == ("Chicago, IL", "--location")
    assert "pay.us-il.pay" in _rules(report) and not any(rule.startswith("pay.us-co") for rule in _rules(report))


def test_a_json_jobs_salary_is_read_as_stated_pay(tmp_path):
    job = {"title": "Barista", "location": "Denver, CO", "salary": "18.25-22.75 per hour", "description": "Coffee."}
    posting = tmp_path / "job.json"
    posting.write_text(json.dumps(job), encoding="utf-8")
    report = audit_posting(posting, today=TODAY)
    assert report.location == "Denver, CO"
    assert "pay.us-co.pay" not in _rules(report) and "pay.us-co.benefits" in _rules(report)


def test_without_a_place_the_pay_laws_are_not_checked_and_the_user_is_told():
    report = audit_text("Barista\nPay: $18 an hour\n", location="", today=TODAY)
    assert not any(rule.startswith("pay.") for rule in _rules(report))
    assert report.notes == [
        'no location given or found in the posting: pay-transparency laws were not checked (give --location "City, ST")'
    ]
    assert report.as_json()["location_from"] == ""
