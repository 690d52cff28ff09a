"""The problems check reports about how a resume reads back (toolkit/check/parse_back.py): a word split over
lines, text stored out of reading order, and a text whose words all run together.
"""

from __future__ import annotations

import pytest

from toolkit.check.extraction import ExtractedResume, TextPiece
from toolkit.check.parse_back import glued_throughout_problems, parse_problems


def _pdf(text: str, pieces: list[TextPiece] | None = None) -> ExtractedResume:
    return ExtractedResume(path="r.pdf", kind="pdf", text=text, pieces=pieces or [])


def test_a_word_hyphenated_over_three_lines_is_named_whole():
    problems = parse_problems(_pdf("Education\nCer\u00ad\ntifi\u00ad\ncate\nCollege\n"), None)
    [split] = [problem.message for problem in problems if problem.code == "split-word"]
    assert "'Cer-' / 'tifi-' / 'cate' is one word (certificate)" in split and "3 pieces" in split


def test_text_stored_out_of_order_is_reported_and_drawn_bullets_are_not():
    lines = [TextPiece(1, 40, 700 - 40 * n, f"Line {n}") for n in range(12)]
    assert not parse_problems(_pdf("text", [*lines, TextPiece(1, 36, 690, "• ")]), None)  # markers drawn last
    [problem] = parse_problems(_pdf("text", [*lines, TextPiece(1, 40, 720, "May 2017 – Jun 2018")]), None)
    assert problem.code == "reading-order" and "stores that part of the page out of order" in problem.message


GLUED = (
    "Desarrolladorabackend AnnaVidalTur BecariaenStadlerRail Desarrolladorabackend 12/2017-07/2018 "
    "Correccióndeerroresdeunaaplicacióndeescritorio FundaciónServipoli Auxiliaradministrativo "
    "MantenimientodelabasededatosAccess BSGIngenieros Desarrolladorafull-stack "
) * 4


GERMAN = (
    "Berufserfahrung Wirtschaftsingenieurwesen bei der Nordwind GmbH in Hamburg als Entwicklungsingenieur "
    "für Kostenstellencontrolling und Angebotserstellung mit einem Team von zehn Leuten im Einzelhandel "
) * 4


@pytest.mark.parametrize(("text", "reported"), [(GLUED, True), (GERMAN, False)])
def test_a_text_whose_words_all_run_together_is_reported(text, reported):
    problems = glued_throughout_problems(text)
    assert bool(problems) is reported
    if reported:
        assert problems[0].code == "run-together" and "BecariaenStadlerRail" in problems[0].message
