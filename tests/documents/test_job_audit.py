"""jobkit's own job description audited as any posting is, for the place it is posted for: what it lacks there is
told to the recruiter."""

from __future__ import annotations

from toolkit.cli import cli


def test_job_description_prints_its_audit_findings(runner):
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            "medical-coder",
            "--level",
            "mid",
            "--company",
            "X",
            "--location",
            "Denver, CO",
            "-f",
            "md",
            "-o",
            "-",
        ],
    )
    assert result.exit_code == 0
    assert "audit: violation: pay.us-co.benefits: Colorado: no general description of benefits" in result.stderr
    assert "audit: violation: pay.us-co.deadline" in result.stderr
