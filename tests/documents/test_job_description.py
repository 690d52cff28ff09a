"""Job descriptions: level-specific content, company voice, pay transparency, JSON and JSON-LD."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import docx
import pytest
from jsonschema import Draft4Validator
from pypdf import PdfReader
from support.images import png
from support.paths import EXAMPLES, ROLE

from toolkit.api import render_job_description
from toolkit.cli import cli
from toolkit.documents.wording import long_date
from toolkit.resources import load_schema

COMPANY = EXAMPLES / "company.yaml"
SECTIONS = [
    "About Riverside Health",
    "The role",
    "What you will do",
    "Required qualifications",
    "Preferred qualifications",
    "Skills and tools",
    "Work environment and schedule",
    "Physical demands",
    "Benefits",
    "How to apply",
]


def _markdown(**options) -> str:
    options = {"role": ROLE, "level": "senior", "company_file": COMPANY, "fmt": "md", **options}
    return render_job_description(**options).content.decode()


def _section(markdown: str, title: str) -> list[str]:
    part = markdown.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
    return [line[2:] for line in part.splitlines() if line.startswith("- ")]


def test_senior_jd_from_a_company_file_as_docx_in_a_theme_on_a4(runner, tmp_path):
    target = tmp_path / "senior-mrs.docx"
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            ROLE,
            "--level",
            "senior",
            "--company-file",
            str(COMPANY),
            "--location",
            "Chicago, IL",
            "--remote",
            "hybrid",
            "--employment",
            "full-time",
            "--theme",
            "modern",
            "--paper",
            "a4",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    document = docx.Document(target)
    assert round(document.sections[0].page_width.mm) == 210  # A4, not the English default of letter
    assert str(document.styles["Heading 1"].font.color.rgb) == "0F4C5C"  # modern's teal section titles
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "Senior Medical Records Specialist" in texts
    # Chicago is a known place: BLS OEWS wages for its metro area (the senior level's 63rd-90th percentile of
    # Medical Records Specialists), with the source said in the posting itself.
    assert "Chicago, IL · Hybrid · Full-time · $29.75 – $37.75 an hour" in texts
    assert (
        "Pay: $29.75 – $37.75 an hour. Based on BLS OEWS May 2025 wages for Medical Records Specialists in "
        "Chicago-Naperville-Elgin, IL-IN." in texts
    )
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [("Pay and benefits" if heading == "Benefits" else heading) for heading in SECTIONS]
    assert sum(1 for p in document.paragraphs if p.style.name == "List Bullet") > 20
    assert "63rd to 90th percentile of BLS OEWS May 2025 wages" in " ".join(result.output.split())


def test_junior_jd_with_a_given_salary_as_pdf(runner, tmp_path):
    target = tmp_path / "jd.pdf"
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            ROLE,
            "--level",
            "junior",
            "--company",
            "Riverside Health",
            "--salary",
            "36000-42000",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Junior Medical Records Specialist" in text and "$36,000 – $42,000 a year" in text
    assert "Riverside Health is an equal opportunity employer" in text
    assert "pay range from the role pack" not in result.output


def test_json_output_validates_against_the_job_schema(runner, tmp_path):
    target = tmp_path / "job.json"
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            ROLE,
            "--level",
            "mid",
            "--company",
            "Riverside Health",
            "-f",
            "json",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    job = json.loads(target.read_text())
    assert list(Draft4Validator(load_schema("job")).iter_errors(job)) == []
    assert job["title"] == "Medical Records Specialist" and job["company"] == "Riverside Health"
    assert job["salary"] == "42000-50500"
    assert any(item.startswith("Preferred: ") for item in job["qualifications"])


def test_html_embeds_job_posting_json_ld():
    html = render_job_description(
        role=ROLE,
        level="senior",
        company_file=COMPANY,
        location="Chicago, IL",
        remote="remote",
        salary="54000-62000",
        fmt="html",
    ).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    posting = json.loads(block)
    assert posting["@type"] == "JobPosting" and posting["title"] == "Senior Medical Records Specialist"
    assert posting["hiringOrganization"]["name"] == "Riverside Health"
    assert posting["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 54000,
        "maxValue": 62000,
        "unitText": "YEAR",
    }
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["jobLocation"]["address"]["addressLocality"] == "Chicago"
    assert posting["experienceRequirements"]["monthsOfExperience"] == 48


def test_json_ld_cannot_be_broken_out_of(tmp_path):
    html = render_job_description(
        role=ROLE, level="mid", company="Evil </script><script>alert(1)</script>", fmt="html"
    ).content.decode()
    assert "<script>alert(1)" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["hiringOrganization"]["name"].startswith("Evil </script>")


def test_responsibilities_and_qualifications_differ_by_level():
    junior, director = _markdown(level="junior"), _markdown(level="director")
    assert set(_section(junior, "What you will do")).isdisjoint(_section(director, "What you will do"))
    assert "High school diploma or GED" in _section(junior, "Required qualifications")
    assert any("Bachelor's degree" in item for item in _section(director, "Required qualifications"))
    assert any("15+ years of experience" in item for item in _section(director, "Required qualifications"))
    assert any(
        "No prior medical records experience required" in item for item in _section(junior, "Required qualifications")
    )


def test_required_and_preferred_certifications_are_kept_apart_with_issuers():
    markdown = _markdown(level="senior")
    required, preferred = _section(markdown, "Required qualifications"), _section(markdown, "Preferred qualifications")
    assert any(
        "Registered Health Information Technician (RHIT) credential from the American Health Information "
        "Management Association (AHIMA)" in item
        for item in required
    )
    assert any("(RHIA)" in item and "(CCS)" in item for item in preferred)
    assert not any("RHIA" in item for item in required)


@pytest.mark.parametrize(
    "salary, message",
    [
        ("36000-", "open-ended"),
        ("36000+", "open-ended"),
        ("36000", "open-ended"),
        ("42000-36000", "minimum (42,000) is above the maximum (36,000)"),
        ("lots", "not a range"),
    ],
)
def test_bad_salaries_exit_1(runner, salary, message):
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            ROLE,
            "--level",
            "junior",
            "--company",
            "X",
            "--salary",
            salary,
            "-o",
            "-",
            "-f",
            "md",
        ],
    )
    assert result.exit_code == 1 and message in result.output


def test_a_closing_date_already_past_is_refused(runner, tmp_path):
    # "Apply by January 1, 2020." on a new posting (a typo for this year) closed it before it opened,
    # and its JSON-LD validThrough told job boards to drop it.
    output = tmp_path / "jd.md"
    arguments = ["job-description", "--role", ROLE, "--level", "mid", "--company", "X", "-o", str(output)]
    result = runner.invoke(cli, [*arguments, "--apply-by", "2020-01-01"])
    assert result.exit_code == 1
    assert "(--apply-by, or a batch row's apply_by) 2020-01-01 is already past" in " ".join(result.output.split())
    assert "Traceback" not in result.output and not output.exists()
    today = date.today().isoformat()
    assert runner.invoke(cli, [*arguments, "--apply-by", today]).exit_code == 0
    assert f"Apply by {long_date(date.today())}." in output.read_text(encoding="utf-8")


def test_a_benefit_scoped_to_a_misspelt_role_or_level_is_named_not_silently_dropped(tmp_path):
    # "roles: [medical-codr]" left the benefit out of every posting without a word, and a posting with
    # no benefits fails the Colorado, Washington and Illinois rules.
    company = tmp_path / "company.yaml"
    company.write_text(
        "name: Acme\nbenefits:\n  - {text: Boot allowance, roles: [medical-codr]}\n"
        "  - {text: Car allowance, levels: [seniour]}\n  - {text: Team lunches, levels: [junior]}\n",
        encoding="utf-8",
    )
    made = render_job_description(role="medical-coder", level="senior", company_file=company, fmt="md")
    warnings = [str(warning) for warning in made.warnings]
    assert any("'Boot allowance'" in warning and "'medical-codr'" in warning for warning in warnings)
    assert any("'Car allowance'" in warning and "did you mean 'senior'" in warning for warning in warnings)
    assert not any("Team lunches" in warning for warning in warnings)  # meant for another level: no typo
    assert "allowance" not in made.content.decode()  # still never shown on a posting it does not name


def test_a_how_to_apply_the_company_did_not_give_is_pointed_out():
    # "Apply ... through X's careers page" is jobkit's wording, not the company's: the recruiter is told.
    bare = render_job_description(role=ROLE, level="mid", company="Acme", salary="none", fmt="md")
    assert any("how_to_apply" in note and "careers page" in note for note in bare.notes)
    given = render_job_description(role=ROLE, level="mid", company_file=COMPANY, fmt="md")
    assert not any("how_to_apply" in note for note in given.notes)


def test_a_benefit_can_be_scoped_to_kinds_of_employment(tmp_path, runner):
    # A contract or per-diem posting listed "Medical coverage from day one" and the 403(b) match with no
    # way to say they are for employees only.
    company = tmp_path / "company.yaml"
    company.write_text(
        "name: Acme\nbenefits:\n  - {text: Medical coverage, employment: [full-time, part-time]}\n  - Paid parking\n",
        encoding="utf-8",
    )

    def benefits(employment: str) -> str:
        made = render_job_description(
            role=ROLE, level="mid", company_file=company, employment=employment, salary="none", fmt="md"
        )
        return made.content.decode().split("## How to apply")[0]

    assert "Medical coverage" in benefits("full-time") and "Medical coverage" in benefits("part-time")
    contract = benefits("contract")
    assert "Medical coverage" not in contract and "Paid parking" in contract
    company.write_text("name: Acme\nbenefits:\n  - {text: Medical coverage, employment: [fulltime]}\n")
    result = runner.invoke(cli, ["job-description", "--role", ROLE, "--level", "mid", "--company-file", str(company)])
    assert result.exit_code == 1 and f"{company}:3:" in result.output and "employment" in result.output


def test_the_years_asked_are_said_once():
    # "Five or more years of cancer registry experience" and then "5+ years of experience in a hospital or
    # central cancer registry": 13 postings asked for their years twice in other words.
    from toolkit.inputs.roles import builtin_role_ids, load_role
    from toolkit.postings.years import years_in

    for role in builtin_role_ids():
        if role == "general":
            continue
        pack = load_role(role)
        for level in pack.level_ids():
            made = render_job_description(role=role, level=level, company="Acme", salary="none", fmt="md")
            required = made.content.decode().split("## Required qualifications")[1].split("\n## ")[0]
            asked = [line for line in required.splitlines() if line.startswith("- ") and years_in(line)]
            # Once where the level needs years, not left out for fear of saying them twice.
            assert len(asked) == (1 if pack.level(level).years_min else 0), (role, level, asked)


def test_the_json_job_keeps_the_closing_date_and_passes_its_own_audit(runner, tmp_path):
    # -f json left --apply-by out, so `jobkit audit job.json` found a Colorado violation the PDF did not have.
    from datetime import timedelta

    closing = date.today() + timedelta(days=30)
    target = tmp_path / "job.json"
    arguments = ["job-description", "--role", ROLE, "--level", "mid", "--company-file", str(COMPANY)]
    made = runner.invoke(
        cli, [*arguments, "--location", "Denver, CO", "--apply-by", closing.isoformat(), "-o", str(target)]
    )
    assert made.exit_code == 0, made.output
    assert f"Apply by {long_date(closing)}." in json.loads(target.read_text())["description"]
    audited = runner.invoke(cli, ["audit", str(target)])
    assert audited.exit_code == 0 and "deadline" not in audited.output, audited.output


def test_salary_forms_auto_none_and_hourly():
    assert "$36,000 – $42,000 a year" in _markdown(salary="$36,000 - $42,000")
    assert "$36,000 – $42,000 a year" in _markdown(salary="36k-42k")
    assert "$22 – $26.50 an hour" in _markdown(salary="22-26.50")
    none = render_job_description(role=ROLE, level="junior", company="X", salary="none", fmt="md")
    assert "$" not in none.content.decode().split("## ")[0]
    assert "pay left out" in none.notes[0]


def test_logo_appears_in_pdf_and_docx(tmp_path):
    (tmp_path / "logo.png").write_bytes(png(120, 40))
    (tmp_path / "company.yaml").write_text("name: Riverside Health\nlogo: logo.png\n")
    pdf = render_job_description(role=ROLE, level="mid", company_file=tmp_path / "company.yaml", fmt="pdf").content
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert any(str(obj.get_object().get("/Subtype")) == "/Image" for obj in page["/Resources"]["/XObject"].values())
    document = docx.Document(
        io.BytesIO(
            render_job_description(role=ROLE, level="mid", company_file=tmp_path / "company.yaml", fmt="docx").content
        )
    )
    assert len(document.inline_shapes) == 1


def test_a_company_is_required(runner):
    result = runner.invoke(cli, ["job-description", "--role", ROLE, "--level", "mid"])
    assert result.exit_code == 1 and "--company NAME or --company-file FILE" in result.output


def test_the_general_pack_describes_no_job_to_post(runner):
    result = runner.invoke(cli, ["job-description", "--role", "general", "--level", "mid", "--company", "Acme"])
    assert result.exit_code == 1
    assert "the general pack describes none" in result.output and "jobkit roles new" in result.output
