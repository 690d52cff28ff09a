"""`check --job` without a role matches the posting with every built-in pack's terms, each term once."""

from __future__ import annotations

import pytest
from support.paths import EXAMPLES

from toolkit.api import check_resume_file, render_resume


@pytest.mark.slow
def test_each_posting_requirement_is_listed_once_when_no_role_is_given(tmp_path):
    resume = tmp_path / "resume.docx"
    resume.write_bytes(render_resume(EXAMPLES / "profile.yaml", job=EXAMPLES / "posting.txt", fmt="docx").content)
    report = check_resume_file(resume, job=EXAMPLES / "posting.txt")
    terms = [(requirement.term.casefold(), requirement.kind) for requirement in report.requirements]
    assert len(terms) == len(set(terms)), sorted(term for term in terms if terms.count(term) > 1)
    assert ("icd-10-cm", "keyword") in terms and ("patient confidentiality", "keyword") in terms
