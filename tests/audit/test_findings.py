"""Audit findings in the order a reader needs them: violations first, then warnings, then notes, each in the
posting's order; as JSON with every field a script reads."""

from __future__ import annotations

from toolkit.audit.findings import Finding, sort_findings


def _finding(rule, severity, line):
    return Finding(rule=rule, severity=severity, message=f"{rule} message", source="a statute", line=line)


def test_violations_come_first_then_warnings_then_notes_each_in_the_postings_order():
    findings = [
        _finding("wording.age", "note", 1),
        _finding("wording.gender", "warning", 9),
        _finding("pay.us-co.pay", "violation", 7),
        _finding("wording.culture", "warning", 2),
        _finding("pay.us-co.benefits", "violation", 0),
    ]
    assert [item.rule for item in sort_findings(findings)] == [
        "pay.us-co.benefits",
        "pay.us-co.pay",
        "wording.culture",
        "wording.gender",
        "wording.age",
    ]


def test_a_finding_as_json_has_every_field_a_script_reads():
    assert _finding("pay.us-co.pay", "violation", 3).as_json() == {
        "rule": "pay.us-co.pay",
        "severity": "violation",
        "message": "pay.us-co.pay message",
        "source": "a statute",
        "quote": "",
        "line": 3,
        "suggestion": "",
    }
