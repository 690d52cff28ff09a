"""A letter cites the job and highlight closest to the posting's words, not merely the most recent ones."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import yaml
from pypdf import PdfReader

from toolkit.api import render_cover_letter

TODAY = date(2026, 12, 1)

POSTING = """Surgical ICU Nurse - Grandview Medical Center Inc. (Dayton, OH)

Responsibilities
- Care for critically ill post-operative patients after cardiac and trauma surgery.
- Watch hemodynamic changes closely and escalate them to the surgical team.

Requirements
- Current Ohio RN license.
"""


def _nurse(tmp_path) -> tuple:
    profile = {
        "basics": {"name": "Priya Okafor", "label": "Registered Nurse"},
        "work": [
            {
                "name": "Kettering Community Hospital",
                "position": "Medical-Surgical Nurse",
                "startDate": "2023-01",
                "highlights": [
                    "Managed a five-patient assignment on a 32-bed floor.",
                    "Trained two new graduates on the unit's admission checklist.",
                    "Led the floor's falls-prevention huddle each morning.",
                ],
            },
            {
                "name": "Miami Valley Regional",
                "position": "Surgical ICU Nurse",
                "startDate": "2018-06",
                "endDate": "2022-12",
                "highlights": [
                    "Kept two critically ill post-operative cardiac patients stable each shift.",
                    "Escalated hemodynamic changes to the surgical team within minutes.",
                ],
            },
        ],
    }
    path = tmp_path / "nurse.yaml"
    path.write_text(yaml.safe_dump(profile, sort_keys=False), encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    return path, posting


def test_the_surgical_icu_job_is_cited_for_a_surgical_icu_posting(tmp_path):
    profile, posting = _nurse(tmp_path)
    letter = render_cover_letter(profile, job=posting, fmt="pdf", today=TODAY)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(letter.content)).pages).split())
    assert "As a Surgical ICU Nurse at Miami Valley Regional, I kept two critically ill post-operative" in text
    assert "escalated hemodynamic changes to the surgical team" in text
    # The recent med-surg job's highlights that say nothing the posting says give way.
    assert "falls-prevention huddle" not in text and "admission checklist" not in text
    explanation = "\n".join(letter.explanation)
    assert "closest to the posting's words (" in explanation and "most recent" not in explanation


def test_without_a_posting_the_most_recent_highlights_stay(tmp_path):
    profile, _ = _nurse(tmp_path)
    text = render_cover_letter(profile, company="Grandview", position="Nurse", fmt="md", today=TODAY).content.decode()
    assert "falls-prevention huddle" in text and "Miami Valley Regional, I kept" not in text


def test_a_highlight_sharing_one_word_with_the_posting_does_not_fill_the_letter():
    # "I coach the school's chess club" shares only "school" with an elementary teacher's posting: it was cited in
    # every letter the teacher made, whatever the posting; the DIBELS highlight the posting asks about stays.
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    content = render_cover_letter(
        fixtures / "applications" / "teacher-profile.yaml",
        job=fixtures / "postings" / "19-cottonwood-elementary-teacher.txt",
        fmt="pdf",
        today=TODAY,
    ).content
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())
    assert "DIBELS 8 and iReady" in text
    assert "chess club" not in text
