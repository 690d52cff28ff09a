"""Interview sheets as the tests read them: the questions a built sheet holds, and a rendered practice sheet's
text with the questions it prints."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from support.paths import REPO
from toolkit.api import render_interview
from toolkit.documents.interview import InterviewSheet, Question, build_interview_context
from toolkit.inputs.profiles import load_profile
from toolkit.inputs.roles import load_role
from toolkit.postings import load_posting

PRACTICE_POSTINGS = REPO / "tests" / "fixtures" / "practice"


def sheet_questions(document: InterviewSheet) -> list[Question]:
    """Every question of a built sheet or kit, in the order it prints them."""
    return [item for group in document.groups for item in group.questions]


def practice_sheet(job: Path, profile: Path | None = None, *, today: date) -> tuple[str, list[str]]:
    """The PDF's text, read back and with its wrapped lines joined, and the sheet's questions (the posting's
    own, with a profile), each checked to be printed in it."""
    content = render_interview(job=job, profile=profile, fmt="pdf").content
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())
    posting = load_posting(job)
    loaded = load_profile(profile).profile if profile else None
    document = build_interview_context(load_role("general"), posting=posting, profile=loaded, today=today).document
    # With a profile the rendered sheet's level is inferred from it; the posting's own questions are the same.
    groups = document.groups[:1] if profile else document.groups
    questions = [item.question for group in groups for item in group.questions]
    for question in questions:
        assert " ".join(question.split()) in text, question
    return text, questions
