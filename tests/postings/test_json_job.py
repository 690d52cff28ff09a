"""A JSON Resume job document read as a posting (toolkit/postings/json_job.py): its facts and skills become the
posting's, and a file that breaks the job schema is refused with the file, line and field of each problem."""

from __future__ import annotations

import json

import pytest
from support.postings import asked

from toolkit.errors import InputFileError, ValidationError
from toolkit.postings import load_posting
from toolkit.postings.json_job import posting_from_json


def test_a_json_resume_job_gives_its_facts_and_its_skills_keywords_as_terms(tmp_path):
    path = tmp_path / "job.json"
    path.write_text(
        json.dumps(
            {
                "title": "Coder",
                "company": "Acme",
                "type": "Part-time",
                "remote": "Full",
                "qualifications": ["2+ years of coding experience", "Working knowledge of CPT and HCPCS"],
                "skills": [{"name": "Preferred credentials", "keywords": ["CPC"]}],
            }
        )
    )
    posting = load_posting(path)
    assert (posting.employment, posting.workplace, posting.years_required) == ("part-time", "remote", 2)
    assert asked(posting) == {"CPT": "required", "HCPCS": "required", "CPC": "preferred"}


def test_a_value_of_the_wrong_type_is_named_with_its_line_and_field(tmp_path):
    path = tmp_path / "job.json"
    path.write_text('{\n  "title": "Coder",\n  "skills": [{"name": "Core", "keywords": "CPC"}]\n}\n')
    with pytest.raises(ValidationError) as raised:
        posting_from_json(path)
    [problem] = raised.value.problems
    assert (problem.location.line, problem.location.field) == (3, "skills[0].keywords")
    assert "not of type 'array'" in problem.message


def test_a_job_that_asks_nothing_is_a_clear_error(tmp_path):
    path = tmp_path / "job.json"
    path.write_text('{"title": "Coder", "company": "Acme"}')
    with pytest.raises(InputFileError, match="no description, responsibilities, qualifications or skills"):
        posting_from_json(path)
