"""An interviewer kit asks about the role's own work, and not the questions the candidate's practice sheet
rehearsed unless asked to."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from toolkit.api import render_interview
from toolkit.documents.interview import eligible_questions
from toolkit.inputs.roles import load_role


def _questions(**options) -> list[str]:
    """The numbered questions of the rendered PDF, read back with their lines joined."""
    content = render_interview(fmt="pdf", **options).content
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())
    return [match.strip() for match in re.findall(r"\b\d{1,2}\. (.+?[?.])(?= |$)", text)]


@pytest.mark.parametrize("level", ["junior", "mid", "senior"])
def test_a_cdi_kit_never_asks_how_to_release_records_but_still_rates_privacy(level):
    content = render_interview(role="cdi-specialist", level=level, kit=True, fmt="md").content.decode()
    assert "release a patient's records" not in content and "release of information" not in content.casefold()
    assert "## Privacy and compliance" in content  # the competency stays, with its questions that fit the role


@pytest.mark.parametrize(
    ("role", "asked"),
    [
        ("medical-records-specialist", True),
        ("release-of-information-specialist", True),
        ("health-information-technician", True),
        ("cdi-specialist", False),
        ("medical-coder", False),
    ],
)
def test_the_release_question_is_in_the_bank_of_the_roles_that_release_records(role, asked):
    bank = {question.id for question in eligible_questions(load_role(role), level="mid", categories=[])}
    assert ("him-priv-roi-verify" in bank) is asked


def test_the_kit_asks_other_questions_than_the_practice_sheet_unless_asked():
    practice = set(_questions(role="medical-records-specialist", level="mid"))
    kit = set(_questions(role="medical-records-specialist", level="mid", kit=True))
    assert len(practice) >= 8 and len(kit) >= 8
    assert not practice & kit, practice & kit
    same = set(_questions(role="medical-records-specialist", level="mid", kit=True, same_as_practice=True))
    assert practice & same  # asked for: the kit draws as it would alone, the practised questions included
