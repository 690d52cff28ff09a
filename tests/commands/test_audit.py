"""`jobkit audit`: findings for people, JSON for scripts, exit 1 on a violation; jobkit's own postings pass."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from toolkit.cli import cli

CLOSING = date.today() + timedelta(days=60)  # a closing date already past is refused

BAD = """Warehouse Rockstar - Acme Logistics (Denver, CO)
We want a young, driven ninja. Must be a native English speaker.
Pay: up to $25 an hour.
"""


def test_a_violation_exits_1_and_the_json_lists_every_finding(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(BAD)
    result = runner.invoke(cli, ["audit", str(posting), "--json", "--date", "2026-03-01"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    rules = {item["rule"]: item for item in data["findings"]}
    assert data["location"] == "Denver, CO" and data["location_from"] == "the posting"
    assert {"pay.us-co.closed-range", "pay.us-co.benefits", "wording.age", "wording.national-origin"} <= set(rules)
    assert set(rules["wording.age"]) == {"rule", "severity", "message", "source", "quote", "line", "suggestion"}


def test_a_clean_posting_exits_0_and_says_it_is_not_legal_advice(runner, tmp_path):
    posting = tmp_path / "posting.md"
    posting.write_text("# Records Clerk\n\nPay: $20 - $24 an hour.\n\nBenefits: health insurance and paid time off.\n")
    result = runner.invoke(cli, ["audit", str(posting), "--location", "Seattle, WA"])
    assert result.exit_code == 0, result.output
    assert "Seattle, WA (from --location); 0 violation(s)" in result.stdout
    assert "Not legal advice" in result.stdout


def test_a_missing_file_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["audit", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "error:" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    "role, level, place",
    [
        ("medical-records-specialist", "mid", "Denver, CO"),
        ("medical-coder", "senior", "Los Angeles, CA"),
        ("patient-access-representative", "junior", "Brooklyn, NY"),
        ("him-director", "director", "Seattle, WA"),
        ("cancer-registrar", "manager", "Baltimore, MD"),
        ("medical-billing-specialist", "supervisor", "Minneapolis, MN"),
    ],
)
def test_jobkits_own_job_descriptions_pass_their_own_audit(runner, tmp_path, role, level, place):
    company = tmp_path / "company.yaml"
    company.write_text(
        "name: Birch Health\nabout: Birch Health runs two clinics.\nemployees: 240\n"
        "benefits:\n  - Medical, dental and vision coverage\n  - 403(b) retirement plan with a match\n"
        "  - 20 days of paid time off\n"
    )
    target = tmp_path / "jd.md"
    made = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            role,
            "--level",
            level,
            "--company-file",
            str(company),
            "--location",
            place,
            "--apply-by",
            CLOSING.isoformat(),
            "-o",
            str(target),
        ],
    )
    assert made.exit_code == 0, made.output
    assert "audit: violation" not in made.output and "audit: warning" not in made.output
    audited = runner.invoke(cli, ["audit", str(target), "--location", place])
    assert audited.exit_code == 0, audited.output
    assert "0 violation(s), 0 warning(s)" in audited.stdout


def test_a_json_resume_job_document_is_audited_with_its_salary_and_benefits(runner, tmp_path):
    from toolkit.api import render_job_description

    company = tmp_path / "company.yaml"
    company.write_text("name: Birch Health\nbenefits:\n  - Health insurance\n  - Paid time off\n")
    made = render_job_description(
        role="medical-coder", level="mid", company_file=company, location="Seattle, WA", fmt="json"
    )
    target = tmp_path / "job.json"
    target.write_bytes(made.content)
    assert json.loads(made.content)["benefits"] == ["Health insurance", "Paid time off"]
    audited = runner.invoke(cli, ["audit", str(target), "--location", "Seattle, WA"])
    assert audited.exit_code == 0 and "0 violation(s)" in audited.stdout


def test_json_ld_names_the_benefits_and_the_closing_date(tmp_path):
    from toolkit.api import render_job_description

    company = tmp_path / "company.yaml"
    company.write_text("name: Birch Health\nbenefits:\n  - Health insurance\n  - Paid time off\n")
    html = render_job_description(
        role="medical-coder",
        level="mid",
        company_file=company,
        location="Denver, CO",
        apply_by=CLOSING,
        fmt="html",
    ).content.decode()
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["jobBenefits"] == "Health insurance; Paid time off" and data["validThrough"] == CLOSING.isoformat()


def test_employees_below_a_laws_size_lifts_its_violations(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Records Clerk\n\nRequirements:\n- 2 years of experience\n", encoding="utf-8")
    arguments = ["audit", str(posting), "--location", "Seattle, WA", "--date", "2026-12-01"]
    unknown = runner.invoke(cli, arguments)
    assert unknown.exit_code == 1 and "violation pay.us-wa.pay" in unknown.stdout
    small = runner.invoke(cli, [*arguments, "--employees", "5"])
    assert small.exit_code == 0, small.output
    assert "0 violation(s)" in small.stdout and "--employees says 5, so it does not apply" in small.stdout


def test_date_audits_as_of_that_day(runner, tmp_path):
    # Massachusetts' law took effect on 2025-10-29: audited as of a day before, a note; as of a day after, a violation.
    posting = tmp_path / "posting.txt"
    posting.write_text("Records Clerk\n\nRequirements:\n- 2 years of experience\n", encoding="utf-8")
    arguments = ["audit", str(posting), "--location", "Worcester, MA", "--employees", "100", "--date"]
    before = runner.invoke(cli, [*arguments, "2025-06-01"])
    assert before.exit_code == 0, before.output
    assert "note      pay.us-ma.not-yet: Massachusetts's pay-transparency law takes effect on October 29, 2025" in (
        before.stdout
    )
    after = runner.invoke(cli, [*arguments, "2026-12-01"])
    assert after.exit_code == 1 and "violation pay.us-ma.pay: Massachusetts: no pay or pay range" in after.stdout
