"""What counts as meeting a posting's degree, years and certificate requirements (small texts, no PDF)."""

from __future__ import annotations

import pytest
from support.requirement_matching import matched

BACHELOR_POSTING = "Accountant\nAcme\n\nRequirements\n- Bachelor's degree in Accounting\n"
MASTER_POSTING = "Analyst\nAcme\n\nRequirements\n- Master's degree in Public Health\n"


@pytest.mark.parametrize("degree", ["BSc", "B.Sc.", "BEng", "BCom", "BFA", "BBA", "B.S.", "BA", "BSN"])
def test_a_bachelors_abbreviation_in_education_meets_a_bachelors_degree(degree):
    resume = f"EDUCATION\n{degree} in Accounting and Finance Sep 2016 – Jun 2019\nUniversity of Leeds\n"
    met, where = matched(BACHELOR_POSTING, resume)["bachelor's degree"]
    assert met, where
    assert degree in where


@pytest.mark.parametrize("degree", ["MSc", "M.Sc.", "MEng", "MPH", "MHA", "MBA", "MS", "M.S.", "MA"])
def test_a_masters_abbreviation_in_education_meets_a_masters_and_a_bachelors_degree(degree):
    resume = f"EDUCATION\n{degree} in Epidemiology, 2018 – 2020\nState University\n"
    assert matched(MASTER_POSTING, resume)["master's degree"][0] is True
    met, where = matched(BACHELOR_POSTING, resume)["bachelor's degree"]
    assert met and "meets it: master's degree" in where


def test_a_doctorate_abbreviation_meets_a_masters_degree():
    resume = "EDUCATION\nPhD in Biostatistics, 2015 – 2020\nState University\n"
    assert matched(MASTER_POSTING, resume)["master's degree"][0] is True


def test_ms_after_a_name_or_a_town_is_no_degree():
    resume = "Jane Doe, MS\nSouthaven, MS\nEXPERIENCE\nAnalyst Jan 2020 – Present\nEDUCATION\nHigh school diploma\n"
    assert matched(MASTER_POSTING, resume)["master's degree"][0] is False


def test_in_progress_on_the_next_education_entry_belongs_to_that_entry():
    posting = "Nurse\nAcme\n\nRequirements\n- Bachelor's degree in Nursing\n"
    resume = (
        "EDUCATION\nBachelor of Science in Nursing, University of North Carolina, 2016\n"
        "Graduate Certificate in Health Informatics (in progress)\n"
    )
    met, where = matched(posting, resume)["bachelor's degree"]
    assert met and "in progress" not in where
    # the line below a degree that is no entry of its own still speaks for it
    resume = "EDUCATION\nBachelor of Science in Nursing\nUniversity of North Carolina (in progress)\n"
    met, where = matched(posting, resume)["bachelor's degree"]
    assert not met and "in progress (in progress)" in where


def test_an_address_written_in_the_page_header_is_not_said_to_be_only_in_a_link(tmp_path, write_profile):
    import docx

    from toolkit.api import check_resume_file

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ann Lee | ann@example.com | (312) 555-0100"
    document.add_paragraph("Experience")
    document.add_paragraph("Records clerk, Jan 2020 – Present")
    document.save(tmp_path / "resume.docx")
    profile = write_profile({"basics": {"name": "Ann Lee", "email": "ann@example.com"}})
    problems = check_resume_file(tmp_path / "resume.docx", profile=profile).problems
    assert [problem.code for problem in problems] == ["text-in-header"]


CERTIFICATE_POSTING = (
    "Sous Chef\nAcme\n\nRequirements:\n- ServSafe Manager certification required (or obtain within 60 days)\n"
)


@pytest.mark.parametrize(
    "written",
    [
        "ServSafe Manager (in progress, exam scheduled 2025-07)",
        "ServSafe Manager certification, expected 2026",
        "Pursuing ServSafe Manager certification",
        "ServSafe Manager - exam scheduled",
    ],
)
def test_a_certificate_not_held_yet_is_reported_in_progress_not_met(written):
    resume = f"EXPERIENCE\nLine Cook Jun 2021 – Present\nCERTIFICATIONS\nFood Handler Card\n{written}\n"
    met, where = matched(CERTIFICATE_POSTING, resume)["ServSafe Manager certification"]
    assert not met
    assert "in progress" in where and "not held yet" in where


def test_a_held_certificate_beside_one_in_progress_still_counts():
    resume = "CERTIFICATIONS\nServSafe Manager · CPR (in progress)\n"
    met, where = matched(CERTIFICATE_POSTING, resume)["ServSafe Manager certification"]
    assert met and "not held" not in where
    resume = "CERTIFICATIONS\nServSafe Manager (in progress)\nServSafe Manager, 2019\n"
    assert matched(CERTIFICATE_POSTING, resume)["ServSafe Manager certification"][0] is True


def test_qualified_years_are_met_by_dated_jobs_that_name_the_role_in_any_word_form():
    posting = "Sous Chef\nAcme\n\nRequirements:\n- 3+ years of line cook experience in a high-volume kitchen\n"
    resume = (
        "EXPERIENCE\nLine Cook (Grill and Sauté) Jun 2021 – Present\nEmber & Oak, Portland, OR\n"
        "Run the grill station on a 180-cover dinner service.\n"
    )
    met, where = matched(posting, resume)["3+ years of experience: line cook experience in a high-volume kitchen"]
    assert met and "dated jobs that mention line cook" in where
    posting = "Senior Accountant\nAcme\n\nWhat You'll Bring\n• 4+ years of progressive accounting experience\n"
    resume = (
        "EXPERIENCE\nStaff Accountant Jul 2021 – Present\nLakeside Foods\nClosed the books monthly.\n"
        "Accounts Assistant Jul 2019 – Jun 2021\nLeeds Partners\nProcessed supplier invoices.\n"
    )
    met, where = matched(posting, resume)["4+ years of experience: accounting"]
    assert met and "dated jobs that mention accounting" in where


def test_a_separate_wish_after_a_comma_is_not_part_of_the_years_asked():
    posting = (
        "Senior Accountant\nAcme\n\nWhat You'll Bring\n"
        "• 4+ years of progressive accounting experience, public accounting a plus\n"
    )
    resume = "EXPERIENCE\nStaff Accountant Jan 2019 – Present\nLakeside Foods\nClosed the books monthly.\n"
    assert matched(posting, resume)["4+ years of experience: accounting"][0] is True


def test_qualified_years_are_never_met_by_other_work_alone():
    posting = "Sous Chef\nAcme\n\nRequirements:\n- 3+ years of line cook experience in a high-volume kitchen\n"
    resume = "EXPERIENCE\nCashier Jan 2010 – Present\nCorner Market\nRan the register and stocked shelves.\n"
    met, where = matched(posting, resume)["3+ years of experience: line cook experience in a high-volume kitchen"]
    assert not met and "does not show line cook" in where
    # a role word stays where one word alone would name no role: "lead generation" is no lead role
    posting = "Manager\nAcme\n\nRequirements:\n- 2+ years in a lead role\n"
    resume = "EXPERIENCE\nMarketing Assistant Jan 2015 – Present\nAcme\nRan lead generation campaigns.\n"
    assert matched(posting, resume)["2+ years of experience: lead role"][0] is False


@pytest.mark.parametrize(
    "title, met",
    [
        ("Shift Lead", True),
        ("Shift Supervisor", True),
        ("Warehouse Associate", False),
        ("Lead Generation Specialist", False),  # "lead" here is a sales term, not a role over people
    ],
)
def test_years_in_a_lead_role_are_met_by_a_job_titled_as_one(title, met):
    posting = "Lead\nAcme\n\nRequirements\n- 2+ years of experience in a lead or supervisory role\n"
    resume = f"EXPERIENCE\n{title} Jan 2019 – Present\nAcme\nRan the night shift.\n"
    found, where = matched(posting, resume)["2+ years of experience: lead or supervisory role"]
    assert found is met, where
