"""Fair wording: each list's phrases are found once, with a plainer suggestion and their source."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.audit import audit_text
from toolkit.audit.wording import wording_data

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says


@pytest.mark.parametrize(
    "text, rule, severity, suggestion",
    [
        ("We want a young and energetic team.", "wording.age", "violation", "not the age of the person"),
        ("Ideal for a digital native.", "wording.age", "warning", "comfortable with"),
        ("Recent graduates welcome.", "wording.age", "warning", "entry-level"),
        ("Applicants under the age of 30 preferred.", "wording.age", "violation", "age limit"),
        ("Must be a native English speaker.", "wording.national-origin", "violation", "fluent in English"),
        ("US citizens only.", "wording.national-origin", "warning", "a law or a government contract"),
        ("Seeking an experienced salesman.", "wording.sex", "warning", "salesperson"),
        ("He will report to the manager.", "wording.sex", "warning", "you"),
        ("Must be able-bodied.", "wording.disability", "warning", "with or without reasonable accommodation"),
        ("No felons.", "wording.exclusionary", "warning", "name that law"),
        ("Be our rockstar!", "wording.jargon", "note", "skilled"),
        ("A coding ninja.", "wording.jargon", "note", "expert"),
        ("We comply with Executive Order 11246.", "wording.out-of-date", "warning", "revoked on January 21, 2025"),
        ("EO 11246 statement", "wording.out-of-date", "warning", "Section 503"),
    ],
)
def test_a_listed_phrase_is_found_with_its_suggestion(text, rule, severity, suggestion):
    report = audit_text(text, today=TODAY)
    (finding,) = [item for item in report.findings if item.rule == rule]
    assert finding.severity == severity and suggestion in finding.suggestion
    assert finding.quote == text and finding.line == 1 and finding.source


@pytest.mark.parametrize(
    "text",
    [
        "Provide care for young children and their families.",  # the patients' age, not the hire's
        "Lift up to 50 pounds, under 50 lbs most days.",
        "Native American health services experience is a plus.",
        "We consider applicants without regard to age, disability or national origin.",
    ],
)
def test_ordinary_wording_is_not_flagged(text):
    assert [item for item in audit_text(text, today=TODAY).findings if item.rule != "wording.gender-coded"] == []


def test_one_phrase_is_reported_once():
    report = audit_text("Must be a native English speaker.\nNative English speaker required.", today=TODAY)
    assert [item.rule for item in report.findings if item.rule == "wording.national-origin"] == [
        "wording.national-origin"
    ]


def test_gender_coded_words_are_counted_as_gender_decoder_lists_them():
    report = audit_text("A driven, competitive, fearless self-reliant leader who supports the team.", today=TODAY)
    (finding,) = [item for item in report.findings if item.rule == "wording.gender-coded"]
    assert finding.severity == "note"
    assert "leans masculine-coded" in finding.message and "supports" in finding.message
    assert "driven -> motivated" in finding.message
    assert "gender-decoder" in finding.source and "MIT" in finding.source


def test_the_word_lists_credit_their_sources():
    data = wording_data()
    assert all(group["source"] for group in data["lists"])
    coded = data["gender_coded"]
    assert len(coded["masculine"]) > 40 and len(coded["feminine"]) > 40
    assert "Gaucher, Friesen and Kay" in coded["source"]
