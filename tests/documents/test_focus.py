"""What a document is tailored to: a posting's own terms (with the role pack's spellings), else the role's."""

from __future__ import annotations

from support.paths import REPO

from toolkit.api import render_cover_letter, render_resume
from toolkit.documents.focus import focus_for
from toolkit.inputs.roles import load_role
from toolkit.postings import load_posting

POSTINGS = REPO / "tests" / "fixtures" / "postings"
REGISTRAR = POSTINGS / "08-cedar-plains-cancer-registrar.txt"


def test_a_posting_focus_holds_the_terms_no_role_pack_knows():
    focus = focus_for(load_role("general"), role_given=False, posting=load_posting(REGISTRAR), level_title=None)
    terms = [keyword.term for keyword in focus.keywords]
    assert {"AJCC TNM staging", "SEER Summary Stage", "NAACCR", "ICD-O-3"} <= set(terms)
    assert "METRIQ or CNExT" in terms  # alternatives are one term; either meets it
    assert focus.target == "Cancer Registrar (ODS-C / CTR)"  # the title as the posting writes it
    # required terms first
    importances = [importance for _, importance in focus.terms]
    assert importances.index("preferred") > importances.index("required")


def test_a_resume_for_a_posting_lists_its_own_terms_the_profile_shows(write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Ana Ruiz", "label": "Cancer Registrar"},
            "work": [
                {
                    "name": "Valley Hospital",
                    "position": "Tumor Registrar",
                    "startDate": "2019-01",
                    "highlights": ["Abstracted 900 cases a year to NAACCR standards in METRIQ."],
                }
            ],
            "skills": [{"name": "Registry", "keywords": ["SEER Summary Stage", "ICD-O-3", "Microsoft Word"]}],
        }
    )
    resume = render_resume(profile, job=REGISTRAR, fmt="md", today=__import__("datetime").date(2026, 6, 1))
    text = resume.content.decode()
    competencies = next(line for line in text.splitlines() if "SEER Summary Stage" in line and "·" in line)
    for term in ("NAACCR", "METRIQ", "SEER Summary Stage", "ICD-O-3"):
        assert term in competencies, competencies
    assert "Microsoft Word" not in competencies  # in the profile, but not asked for


def test_a_cover_letter_takes_company_and_title_from_a_one_line_header():
    letter = render_cover_letter(
        REPO / "examples" / "profile.yaml", job=POSTINGS / "01-riverbend-his2.txt", fmt="txt"
    ).content.decode()
    assert "Health Information Specialist II position at Riverbend Medical Group" in letter
    assert "Re: Health Information Specialist II\n" in letter
    assert "Milwaukee, WI" in letter
