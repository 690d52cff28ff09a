"""`check` reads what jobkit writes in every language: a resume's headings as the right kinds and its jobs' dates,
from the PDF and the DOCX."""

from __future__ import annotations

from datetime import date

import pytest
from support.paths import EXAMPLES

from toolkit.api import check_resume_file, render_resume
from toolkit.output import write_atomically

TODAY = date(2026, 11, 23)
KINDS = ["summary", "skills", "work", "certifications", "education", "skills", "languages"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_check_reads_each_languages_headings_and_dates(tmp_path, lang, fmt):
    # Tailored to a role, so the written summary and the competencies line are there too.
    resume = render_resume(
        EXAMPLES / "profile.yaml", role="medical-records-specialist", lang=lang, fmt=fmt, today=TODAY
    )
    path = tmp_path / f"resume.{fmt}"
    write_atomically(path, resume.content)
    reading = check_resume_file(path, today=TODAY).resume
    assert [section["kind"] for section in reading["sections"]] == KINDS
    jobs = [(job["title"], job["start"], job["end"]) for job in reading["jobs"]]
    assert jobs == [
        ("Medical Records Specialist", "2022-03", "present"),
        ("Medical Records Clerk", "2020-01", "2022-02"),
    ]
    assert [(study["level"], study["end"]) for study in reading["education"]] == [("associate", "2019-12")]
