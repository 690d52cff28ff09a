"""Issue 24's "Done means" corpus: one application per trade, keyed by hand in
tests/fixtures/applications/letters.key.yaml before jobkit wrote a letter for it.

Each letter, read back from its PDF, cites the job and highlight a reader would pick for the posting, names the
credentials the posting asks for that the profile holds, states the years a reader counts, carries the applicant's
own paragraph, and is not the same letter as one for another posting (at most one sentence in common).
"""

from __future__ import annotations

import io
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from toolkit.api import render_cover_letter, render_interview
from toolkit.documents.wording import years_phrase

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
KEY = yaml.safe_load((FIXTURES / "applications" / "letters.key.yaml").read_text(encoding="utf-8"))
TODAY = date(2026, 12, 1)
ONE_MONTH = 1 / 12


def _body(text: str) -> str:
    """The letter's paragraphs with its lines joined: from the salutation to the sign-off."""
    text = " ".join(text.split())
    start = text.index("Dear ")
    return text[start : text.index("Sincerely,", start)]


# A sentence ends at a full stop, not at one after a short capitalised word ("St. Luke's", "Inc.", "Ms.").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)\s+(?=[A-Z])")


def _split(body: str) -> list[str]:
    return [sentence for sentence in _SENTENCE_END.split(body) if sentence]


def _sentences(body: str) -> set[str]:
    """The body's sentences after the salutation."""
    return set(_split(body)[1:])


@cache
def _letter(name: str, posting: str = "") -> str:
    """The letter for the application's own posting (or for ``posting``, without the applicant's own paragraph,
    which they wrote for their own), as its PDF reads."""
    application = KEY[name]
    content = render_cover_letter(
        FIXTURES / application["profile"],
        job=FIXTURES / (posting or application["posting"]),
        why=None if posting else application.get("why"),
        fmt="pdf",
        today=TODAY,
    ).content
    return _body(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def test_the_corpus_spans_at_least_eight_trades():
    assert len(KEY) >= 8
    assert len({application["posting"] for application in KEY.values()}) == len(KEY)


@pytest.mark.parametrize("name", sorted(KEY))
def test_the_letter_cites_the_closest_job_and_highlight(name):
    application, body = KEY[name], _letter(name)
    sentences = _split(body)
    wanted = application["highlight"].casefold()
    at = next((index for index, sentence in enumerate(sentences) if wanted in sentence.casefold()), None)
    assert at is not None, f"{application['highlight']!r} not cited in: {body}"
    # The job is named in the sentence that cites the highlight, or in the one an "I also ..." follows.
    while at > 0 and re.match(r"(I also|In addition)\b", sentences[at]):
        at -= 1
    assert application["employer"] in sentences[at], sentences[at]
    assert application["job"] in body


@pytest.mark.parametrize("name", sorted(KEY))
def test_the_letter_names_the_asked_credentials_the_profile_holds(name):
    body = _letter(name)
    for credential in KEY[name]["credentials"]:
        assert credential in body, credential
    # A name that says what it is takes no "credential" after it ("the SEI endorsement", not "endorsement credential").
    assert not re.search(r"\b(?:card|certificate|endorsement|license|permit) credentials?\b", body), body


@pytest.mark.parametrize("name", sorted(KEY))
def test_the_letter_states_the_years_a_reader_counts(name):
    counted = KEY[name]["years"]
    # Whole months from a profile's year-month dates: a month either way is the same count.
    said = {years_phrase(counted + months * ONE_MONTH) for months in (-1, 0, 1)}
    body = _letter(name)
    # And what they are years of, in words true of every job counted: no title the person did not hold throughout.
    stated = [f"I bring {phrase} of experience as {KEY[name]['years_as']} " for phrase in said]
    assert any(sentence in body for sentence in stated), (stated, body)


@pytest.mark.parametrize("name", sorted(name for name in KEY if KEY[name].get("why")))
def test_the_applicants_own_paragraph_is_carried_as_written(name):
    assert " ".join(KEY[name]["why"].split()) in _letter(name)


@pytest.mark.parametrize("name", sorted(KEY))
def test_the_letter_shares_at_most_one_sentence_with_the_letter_of_another_application(name):
    own = _sentences(_letter(name))
    for other in sorted(set(KEY) - {name}):
        shared = own & _sentences(_letter(other))
        assert len(shared) <= 1, (other, shared)


@pytest.mark.parametrize("name", sorted(name for name in KEY if KEY[name].get("also")))
def test_the_same_persons_letter_for_another_posting_of_their_work_is_another_letter(name):
    # Before, the years sentence and the best highlight's sentence were word for word the same in both letters.
    own, other = _sentences(_letter(name)), _sentences(_letter(name, KEY[name]["also"]))
    assert len(own & other) <= 1, own & other


def _practice_questions(posting: str) -> list[str]:
    content = render_interview(job=FIXTURES / posting, fmt="md").content.decode()
    return [match.group(1).strip() for match in re.finditer(r"^\*\*\d+\.\*\* (.+)$", content, re.MULTILINE)]


def test_practice_sheets_for_two_trades_share_at_most_half_and_ask_about_their_skills():
    analyst = _practice_questions(KEY["developer-to-analyst"]["posting"])
    accountant = _practice_questions(KEY["accountant"]["posting"])
    assert len(analyst) >= 8 and len(accountant) >= 8
    assert len(set(analyst) & set(accountant)) <= len(analyst) // 2
    assert any("SQL" in question for question in analyst)
    assert not any("SQL" in question for question in accountant)
    assert any("GAAP" in question or "reconciliation" in question for question in accountant)
    assert not any("GAAP" in question for question in analyst)
