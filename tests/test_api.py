"""The library API: one call per document, every call taking the shared keywords the same way."""

from __future__ import annotations

import inspect

import pytest

import toolkit
from toolkit import api

SHARED = ["role", "level", "roles_dirs", "theme", "paper", "fmt", "today", "docx_template", "word_template", "convert"]


@pytest.mark.parametrize("name", ["render_resume", "render_cover_letter", "render_job_description", "render_interview"])
def test_every_render_function_takes_the_shared_keywords_by_name_in_one_order(name):
    parameters = inspect.signature(getattr(api, name)).parameters
    keyword_only = [item for item, parameter in parameters.items() if parameter.kind is parameter.KEYWORD_ONLY]
    assert [item for item in keyword_only if item in SHARED] == SHARED
    assert getattr(toolkit, name) is getattr(api, name), "exported from the package as it is in toolkit.api"


NOTE = "role: medical-records-specialist, from the posting's title 'Medical Records Specialist'"


def _posting(tmp_path, title: str):
    path = tmp_path / "posting.txt"
    path.write_text(
        f"{title}\nRiverside Health\n\nRequirements\n- ROI requests under HIPAA\n- RHIT preferred\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("render", "arguments"),
    [
        (api.render_resume, {"profile": "examples/profile.yaml"}),
        (api.render_cover_letter, {"profile": "examples/profile.yaml"}),
        (api.render_interview, {}),
    ],
)
def test_a_posting_titled_as_a_shipped_role_chooses_that_role_and_says_so(tmp_path, render, arguments):
    """`--job` alone was served by the general pack even when the posting named a role jobkit knows."""
    profile = arguments.pop("profile", None)
    positional = [profile] if profile else []
    chosen = render(*positional, job=_posting(tmp_path, "Medical Records Specialist"), fmt="md", **arguments)
    assert any(note.startswith(NOTE) for note in chosen.notes), chosen.notes
    other = render(*positional, job=_posting(tmp_path, "Barista"), fmt="md", **arguments)
    assert not any("from the posting's title" in note for note in other.notes)
    assert chosen.content != other.content


def test_a_role_given_wins_over_the_posting_title(tmp_path):
    document = api.render_interview(
        role="medical-coder", job=_posting(tmp_path, "Medical Records Specialist"), fmt="md"
    )
    assert not any("from the posting's title" in note for note in document.notes)
    assert "Medical Coder" in document.content.decode()


def test_control_characters_in_a_job_s_own_text_are_removed_with_a_warning():
    # A batch cell or --company with a bell or an escape sequence reached the document (and a terminal
    # reading `-o -`) as it was; a file's text was already cleaned this way.
    made = api.render_job_description(
        role="medical-coder",
        level="mid",
        company="Acme\x07\x1b[31m",
        location="Denver\x00, CO",
        benefits=["Dental\x0b plan"],
        salary="none",
        fmt="md",
    )
    text = made.content.decode()
    assert "Acme" in text and "Denver, CO" in text and "Dental plan" in text
    assert not any(character in text for character in "\x00\x07\x0b\x1b")
    warnings = [str(warning) for warning in made.warnings]
    assert "company: removed 2 control or invalid characters that no document can hold" in warnings
    for field in ("location", "benefits"):
        assert f"{field}: removed 1 control or invalid character that no document can hold" in warnings


def test_a_letter_from_a_profile_without_a_name_is_refused_not_signed_by_a_stand_in(tmp_path):
    """A letter signed "Unnamed" claims a name the profile never gave; jobkit asks for it instead."""
    from toolkit.errors import JobkitError

    profile = tmp_path / "profile.yaml"
    profile.write_text("basics:\n  email: sam@example.com\n", encoding="utf-8")
    with pytest.raises(JobkitError) as caught:
        api.render_cover_letter(profile, company="Acme", position="Clerk", fmt="txt")
    message = str(caught.value)
    assert "basics.name" in message and f"{profile}:1:1" in message
    assert "Unnamed" not in message


def test_a_resume_without_a_name_is_made_with_a_warning_and_no_stand_in_name(tmp_path):
    # An anonymised CV is a real practice, so it is made; but nothing in it, metadata included, names "Unnamed".
    import io

    from pypdf import PdfReader

    profile = tmp_path / "profile.yaml"
    profile.write_text("basics:\n  email: sam@example.com\n", encoding="utf-8")
    made = api.render_resume(profile, fmt="pdf")
    reader = PdfReader(io.BytesIO(made.content))
    assert "Unnamed" not in " ".join(page.extract_text() for page in reader.pages)
    assert "Unnamed" not in str(reader.metadata)
    assert any("basics.name" in str(warning) for warning in made.warnings)


FUTURE_JOB = (
    "basics:\n  name: Lee Park\n  label: Forklift Operator\nwork:\n"
    "  - name: Future Co\n    position: Forklift Operator\n    startDate: 2028-01\n    highlights: [Drove forklifts]\n"
    "  - name: Past Co\n    position: Forklift Operator\n    startDate: 2025-06\n    endDate: 2026-05\n"
)


def test_a_letter_never_writes_of_a_job_that_has_not_begun_as_work_done(tmp_path):
    """A job starting after the letter's date came out as "currently ... at Future Co" and "At Future Co, I
    drove forklifts": a claim the profile does not make. The letter asks for the date to be fixed instead."""
    from datetime import date

    from toolkit.errors import JobkitError

    profile = tmp_path / "profile.yaml"
    profile.write_text(FUTURE_JOB, encoding="utf-8")
    with pytest.raises(JobkitError) as caught:
        api.render_cover_letter(profile, company="Acme", position="Lead", fmt="txt", today=date(2026, 12, 7))
    message = str(caught.value)
    assert f"{profile}:7:5: work[0].startDate" in message and "2028-01" in message
    later = api.render_cover_letter(profile, company="Acme", position="Lead", fmt="txt", today=date(2028, 3, 1))
    assert "Future Co" in later.content.decode()


def test_a_resume_with_a_job_that_has_not_begun_is_made_with_a_warning(tmp_path):
    from datetime import date

    profile = tmp_path / "profile.yaml"
    profile.write_text(FUTURE_JOB, encoding="utf-8")
    made = api.render_resume(profile, fmt="txt", today=date(2026, 12, 7))
    assert [str(warning) for warning in made.warnings if "startDate" in str(warning)] == [
        f"{profile}:7:5: work[0].startDate: starts after today (2028-01); fix the date if it is wrong"
    ]
