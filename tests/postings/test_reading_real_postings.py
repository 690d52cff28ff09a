"""The posting reader on postings found on real web pages (tests/fixtures/postings/real/).

Each posting was keyed by hand before the reader ran on it. The reader is tuned on ``dev`` only; ``test`` is
the held-back half whose numbers the README reports. The floors below are the numbers measured when they
were set, less a little: they catch a change that reads real pages worse, and they rise when the reader
gets better (never the other way round to make a change pass). ``python tests/fixtures/postings/score.py
--folder tests/fixtures/postings/real/dev -v`` shows each dev posting's misses.
"""

from __future__ import annotations

import pytest
from support.scorers import FIXTURES, scorer

FOLDER = FIXTURES / "postings"
REAL = FOLDER / "real"
score = scorer("posting_score", FOLDER / "score.py")

# Shares of the folder's postings (precision and recall are macro averages). Measured 2026-12-07 with the p4 batch
# in dev: dev P 0.812 R 0.774, years 70/74, education 72/74, title 63/74, company 58/74;
# test P 0.636 R 0.548, years 39/44, education 31/44, title 32/44, company 25/44.
# After issue 20's general rules (tune25), measured 2026-12-07: dev P 0.929 R 0.877, years 72/74, education 72/74,
# title 72/74, company 65/74; test (scored once, at the end) P 0.655 R 0.543, years 41/44, education 31/44,
# title 32/44, company 28/44. Test recall stays at its floor (0.548 -> 0.543 is within it).
# Round 5 (2026-12-07): 20 of the 44 test postings moved to dev to be studied (see real/README.md); measured
# then: dev (94) P 0.886 R 0.815, years 90/94, education 86/94, title 86/94, company 78/94; test (24, before the
# fresh p5 batch) P 0.594 R 0.507, years 23/24, education 17/24, title 18/24, company 15/24.
# Round 5 rules (post5, issue 20), measured 2026-12-07: dev (94) P 0.901 R 0.851, years 92/94, education 92/94,
# title 90/94 (0 wrong), company 83/94 (1 wrong); the 20 moved postings P 0.799 R 0.755, title 18/20 (0 wrong),
# company 18/20 (0 wrong), education 20/20, years 20/20.
# Round 6 (post6, issue 20), measured 2026-12-07 with the fresh p6 batch (32, keyed blind) in dev: before its rules
# dev (127) P 0.852 R 0.756, years 118/127, education 116/127, title 109/127 (3 wrong), company 99/127 (11 wrong),
# employment 112/127 (5 wrong); after them title 111/127 (0 wrong), company 104/127 (1 wrong), employment 115/127
# (1 wrong). The dev floors below are these numbers less a little.
# Test (77: the 24 old test postings never looked at, and the fresh p5 batch of 53 keyed blind), scored once before
# the round's rules and once after each of its two rounds, summary lines only: before P 0.601 R 0.404, years 69/77,
# education 63/77, title 53/77 (11 wrong), company 49/77 (19 wrong), 17 not-requirements; after P 0.583 R 0.419,
# years 69/77, education 63/77, title 52/77 (9 wrong), company 56/77 (12 wrong), 17 not-requirements.
# Round 7 (post7, issue 20: general line roles, heading words, credentials and lists, the lexicon grown; dev split
# by the last hex digit of sha1(file name) into study 0-9 and check a-f, check never looked at), measured
# 2026-12-07: dev (127) P 0.858 -> 0.862, R 0.756 -> 0.778, education 116 -> 117, years, title and company the
# same; study (82) P 0.867 -> 0.873, R 0.782 -> 0.810; check (45) P 0.841 -> 0.841, R 0.707 -> 0.718. The dev
# precision and recall floors rise with them.
# Round 7 added a fresh p7 batch of 28 keyed blind (first reading P 0.663 R 0.377, title 18/28 with 4 wrong, company
# 24/28 with 1 wrong, 5 not-requirements): test (105) before round 7's rules P 0.604 R 0.408, years 93/105,
# education 85/105, title 70/105 (13 wrong), company 80/105 (13 wrong), 22 not-requirements.
# After them (post7, then runon7's lost line breaks and post7c's shared head words; summary lines only): test (105)
# P 0.614 R 0.422, years 94/105, education 85/105, title 71/105 (10 wrong), company 79/105 (14 wrong), 21
# not-requirements; p7 alone P 0.627 R 0.379, title 19/28 (3 wrong): the unseen half hardly moves. Dev (127) after
# them: P 0.856 R 0.780, education 117/127, the rest as before.
FLOORS = {
    "dev": {"precision": 0.845, "recall": 0.76, "years": 0.91, "education": 0.9, "title": 0.86, "company": 0.8},
    "test": {"precision": 0.57, "recall": 0.40, "years": 0.88, "education": 0.80, "title": 0.66, "company": 0.71},
}
# Not-requirements (benefits, EEO, about-us, chrome) a half's postings are read as asking, at most: what was measured.
MOST_FORBIDDEN = {"dev": 2, "test": 21}
# The fewest postings a half may hold to give a number worth stating.
ENOUGH = {"dev": 40, "test": 40}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def measured(request):
    folder = REAL / request.param
    scores = score.score_corpus(folder=folder)
    return request.param, scores, score.summary(scores)


def test_each_half_holds_enough_keyed_postings_from_many_pages(measured):
    half, scores, total = measured
    assert total["postings"] >= ENOUGH[half], half
    keys = [score.yaml.safe_load(path.read_text(encoding="utf-8")) for path in (REAL / half).glob("*.key.yaml")]
    assert all(key.get("source") for key in keys), "every real posting names where it was found"
    assert len({key.get("page") for key in keys}) >= 5, "postings from several kinds of page"


def test_real_postings_are_read_no_worse_than_when_last_measured(measured):
    half, scores, total = measured
    count = total["postings"]
    shares = {name: total[name] if name in ("precision", "recall") else total[name] / count for name in FLOORS[half]}
    below = {name: round(shares[name], 3) for name, floor in FLOORS[half].items() if shares[name] < floor}
    assert below == {}, f"{half}: below the floor: {below}"


def test_nothing_a_real_posting_says_outside_its_requirements_is_read_as_one(measured):
    # Benefits, equal-opportunity text and page chrome named as a requirement would send a user after a
    # skill nobody asked for.
    half, scores, total = measured
    assert total["forbidden"] <= MOST_FORBIDDEN[half], {item.name: item.forbidden for item in scores if item.forbidden}


# A wrong title or employer goes into a cover letter; none is worse than a question (--position, --company). The
# one dev employer read wrong names the parent agency (Veterans Health Administration for the VA).
MOST_WRONG = {"title": 0, "company": 1}


def test_a_title_or_employer_read_wrong_on_dev_stays_rare():
    total = score.summary(score.score_corpus(folder=REAL / "dev"))
    wrong = {name: total[f"{name} wrong"] for name in MOST_WRONG}
    assert all(wrong[name] <= most for name, most in MOST_WRONG.items()), wrong
