"""jobkit check on resumes made by other tools: Typst, LibreOffice (tables, text boxes, headers, non-breaking
hyphens, wrapped phrases), Chromium (a CSS-grid sidebar on the right), and ODT files, one named .docx; and by
the peers people use instead of jobkit: RenderCV (classic, engineeringresumes, moderncv), JSON Resume themes
printed by Chromium (even, stackoverflow) and pandoc's Markdown to DOCX.

Each file in tests/fixtures/resumes has a hand-written key (FILE.key.yaml): the facts that must read back
and the layout traps it holds (``expect``). These tests hold check to them.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from toolkit.check import check_resume
from toolkit.check.extraction import extract_resume, flatten
from toolkit.check.resume_lines import resume_years
from toolkit.check.sections import heading_of, split_sections
from toolkit.cli import cli
from toolkit.errors import InputFileError
from toolkit.postings import posting_from_text

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "resumes"
KEYS = {
    path.name.removesuffix(".key.yaml"): yaml.safe_load(path.read_text()) for path in sorted(FOLDER.glob("*.key.yaml"))
}
READABLE = [name for name, key in KEYS.items() if key["expect"]["format"] != "odt"]
TODAY = date(2026, 6, 1)


def _flat(text: str) -> str:
    # a word broken by a hyphen at a line end ("termi-" / "nology") is read whole, as check's matching does
    return flatten(re.sub(r"(?<=[^\W\d_])[-\u00ad]\n(?=[a-z])", "", text)).casefold()


def test_the_corpus_holds_files_from_other_tools():
    tools = {key["made_with"].split()[0] for key in KEYS.values()}
    assert {"typst", "soffice", "chromium", "cp", "rendercv", "pandoc"} <= {tool.rstrip(":") for tool in tools}
    assert len(READABLE) >= 16


@pytest.mark.parametrize("name", READABLE)
def test_the_key_facts_read_back(name):
    key = KEYS[name]
    extracted = extract_resume(FOLDER / name)
    facts = key["facts"]
    body = _flat(extracted.text)
    everything = _flat(" ".join([extracted.text, extracted.header_footer_text, extracted.text_box_text]))
    for value in (facts["name"], facts["email"], facts["phone"]):
        assert value.casefold() in everything, value
    if not key["expect"]["header-contact"]:
        assert facts["email"].casefold() in body and facts["phone"].casefold() in body
    for position in facts["positions"]:
        assert _flat(position["title"]) in body and _flat(position["employer"]) in body, position
    for certificate in facts["certifications"]:
        spelled = [certificate["name"], certificate["abbreviation"] or certificate["name"]]
        assert any(_flat(spelling) in everything for spelling in spelled), certificate
    for skill in facts["skills_sample"]:
        assert _flat(skill) in everything, skill


@pytest.mark.parametrize("name", READABLE)
def test_the_layout_traps_are_reported(name):
    expect = KEYS[name]["expect"]
    codes = {problem.code for problem in check_resume(FOLDER / name, today=TODAY).problems}
    out_of_order = expect["two-column"] or bool(expect["sidebar"]) or expect.get("stored-out-of-order", False)
    assert ("reading-order" in codes) == (expect["format"] == "pdf" and out_of_order)
    assert ("table-layout" in codes) == (expect["format"] == "docx" and expect["two-column"])
    assert ("text-in-header" in codes) == (expect["format"] == "docx" and expect["header-contact"])
    assert ("text-in-text-box" in codes) == (expect["format"] == "docx" and expect["text-box"])


def test_a_right_hand_sidebar_read_first_is_named_as_such():
    report = check_resume(FOLDER / "05-chromium-grid-right-sidebar-jordan-castellanos.pdf", today=TODAY)
    [problem] = [problem for problem in report.problems if problem.code == "reading-order"]
    assert "a right-hand sidebar read before the main text" in problem.message
    assert "'Jordan Castellanos'" in problem.message


def test_a_docx_has_its_pages_estimated_not_counted():
    report = check_resume(FOLDER / "10-lo-html-darnell-price.docx", today=TODAY)
    assert report.pages == 1 and report.pages_exact is False
    assert report.to_json()["pages_exact"] is False
    pdf = check_resume(FOLDER / "10-lo-html-darnell-price.pdf", today=TODAY)
    assert pdf.pages == 1 and pdf.pages_exact is True


@pytest.mark.parametrize(
    "name, renamed", [("06-lo-odt-rosa-delgado.odt", False), ("07-odt-renamed-as-docx-rosa-delgado.docx", True)]
)
def test_an_odt_is_called_an_odt_with_what_to_do(runner, name, renamed):
    with pytest.raises(InputFileError) as caught:
        check_resume(FOLDER / name, today=TODAY)
    message = str(caught.value)
    assert "OpenDocument Text (ODT)" in message and "save it as PDF or as a Word document" in message
    assert ("named .docx" in message) == renamed
    result = runner.invoke(cli, ["check", str(FOLDER / name)])
    assert result.exit_code == 1 and "ODT" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("name", READABLE)
def test_years_of_experience_come_from_the_work_dates_only(name):
    positions = KEYS[name]["facts"]["positions"]
    extracted = extract_resume(FOLDER / name)
    read = resume_years(extracted.text, None, TODAY)
    if not KEYS[name]["expect"].get("years-readable", True):
        assert read is None  # no date range sits under an experience heading: no years are guessed
        return
    years, source = read
    first = min(position["start_year"] for position in positions)
    # Education and certification years (some earlier than the first job) never stretch the span.
    assert years <= TODAY.year + 1 - first
    assert years >= TODAY.year - 1 - first - 2  # jobs can leave gaps; the span is still most of it
    assert "experience section" in source


@pytest.mark.parametrize("name", [name for name in READABLE if KEYS[name]["facts"].get("sections")])
def test_the_section_headings_are_recognised(name):
    # headings on their own line, letter-spaced, or set in a left gutter level with the section's first line
    text = extract_resume(FOLDER / name).text
    recognised = {section.lower() for section, _ in split_sections(text)}
    recognised |= {line.strip().lower() for line in text.splitlines() if heading_of(line)}
    assert {section.lower() for section in KEYS[name]["facts"]["sections"]} <= recognised


def test_a_phrase_wrapped_over_a_line_or_a_soft_hyphen_is_found():
    posting = posting_from_text(
        "Medical Records Specialist\nAcme Clinic\n\nRequirements\n"
        "- Working knowledge of release of information and medical terminology\n",
        "posting.txt",
    )
    report = check_resume(FOLDER / "08-lo-wrapped-phrases-keisha-monroe.pdf", posting=posting, today=TODAY)
    found = {requirement.term: requirement for requirement in report.requirements}
    assert found["release of information"].found and "across a line break" in found["release of information"].where
    assert found["medical terminology"].found
    assert any(problem.code == "split-word" and "terminology" in problem.message for problem in report.problems)


@pytest.mark.parametrize(
    "name, asked, met",
    [
        ("08-lo-wrapped-phrases-keisha-monroe.pdf", "Associate degree required", False),  # "certified coding associate"
        ("08-lo-wrapped-phrases-keisha-monroe.pdf", "High school diploma or GED", True),
        ("03-lo-textbox-header-dolores-reyes.pdf", "Associate degree required", False),  # CHAA is a credential
        ("01-typst-priya-natarajan.pdf", "Associate degree required", True),  # Associate of Applied Science
        ("05-chromium-grid-right-sidebar-jordan-castellanos.pdf", "Bachelor's degree required", True),  # B.S.
        ("11-rendercv-classic-samuel-adeyemi.pdf", "Postsecondary certificate required", True),  # Cer- tifi- cate
        ("11-rendercv-classic-samuel-adeyemi.pdf", "Associate degree required", False),
        ("13-jsonresume-even-camille-duarte.pdf", "Postsecondary certificate required", True),  # gutter heading
        ("14-jsonresume-stackoverflow-marcus-oyelaran.pdf", "Master's degree required", False),  # Southaven, MS
        ("15-pandoc-docx-nadia-rahimi.docx", "Postsecondary certificate required", True),
    ],
)
def test_education_is_read_from_degrees_not_credential_names(name, asked, met):
    posting = posting_from_text(f"Clerk\nAcme Clinic\n\nRequirements\n- {asked}\n", "posting.txt")
    [education] = [
        item
        for item in check_resume(FOLDER / name, posting=posting, today=TODAY).requirements
        if item.kind == "education"
    ]
    assert education.found is met, education.where
