"""The posting reader against hand-written answer keys: 24 postings in real job-board styles.

The keys (tests/fixtures/postings/*.key.yaml) were written without looking at the code; the scoring
rules are in tests/fixtures/postings/README.md ("Scoring in jobkit") and score.py. Run
``python tests/fixtures/postings/score.py -v`` to see each posting's misses and extra terms.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "postings"


def _scorer():
    spec = importlib.util.spec_from_file_location("posting_score", FOLDER / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


score = _scorer()


def test_the_corpus_has_at_least_twenty_postings_with_keys():
    keys = sorted(FOLDER.glob("*.key.yaml"))
    assert len(keys) >= 20
    assert all((FOLDER / key.name.replace(".key.yaml", ".txt")).exists() for key in keys)


def _failures(scores, check) -> list[str]:
    return [item.name for item in scores if not check(item)]


@pytest.mark.parametrize("vocabulary", [False, True], ids=["the posting alone", "with every built-in role pack"])
def test_requirements_are_read_with_high_precision_and_recall(vocabulary):
    # Without a role, `jobkit check --job` reads with every built-in pack's vocabulary; both readings must hold.
    scores = score.score_corpus(vocabulary)
    summary = score.summary(scores)
    details = {item.name: (item.false_positives, item.missed) for item in scores if item.false_positives or item.missed}
    assert summary["precision"] >= 0.95, details
    assert summary["recall"] >= 0.9, details
    assert summary["forbidden"] == 0, {item.name: item.forbidden for item in scores if item.forbidden}


def test_years_asked_are_right_in_every_posting():
    # "Two (2) years", "3–5 years", "6 months", "1-2 years preferred", "No experience necessary"; never a
    # ZIP+4, "1500-2000 documents", "Level I trauma center" or a bonus "paid over 2 years".
    assert _failures(score.score_corpus(), lambda item: item.years_right) == []


def test_education_asked_is_right_in_every_posting():
    # The lowest level accepted; "Certified Coding Associate (CCA)" is no degree; curly apostrophes read.
    assert _failures(score.score_corpus(), lambda item: item.education_right) == []


@pytest.mark.parametrize("field", score.HEADER_FIELDS)
def test_header_facts_are_right_in_every_posting(field):
    assert _failures(score.score_corpus(), lambda item: item.header_right[field]) == []


def test_importance_of_the_terms_found_agrees_with_the_key():
    assert score.summary(score.score_corpus())["importance"] >= 0.95


def test_postings_written_after_the_reader_are_read_as_well():
    # Thirty-seven more postings (pharmacy, dental, data engineering, trucking, legal, payroll, sterile processing,
    # HVAC, design, bookkeeping; then a Workday engineer, a Greenhouse help desk, a USAJOBS social worker, an
    # Indeed line cook with its page chrome, an all-caps forklift ad, a Craigslist store manager, a hospital
    # PTA with a table-like block, numbered HR requirements; then a hard-wrapped e-mail, a PDF copy with page
    # chrome, a prose-only ad, a LinkedIn "About the job", a staffing agency, a state university, ZipRecruiter,
    # a tab-separated Word table; then job-board headers from a user trial: LinkedIn chrome, company-first,
    # careers-page trail, "at Company", "Title - Company (City)"; then a second trial: Indeed's navigation bar on
    # one line, a Workday "Careers at X" heading, a recruiter's e-mail, a LinkedIn accountant) in other styles;
    # see README.md for their history.
    scores = score.score_corpus(folder=FOLDER / "extra")
    summary = score.summary(scores)
    assert summary["postings"] == 37
    assert summary["precision"] >= 0.95 and summary["recall"] >= 0.9
    assert summary["years"] == summary["education"] == 37
    assert summary["forbidden"] == 0
