"""Untrusted postings: a crafted posting is read, tailored to and checked against in seconds, and a
JSON posting of odd or endless values gets a few short located messages."""

from __future__ import annotations

import json
import random
import string
import time

import pytest
from support.paths import EXAMPLES

from toolkit.api import render_resume
from toolkit.cli import cli
from toolkit.errors import InputFileError, ValidationError
from toolkit.postings import MAX_REQUIREMENTS, load_posting, posting_from_text


def _names(count: int, seed: int = 1) -> list[str]:
    """Distinct capitalised made-up words: terms no posting reader folds together."""
    rng = random.Random(seed)
    return ["".join(rng.choices(string.ascii_lowercase, k=8)).capitalize() for _ in range(count)]


def test_thousands_of_requirement_lines_are_read_in_seconds():
    """Every new term was compared with every requirement so far: 2,000 such lines took 12 s."""
    words = iter(_names(10_000))
    lines = "".join(
        f"- Experience with {next(words)} {next(words)}, {next(words)}, {next(words)} and {next(words)} required\n"
        for _ in range(2_000)
    )
    started = time.monotonic()
    posting = posting_from_text(f"Clerk\n\nRequirements\n{lines}", "posting.txt")
    assert time.monotonic() - started < 10
    assert len(posting.requirements) == MAX_REQUIREMENTS


def test_the_first_requirements_are_read_and_the_rest_kept_as_text():
    words = _names(6_000)
    asked = "".join(f"- {first} or {second}\n" for first, second in zip(words[::2], words[1::2], strict=True))
    posting = posting_from_text(f"Clerk\n\nRequirements\n- Epic required\n{asked}", "posting.txt")
    terms = [requirement.term for requirement in posting.requirements]
    assert terms[0] == "Epic" and len(terms) == MAX_REQUIREMENTS
    assert len(posting.lines) == 3_001, "no line is lost, only left unread"


@pytest.mark.slow
def test_a_posting_of_a_hundred_thousand_terms_is_tailored_to_and_checked_in_seconds(tmp_path, runner):
    """Tailoring a resume to 100,000 "A or B" terms took 35 s, checking against them 80 s."""
    words = iter(_names(400_000))
    body = "".join("- " + "; ".join(f"{next(words)} or {next(words)}" for _ in range(250)) + "\n" for _ in range(800))
    posting = tmp_path / "posting.txt"
    posting.write_text(f"Coder\nAcme Health\n\nRequirements\n{body}", encoding="utf-8")
    assert posting.stat().st_size > 4_000_000
    started = time.monotonic()
    resume = render_resume(EXAMPLES / "profile.yaml", job=posting, fmt="docx")
    assert time.monotonic() - started < 20
    (tmp_path / "resume.docx").write_bytes(resume.content)
    started = time.monotonic()
    result = runner.invoke(cli, ["check", str(tmp_path / "resume.docx"), "--job", str(posting)])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 30


# --- JSON job files -------------------------------------------------------------------------------------


def _json(tmp_path, data) -> str:
    path = tmp_path / "job.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_a_json_posting_of_a_million_values_is_refused_at_once(tmp_path):
    path = _json(tmp_path, {"title": "Clerk", "qualifications": [5] * 1_000_000})
    started = time.monotonic()
    with pytest.raises(InputFileError, match=r"too many values \(over 200,000\)"):
        load_posting(path)
    assert time.monotonic() - started < 5


def test_a_json_posting_with_many_wrong_values_lists_a_few_short_messages(tmp_path, runner):
    path = _json(tmp_path, {"title": ["x" * 4_000_000], "qualifications": [5] * 10_000})
    with pytest.raises(ValidationError) as caught:
        load_posting(path)
    problems = [str(problem) for problem in caught.value.problems]
    assert 1 < len(problems) <= 50
    assert all(len(problem) < 400 for problem in problems)
    assert problems[0].startswith(f"{path}:1:2: title: ['xxx") and problems[0].endswith("…")
    result = runner.invoke(cli, ["check", str(EXAMPLES / "profile.yaml"), "--job", path])
    assert result.exit_code == 1 and len(result.output) < 30_000 and "Traceback" not in result.output


@pytest.mark.slow
def test_a_json_posting_of_endless_skills_keywords_reads_the_first_ones(tmp_path):
    keywords = _names(150_000)
    path = _json(tmp_path, {"title": "Clerk", "skills": [{"name": "Skills", "keywords": ["Epic", *keywords]}]})
    started = time.monotonic()
    posting = load_posting(path)
    assert time.monotonic() - started < 15
    terms = [requirement.term for requirement in posting.requirements]
    assert terms[0] == "Epic" and len(terms) == MAX_REQUIREMENTS
