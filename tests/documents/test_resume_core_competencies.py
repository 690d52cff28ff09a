"""Core Competencies and the check's suggestions hold skills and tools only, each where it fits: no degree
subject or job title as a competency, ETL and SSIS never sent to a "Languages" group, and a degree's
alternative subjects never listed as missing keywords."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from toolkit.api import check_resume_file, render_resume

APPLICATIONS = Path(__file__).resolve().parents[1] / "fixtures" / "applications"
ANALYST = APPLICATIONS / "analyst-profile.yaml"  # studied Computer Science; skills: Languages, Tools (with dbt)
NURSE = APPLICATIONS / "cdi-nurse-profile.yaml"  # Registered Nurse; skills: Epic, telemetry, ICD-10-CM


def _competencies(profile: Path, posting: Path) -> list[str]:
    """The Core Competencies line of the DOCX resume, read back."""
    paragraphs = [
        p.text for p in docx.Document(io.BytesIO(render_resume(profile, job=posting, fmt="docx").content)).paragraphs
    ]
    at = next(index for index, text in enumerate(paragraphs) if text.strip().casefold() == "core competencies")
    return [item.strip() for item in paragraphs[at + 1].split("·")]


@pytest.fixture
def analyst_posting(tmp_path) -> Path:
    posting = tmp_path / "analyst.txt"
    posting.write_text(
        "Data Analyst\nTamarack Outfitters\nDenver, CO\n\n"
        "What you will do\n- Build ETL pipelines in SSIS and SQL Server to feed weekly reports\n\n"
        "Requirements\n- Background in computer science or statistics\n"
        "- Bachelor's degree in economics, math, statistics or a related field\n"
        "- Experience with ETL tools such as SSIS\n- SQL and Python\n",
        encoding="utf-8",
    )
    return posting


def test_a_degree_subject_is_no_competency(analyst_posting):
    competencies = _competencies(ANALYST, analyst_posting)
    assert "SQL" in competencies and "Python" in competencies
    assert not [item for item in competencies if "computer science" in item.casefold()]


def test_a_job_title_is_no_competency(tmp_path):
    posting = tmp_path / "cdi.txt"
    posting.write_text(
        "Clinical Documentation Specialist\nLakeview Regional Hospital\nColumbus, OH\n\n"
        "Requirements\n- Registered Nurse with 3 years of acute care experience\n- Knowledge of ICD-10-CM and Epic\n",
        encoding="utf-8",
    )
    competencies = _competencies(NURSE, posting)
    assert "ICD-10-CM" in competencies and "Epic" in competencies
    assert "Registered Nurse" not in competencies


@pytest.fixture
def analyst_resume(tmp_path) -> Path:
    resume = tmp_path / "resume.pdf"
    resume.write_bytes(render_resume(ANALYST, fmt="pdf").content)
    return resume


def test_a_suggestion_names_the_skill_group_that_fits_the_term(analyst_resume, analyst_posting):
    report = check_resume_file(analyst_resume, job=analyst_posting, profile=ANALYST)
    suggestions = {item.term: item.suggestion for item in report.requirements if not item.found}
    # Data tools go with dbt under Tools, never with Python and SQL under Languages.
    for term in ("SSIS", "SQL Server"):
        assert suggestions[term].startswith("skills[1] (Tools)"), (term, suggestions[term])
    assert not any("Languages" in suggestion for suggestion in suggestions.values()), suggestions


def test_a_degrees_alternative_subjects_are_never_keyword_gaps(analyst_resume, analyst_posting):
    report = check_resume_file(analyst_resume, job=analyst_posting, profile=ANALYST)
    terms = {item.term.casefold() for item in report.requirements if item.kind == "keyword"}
    assert not terms & {"economics", "math", "mathematics", "statistics", "computer science"}, terms


def test_a_tool_whose_name_ends_like_a_job_title_stays_a_competency(write_profile, tmp_path):
    profile = write_profile(
        {
            "basics": {"name": "Lee Park", "label": "Report Writer"},
            "work": [{"name": "County Health", "position": "Report Writer", "startDate": "2020-01"}],
            "skills": [{"name": "Data", "keywords": ["SQL Server", "SSRS"]}],
        }
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Report Writer\nTamarack Health\nBoise, ID\n\nRequirements\n- SQL Server and SSRS\n", encoding="utf-8"
    )
    assert {"SQL Server", "SSRS"} <= set(_competencies(profile, posting))
