"""Reading a job posting: header facts, sections, years, education and the terms it asks for in its own words."""

from __future__ import annotations

import pytest
from support.postings import asked

from toolkit.errors import InputFileError
from toolkit.postings import posting_from_text


def read(text: str):
    return posting_from_text(text, "posting.txt")


# --- the header ------------------------------------------------------------------------------------------


def test_one_header_line_names_title_company_location_and_workplace():
    posting = read(
        "Health Information Specialist II - Riverbend Medical Group (Milwaukee, WI, hybrid)\n\n"
        "Qualifications\n• RHIT credential required\n\n"
        "Riverbend Medical Group is an Equal Opportunity Employer.\n"
    )
    assert posting.title == "Health Information Specialist II"
    assert posting.company == "Riverbend Medical Group"
    assert (posting.location, posting.workplace) == ("Milwaukee, WI", "hybrid")


def test_a_company_is_hiring_line_names_the_company_and_the_next_line_the_title():
    posting = read(
        "Lakeshore Community Hospital is hiring\n\nMedical Records Specialist\n"
        "Traverse City, MI · On-site · Full-time\n\nWhat we're looking for\n- Knowledge of medical terminology\n"
    )
    assert (posting.title, posting.company) == ("Medical Records Specialist", "Lakeshore Community Hospital")
    assert (posting.location, posting.workplace, posting.employment) == ("Traverse City, MI", "onsite", "full-time")


@pytest.mark.parametrize(
    "first_line, title, employment",
    [
        (
            "NOW HIRING: Warehouse Associates – 2nd Shift – $19.50/hr + $1.50 shift differential!",
            "Warehouse Associates",
            None,
        ),
        ("Registered Nurse (RN) - Med/Surg - Nights - $10,000 Sign-On Bonus", "Registered Nurse (RN) - Med/Surg", None),
        ("Remote Coding Auditor – Contract (6 months, possible extension)", "Remote Coding Auditor", "contract"),
        ("Medical Records Specialist (Temporary) | Document Imaging", "Medical Records Specialist", "temporary"),
    ],
)
def test_the_title_drops_pay_shift_and_employment_type(first_line, title, employment):
    posting = read(f"{first_line}\nAcme Health\n\nRequirements\n- Experience with Epic\n")
    assert posting.title == title
    assert posting.employment == employment


_BODY = (
    "About the job\n\n{company} builds things for its customers.\n\nRequirements\n- Experience with Git\n\n"
    "{company} is an Equal Opportunity Employer.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "Skip to main content\nLinkedIn\nInstructional Designer\nBrightpath Learning · Columbus, OH (Hybrid)\n"
        "Easy Apply\nSave",
        "LinkedIn\nInstructional Designer\nBrightpath Learning · Columbus, OH (Hybrid)\nSave",
        "Sign in\nJoin now\nInstructional Designer\nBrightpath Learning · Columbus, OH (Hybrid)",
        # LinkedIn's company-first layout: the company above the title, the city on its own line.
        "Brightpath Learning\nInstructional Designer\nColumbus, OH · Reposted 3 days ago · Over 100 applicants",
    ],
    ids=["skip link and site name", "site name", "sign in and join now", "company first"],
)
def test_page_chrome_is_never_the_title_and_company_first_layouts_are_read(header):
    posting = read(header + "\n\n" + _BODY.format(company="Brightpath Learning"))
    assert (posting.title, posting.company) == ("Instructional Designer", "Brightpath Learning")
    assert posting.location == "Columbus, OH"


@pytest.mark.parametrize(
    "header",
    [
        "Fieldnote | Careers | Open Positions\n\nSoftware Engineer I (Full Stack)\nAustin, TX · Full-time · Hybrid",
        "Fieldnote\nSoftware Engineer I (Full Stack)\nAustin, TX · Full-time · Hybrid",
        "Fieldnote\nSoftware Engineer I\nAustin, TX · Hybrid",
        "Software Engineer I\nat Fieldnote\nAustin, TX",
    ],
    ids=["navigation trail", "company above the title", "company / title / city", "at company"],
)
def test_title_and_company_are_told_apart_by_title_words_and_the_body(header):
    body = "About Fieldnote\nFieldnote helps teams ship.\n\nRequirements\n- Experience with Git\n"
    posting = read(header + "\n\n" + body)
    assert posting.title in {"Software Engineer I", "Software Engineer I (Full Stack)"}
    assert posting.company == "Fieldnote"


@pytest.mark.parametrize(
    "navigation",
    [
        "Find jobs  Company reviews  Find salaries\nUpload your resume  Sign in",
        "Find jobs Company reviews Find salaries",
        "Find jobs\tCompany reviews\tFind salaries",
        "Find jobs • Company reviews • Find salaries",
        "Search for Jobs   |   Candidate Home   |   Sign In",
    ],
    ids=["two spaces", "one space", "tabs", "bullets", "pipes"],
)
def test_a_line_made_only_of_navigation_links_is_chrome_however_they_are_joined(navigation):
    posting = read(
        f"Skip to main content\nIndeed\n{navigation}\n\nSous Chef\nHarbor Table Group\nSeattle, WA\n\n"
        "Requirements\n- Experience with Git\n"
    )
    assert (posting.title, posting.company) == ("Sous Chef", "Harbor Table Group")


@pytest.mark.parametrize("heading", ["Careers at Buckeye Home & Garden", "Jobs at Buckeye Home & Garden"])
def test_a_careers_site_heading_names_the_company_not_the_title(heading):
    posting = read(
        f"{heading}\n\nDistrict Manager - Central Ohio\nlocations\nColumbus, OH\ntime type\nFull time\n\n"
        "Qualifications:\n* Experience with Microsoft Excel\n"
    )
    assert posting.title.startswith("District Manager")
    assert posting.company == "Buckeye Home & Garden"


def test_work_at_home_is_a_title_not_a_site_heading():
    posting = read("Work at Home Customer Service Representative\nAcme Corp\n\nRequirements\n- Excel\n")
    assert posting.title == "Work at Home Customer Service Representative"


_RECRUITER_BODY = (
    "Hi Hannah,\n\nI came across your profile and think you'd be a great fit! {client} is hiring a Health Data "
    "Analyst for their analytics team in Durham, NC (hybrid, 2 days onsite).\n\nRequirements\n- SQL required\n\n"
    "Thanks,\nJordan Pike\nSenior Technical Recruiter | TalentBridge Staffing\n"
)


def test_e_mail_header_lines_are_never_the_title_or_company_and_a_named_client_is_the_employer():
    posting = read(
        "From: Jordan Pike <jpike@talentbridge.example>\n"
        "Subject: Health Data Analyst opportunity - Duke-area health system (hybrid)\n"
        "Date: Tue, 3 Jun 2025 09:14:22 -0400\n\n"
        + _RECRUITER_BODY.format(client="My client, Piedmont Regional Health,")
    )
    assert (posting.title, posting.company) == ("Health Data Analyst", "Piedmont Regional Health")
    assert posting.workplace == "hybrid"


@pytest.mark.parametrize("client", ["My client, a regional health system,", "Our client, a leading hospital,"])
def test_a_recruiter_who_hides_the_client_names_no_company(client):
    posting = read(
        "From: Jordan Pike <jp@agency.example>\nSubject: Health Data Analyst - Durham, NC\n\n"
        + _RECRUITER_BODY.format(client=client)
    )
    assert (posting.title, posting.company) == ("Health Data Analyst", "")


def test_an_e_mail_subject_keeps_a_company_the_body_names_again():
    posting = read(
        "Subject: Opening - Structural Welder (1st shift) - Ferrous Ridge Fabrication\n\n"
        "From: Dana <hiring@ferrous.example>\nTo: list@union.example\n\nHi all,\n\n"
        "Ferrous Ridge Fabrication has built steel for bridges since 1987 and needs another welder soon.\n\n"
        "What we need from you:\n- 3+ years of structural steel welding experience\n"
    )
    assert (posting.title, posting.company) == ("Structural Welder", "Ferrous Ridge Fabrication")


def test_two_plain_lines_without_a_job_title_word_give_no_title():
    # Neither line reads as a job title: no title beats a guessed one (the commands ask for --position).
    posting = read("Harbor Lights\nNorth Star\nAustin, TX\n\nRequirements\n- Experience with Git\n")
    assert posting.title == ""
    posting = read("Harbor Lights\nLine Cook\nAustin, TX\n\nRequirements\n- Experience with Git\n")
    assert posting.title == "Line Cook"


def test_a_company_whose_name_holds_a_title_word_stays_the_company():
    posting = read("Barista\nPilot Company\nOakland, CA\n\nRequirements\n- Experience with Git\n")
    assert (posting.title, posting.company) == ("Barista", "Pilot Company")


def test_a_company_read_as_the_title_leaves_the_title_empty():
    # Nothing but the employer's name above the city: no title is better than the company's name as one.
    posting = read("Fieldnote\nAustin, TX\n\nAbout Fieldnote\nWe build apps.\n\nRequirements\n- Git\n")
    assert (posting.title, posting.company) == ("", "Fieldnote")


@pytest.mark.parametrize(
    "first_line, title, company",
    [
        ("Mobile Developer - Brazos Apps (Austin, TX, hybrid)", "Mobile Developer", "Brazos Apps"),
        ("Forklift Operator - Inland Freight Co (Fontana, CA)", "Forklift Operator", "Inland Freight Co"),
        # A specialty after the dash is part of the title, not a company.
        (
            "Patient Access Representative - Emergency Department",
            "Patient Access Representative - Emergency Department",
            "",
        ),
        ("Software Engineer II – Data Platform (Austin, TX)", "Software Engineer II – Data Platform", ""),
    ],
)
def test_title_dash_company_splits_when_the_right_part_is_an_organisation(first_line, title, company):
    posting = read(f"{first_line}\n\nRequirements\n- Experience with Git\n")
    assert (posting.title, posting.company) == (title, company)


def test_form_fields_and_workday_locations_are_read():
    posting = read(
        "Job Title: Coding Specialist III - Inpatient\nLocation: SD - Sioux Falls - Prairie Crest Medical Center\n"
        "Time Type: Full time\n\nMinimum Qualifications:\n1. CCS required.\n\n"
        "Prairie Crest Health is an Equal Opportunity/Affirmative Action employer.\n"
    )
    assert posting.title == "Coding Specialist III - Inpatient"
    assert (posting.location, posting.employment, posting.company) == (
        "Sioux Falls, SD",
        "full-time",
        "Prairie Crest Health",
    )


def test_workplace_said_only_in_the_body_is_read_but_not_from_unrelated_words():
    onsite = read("Clerk\nAcme Clinic\n\nThis is an on-site position.\n\nRequirements\n- Experience with Epic\n")
    assert onsite.workplace == "onsite"
    unstated = read("Clerk\nAcme Clinic\n\nRequirements\n- Forklift certification a plus (we certify on site)\n")
    assert unstated.workplace is None


# --- sections and importance -------------------------------------------------------------------------------


def test_a_qualifier_inside_a_requirement_line_makes_that_part_preferred():
    posting = read(
        "Coder\nAcme Clinic\n\nRequirements\n- Experience with an EHR; Epic or Cerner preferred\n"
        "- Orthopedic or surgical coding experience is a plus\n- CCS or CPC required; CPMA preferred\n"
    )
    assert asked(posting) == {
        "EHR": "required",
        "Epic or Cerner": "preferred",
        "Orthopedic coding or surgical coding": "preferred",
        "CCS or CPC": "required",
        "CPMA": "preferred",
    }


def test_a_plus_after_a_comma_covers_only_its_remark_not_the_years_before_it():
    posting = read(
        "Senior Accountant\nAcme Foods\n\nWhat You'll Bring\n"
        "- 4+ years of progressive accounting experience, public accounting a plus\n"
        "- 2 years of experience, 5 years preferred\n"
    )
    years = {(clause.text, clause.importance) for clause in posting.clauses if clause.kind == "years"}
    assert ("4+ years of progressive accounting experience", "required") in years
    assert asked(posting) == {"public accounting": "preferred"}


def test_a_list_before_one_qualifier_keeps_it_for_every_member():
    posting = read("Analyst\nAcme\n\nRequirements\n- 2+ years of experience with SQL, Python or R preferred\n")
    assert [clause.importance for clause in posting.clauses if clause.kind == "years"] == ["preferred"]


def test_a_credential_one_may_still_be_pursuing_is_preferred():
    posting = read("Senior Accountant\nAcme Foods\n\nRequirements\n- CPA required or actively pursuing\n")
    assert asked(posting) == {"CPA": "preferred"}


def test_a_credential_that_may_be_earned_after_hire_is_preferred():
    posting = read("Nurse\nAcme Hospital\n\nMinimum Qualifications\n* ACLS required within 6 months of hire\n")
    assert asked(posting) == {"ACLS": "preferred"}


def test_short_unbulleted_lines_under_a_heading_are_items_not_headings():
    posting = read(
        "Biller\nAcme Clinic – Tucson, AZ\n\nMust haves\nHigh school diploma or GED\nComfortable with Excel\n"
        "CPC required\n\nNice to have\neClinicalWorks experience\n"
    )
    assert asked(posting) == {"Excel": "required", "CPC": "required", "eClinicalWorks": "preferred"}
    assert posting.education_required == "high-school"


def test_pay_benefits_eeo_and_hiring_steps_ask_for_nothing():
    posting = read(
        "Clerk\nAcme Clinic\n\nRequirements\n- Experience with Epic\n\nBenefits\n- 401(k) with match\n- PTO\n\n"
        "HIPAA and confidentiality training is provided on your first day.\n"
        "Acme Clinic is an equal opportunity employer. Offers are contingent on a background check and drug screen.\n"
    )
    assert asked(posting) == {"Epic": "required"}


def test_the_jobs_hours_and_conditions_ask_for_no_skill():
    """A line cook's posting: "nights" or "reliable transportation" is no skill a resume could show."""
    posting = read(
        "Line Cook\nAlder & Ash - Portland, OR\n\nWhat we're looking for:\n* Strong knife skills\n"
        "* Open availability including nights, weekends and holidays\n* Flexible schedule, including weekends\n"
        "* Able to work 12-hour shifts\n* Reliable transportation and good attendance\n"
        "* Valid driver's license and reliable transportation\n* Experience with shift scheduling\n"
    )
    assert asked(posting) == {
        "knife skills": "required",
        "driver's license": "required",
        "shift scheduling": "required",
    }


def test_a_posting_without_headings_is_read_sentence_by_sentence():
    posting = read(
        "Customer Service Representative\n\nYou will answer calls from policyholders in Salesforce.\n\n"
        "To be considered you need a high school diploma or GED and at least one year of customer service "
        "experience. Experience with Salesforce Service Cloud or Zendesk is a plus, and bilingual candidates "
        "receive a $1.50/hour differential.\n"
    )
    # "You will answer calls ... in Salesforce" describes the role: the tool it names is a duty term (R7, changed)
    assert asked(posting) == {"Salesforce Service Cloud or Zendesk": "preferred", "Salesforce": "duty"}
    assert (posting.years_required, posting.education_required) == (1.0, "high-school")


# --- years and education ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, required, preferred",
    [
        ("Two (2) years of experience in a medical records setting", 2, None),
        ("One (1) year of experience in medical records", 1, None),
        ("Three years of experience abstracting cancer cases", 3, None),
        ("At least 2 years of experience in a hospital HIM department", 2, None),
        ("3–5 years of acute inpatient clinical experience", 3, None),
        ("Seven or more years of progressive HIM experience are required", 7, None),
        ("6 months of office or data entry experience", 0.5, None),
        ("Outpatient coding experience: 1-2 years preferred", None, 1),
        ("Four (4) years of HIM experience, two of which in a lead capacity", 4, None),
        ("No experience necessary – we train!", None, None),
    ],
)
def test_years_asked(line, required, preferred):
    posting = read(f"Clerk\nAcme Clinic\n\nRequirements\n- {line}\n")
    assert (posting.years_required, posting.years_preferred) == (required, preferred)


def test_numbers_that_are_not_years_of_experience_are_ignored():
    posting = read(
        "Records Clerk\nAcme Clinic – Milwaukee, WI 53202-1414\n\nResponsibilities\n"
        "- Scan and index 1500-2000 documents per day\n\nRequirements\n- High school diploma or GED\n"
        "- Experience with a Level I trauma center\n"
        "- At least 2 years of experience; an associate's degree may substitute for 1 year of the required "
        "experience\n\nThe $10,000 sign-on bonus is paid over 2 years.\n"
    )
    assert (posting.years_required, posting.years_preferred) == (2, None)
    assert posting.education_required == "high-school"  # the substitute degree is not a level asked


@pytest.mark.parametrize(
    "line, level",
    [
        ("Associate’s degree in Health Information Technology", "associate"),  # curly apostrophe
        ("Certified Coding Associate (CCA) required", None),  # a credential, not a degree
        ("Associate degree in HIT, or completion of an AHIMA-approved coding certificate program", "certificate"),
        ("Graduate of an accredited school of nursing (ADN or BSN)", "associate"),
        ("B.A./B.S. in Marketing or a related field", "bachelor"),
        ("Bachelor's degree or an equivalent combination of education and experience", "bachelor"),
        ("Experience with enterprise master patient index (EMPI) clean-up", None),
    ],
)
def test_education_asked(line, level):
    assert read(f"Clerk\nAcme Clinic\n\nRequirements\n- {line}\n").education_required == level


# --- terms in the posting's own words -----------------------------------------------------------------------


def test_terms_no_role_pack_knows_are_read_from_the_posting():
    posting = read(
        "Cancer Registrar\nCedar Plains Cancer Institute\n\nRequired Education and Experience\n"
        "1) Knowledge of AJCC TNM staging, SEER Summary Stage, the Solid Tumor Rules and ICD-O-3\n"
        "2) Working knowledge of NAACCR data standards and edits\n"
        "3) Experience with METRIQ or CNExT registry software\n\nCertifications/Licensure\n"
        "1) Oncology Data Specialist – Certified (ODS-C, formerly Certified Tumor Registrar, CTR) through NCRA.\n"
    )
    terms = {requirement.term: requirement for requirement in posting.requirements}
    assert set(terms) == {
        "AJCC TNM staging",
        "SEER Summary Stage",
        "Solid Tumor Rules",
        "ICD-O-3",
        "NAACCR",
        "METRIQ or CNExT",
        "ODS-C",
    }
    credential = terms["ODS-C"]
    assert credential.kind == "credential"
    assert {"CTR", "Certified Tumor Registrar"} <= set(credential.spellings())
    assert credential.line == 10 and credential.source.startswith("Oncology Data Specialist")


def test_alternatives_are_one_requirement_and_in_lieu_adds_to_them():
    posting = read(
        "Coder\nAcme Clinic\n\nRequirements\n* CPC, CCS or CCA required. Certified Coding Associate (CCA) holders "
        "are welcome to apply.\n* CCS (Certified Coding Specialist) required. RHIT or RHIA accepted in lieu of CCS.\n"
    )
    groups = [[alternative.term for alternative in requirement.alternatives] for requirement in posting.requirements]
    assert groups == [["CPC", "CCS", "CCA", "RHIT", "RHIA"]]


def test_lists_are_split_and_abbreviations_are_spellings():
    posting = read(
        "Analyst\nAcme Health Plan\n\nRequirements\n- Working knowledge of ICD-10-CM/PCS, CPT and medical terminology\n"
        "- Knowledge of Patient Safety Indicators (PSI) and Hospital-Acquired Conditions (HAC)\n"
        "- Advanced Excel skills (pivot tables, VLOOKUP/XLOOKUP)\n"
    )
    terms = {requirement.term: requirement.spellings() for requirement in posting.requirements}
    assert list(terms) == [
        "ICD-10-CM",
        "ICD-10-PCS",
        "CPT",
        "medical terminology",
        "Patient Safety Indicators",
        "Hospital-Acquired Conditions",
        "Excel",
        "pivot tables",
        "VLOOKUP/XLOOKUP",
    ]
    assert "PSI" in terms["Patient Safety Indicators"] and "XLOOKUP" in terms["VLOOKUP/XLOOKUP"]


def test_a_bullet_that_is_one_short_phrase_is_a_term():
    posting = read(
        "Biller\nAcme Clinic\n\nRequirements\n- Budgeting\n- Coordination of benefits\n- Present on admission\n"
        "- Must be 18 or older\n- New graduates are welcome to apply\n"
    )
    assert asked(posting) == {
        "Budgeting": "required",
        "Coordination of benefits": "required",
        "Present on admission": "required",
    }


def test_comfort_with_and_a_list_of_skill_areas_name_their_terms():
    posting = read(
        "Developer\nAcme\n\nRequirements\n- Comfort with Git and CI/CD pipelines\n"
        "- Excellent written communication and project management skills\n"
    )
    assert asked(posting) == {
        "Git": "required",
        "CI/CD pipelines": "required",
        "project management": "required",  # "written communication" is a soft quality (R8), no term
    }


def test_soft_qualities_and_duties_are_not_requirements():
    posting = read(
        "Clerk\nAcme Clinic\n\nWhat you'll do\n- Merge duplicate records in Epic\n\nRequirements\n"
        "- Strong attention to detail and clear written communication skills\n"
        "- Dependable, organized and able to work independently\n- Excellent leadership, organizational and "
        "interpersonal skills\n"
    )
    # Only the tool the duty names counts, and only as a duty (an ATS matches it; no candidate is asked for it).
    assert [(requirement.term, requirement.importance) for requirement in posting.requirements] == [("Epic", "duty")]


# --- formats and errors ------------------------------------------------------------------------------------


def test_a_posting_that_starts_with_a_heading_has_no_title_but_is_read():
    posting = read("Requirements\n- Experience with Epic and CPT\n")
    assert posting.title == "" and asked(posting) == {"Epic": "required", "CPT": "required"}


def test_an_empty_posting_is_a_clear_error():
    with pytest.raises(InputFileError, match="no text"):
        read("\n\n   \n")


def test_crlf_line_ends_and_a_byte_order_mark_read_like_any_posting():
    posting = read(
        "\ufeffStaff Accountant\r\nCompany: Ridgeline, Inc.\r\n\r\nSkills\r\n- Solid understanding of GAAP\r\n"
    )
    assert (posting.title, posting.company, asked(posting)) == (
        "Staff Accountant",
        "Ridgeline, Inc.",
        {"GAAP": "required"},
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "body",
    [
        "Requirements\n"
        + "- Experience with Epic, Cerner or MEDITECH and CPT (ICD-10-CM/PCS) preferred; 3+ years\n" * 50_000,
        "You must have Epic and CPT. " * 150_000,  # one paragraph of 4 MB
        "Requirements\n- " + "(Epic and " * 400_000,
    ],
    ids=["fifty thousand requirement lines", "a four-megabyte paragraph", "unclosed parentheses"],
)
def test_a_posting_at_the_size_limit_is_read_in_seconds(body):
    import time

    started = time.monotonic()
    posting = read(f"Clerk\nAcme Clinic\n\n{body}\n")
    assert time.monotonic() - started < 20  # generous: about 3 s on a shared two-core machine
    assert posting.requirements


# --- shapes first met in the held-out postings (extra/c1-c8) ----------------------------------------------------


def test_labels_on_a_line_of_their_own_are_read_with_the_value_below():
    # Workday ("time type" / "Full time") and USAJOBS ("Telework eligible" / "No", "Travel Required" / "Not required").
    workday = read(
        "Mechanical Engineer II\nlocations\nWichita, KS\ntime type\nFull time\n\n"
        "Minimum Qualifications\nProficiency in SolidWorks\n"
    )
    assert (workday.location, workday.employment) == ("Wichita, KS", "full-time")
    usajobs = read(
        "Social Worker\nDepartment of Example Services\n\nOverview\nTelework eligible\nNo\nTravel Required\n"
        "Not required\nWork schedule\nFull-time\n\nQualifications\n- Current LCSW licensure is required\n"
    )
    assert (usajobs.workplace, usajobs.employment) == ("onsite", "full-time")
    assert list(asked(usajobs)) == ["LCSW"]  # "Not required" is the travel field, not a requirement line


def test_indeed_panels_above_the_full_job_description_ask_for_nothing():
    posting = read(
        "Line Cook\nAcme Kitchen\nSpokane, WA 99201\nApply now\nReport job\n\nProfile insights\nSkills\n"
        "Food safety\nDo you have experience in Food safety?\nYes\nNo\n\nFull job description\n"
        "Qualifications:\n- Washington State Food Worker Card (required)\n"
    )
    assert list(asked(posting)) == ["Food Worker Card"]


def test_a_labelled_line_sets_the_importance_of_its_clauses():
    posting = read(
        "HR Generalist\nAcme Logistics\n\nRequirements\n1. Must have: working knowledge of FMLA; advanced Excel\n"
        "2. Nice to have: SHRM-CP or PHR certification; Spanish fluency\n"
    )
    assert asked(posting)["FMLA"] == "required"
    assert {asked(posting)[term] for term in ("SHRM-CP or PHR", "Spanish fluency")} == {"preferred"}
    after_a_list = read(
        "Social Worker\nAcme Agency\n\nKSAs:\n1. Knowledge of crisis intervention.\n\n"
        "Preferred: Certification in Motivational Interviewing.\n"
    )
    assert asked(after_a_list)["Motivational Interviewing"] == "preferred"


def test_a_deadline_or_another_path_in_is_not_the_years_asked():
    deadline = read(
        "Help Desk\nAcme\n\nWhat you'll bring\n- CompTIA A+ certification, or the willingness to earn it "
        "within your first six months\n"
    )
    assert (deadline.years_required, deadline.years_preferred) == (None, None)
    assert asked(deadline)["CompTIA A+ certification"] == "preferred"
    path = read(
        "HR Generalist\nAcme\n\nRequirements\n1. Bachelor's degree in Human Resources; or an associate degree plus "
        "4 years of HR experience.\n2. 3-5 years of HR generalist experience.\n"
    )
    assert (path.years_required, path.education_required) == (3, "associate")


def test_what_a_years_line_covers_is_not_asked_again():
    posting = read(
        "Social Worker\nAcme Agency\n\nQualifications\nSpecialized Experience: You must have at least one year of "
        "specialized experience, which includes: providing psychotherapy; completing suicide risk assessments; "
        "and developing treatment plans.\nKnowledge of crisis intervention.\n"
    )
    assert posting.years_required == 1
    assert list(asked(posting)) == ["crisis intervention"]


def test_a_years_sentence_that_goes_on_to_other_skills_names_them():
    posting = read(
        "Store Manager needed - thrift store (Tucson)\n\nSecond Chance Threads is a nonprofit thrift shop.\n\n"
        "You should have 3+ years managing a retail store, know how "
        "to read a P&L, and be comfortable with Square POS.\n"
    )
    assert (posting.title, posting.company) == ("Store Manager", "Second Chance Threads")
    assert read("Help wanted: Line Cook\n\nRequirements\n- Knife skills\n").title == "Line Cook"
    assert posting.years_required == 3
    assert set(asked(posting)) == {"P&L", "Square POS"}


def test_capitals_header_and_a_bare_employment_sentence():
    posting = read(
        "FORKLIFT OPERATOR - 2ND SHIFT\n\nRED MESA DISTRIBUTION CO.\nEL PASO, TX\n\nWHAT YOU NEED\n"
        "Able to read a bill of lading and a pick ticket.\n\nSCHEDULE AND PAY\n"
        "Monday through Friday, 2:00 PM to 10:30 PM. Full-time. Weekly pay.\n"
    )
    assert (posting.location, posting.employment) == ("El Paso, TX", "full-time")
    assert set(asked(posting)) == {"bill of lading", "pick ticket"}


# --- layout picked up on the way to a text file -----------------------------------------------------------


def test_hard_wrapped_bullets_and_a_pdf_page_break_are_read_as_the_items_they_were():
    posting = read(
        "Acme Fabrication                                   Human Resources\n"
        "STRUCTURAL WELDER\n"
        "Location: Joliet, IL\n\n"
        "QUALIFICATIONS\n"
        "- Working knowledge of oxy-fuel cutting, plasma cutting and air arc\n"
        "  gouging on heavy plate\n"
        "Acme Fabrication - Confidential                                Page 1 of 2\n"
        "------------------------------------------------------------------------\n"
        "Acme Fabrication                                   Human Resources\n"
        "- Experience with Tekla for reading our 3D models is a real\n"
        "  plus\n"
    )
    assert posting.title.casefold() == "structural welder"
    assert asked(posting) == {
        "oxy-fuel cutting": "required",
        "plasma cutting": "required",
        "air arc gouging": "required",
        "Tekla": "preferred",
    }


def test_tab_separated_fields_and_a_word_table_of_qualifications():
    posting = read(
        "Position\tDental Office Manager\nLocation\tMesa, AZ\n\n"
        "Qualifications (from our form)\n"
        "Qualification\tRequired / Preferred\tNotes\n"
        "Office management experience\tRequired\tAt least 3 years\n"
        "Dentrix\tRequired\n"
        "QuickBooks\tPreferred\tWe can train\n"
    )
    assert (posting.title, posting.location, posting.years_required) == ("Dental Office Manager", "Mesa, AZ", 3)
    assert asked(posting) == {"Office management": "required", "Dentrix": "required", "QuickBooks": "preferred"}


def test_an_age_and_a_degree_offered_instead_of_experience_are_not_what_is_asked():
    posting = read(
        "Lab Technician\n\nMinimum Qualifications\n"
        "- Two years of lab experience; OR a bachelor's degree in biology\n- At least 21 years old\n"
    )
    assert (posting.years_required, posting.education_required) == (2, None)


def test_a_staffing_agency_post_names_no_employer():
    posting = read(
        "Accounts Payable Specialist\nBrightlane Staffing\nBoise, ID\n\n"
        "Our client, a leading distributor, is hiring.\n\nRequirements:\n* Experience with SAP Business One\n"
    )
    assert posting.company == ""


@pytest.mark.parametrize(
    "text, title, company",
    [
        # A level word makes the title line ("II"), whichever line comes first.
        ("Fieldnote\nProduct Owner II\nAustin, TX\n\nRequirements\n- Git\n", "Product Owner II", "Fieldnote"),
        # A title before a button stays the title; the button goes.
        ("Warehouse Associate | Apply\nAcme Logistics\nFontana, CA\n\nRequirements\n- Forklift\n",
         "Warehouse Associate", "Acme Logistics"),
        # "About Compensation" is a heading: a name the posting never mentions again is no employer.
        ("Warehouse Associate\nFontana, CA\n\nAbout Compensation\n$20/hr\n\nRequirements\n- Forklift\n",
         "Warehouse Associate", ""),
        # LinkedIn's bar pasted above a company-first header.
        ("LinkedIn\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nTry Premium for $0\n\n"
         "Riverbend Outdoor Co.\nMarketing Coordinator\nPortland, OR\n\nRequirements\n- Canva\n",
         "Marketing Coordinator", "Riverbend Outdoor Co."),
        # Workday: a title with its specialty after a dash, under the company, above its "locations" label.
        ("Gulf Coast Health System\nSign In\nApply\n"
         "Coding Specialist II - Outpatient Professional Fee (Remote - Texas)\n"
         "locations\nRemote - Texas\n\nRequirements\n- CPC\n",
         "Coding Specialist II - Outpatient Professional Fee", "Gulf Coast Health System"),
        # A recruiter's e-mail: the client named with a description, the position given whole below the subject.
        ("From: Bri Cole <bcole@agency.example.com>\nSubject: Bilingual CSR opportunity - $19/hr\n\nHi Maria,\n\n"
         "I'm recruiting for my client, SunState Insurance Group, a leading insurer.\n\n"
         "Position: Bilingual Customer Service Representative\nLocation: Doral, FL\n\nRequirements\n- Spanish\n",
         "Bilingual Customer Service Representative", "SunState Insurance Group"),
        # A navigation bar joined by pipes is no hard-wrapped line for the title to join.
        ("Indeed | Find jobs | Company reviews | Find salaries | Sign in\nSoftware Engineer\nAcme Corp\n"
         "Austin, TX\n\nRequirements\n- Python\n", "Software Engineer", "Acme Corp"),
        # Four reply prefixes on a subject, then an ad word and the title.
        ("Subject: Fwd: Re: Fwd: Opening - Welder\n\nAcme Fab is hiring.\n\nRequirements\n- MIG\n", "Welder", None),
        # A right-to-left override in a pasted title is not carried into documents and file names.
        ("\u202eSoftware Engineer\u202c\nAcme Corp\nAustin, TX\n\nRequirements\n- Python\n",
         "Software Engineer", "Acme Corp"),
    ],
)  # fmt: skip
def test_headers_that_trials_reviews_and_attacks_found_misread(text, title, company):
    posting = read(text)
    assert posting.title == title
    assert company is None or posting.company == company
