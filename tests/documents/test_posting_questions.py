"""Practice sheets ask about the posting's own hard skills, and two postings get two different sheets."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from support.interviews import practice_sheet

from toolkit.api import render_interview
from toolkit.documents.interview import build_interview_context
from toolkit.documents.posting_questions import posting_questions, question_bank
from toolkit.inputs.roles import load_role
from toolkit.postings import load_posting

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "practice"
EXPERIMENTS = FIXTURES / "product-analyst-experiments.txt"
FORECASTS = FIXTURES / "planning-analyst-forecasts.txt"


def test_two_postings_with_different_skills_get_different_sheets_about_those_skills():
    experiments_text, experiments = practice_sheet(EXPERIMENTS, today=TODAY)
    forecasts_text, forecasts = practice_sheet(FORECASTS, today=TODAY)
    assert len(experiments) == len(forecasts) == 10
    shared = set(experiments) & set(forecasts)
    assert len(shared) <= 5, shared
    assert "from the posting" in experiments_text.casefold() and "from the posting" in forecasts_text.casefold()
    for skill in ("SQL", "A/B testing"):
        assert any(skill in question for question in experiments), skill
        assert not any(skill in question for question in forecasts), skill
    for skill in ("Tableau", "forecasting"):
        assert any(skill in question for question in forecasts), skill
        assert not any(skill in question for question in experiments), skill


def test_required_terms_come_first_and_the_posting_never_takes_more_than_half_the_sheet():
    posting = load_posting(EXPERIMENTS)
    asked = [question.term for question in posting_questions(posting, 10)]
    assert asked.index("SQL") < asked.index("dbt")  # dbt is only "nice to have"
    assert len(posting_questions(posting, 2)) == 2
    content = render_interview(job=EXPERIMENTS, count=4, fmt="txt").content.decode()
    assert "from the posting" in content.casefold()
    assert len(re.findall(r"^\s*\d+\. ", content, re.MULTILINE)) == 4


def test_a_duty_that_names_the_term_is_quoted_in_its_question():
    questions = {question.term: question.question for question in posting_questions(load_posting(EXPERIMENTS), 4)}
    assert "Write SQL queries against our event warehouse to answer product questions" in questions["SQL"]


def test_questions_never_claim_the_skill():
    """Every wording is a question and none says the person has, holds or is skilled in the term."""
    bank = question_bank()
    wordings = [text for kind in bank["questions"].values() for text in kind] + list(bank["duty_questions"])
    wordings += [text for kind in bank["duty_questions_for"].values() for text in kind]
    for text in wordings:
        filled = text.format(term="SQL", duty="Write reports", it="it")
        assert re.search(r"\?|^(?:Tell|Walk|Describe)|\. (?:Tell|Walk|Describe) ", filled), filled
        assert not re.search(r"\byou(?:'re| are| have) (?:skilled|an expert|experienced)|\byour SQL\b", filled), filled


def test_a_posting_titled_by_a_name_the_cdi_pack_goes_by_gets_the_cdi_practice_sheet():
    """A nurse's "Clinical Documentation Specialist (RN)" posting had a generic sheet: the title is not the pack's."""
    rendered = render_interview(job=FIXTURES / "clinical-documentation-rn.txt", fmt="pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.content)).pages).split())
    assert "Interview practice: Clinical Documentation Integrity Specialist" in text
    assert "query" in text.casefold() and "ICD-10-CM" in text
    assert any(note.startswith("role: cdi-specialist, from the posting's title") for note in rendered.notes)


def test_a_title_close_to_a_role_suggests_it_and_keeps_the_general_sheet(tmp_path):
    posting = tmp_path / "posting.txt"
    text = (FIXTURES / "clinical-documentation-rn.txt").read_text(encoding="utf-8")
    posting.write_text(
        text.replace("Clinical Documentation Specialist (RN)", "Senior Clinical Documentation Specialist II", 1)
    )
    rendered = render_interview(job=posting, fmt="md")
    assert "Interview practice: Senior Clinical Documentation Specialist II" in rendered.content.decode()
    assert any("--role cdi-specialist" in note and "not chosen" in note for note in rendered.notes), rendered.notes


def test_a_role_packs_certification_is_asked_about_as_a_credential_not_as_a_skill_used():
    """ "CCS, RHIT or RHIA" read as plain terms got "a piece of work where you relied on CCS, RHIT or RHIA"."""
    posting = load_posting(
        Path(__file__).resolve().parents[1] / "fixtures" / "postings" / "03-prairie-crest-inpatient-coder.txt"
    )
    general = build_interview_context(load_role("general"), posting=posting, today=TODAY).document
    coder = build_interview_context(load_role("medical-coder"), posting=posting, today=TODAY).document
    first_general, first_coder = general.groups[0].questions[0].question, coder.groups[0].questions[0].question
    assert "RHIT" in first_general and "RHIT" in first_coder
    assert "relied on" in first_general and first_coder.startswith("The posting asks for CCS, RHIT or RHIA.")


def test_a_term_capitalised_only_to_start_its_line_is_asked_about_in_lower_case(tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Records Clerk\nOakridge Clinic\n\nRequirements\n- Medical terminology\n- 1+ year of office experience\n",
        encoding="utf-8",
    )
    asked = [question.question for question in posting_questions(load_posting(posting), 4)]
    assert any("medical terminology" in question for question in asked), asked
    assert not any("Medical terminology" in question for question in asked)


def test_equipment_is_asked_about_in_words_that_need_no_article(tmp_path):
    """A warehouse sheet read "Tell me about a time you used forklift": equipment gets wordings built on
    "{term} work", which read right for a forklift, a crane or hand tools alike."""
    posting = tmp_path / "forklift-lead.txt"
    posting.write_text(
        "Forklift Lead - 2nd Shift\nIndianapolis, IN 46241\n\nWhat you'll do:\n"
        "* Assign loading and unloading tasks to operators\n* Perform daily forklift safety inspections\n"
        "* Train new operators on safe forklift operation\n* Keep inventory accurate in the WMS\n\n"
        "What you bring:\n* Current forklift certification\n* Experience with pallet jacks and RF scanners\n",
        encoding="utf-8",
    )
    questions = posting_questions(load_posting(posting), 4)
    equipment = [question for question in questions if question.kind == "equipment"]
    assert {question.term.casefold() for question in equipment} >= {"forklift"}
    for question in equipment:
        text = question.question + " ".join(question.points)
        assert not re.search(rf"\b(?:used|using|of|with) {re.escape(question.term)}\b", text, re.IGNORECASE), text
        assert re.search(r"\w work\b", question.question), question.question
    assert "pallet jack work" in " ".join(question.question for question in equipment)
    forklift = next(question for question in equipment if question.term.casefold() == "forklift")
    assert "Perform daily forklift safety inspections" in forklift.question
    sheet = build_interview_context(load_role("general"), posting=load_posting(posting), today=TODAY).document
    stories = {item.question for group in sheet.groups for item in group.questions if item.story}
    assert forklift.question in stories  # it asks about work done: the sheet marks it for a STAR answer


def test_a_plural_term_is_taken_up_as_them():
    """A developer's sheet read "Tell me about a piece of work where data structures mattered. What would have
    been harder without it?": a question takes a plural term up as "them"."""
    dev = Path(__file__).resolve().parents[1] / "fixtures" / "postings" / "real" / "dev"
    posting = load_posting(dev / "p3-22-reviewable-backend-engineer.txt")
    asked = {question.term: question.question for question in posting_questions(posting, 4)}
    assert asked["data structures"].endswith("What would have been harder without them?"), asked
    assert "without it" not in " ".join(asked.values()) and "do with it," not in asked["Algorithms"]
