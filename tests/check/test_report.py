"""The check report as plain data (toolkit/check/report.py): the score a user reads, weighted as the report's
formula says, the pages it says were read, and the JSON shape `jobkit check --json` documents."""

from __future__ import annotations

import json

from toolkit.check.report import SCORE_FORMULA, CheckReport, ParseProblem, Requirement, score


def test_the_score_weighs_a_required_term_twice_a_preferred_one():
    excel = Requirement("Excel", "keyword", "required", 1, found=True)
    sql = Requirement("SQL", "keyword", "preferred", 1, found=False)
    assert score([excel, sql], asked=True) == (67, "2 of 3 weighted points")
    excel.found, sql.found = False, True
    assert score([excel, sql], asked=True) == (33, "1 of 3 weighted points")


def test_there_is_no_score_without_something_to_match_against():
    points, note = score([], asked=False)
    assert points is None and "--role or --job" in note
    points, note = score([], asked=True)
    assert points is None and "no recognisable requirements" in note


def test_a_docx_says_its_pages_are_estimated():
    assert CheckReport("r.pdf", "pdf", 1, "text").pages_read() == "1 page"
    assert CheckReport("r.docx", "docx", 2, "text", pages_exact=False).pages_read().startswith("about 2 pages")


def test_the_json_report_keeps_its_documented_shape():
    report = CheckReport(
        "r.pdf",
        "pdf",
        1,
        "Jane Roe",
        problems=[ParseProblem("split-word", "one word")],
        against="role medical-coder",
        requirements=[Requirement("CPC", "certification", "required", 2, found=True)],
        score=100,
    )
    shown = json.loads(json.dumps(report.to_json()))  # what a script reading --json gets
    assert shown["version"] == 1 and shown["format"] == "pdf"
    assert shown["parse"] == {
        "characters": 8,
        "text": "Jane Roe",
        "problems": [{"code": "split-word", "message": "one word"}],
    }
    assert shown["match"]["score"] == 100 and shown["match"]["formula"] == SCORE_FORMULA
    assert shown["match"]["requirements"][0]["term"] == "CPC" and shown["match"]["requirements"][0]["found"]
    assert shown["facts"] is None
