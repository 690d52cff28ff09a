"""Documents without a role: a software engineer's JSON Resume makes every role-less kind with no trade's words
but its own, and every sentence true to the profile."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from support.any_job import POSTING, PROFILE, TODAY, assert_clean

from toolkit.api import render_cover_letter, render_interview, render_resume


def _text(document) -> str:
    return document.content.decode("utf-8")


def test_the_fixture_is_a_real_json_resume():
    from toolkit.inputs.profiles import load_profile

    loaded = load_profile(PROFILE)
    assert loaded.warnings == []
    assert json.loads(PROFILE.read_text())["basics"]["label"] == "Software Engineer"


def test_resume_is_the_profile_as_written():
    text = _text(render_resume(PROFILE, fmt="md", today=TODAY))
    assert_clean(text)
    profile = json.loads(PROFILE.read_text())
    assert profile["basics"]["summary"] in text
    for job in profile["work"]:
        for highlight in job["highlights"]:
            assert highlight in text
    assert "Certified Kubernetes Administrator (CKA), The Linux Foundation (Sep 2022)" in text
    assert "Core Competencies" not in text  # nothing to tailor to, so nothing claimed beyond the profile


def test_resume_pdf_reads_back_clean():
    pdf = render_resume(PROFILE, fmt="pdf", today=TODAY).content
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert text.startswith("Priya Natarajan Software Engineer")
    assert_clean(text)


def _letter_body(text: str) -> list[str]:
    body = text.split("Dear Hiring Manager,", 1)[1].split("Sincerely,", 1)[0]
    return [paragraph.strip() for paragraph in body.split("\n\n") if paragraph.strip()]


def test_cover_letter_from_company_and_position_says_only_the_profiles_facts():
    text = _text(
        render_cover_letter(
            PROFILE, company="Harbor Payments", position="Senior Backend Engineer", fmt="md", today=TODAY
        )
    )
    assert_clean(text)
    opening, evidence, *_ = _letter_body(text)
    assert opening == (
        "I am applying for the Senior Backend Engineer position at Harbor Payments. I bring nearly eight years "
        "of experience, currently as a Senior Software Engineer at Cascade Freight Systems."
    )
    assert evidence == (
        "At Cascade Freight Systems, I led the move of the load-matching service from a Django monolith to three "
        "Go services, cutting p99 latency from 1.8 s to 240 ms. I also built the team's Kubernetes deployment "
        "pipeline with Argo CD, taking releases from weekly to several a day. In addition, I mentored four "
        "engineers through their first on-call rotations and wrote the incident runbooks they use."
    )


def test_cover_letter_for_a_posting_picks_the_highlights_its_duties_ask_for():
    letter = render_cover_letter(PROFILE, job=POSTING, fmt="md", today=TODAY)
    text = _text(letter)
    assert_clean(text)
    assert "Harbor Payments\\\nSeattle, WA" in text
    assert "Go services" in text and "Kubernetes deployment pipeline" in text and "mentored four engineers" in text
    explanation = "\n".join(letter.explanation)
    # The posting asks about cloud costs; the profile never says so, so the letter does not either.
    assert "not claimed, the profile does not show it: cloud costs" in explanation
    assert "cloud cost" not in text.lower()


@pytest.mark.parametrize("kit", [False, True])
def test_interview_sheets_from_the_general_bank(kit):
    text = _text(render_interview(kit=kit, fmt="md", today=TODAY))
    assert_clean(text)
    assert text.startswith(f"# {'Interviewer kit' if kit else 'Interview practice'}: any job\n")
    assert "All levels" in text and "General" not in text


def test_practice_sheet_for_a_posting_with_the_profiles_evidence():
    document = render_interview(profile=PROFILE, job=POSTING, answers="inline", fmt="md", today=TODAY)
    text = _text(document)
    assert_clean(text)
    assert document.level is not None and document.level.id == "senior"
    assert "Senior level · for Senior Backend Engineer at Harbor Payments" in text
    # The posting names the job the sheet is for; "any job" is only for a sheet made without one.
    assert text.startswith("# Interview practice: Senior Backend Engineer\n")


def test_the_general_pack_asked_for_by_name_states_no_aim_the_profile_does_not(tmp_path):
    # "--role general" is no occupation: its level titles (Senior, Manager) are not positions anyone
    # seeks, and twelve years of teaching are no management career.
    profile = {
        "basics": {"name": "Dana Okafor", "label": "High School English Teacher"},
        "work": [{"name": "Eastmoor High", "position": "English Teacher", "startDate": "2014-01"}],
    }
    path = tmp_path / "teacher.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    for role in (None, "general"):
        resume = render_resume(path, role=role, fmt="txt", today=TODAY)
        assert "Seeking" not in _text(resume)
    letter = render_cover_letter(
        path, role="general", company="Brightpath", position="Designer", fmt="txt", today=TODAY
    )
    assert letter.level is not None and letter.level.id == "senior"  # its beliefs are a senior colleague's
    assert "as no job in the profile leads people" in letter.level.describe()


@pytest.mark.parametrize("level, named", [("mid", "Mid-level"), ("senior", "Senior level")])
def test_a_general_sheet_names_its_level_once(level, named):
    text = _text(render_interview(level=level, fmt="txt", today=TODAY))
    assert named in text
    assert "level level" not in text.casefold()


def test_evidence_is_asked_for_only_where_the_question_asks_for_an_example():
    # "Why do you want to work here?" gets no highlight and no "think of an example": it asks for neither.
    document = render_interview(profile=PROFILE, job=POSTING, count=38, fmt="md", today=TODAY)
    text = _text(document)
    blocks = re.split(r"\n(?=\*\*\d+\.\*\*)", text)[1:]
    assert blocks
    for block in blocks:
        if "no highlight in your profile matches" in block:
            assert "S · T · A · R" in block, block
    career = text.split("## Career and motivation", 1)[1].split("\n## ", 1)[0]
    why_here = next(block for block in re.split(r"\n(?=\*\*\d+\.\*\*)", career) if "work here" in block)
    assert "Your evidence" not in why_here
