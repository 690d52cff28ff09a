"""apply_for_job: the whole application for one posting, read back; one posting read; inputs never replaced."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date

import docx
import pytest
import yaml
from support.paths import EXAMPLES

import toolkit.postings
from toolkit.apply import apply_for_job, check_report_markdown
from toolkit.check.report import CheckReport, Requirement
from toolkit.errors import JobkitError, OutputPathError

TODAY = date(2026, 12, 1)  # the day these tests are run as, whatever the clock says

STEM = "Maya Robinson - Riverside Health - Medical Records Specialist"


@pytest.fixture
def inputs(tmp_path):
    """The example profile and posting, copied so tests may put files beside them."""
    for name in ("profile.yaml", "posting.txt"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path / "profile.yaml", tmp_path / "posting.txt"


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


@pytest.mark.slow
def test_every_document_is_made_for_the_posting_named_on_one_pattern_and_reads_back(inputs, tmp_path):
    profile, posting = inputs
    out = tmp_path / "riverside"
    application = apply_for_job(profile, job=posting, out_dir=out, formats=["docx"])

    names = sorted(path.name for path in out.iterdir())
    assert names == sorted(
        f"{STEM} - {label}"
        for label in (
            "Resume.docx",
            "Cover Letter.docx",
            "Interview Practice.docx",
            "Check.md",
            "Check.json",
        )
    )
    assert [made.path.name for made in application.files] == [
        f"{STEM} - Resume.docx",
        f"{STEM} - Cover Letter.docx",
        f"{STEM} - Interview Practice.docx",
        f"{STEM} - Check.md",
        f"{STEM} - Check.json",
    ]
    resume = _docx_text(out / f"{STEM} - Resume.docx")
    assert "Maya Robinson" in resume and "Lakeshore Community Hospital" in resume
    letter = _docx_text(out / f"{STEM} - Cover Letter.docx")
    assert "Riverside Health" in letter and "Medical Records Specialist" in letter
    practice = _docx_text(out / f"{STEM} - Interview Practice.docx")
    # Questions for the posting's role (found from its title), the profile's own evidence quoted under them.
    assert practice.startswith("Interview practice: Medical Records Specialist")
    highlights = [item for job in yaml.safe_load(profile.read_text())["work"] for item in job["highlights"]]
    assert any(f"\u201c{highlight}\u201d" in practice for highlight in highlights)

    report = json.loads((out / f"{STEM} - Check.json").read_text(encoding="utf-8"))
    assert report["file"] == str(out / f"{STEM} - Resume.docx")
    assert report["format"] == "docx"
    assert report["match"]["against"] == f"job posting {posting}"
    assert report["match"]["score"] == application.report.score
    assert report["facts"] and all(fact["status"] == "found" for fact in report["facts"])
    markdown = (out / f"{STEM} - Check.md").read_text(encoding="utf-8")
    assert f"**Score: {application.report.score}/100**" in markdown
    assert "**patient confidentiality** (required, keyword): missing" in markdown

    missing = {gap.term for gap in application.gaps}
    found = {item["term"] for item in report["match"]["requirements"] if item["found"]}
    assert missing and not missing & found
    assert application.level is not None and application.level.inferred
    assert "names the employer 'Riverside Health' and the position 'Medical Records Specialist'" in application.notes[0]
    assert "role: medical-records-specialist, from the posting's title" in application.notes[1]


def test_the_posting_and_the_profile_are_read_once(inputs, tmp_path, monkeypatch):
    profile, posting = inputs
    reads = []
    real_load = toolkit.postings.load_posting

    def counting_load(path):
        reads.append(path)
        return real_load(path)

    monkeypatch.setattr(toolkit.postings, "load_posting", counting_load)
    application = apply_for_job(profile, job=posting, out_dir=tmp_path / "out", formats=["md"])
    assert reads == [posting]
    assert len(application.files) == 3


def test_a_gap_the_profile_states_is_true_to_fill_the_others_only_if_true(inputs, tmp_path):
    profile, posting = inputs
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    # The employer's description is in the profile but not on a resume.
    data["work"][0]["description"] = "Acute care hospital; every chart handled under strict patient confidentiality"
    profile.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    application = apply_for_job(profile, job=posting, out_dir=tmp_path / "out", formats=["docx"])

    assert [gap.term for gap in application.true_to_fill] == ["patient confidentiality"]
    assert application.true_to_fill[0].in_profile.startswith('work[0].description: "')
    assert "strict patient confidentiality" in application.true_to_fill[0].in_profile
    assert {gap.term for gap in application.only_if_true} == {"DRG assignment"}
    assert all(gap.suggestion for gap in application.only_if_true)


def test_text_formats_only_leave_out_the_check_and_say_why(inputs, tmp_path):
    profile, posting = inputs
    application = apply_for_job(profile, job=posting, out_dir=tmp_path / "out", formats=["md", "txt"])
    assert application.report is None and "-f pdf or -f docx" in application.check_note
    assert sorted(made.path.suffix for made in application.files) == [".md", ".md", ".md", ".txt", ".txt", ".txt"]
    assert not list((tmp_path / "out").glob("*Check*"))


def test_an_output_that_would_replace_an_input_stops_everything_before_a_file_is_written(inputs, tmp_path):
    profile, posting = inputs
    out = tmp_path / "out"
    out.mkdir()
    # The posting sits in the folder under the name the interview sheet would get.
    trap = out / f"{STEM} - Interview Practice.md"
    shutil.copy(posting, trap)
    with pytest.raises(OutputPathError, match="is the input file"):
        apply_for_job(profile, job=trap, out_dir=out, formats=["md"])
    assert [path.name for path in out.iterdir()] == [trap.name]
    assert trap.read_text() == posting.read_text()


def test_a_bad_input_writes_nothing(inputs, tmp_path, write_profile):
    _, posting = inputs
    broken = write_profile("basics:\n  name: Ann\nwork:\n  - name: A\n    startDate: 2020-13-45\n", "broken.yaml")
    out = tmp_path / "out"
    with pytest.raises(JobkitError) as caught:
        apply_for_job(broken, job=posting, out_dir=out, formats=["md"])
    assert "work[0].startDate" in str(caught.value)
    assert not out.exists()


def test_file_names_come_from_the_posting_but_stay_plain_names_inside_the_folder(inputs, tmp_path):
    profile, posting = inputs
    out = tmp_path / "out"
    application = apply_for_job(
        profile,
        job=posting,
        out_dir=out,
        formats=["md"],
        company="../../Riverside: Health/HIM <North>",
        position="Records/Coding Lead",
    )
    assert {made.path.parent for made in application.files} == {out}
    assert sorted(path.name for path in out.iterdir()) == [
        "Maya Robinson - Riverside Health HIM North - Records Coding Lead - Cover Letter.md",
        "Maya Robinson - Riverside Health HIM North - Records Coding Lead - Interview Practice.md",
        "Maya Robinson - Riverside Health HIM North - Records Coding Lead - Resume.md",
    ]


def test_the_markdown_check_report_shows_text_from_files_as_text():
    report = CheckReport("resume.pdf", "pdf", 1, "text")
    report.against = "job posting posting.txt"
    report.requirements = [
        Requirement("<img src=x onerror=alert(1)>", "keyword", "required", 1, True, "Skills: [a](javascript:x) *b*"),
    ]
    markdown = check_report_markdown(report)
    assert not re.search(r"(?<!\\)<", markdown) and "\\<img src=x onerror=alert(1)\\>" in markdown
    assert not re.search(r"(?<!\\)\]\(", markdown) and "\\[a\\](javascript:x)" in markdown
    assert "\\*b\\*" in markdown


def test_the_markdown_check_report_says_a_docx_has_estimated_pages_as_the_terminal_report_does():
    assert "PDF, 1 page, 4 characters read" in check_report_markdown(CheckReport("resume.pdf", "pdf", 1, "text"))
    docx = CheckReport("resume.docx", "docx", 2, "text", pages_exact=False)
    assert "DOCX, about 2 pages, estimated: a DOCX has no fixed pages, 4 characters read" in check_report_markdown(docx)


def _convert_that_hangs_on_the_letter(html: str, fmt: str, template=None) -> bytes:
    """A renderer that hangs on cover letters (module level: the render's child receives it pickled, by name)."""
    import time

    from toolkit.render.text import html_to_markdown

    if "Dear Hiring Manager" in html:
        time.sleep(60)
    return html_to_markdown(html).encode("utf-8")


@pytest.mark.slow
def test_each_render_of_an_application_is_under_the_budget(inputs, tmp_path, monkeypatch):
    import toolkit.render
    from toolkit.budget import BudgetExceededError

    profile, posting = inputs
    monkeypatch.setattr(toolkit.render, "convert_html", _convert_that_hangs_on_the_letter)
    monkeypatch.setenv("JOBKIT_TIME_LIMIT", "1")
    out = tmp_path / "out"
    with pytest.raises(BudgetExceededError, match="making the document took longer than its budget of 1 s"):
        apply_for_job(profile, job=posting, out_dir=out, formats=["md"], within_budget=True)
    assert not out.exists()


def test_the_company_and_position_given_win_in_every_document(inputs, tmp_path):
    # A posting read wrongly (a page's chrome taken for its title) is put right once, for all documents.
    profile, posting = inputs
    posting.write_text("Find jobs Company reviews\n\n" + posting.read_text(encoding="utf-8"), encoding="utf-8")
    corrected = {"company": "Lakeview Clinic", "position": "Records Lead"}
    application = apply_for_job(profile, job=posting, out_dir=tmp_path / "out", formats=["md"], **corrected)
    texts = {made.what: made.path.read_text(encoding="utf-8") for made in application.files}
    assert all("Lakeview Clinic - Records Lead" in made.path.name for made in application.files)
    assert "Records Lead position at Lakeview Clinic" in texts["cover letter"]
    assert "for Records Lead at Lakeview Clinic" in texts["interview practice"]
    assert "Find jobs" not in "".join(texts.values())
