"""The steps every document shares: the role a posting's title names (said in a note, never silently), warnings
for a profile with no name or a job that starts after today, and the company a job description is made for."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit.document_steps import hiring_company, missing_name, not_yet_begun, role_for_posting
from toolkit.errors import JobkitError
from toolkit.inputs.profiles import load_profile
from toolkit.models.posting import Posting

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "title, role, how",
    [
        ("Medical Coder II", "medical-coder", "from the posting's title 'Medical Coder II'; --role chooses another"),
        ("Coding Specialist", "medical-coder", "(a name medical-coder goes by); --role chooses another"),
    ],
)
def test_a_postings_title_chooses_the_role_and_says_so(title, role, how):
    chosen, notes = role_for_posting(None, Posting(file="posting.txt", title=title))
    assert chosen == role and len(notes) == 1 and notes[0].endswith(how)


def test_the_role_asked_for_wins_and_an_unknown_title_chooses_none():
    assert role_for_posting("medical-coder", Posting(file="p.txt", title="Barista")) == ("medical-coder", [])
    assert role_for_posting(None, Posting(file="p.txt", title="Barista")) == (None, [])
    assert role_for_posting(None, None) == (None, [])


def test_a_nameless_profile_and_a_job_not_yet_begun_are_warned_at_their_lines(tmp_path):
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        "basics:\n  label: Coder\nwork:\n  - name: A\n    startDate: 2027-03\n  - name: B\n    startDate: 2020-01\n",
        encoding="utf-8",
    )
    loaded = load_profile(profile)
    assert [str(problem) for problem in missing_name(loaded)] == [
        f"{profile}:1:1: basics.name: no name: the document has none at its top"
    ]
    assert [str(problem) for problem in not_yet_begun(loaded, TODAY)] == [
        f"{profile}:5:5: work[0].startDate: starts after today (2027-03); fix the date if it is wrong"
    ]


def test_the_hiring_company_takes_the_name_and_benefits_given_beside_its_file(tmp_path):
    company_file = tmp_path / "company.yaml"
    company_file.write_text("name: Birch Health\nbenefits:\n  - Dental\n", encoding="utf-8")
    details, logo, files, warnings = hiring_company("Birch Clinics", company_file, ["Vision"])
    assert (details.name, details.benefits, logo, files, warnings) == (
        "Birch Clinics",
        ["Vision"],
        None,
        [company_file],
        [],
    )
    assert hiring_company(None, company_file, None)[0].benefits == ["Dental"]
    with pytest.raises(JobkitError, match="pass --company NAME or --company-file FILE"):
        hiring_company(None, None, None)
