"""What check reads from resumes made by other tools, against hand-written keys (tests/fixtures/resumes/).

Two corpora: ``made/`` (files made here with other tools, committed) and ``outside/`` (other people's files
from public repositories: only keys are committed; ``outside/copy_corpus.py`` copies the files from fetched
snapshots). The reader is tuned on ``dev``; ``test`` is held back. The floors are what was measured when they
were set, less a little: they catch a change that reads real resumes worse and rise as the reader improves.
``python tests/fixtures/resumes/score.py --split dev -v`` shows each dev file's misses.
"""

from __future__ import annotations

import pytest
from support.scorers import FIXTURES, scorer

score = scorer("resume_score", FIXTURES / "resumes" / "score.py")

# Shares measured 2026-12-07 (headings, jobs with title+employer+start, years within a year, contact):
# made dev 100/100/100/100 %, made test 86/70/100/100 %; outside dev (with the blind r4 batch) 89/65/74/86 %,
# outside test 72/35/54/84 %. After tune24's second pass (general rules from dev's kinds of misses): outside
# dev 93/76/81/86 % with no unfinished degree read as held, outside test 73/37/56/84 %. Round 5: 23 of the 42
# outside test files moved to dev to be studied; then outside dev (72 files) 89/62/73/85 % with one unfinished
# degree read as held (it came from test), outside test (19) 65/44/56/82 %. Round 5 tuning (res5, general rules from
# the moved files' kinds of misses): outside dev 92/81/83/85 % with no unfinished degree read as held; made dev
# unchanged; test not measured (a fresh blind batch is being keyed). The blind r6 dev batch (14 files) added: outside
# dev (86 files) 91/75/78/85 %; round 6 tuning (res6, general rules from r6's kinds of misses): 92/79/81/85 %, r6
# alone 88/58/69/83 %, no unfinished degree read as held; made dev unchanged. Outside test (38: the 19 old test
# files never looked at and the fresh r5 batch of 19 keyed blind), summary lines only: before round 5 63/44/51/79 %
# with 2 unfinished degrees read as held; after rounds 5 and 6 71/53/57/79 % with 3. Round 7 added a fresh r7 batch
# of 14 keyed blind (Dutch, Polish, German, Spanish, Portuguese, English; first reading 43/9/8/76 %): outside test
# (52) before round 7's rules 65/42/45/78 % with 5 unfinished degrees read as held. Round 7's rules (res7: two-column
# pages read column by column, unfinished-degree wordings): outside dev 92/79/84/87 %, none read as held; outside
# test (52, summary line only) 66/42/51/85 % with 5 read as held (r7 alone 43/9/8/81 %). Round 7b (res7b: a place
# by the dates leaves the naming to the lines above past a description, a state university keeps its campus, an
# entry named above its dates on a later page, later entries named as the first shows, the side of the titles learnt
# when the first entry tells nothing): outside dev 92/82/84/87 %, none read as held; made dev unchanged.
# Then lang7 (Dutch and Polish, written without opening a corpus file; dev and made unchanged): outside test (52,
# summary lines only) after res7b and lang7 74/44/57/85 % with 5 read as held; r7 alone 78/16/33/81 %.
FLOORS = {
    ("made", "dev"): {"headings": 0.97, "jobs": 0.95, "years": 0.95, "contact": 0.95},
    ("made", "test"): {"headings": 0.82, "jobs": 0.66, "years": 0.95, "contact": 0.95},
    ("outside", "dev"): {"headings": 0.91, "jobs": 0.80, "years": 0.83, "contact": 0.86},
    ("outside", "test"): {"headings": 0.73, "jobs": 0.43, "years": 0.56, "contact": 0.84},
}
# Degrees a resume says are unfinished that the reader counts as held (a claim the resume does not make).
HELD_UNFINISHED = {("made", "dev"): 0, ("made", "test"): 0, ("outside", "dev"): 0, ("outside", "test"): 5}


@pytest.fixture(scope="module", params=sorted(FLOORS), ids=lambda pair: "-".join(pair))
def measured(request):
    corpus, split = request.param
    totals = score.score_split(split, report=lambda line: None, corpus=corpus)
    if totals["absent"]:
        pytest.skip(
            f"{totals['absent']} {corpus} {split} files are absent: fetch their repositories and run "
            "tests/fixtures/resumes/outside/copy_corpus.py (the files are other people's and are not committed)"
        )
    return corpus, split, totals


def test_every_resume_is_read_without_a_crash(measured):
    corpus, split, totals = measured
    assert totals["files"] >= 8
    assert totals["crashed"] == 0 and totals["refused"] == 0, totals


def test_resumes_made_by_other_tools_are_read_no_worse_than_when_last_measured(measured):
    corpus, split, totals = measured
    shares = {name: totals[name][0] / totals[name][1] for name in FLOORS[(corpus, split)]}
    below = {name: round(shares[name], 3) for name, floor in FLOORS[(corpus, split)].items() if shares[name] < floor}
    assert below == {}, f"{corpus} {split}: below the floor: {below}"


def test_no_more_unfinished_degrees_are_read_as_held(measured):
    corpus, split, totals = measured
    assert totals["held_unfinished"] <= HELD_UNFINISHED[(corpus, split)]
