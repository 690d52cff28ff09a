"""Interview practice sheets and interviewer kits from the role's question bank."""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from support.interviews import sheet_questions
from support.paths import EXAMPLES, ROLE

from toolkit.api import render_interview
from toolkit.cli import cli
from toolkit.documents.interview import build_interview_context
from toolkit.errors import ValidationError
from toolkit.inputs.roles import load_role
from toolkit.resources import templates_dir

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says

LEVELS = ["junior", "mid", "senior", "supervisor", "manager", "director"]


def _context(**options):
    return build_interview_context(load_role(ROLE), **{"today": TODAY, **options}).document


def _pdf_text(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def test_the_bank_is_deep_enough_and_valid():
    bank = load_role(ROLE).interview
    assert len(bank.questions) >= 45
    assert len({question.id for question in bank.questions}) == len(bank.questions)
    for level in LEVELS:
        present = {question.category for question in bank.questions if level in question.levels}
        assert present == set(bank.category_ids()), level
    assert all(3 <= len(q.strong_answer) <= 5 and 1 <= len(q.follow_ups) <= 2 for q in bank.questions)


def test_a_bank_with_a_duplicate_id_is_refused(tmp_path):
    text = (templates_dir() / "roles" / f"{ROLE}.yaml").read_text(encoding="utf-8")
    broken = text.replace("- id: mrs-beh-provider-discrepancy", "- id: mrs-beh-caught-error", 1)
    (tmp_path / "pack.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(ValidationError, match="interview.questions\\[1\\]: id 'mrs-beh-caught-error' appears twice"):
        load_role(str(tmp_path / "pack.yaml"))


def test_practice_sheet_for_a_level(runner, tmp_path):
    target = tmp_path / "practice.pdf"
    result = runner.invoke(cli, ["interview", "--role", ROLE, "--level", "mid", "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = " ".join(" ".join(_pdf_text(target.read_bytes())).split())
    assert "Interview practice: Medical Records Specialist" in text and "10 questions" in text
    # STAR is for questions about past work, not for "Why this job?": the callout says which it serves
    assert "Asked about something you did? Answer with STAR" in text
    numbers = [int(number) for number in __import__("re").findall(r"(\d+)\. [A-Z]", text)]
    assert numbers[:10] == list(range(1, 11))


def test_default_selection_is_balanced_and_deterministic():
    first, second = _context(level="mid"), _context(level="mid")
    assert first == second
    categories = [group.title for group in first.groups]
    assert len(categories) == 6  # ten questions over six categories: every category appears
    counts = [len(group.questions) for group in first.groups]
    assert max(counts) - min(counts) <= 1


def test_count_categories_and_seed(runner, tmp_path):
    target = tmp_path / "set.docx"
    result = runner.invoke(
        cli,
        [
            "interview",
            "--role",
            ROLE,
            "--count",
            "12",
            "--category",
            "behavioral",
            "--category",
            "technical",
            "--seed",
            "7",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    headings = [p.text for p in docx.Document(target).paragraphs if p.style.name == "Heading 1"]
    assert sorted(headings) == ["Behavioral", "Technical and coding"]
    seeded = [q.id for q in sheet_questions(_context(count=12, categories=["behavioral", "technical"], seed=7))]
    assert seeded == [q.id for q in sheet_questions(_context(count=12, categories=["behavioral", "technical"], seed=7))]
    other = [q.id for q in sheet_questions(_context(count=12, categories=["behavioral", "technical"], seed=8))]
    assert len(seeded) == 12 and seeded != other
    # The file the command wrote holds the seed's questions, in the seed's order.
    chosen = sheet_questions(_context(count=12, categories=["behavioral", "technical"], seed=7))
    printed = [p.text for p in docx.Document(target).paragraphs if re.match(r"\d+\. ", p.text)]
    assert printed == [f"{q.number}. {q.question}" for q in chosen]


def test_level_filter_only_keeps_questions_for_that_level():
    bank = {question.id: question for question in load_role(ROLE).interview.questions}
    for level in LEVELS:
        assert all(level in bank[q.id].levels for q in sheet_questions(_context(level=level, count=14)))


def test_answers_inline_and_as_a_key_on_separate_pages():
    inline = render_interview(role=ROLE, level="senior", answers="inline", fmt="md").content.decode()
    assert inline.count("A strong answer covers:") == 10
    key = render_interview(role=ROLE, level="senior", answers="key", fmt="pdf").content
    pages = _pdf_text(key)
    start = next(index for index, page in enumerate(pages) if "ANSWER KEY" in page.upper())
    assert start > 0 and "A strong answer covers" not in " ".join(pages[:start])
    assert "1." in pages[start]


def test_interviewer_kit_sections(runner, tmp_path):
    target = tmp_path / "kit.docx"
    result = runner.invoke(cli, ["interview", "--role", ROLE, "--level", "supervisor", "--kit", "-o", str(target)])
    assert result.exit_code == 0, result.output
    document = docx.Document(target)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Rating scale" and headings[-1] == "Recommendation"
    assert 4 <= len(headings) - 2 <= 6
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for field in (
        "Candidate",
        "Interviewer",
        "Date",
        "☐ Not assessed",
        "☐ Advance",
        "☐ Hold",
        "☐ Decline",
        "☐ Low",
        "☐ High",
    ):
        assert field in cells, field
    assert any(text.startswith("5 – Exceptional") for text in cells)
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "What good looks like:" in paragraphs and "Follow-up probes:" in paragraphs


def test_posting_pulls_matching_questions_to_the_front():
    posting = EXAMPLES / "posting.txt"
    document = build_interview_context(
        load_role(ROLE),
        level="mid",
        posting=__import__("toolkit.postings", fromlist=["x"]).load_posting(posting),
        today=TODAY,
    )
    # The posting's own questions come first (they have no bank id); the first of the pack's is a match.
    first = next(item for item in sheet_questions(document.document) if item.id)
    bank = {question.id: question for question in load_role(ROLE).interview.questions}
    assert set(bank[first.id].terms) & {"ICD-10-CM", "CPT", "HIPAA", "release of information", "EHR"}
    assert document.document.posting == "Medical Records Specialist at Riverside Health"


def test_question_and_notes_space_never_split(tmp_path):
    content = render_interview(role=ROLE, level="mid", count=20, answers="inline", fmt="html").content.decode()
    css = content.split("<style>")[1].split("</style>")[0]
    assert ".keep-together { " in css and "break-inside: avoid" in css.split(".keep-together {")[1].split("}")[0]
    blocks = content.split('class="keep-together"')[1:]
    assert len(blocks) == 20 and all('class="writing-line"' in block.split("</div>\n  </div>")[0] for block in blocks)


def test_docx_keeps_each_question_with_its_writing_lines():
    document = docx.Document(io.BytesIO(render_interview(role=ROLE, level="mid", fmt="docx").content))
    paragraphs = document.paragraphs
    question = next(index for index, p in enumerate(paragraphs) if p.text.startswith("1. "))
    block = paragraphs[question : question + 6]  # question, STAR reminder, four writing lines
    assert all(p.paragraph_format.keep_with_next for p in block[:-1])
    lines = [p for p in block if p.style.name == "Writing Line"]
    assert len(lines) == 4
    rule = lines[0].style.element.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
    assert rule is not None, "a writing line is a ruled paragraph"


def test_star_is_offered_only_for_questions_about_something_the_person_did(runner, tmp_path):
    """'Why this job?' or 'Explain a DRG' has no situation, task, action and result to tell."""
    from toolkit.documents.interview import asks_for_a_story

    questions = {question.question: question for question in load_role("medical-coder").interview.questions}
    told = [text for text, question in questions.items() if asks_for_a_story(question)]
    assert "Tell me about a query you sent to a provider. How did you word it?" in told  # not a behavioral id
    assert all(text in told for text, question in questions.items() if question.category == "behavioral")
    assert not any(
        question.category in {"career", "situational"} for text, question in questions.items() if text in told
    )

    target = tmp_path / "practice.md"
    result = runner.invoke(
        cli, ["interview", "--role", "medical-coder", "--count", "30", "-f", "md", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    blocks = target.read_text(encoding="utf-8").split("\n\n")
    shown = [(found.group(1), blocks[number + 1] == "S · T · A · R") for number, block in enumerate(blocks[:-1])
             if (found := re.match(r"\*\*\d+\.\*\* (.+)$", block))]  # fmt: skip
    assert len(shown) == 30
    assert {question: marked for question, marked in shown} == {
        question: asks_for_a_story(questions[question]) for question, _ in shown
    }
    assert any(marked for _, marked in shown) and not all(marked for _, marked in shown)
