"""What counts as evidence that a resume meets one posting requirement (toolkit/check/requirement_match.py),
written as small texts with no PDF: a general term never shows a specific one, an employer's name is no skill,
languages meet "bilingual", years need their qualifier, a degree in progress is not held.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.requirement_matching import matched

from toolkit.models.role import Keyword


def test_a_general_term_does_not_show_a_more_specific_one():
    vocabulary = [Keyword(term="SQL", synonyms=["SQL Server"], weight=3, category="tools")]
    found = matched("Dev\nAcme\n\nRequirements\n- Knowledge of SQL Server\n", "SKILLS\nPython, SQL\n", vocabulary)
    assert found["SQL Server"][0] is False


def test_an_employers_name_is_no_evidence_of_a_skill():
    resume = (
        "EXPERIENCE\nSoftware Development Intern Jun 2022 – Aug 2022\n"
        "City of Austin, Communications and Technology Management, Austin, TX\n"
        "Wrote Python scripts to merge permit data.\n"
    )
    posting = "Dev\nAcme\n\nRequirements\n- Knowledge of technology management\n- Python\n"
    found = matched(posting, resume)
    assert found["technology management"][0] is False and found["Python"][0] is True
    # named in the profile, the employer is blanked wherever it stands
    resume = "EXPERIENCE\nIntern, Acme Technology Management Group Jun 2022 – Aug 2022\n"
    assert matched(posting, resume)["technology management"][0] is True
    assert (
        matched(posting, resume, organisations=["Acme Technology Management Group"])["technology management"][0]
        is False
    )


def test_a_slash_between_two_names_is_met_by_either():
    posting = "Dev\nAcme\n\nRequirements\n- Proficiency in JavaScript/TypeScript\n"
    assert matched(posting, "SKILLS\nPython, TypeScript\n")["JavaScript/TypeScript"][0] is True
    assert matched(posting, "SKILLS\nPython, Java\n")["JavaScript/TypeScript"][0] is False


def test_bilingual_is_met_by_the_languages_the_resume_lists():
    posting = "Lead\nAcme\n\nQualifications:\n- Bilingual English/Spanish a plus\n"
    assert matched(posting, "LANGUAGES\nEnglish (Fluent) · Spanish (Native speaker)\n")["Bilingual English/Spanish"][0]
    assert not matched(posting, "LANGUAGES\nEnglish (Fluent)\nSKILLS\nSpanish club\n")["Bilingual English/Spanish"][0]
    assert matched(posting, "LANGUAGES\nENGLISH, SPANISH\n")["Bilingual English/Spanish"][0]


def test_other_terms_on_a_bilingual_line_need_their_own_evidence():
    # A Languages section meets the languages asked, never Excel or QuickBooks asked on the same line.
    line = "Bilingual English/Spanish and proficiency with Microsoft Excel and QuickBooks"
    posting = f"Clerk\nAcme\n\nRequirements\n- {line}\n"
    found = matched(posting, "LANGUAGES\nEnglish, Spanish\n")
    assert found["Microsoft Excel"][0] is False and found["QuickBooks"][0] is False
    assert found["Bilingual English/Spanish"][0] is True


def test_every_years_line_is_its_own_requirement_and_a_qualified_one_needs_its_qualifier():
    posting = (
        "Dev\nAcme\n\nRequirements\n- 2+ years of experience in a lead or supervisory role\n"
        "- 3+ years of professional Python experience\n- 2+ years of experience with Java or Go\n"
        "- 1+ years of experience\n"
    )
    resume = (
        "EXPERIENCE\nJunior Developer Jul 2021 – Present\nLonestar Web Studio, Austin, TX\n"
        "Build Django apps in Python for clients.\nIntern Jun 2020 – Aug 2020\nCity Office\nFiled permits.\n"
    )
    found = matched(posting, resume)
    assert set(found) == {
        "2+ years of experience: lead or supervisory role",
        "3+ years of experience: Python",
        "2+ years of experience: Java or Go",
        "1+ years of experience",
    }
    assert found["2+ years of experience: lead or supervisory role"][0] is False
    assert found["2+ years of experience: Java or Go"][0] is False
    assert found["1+ years of experience"][0] is True
    met, where = found["3+ years of experience: Python"]
    assert met and "dated jobs that mention Python" in where
    # shown only in a skills list: met by the total years, and the report says the years cannot be verified
    found = matched(posting, "EXPERIENCE\nClerk Jul 2021 – Present\nFiled permits.\nSKILLS\nJava\n")
    met, where = found["2+ years of experience: Java or Go"]
    assert met and "cannot be verified" in where


def test_a_degree_in_progress_is_reported_as_in_progress_not_held():
    posting = "Dev\nAcme\n\nRequirements\n- Bachelor's degree in Computer Science\n"
    today = date(2026, 11, 1)
    met, where = matched(posting, "EDUCATION\nBachelor of Science in Biology Aug 2022 – Present\nState U\n")[
        "bachelor's degree"
    ]
    assert not met and "in progress (Aug 2022 – Present)" in where
    met, where = matched(posting, "EDUCATION\nB.S. in Biology, Aug 2023 – May 2027\n", today=today)["bachelor's degree"]
    assert not met and "expected May 2027" in where
    # a finished degree still meets it, and a finished higher one beside an unfinished one
    resume = "EDUCATION\nMaster of Science Aug 2024 – Present\nBachelor of Science Sep 2009 – May 2013\n"
    assert matched(posting, resume)["bachelor's degree"][0] is True


@pytest.mark.parametrize(
    "line",
    [
        "2+ years of experience in a fast-paced environment",
        "2+ years of experience in a similar role",
        "2+ years of experience in a related field",
        "2+ years of experience, preferably in SaaS",
    ],
)
def test_years_in_a_setting_or_a_similar_role_are_years_of_work(line):
    # These name no field, skill or role the resume could show: the years of work meet them.
    resume = "EXPERIENCE\nWarehouse Associate Jan 2017 – Present\nAcme\nPicked orders.\n"
    found = matched(f"Lead\nAcme\n\nRequirements\n- {line}\n", resume)
    assert found == {"2+ years of experience": (True, found["2+ years of experience"][1])}


def test_a_skill_named_like_an_employer_still_counts_in_the_skills_section():
    posting = "Admin\nAcme\n\nRequirements\n- Salesforce\n"
    resume = "EXPERIENCE\nAdmin, Salesforce Jan 2020 – Present\nSKILLS\nSalesforce CRM administration\n"
    assert matched(posting, resume, organisations=["Salesforce"])["Salesforce"][0] is True
