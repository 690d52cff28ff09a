"""A resume's summary: the profile's own kept word for word; without one, sentences from the profile's own facts
(its label or current job, the whole years in that line of work, its listed skills) and the position it aims at,
in English or in the catalog language."""

from __future__ import annotations

import json

import yaml
from support import any_job
from support.paths import REPO
from support.resumes import TODAY, resume_context

from toolkit.api import render_resume
from toolkit.inputs.profiles import load_profile

LENA = REPO / "tests" / "fixtures" / "profiles" / "lena-hoffmann-de.yaml"


def test_a_missing_summary_is_written_from_the_profiles_own_facts(write_profile):
    path = write_profile(
        {
            "basics": {"name": "Ann Lee", "label": "Records Clerk"},
            "work": [
                {
                    "name": "Clinic",
                    "position": "Medical Records Clerk",
                    "startDate": "2022-01",
                    "endDate": "2025-01",
                    "highlights": ["Indexed scanned charts in Epic"],
                }
            ],
            "skills": [{"name": "Coding", "keywords": ["ICD-10", "HIPAA"]}],
        }
    )
    context = resume_context(path)
    summary = context.document.summary.text
    # Whole years, in words; "skilled in" names only what the skills list says (Epic is only in a highlight).
    assert summary.startswith("Records Clerk with three years of experience, skilled in ICD-10 and HIPAA.")
    assert "Seeking a Medical Records Specialist position" in summary
    assert context.notes


def test_the_summary_counts_only_the_years_in_jobs_like_the_label(write_profile):
    # Five years in a warehouse and two at a till are not "seven years" as a warehouse associate.
    work = [
        {"name": "Northgate", "position": "Warehouse Associate", "startDate": "2020-01", "endDate": "2025-01"},
        {"name": "Target", "position": "Cashier", "startDate": "2018-01", "endDate": "2020-01"},
    ]
    path = write_profile({"basics": {"name": "Ann Lee", "label": "Warehouse Associate"}, "work": work})
    assert resume_context(path).document.summary.text.startswith("Warehouse Associate with five years of experience.")
    work[0]["position"] = "Stocker"
    path = write_profile({"basics": {"name": "Ann Lee", "label": "Warehouse Associate"}, "work": work})
    assert resume_context(path).document.summary.text.startswith("Warehouse Associate. Seeking")


def test_a_profiles_own_summary_is_kept_word_for_word(example_profile):
    profile = load_profile(example_profile).profile
    assert resume_context(example_profile).document.summary.text == profile.basics.summary


def test_without_a_label_the_summary_names_the_current_job(write_profile):
    work = [
        {"name": "Target", "position": "Cashier", "startDate": "2017-05", "endDate": "2019-08"},
        {"name": "Northgate", "position": "Warehouse Associate", "startDate": "2021-09"},
    ]
    path = write_profile({"basics": {"name": "Ann Lee"}, "work": work})
    assert resume_context(path).document.summary.text.startswith("Warehouse Associate with")


def test_summary_years_count_jobs_sharing_the_labels_head_word(write_profile):
    # Twelve years as a medical assistant are no years as a medical records specialist.
    work = [
        {"name": "Lakeshore", "position": "Medical Records Specialist", "startDate": "2022-01", "endDate": "2025-01"},
        {"name": "Northside", "position": "Medical Assistant", "startDate": "2010-01", "endDate": "2022-01"},
    ]
    path = write_profile({"basics": {"name": "Ann Lee", "label": "Medical Records Specialist"}, "work": work})
    assert resume_context(path).document.summary.text.startswith(
        "Medical Records Specialist with three years of experience"
    )


def test_a_summary_written_for_a_posting_aims_at_that_posting_only(tmp_path):
    """The level the profile's years point to ("lead") says nothing about the posting's job: no "guiding a team"."""
    data = json.loads(any_job.PROFILE.read_text())
    del data["basics"]["summary"]
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(data))
    text = render_resume(profile, job=any_job.POSTING, fmt="md", today=any_job.TODAY).content.decode("utf-8")
    any_job.assert_clean(text)
    summary = text.split("## Summary\n\n", 1)[1].split("\n", 1)[0]
    assert summary == (
        "Software Engineer with nearly eight years of experience, skilled in PostgreSQL, Kubernetes and Terraform. "
        "Seeking the Senior Backend Engineer position at Harbor Payments."
    )


def test_a_profiles_own_summary_is_never_translated_and_a_written_one_aims_at_the_posting(write_profile, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Kodierfachkraft - Charité Campus Nord (Berlin)\n\nRequirements:\n- ICD-10-GM\n", encoding="utf-8"
    )
    text = render_resume(
        LENA, job=posting, position="Kodierfachkraft", company="Charité Campus Nord", fmt="txt", today=TODAY
    ).content.decode()
    assert "Medizinische Dokumentarin mit über fünf Jahren Berufserfahrung." in text
    assert "Angestrebte Position: Kodierfachkraft bei Charité Campus Nord." in text
    # The same profile with a summary of its own: that summary, as written, and no sentence of jobkit's.
    own = "Dokumentarin mit Blick fürs Detail; seit 2021 in der stationären Kodierung."
    data = yaml.safe_load(LENA.read_text(encoding="utf-8"))
    data["basics"]["summary"] = own
    text = render_resume(
        write_profile(data),
        job=posting,
        position="Kodierfachkraft",
        company="Charité Campus Nord",
        fmt="txt",
        today=TODAY,
    ).content.decode()
    assert own in text
    assert "Berufserfahrung" not in text and "Angestrebte Position" not in text
