"""jobkit check: parse-back problems, key facts, keyword match and score, on jobkit's own files and others."""

from __future__ import annotations

import io
import json
import os
import re

import pytest
from pypdf import PdfReader, PdfWriter
from support.paths import EXAMPLES, REPO, ROLE
from support.profiles import line_cook
from support.programs import convert_with_libreoffice, requires_program

from toolkit.api import check_resume_file, render_resume
from toolkit.cli import cli
from toolkit.render.pdf import html_to_pdf

PROFILE = EXAMPLES / "profile.yaml"
POSTING = EXAMPLES / "posting.txt"


def _write(tmp_path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _pdf_from_html(tmp_path, body: str, name: str = "other.pdf", style: str = ""):
    html = (
        f"<html lang='en'><head><style>body {{ font-family: Lato; }} {style}</style></head><body>{body}</body></html>"
    )
    return _write(tmp_path, name, html_to_pdf(html))


@pytest.mark.parametrize("theme", ["classic", "modern"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_jobkit_resume_reads_back_cleanly(tmp_path, theme, fmt, paper):
    resume = _write(
        tmp_path, f"resume.{fmt}", render_resume(PROFILE, role=ROLE, theme=theme, paper=paper, fmt=fmt).content
    )
    report = check_resume_file(resume, role=ROLE, profile=PROFILE)
    assert report.problems == []
    assert report.facts and all(fact.status == "found" for fact in report.facts), [
        fact for fact in report.facts if fact.status != "found"
    ]


def test_match_against_a_posting_splits_required_and_preferred(tmp_path):
    resume = _write(tmp_path, "resume.pdf", render_resume(PROFILE, role=ROLE, fmt="pdf").content)
    report = check_resume_file(resume, job=POSTING, profile=PROFILE)
    by_term = {requirement.term: requirement for requirement in report.requirements}
    assert by_term["ICD-10-CM"].importance == "required" and by_term["ICD-10-CM"].found
    # "RHIT or CCA credential from AHIMA" under Preferred: one requirement that either credential meets
    credential = by_term["RHIT or CCA"]
    assert credential.importance == "preferred" and credential.found and credential.kind == "certification"
    assert credential.alternatives == ["RHIT", "CCA"]
    assert credential.source == "RHIT or CCA credential from AHIMA" and credential.line == 26
    assert by_term["DRG assignment"].importance == "preferred" and not by_term["DRG assignment"].found
    years = by_term["2+ years of experience: hospital or clinic medical records department"]
    assert years.found and "dated jobs that mention" in years.where
    assert "Core Competencies" in by_term["CPT"].where
    total = sum(r.weight * (2 if r.importance == "required" else 1) for r in report.requirements)
    found = sum(r.weight * (2 if r.importance == "required" else 1) for r in report.requirements if r.found)
    assert report.score == round(100 * found / total)
    assert 0 < report.score < 100


def test_synonyms_case_and_whole_words(tmp_path):
    resume = _pdf_from_html(tmp_path, "<h2>Skills</h2><p>icd-10 coding, Electronic Health Records, the CCAT exam</p>")
    report = check_resume_file(resume, role=ROLE)
    found = {requirement.term: requirement.found for requirement in report.requirements}
    assert found["ICD-10-CM"] and found["EHR"]
    coding_credentials = next(term for term in found if term.startswith("one of:") and "CCA" in term)
    assert not found[coding_credentials]  # "CCAT" is another word
    assert "icd-10 coding" in next(r.where for r in report.requirements if r.term == "ICD-10-CM")


def test_two_column_pdf_gets_a_reading_order_warning(tmp_path):
    body = (
        "<div style='display:flex; gap: 30pt'>"
        "<div style='width: 60%'><h2>Experience</h2>"
        + "".join(f"<h3>Coder {index}</h3><p>Hospital {index}. Coded charts with ICD-10.</p>" for index in range(6))
        + "</div><div style='width: 30%'><h2>Dates</h2>"
        + "".join(f"<p>20{10 + index} – 20{11 + index}</p>" for index in range(6))
        + "</div></div>"
    )
    report = check_resume_file(_pdf_from_html(tmp_path, body))
    assert [problem.code for problem in report.problems] == ["reading-order"]
    assert "jumps back up the page" in report.problems[0].message


def test_single_column_pdf_has_no_reading_order_warning(tmp_path):
    body = "".join(f"<h3>Coder {index}</h3><p>2010 – 2011</p><p>Coded charts.</p>" for index in range(20))
    codes = [problem.code for problem in check_resume_file(_pdf_from_html(tmp_path, body)).problems]
    # Its only problem: no heading an ATS knows ("Coder 3" names a job, not a section).
    assert codes == ["headings-not-recognised"]


def test_hyphenated_words_and_odd_glyphs_are_reported(tmp_path):
    body = (
        "<p style='width:110pt; hyphens:auto'>The professional demonstrated extraordinary understanding "
        "of reimbursement.</p><p>Certi\ufb01ed coder</p>"
    )
    report = check_resume_file(_pdf_from_html(tmp_path, body))
    codes = [problem.code for problem in report.problems]
    assert "split-word" in codes and "odd-glyphs" in codes
    assert "U+FB01" in next(p.message for p in report.problems if p.code == "odd-glyphs")


def test_email_only_in_a_link_is_reported(tmp_path):
    body = "<h1>Ann Lee</h1><p><a href='mailto:ann@example.com'>Email me</a> · (312) 555-0100</p>"
    report = check_resume_file(_pdf_from_html(tmp_path, body))
    assert [problem.code for problem in report.problems] == ["contact-only-in-link"]
    assert "ann@example.com" in report.problems[0].message


def test_facts_missing_or_out_of_order_are_listed(tmp_path, write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Ann Lee", "email": "ann@example.com"},
            "work": [
                {"name": "First Clinic", "position": "Coder", "startDate": "2021-01"},
                {"name": "Second Hospital", "position": "Clerk", "startDate": "2019-01", "endDate": "2020-12"},
            ],
            "certificates": [{"name": "RHIT"}],
        }
    )
    body = (
        "<h1>Ann Lee</h1><h2>Experience</h2><p>Clerk, Second Hospital, 2019 – 2020</p>"
        "<p>Coder, First Clinic, 2021 – now</p>"
    )
    facts = {
        fact.fact: fact.status for fact in check_resume_file(_pdf_from_html(tmp_path, body), profile=profile).facts
    }
    assert facts["name"] == "found"
    assert facts["email"] == "missing"
    assert facts["work[0].employer"] == "found"
    assert facts["work[1].employer"] == "out of order"
    assert facts["certificates[0]"] == "missing"


def test_words_run_together_are_reported_as_joined(tmp_path, write_profile):
    profile = write_profile({"basics": {"name": "Ann Lee"}})
    report = check_resume_file(_pdf_from_html(tmp_path, "<p>Ann LeeMedical Records</p>"), profile=profile)
    assert report.facts[0].status == "joined"


@pytest.mark.slow
@requires_program("soffice")
def test_a_docx_converted_by_libreoffice_reads_back(tmp_path):
    source = _write(tmp_path, "resume.docx", render_resume(PROFILE, role=ROLE, fmt="docx").content)
    convert_with_libreoffice(source, tmp_path)
    report = check_resume_file(tmp_path / "resume.pdf", job=POSTING, profile=PROFILE)
    assert [problem.code for problem in report.problems] == []
    assert all(fact.status == "found" for fact in report.facts)
    assert report.score is not None and report.score > 50


def test_posting_without_requirements_scores_na(tmp_path, runner):
    resume = _write(tmp_path, "resume.pdf", render_resume(PROFILE, role=ROLE, fmt="pdf").content)
    posting = tmp_path / "posting.txt"
    posting.write_text("Barista\nBean Café\nMake excellent coffee and greet guests warmly.\n")
    report = check_resume_file(resume, job=posting)
    assert report.score is None and report.score_note.startswith("n/a: no recognisable requirements")
    result = runner.invoke(cli, ["check", str(resume), "--job", str(posting), "--min-score", "10"])
    assert result.exit_code == 1 and "score n/a is below --min-score 10" in result.output


@pytest.mark.parametrize("threshold, code", [("10", 0), ("100", 1)])
def test_min_score_sets_the_exit_code(tmp_path, runner, threshold, code):
    resume = _write(tmp_path, "resume.pdf", render_resume(PROFILE, role=ROLE, fmt="pdf").content)
    result = runner.invoke(cli, ["check", str(resume), "--job", str(POSTING), "--min-score", threshold])
    assert result.exit_code == code, result.output


def test_json_output_is_the_documented_shape(tmp_path, runner):
    resume = _write(tmp_path, "resume.docx", render_resume(PROFILE, role=ROLE, fmt="docx").content)
    result = runner.invoke(
        cli, ["check", str(resume), "--profile", str(PROFILE), "--job", str(EXAMPLES / "job.json"), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    fields = {"version", "file", "format", "pages", "pages_exact", "parse", "resume", "posting", "facts", "match"}
    assert set(data) == fields
    assert data["pages_exact"] is False  # a DOCX's pages are estimated
    assert data["version"] == 1 and data["format"] == "docx"
    assert set(data["parse"]) == {"characters", "text", "problems"}
    assert set(data["match"]) == {"against", "score", "score_note", "formula", "requirements"}
    assert set(data["match"]["requirements"][0]) == {
        "term",
        "kind",
        "importance",
        "weight",
        "found",
        "where",
        "suggestion",
        "source",
        "line",
        "alternatives",
    }
    assert isinstance(data["match"]["score"], int)


def test_human_output_has_table_score_and_formula(tmp_path, runner):
    resume = _write(tmp_path, "resume.pdf", render_resume(PROFILE, role=ROLE, fmt="pdf").content)
    result = runner.invoke(cli, ["check", str(resume), "--role", ROLE, "--text"])
    assert result.exit_code == 0
    assert "Parse-back: no problems found" in result.output
    assert "Score:" in result.output and "sum of weights" in result.output
    assert "Maya Robinson" in result.output  # --text shows the extracted text


def _encrypted_pdf(tmp_path):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render_resume(PROFILE, role=ROLE, fmt="pdf").content)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, make, expected",
    [
        ("notes.txt", lambda tmp: b"just some text", "not a PDF or DOCX"),
        ("empty.pdf", lambda tmp: b"", "is empty"),
        ("cut.pdf", lambda tmp: render_resume(PROFILE, role=ROLE, fmt="pdf").content[:900], "cannot be read"),
        ("locked.pdf", _encrypted_pdf, "encrypted"),
        (
            "image.pdf",
            lambda tmp: html_to_pdf(
                "<html><body><img src='data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                "R42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' style='width:200pt'></body></html>"
            ),
            "no text layer",
        ),
        ("fake.docx", lambda tmp: b"PK\x03\x04 not really a zip", "not a readable DOCX"),
    ],
)
def test_unreadable_files_exit_1_with_the_reason(tmp_path, runner, name, make, expected):
    path = _write(tmp_path, name, make(tmp_path))
    result = runner.invoke(cli, ["check", str(path), "--role", ROLE])
    assert result.exit_code == 1
    assert expected in result.output and "Traceback" not in result.output


def test_missing_terms_point_at_the_profiles_own_skill_group(tmp_path):
    resume = _write(tmp_path, "resume.pdf", render_resume(PROFILE, role=ROLE, fmt="pdf").content)
    report = check_resume_file(resume, job=POSTING, profile=PROFILE)
    drg = next(requirement for requirement in report.requirements if requirement.term == "DRG assignment")
    assert drg.suggestion.startswith("skills[1] (Coding and classification)")


def test_fonts_without_a_text_mapping_are_reported(tmp_path):
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(render_resume(PROFILE, role=ROLE, fmt="pdf").content))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font.get_object().pop(NameObject("/ToUnicode"), None)
    buffer = io.BytesIO()
    writer.write(buffer)
    report = check_resume_file(_write(tmp_path, "stripped.pdf", buffer.getvalue()))
    messages = [problem.message for problem in report.problems if problem.code == "font-without-text-mapping"]
    assert messages and any("Lato" in message for message in messages)


def test_years_of_experience_count_work_dates_only(tmp_path):
    # A junior: four years of school and 1.2 years of work. Education dates, a ZIP+4 code and a document
    # count must not make that 2+ years.
    import docx

    document = docx.Document()
    for line in (
        "Ann Lee",
        "Milwaukee, WI 53202-1414",
        "Experience",
        "Records Clerk, Lakeview Clinic, Jan 2023 – Mar 2024",
        "Scanned 1500-2000 documents a day.",
        "Education",
        "Associate of Applied Science, 2015 – 2019",
    ):
        document.add_paragraph(line)
    document.save(tmp_path / "resume.docx")
    posting = tmp_path / "posting.txt"
    posting.write_text("Records Clerk\nAcme Clinic\n\nRequirements\n- 2+ years of experience\n")
    report = check_resume_file(tmp_path / "resume.docx", job=posting)
    [years] = [requirement for requirement in report.requirements if requirement.kind == "years"]
    assert not years.found
    assert years.where == "1.2 years from the date ranges in the resume's experience section"
    assert years.source == "2+ years of experience" and years.line == 5


def test_the_report_says_which_posting_line_asked_for_each_term(tmp_path, runner):
    resume = _write(tmp_path, "resume.pdf", render_resume(PROFILE, role=ROLE, fmt="pdf").content)
    posting = REPO / "tests" / "fixtures" / "postings" / "04-summit-valley-outpatient-coder.txt"
    result = runner.invoke(cli, ["check", str(resume), "--job", str(posting), "--json"])
    requirements = {item["term"]: item for item in json.loads(result.stdout)["match"]["requirements"]}
    coder = requirements["CPC, CCS or CCA"]
    assert coder["alternatives"] == ["CPC", "CCS", "CCA"] and coder["importance"] == "required"
    assert coder["line"] == 25 and coder["source"].startswith("CPC, CCS or CCA required.")
    assert requirements["athenaOne or NextGen"]["importance"] == "preferred"
    assert requirements["1+ years of experience"]["importance"] == "preferred"  # "1-2 years preferred"
    # HCPCS "Level II", "$22.50-$27.00" and "8 hour shift" are not years
    assert [term for term, item in requirements.items() if item["kind"] == "years"] == ["1+ years of experience"]
    table = runner.invoke(cli, ["check", str(resume), "--job", str(posting)], terminal_width=200)
    assert "line 25: CPC, CCS or CCA required." in table.output
    assert "points" in table.output and "certification" in table.output
    assert "the posting line that asks it" in table.output
    by_role = runner.invoke(cli, ["check", str(resume), "--role", ROLE], terminal_width=200)
    assert "requirement" in by_role.output and "posting line" not in by_role.output, "a role has no posting lines"


def test_a_link_in_the_page_header_counts_as_a_link(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Ann Lee")
    document.add_paragraph("Medical records specialist")
    header = document.sections[0].header
    relation = header.part.relate_to("mailto:ann@example.com", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "Email me"
    run.append(text)
    link.append(run)
    header.paragraphs[0]._p.append(link)
    document.save(tmp_path / "resume.docx")
    problems = check_resume_file(tmp_path / "resume.docx").problems
    assert any(p.code == "contact-only-in-link" and "ann@example.com" in p.message for p in problems)
    assert any(p.code == "text-in-header" and "Email me" in p.message for p in problems)


CREDENTIAL_POSTING = """Line Cook
Alder & Ash - Portland, OR

What we're looking for:
* ServSafe certification a plus
* Epic certification preferred
"""


def test_a_credential_held_under_its_full_name_meets_the_postings_short_name(tmp_path, write_profile):
    """ "ServSafe certification" is met by a ServSafe certificate; "Epic" in a job line is no Epic certification."""
    profile = write_profile(
        line_cook(
            "Logged allergen orders in Epic for the hospital cafeteria.",
            certificates=[{"name": "ServSafe Food Protection Manager", "issuer": "National Restaurant Association"}],
        )
    )
    posting = _write(tmp_path, "posting.txt", CREDENTIAL_POSTING.encode())
    resume = _write(tmp_path, "resume.pdf", render_resume(profile, fmt="pdf").content)
    by_term = {requirement.term: requirement for requirement in check_resume_file(resume, job=posting).requirements}
    servsafe = by_term["ServSafe certification"]
    assert servsafe.found and servsafe.where.startswith("Certifications: ServSafe Food Protection Manager")
    assert not by_term["Epic certification"].found


def test_where_a_term_was_found_is_quoted_in_whole_words(tmp_path, write_profile):
    """The report showed "…io Professional Teaching License, Integrated Sci…": cut inside words."""
    profile = write_profile(
        {
            "basics": {"name": "Daniel Okafor"},
            "certificates": [
                {
                    "name": "Ohio Professional Teaching License, Integrated Science (grades 7-12)",
                    "issuer": "Ohio Department of Education and Workforce",
                }
            ],
        }
    )
    asking = (
        "Valid Ohio teaching license in Integrated Science or Chemistry (grades 7-12), or eligibility to obtain one"
    )
    posting = _write(
        tmp_path,
        "posting.txt",
        f"Chemistry Teacher\nDublin City Schools - Dublin, OH\n\nQualifications\n- {asking}\n".encode(),
    )
    resume = _write(tmp_path, "resume.pdf", render_resume(profile, fmt="pdf").content)
    report = check_resume_file(resume, job=posting)
    (license_,) = [requirement for requirement in report.requirements if requirement.term == "teaching license"]
    section, quoted = license_.where.split(": ", 1)
    assert section == "Certifications" and license_.found
    words = set(re.findall(r"[^\W_]+", report.text))
    shown = re.findall(r"[^\W_]+", quoted)
    assert shown and all(word in words for word in shown), quoted
    assert quoted.startswith("…") and quoted.endswith("…")  # cut, but between words

    # The posting line under each requirement in the table is shortened between words too.
    from toolkit.commands.check_view import _shortened

    shortened = _shortened(license_.source)
    assert shortened.endswith("…") and len(shortened) <= 70
    kept = shortened[:-1]
    assert asking.startswith(kept) and asking[len(kept)] in " ,;:", shortened


def test_check_finds_a_role_pack_in_roles_dir_as_the_other_commands_do(tmp_path, runner):
    mine = tmp_path / "packs"
    mine.mkdir()
    shipped = (REPO / "templates" / "roles" / f"{ROLE}.yaml").read_text(encoding="utf-8")
    (mine / "my-records.yaml").write_text(shipped.replace(f"id: {ROLE}", "id: my-records", 1), encoding="utf-8")
    resume = _write(tmp_path, "resume.docx", render_resume(PROFILE, role=ROLE, fmt="docx").content)
    found = runner.invoke(cli, ["check", str(resume), "--role", "my-records", "--roles-dir", str(mine), "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)["match"]["against"] == "role my-records"
    missing = runner.invoke(cli, ["check", str(resume), "--role", "my-records"])
    assert missing.exit_code == 1 and "unknown role 'my-records'" in missing.output


def test_a_json_jobs_years_requirements_each_show_their_own_line(tmp_path):
    # Every qualification of a JSON job file shares one line number; each years line still shows its own text.
    from toolkit.check.requirements import posting_requirements
    from toolkit.postings import load_posting

    job = {"title": "Dev", "company": "Acme", "qualifications": ["Bachelor's degree", "5+ years of Java experience"]}
    path = tmp_path / "job.json"
    path.write_text(json.dumps(job), encoding="utf-8")
    asked = posting_requirements(load_posting(path), [])
    years = [requirement for requirement, _ in asked if requirement.kind == "years"]
    assert [requirement.source for requirement in years] == ["5+ years of Java experience"]


@pytest.mark.slow
def test_the_names_blanked_are_the_same_on_every_run():
    # A set's order changes with the hash seed; which of many employers are blanked must not.
    import subprocess
    import sys

    script = (
        "from datetime import date\nfrom toolkit.check.resume_lines import ResumeLines\n"
        "names = [f'Employer {index}' for index in range(150)] + ['Python Institute']\n"
        "resume = 'EXPERIENCE\\nVolunteer Jan 2020 – Present\\nVolunteered with the Python Institute.\\n'\n"
        "print(ResumeLines.of(resume, names, date(2026, 11, 1)).indexes[-1].text)\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True
        ).stdout
        for seed in ("11", "12", "13", "27")
    }
    assert len(outputs) == 1 and outputs != {""}


def test_the_report_shows_what_an_ats_reads_and_what_the_posting_says(runner):
    """check --json carries the fields an ATS fills and the posting's header facts; the terminal shows both."""
    import json

    from toolkit.cli import cli

    resume = REPO / "tests" / "fixtures" / "resumes" / "11-rendercv-classic-samuel-adeyemi.pdf"
    posting = REPO / "tests" / "fixtures" / "postings" / "10-copper-canyon-medical-billing.txt"
    result = runner.invoke(cli, ["check", str(resume), "--job", str(posting), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    read = report["resume"]
    assert (read["name"], read["email"], read["phone"]) == (
        "Samuel Adeyemi",
        "samuel.adeyemi@example.com",
        "(614) 555-0127",
    )
    assert {"heading": "Experience", "kind": "work"} in read["sections"]
    assert read["jobs"][0] == {
        "title": "Senior Medical Billing Specialist",
        "employer": "Scioto Valley Physicians Group",
        "start": "2021-04",
        "end": "present",
    }
    assert read["education"][0]["level"] == "certificate" and read["education"][0]["in_progress"] is False
    assert "athenaOne" in read["skills"] and 9 < read["years_of_work"] < 12
    assert report["posting"] == {
        "title": "Medical Billing Specialist",
        "company": "Copper Canyon Family Medicine",
        "location": "Tucson, AZ",
        "workplace": "onsite",
        "employment": "full-time",
    }
    shown = runner.invoke(cli, ["check", str(resume), "--job", str(posting)]).output
    assert "What an ATS reads" in shown and "Scioto Valley Physicians Group" in shown
    assert "Posting read: title Medical Billing Specialist" in shown
