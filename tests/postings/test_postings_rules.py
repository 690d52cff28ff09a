"""Each named rule of the posting reader, with examples it must and must not match.

A rule is general when it holds on postings nobody tuned it on: every case here is written in our own words,
in the shapes real postings take (tests/fixtures/postings/real/README.md), never copied from a corpus posting.
"""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.clauses import read_requirement_line
from toolkit.postings.education import education_levels
from toolkit.postings.employer import employer_in_passing, employer_introducing_the_job
from toolkit.postings.importance import clause_importance
from toolkit.postings.layout import plain_line
from toolkit.postings.sections import heading_kind
from toolkit.postings.tokens import capitalised_names
from toolkit.postings.trusted import is_employer_name, is_job_title


def terms_of(posting) -> dict[str, str]:
    return {" | ".join(term.term for term in item.alternatives): item.importance for item in posting.requirements}


# --- heading kinds (sections.heading_kind) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Qualifications", "required"),
        ("MINIMUM QUALIFICATIONS OR STANDARDS", "required"),
        ("Nice to have", "preferred"),
        ("4. Certifications (often preferred)", "preferred"),
        ("Certifications (pasted from our form)", "required"),
        ("II. Position Summary", "duties"),
        ("5. Personal Traits", "other"),
        ("6. Typical Responsibilities (context for requirements)", "duties"),
        ("• Minimum Qualifications", "required"),
        ("Ideally, you'd bring knowledge and experience in some or all of:", "preferred"),
        ("What you'll need to succeed in this role:", "required"),
        ("About Fieldnote", "about"),
        ("Benefits", "benefits"),
        ("How to Apply", "process"),
    ],
)
def test_a_heading_says_what_kind_of_section_follows(line, kind):
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "• Two years of experience with payroll",  # an item, not a heading
        "• Excel",
        "We are looking for a person who likes to keep records in order and talks to people every day:",
        "Qualifications include a bachelor's degree.",
        "I. Mopped the floors",
        "the requirements below",
    ],
)
def test_a_line_that_is_no_heading_opens_no_section(line):
    assert heading_kind(line) is None


# --- clause importance (importance.clause_importance) ------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "section", "importance"),
    [
        ("High school diploma or equivalent (preferred, not always required)", "required", "preferred"),
        ("Epic experience a plus", "required", "preferred"),
        ("Preference may be given to applicants with Excel skills", "required", "preferred"),
        ("A Class B licence may be required for some positions", "required", "preferred"),
        ("CPR certification (we pay for the class)", "preferred", "preferred"),
        ("CPR certification required", "preferred", "required"),
        ("Forklift certification", "required", "required"),
        ("Phlebotomy certification (Epic HIM certification is a plus)", "required", "required"),
    ],
)
def test_a_clause_keeps_its_sections_importance_unless_it_qualifies_itself(clause, section, importance):
    assert clause_importance(clause, section) == importance


# --- terms a requirement line names (clauses.read_requirement_line, terms, term_items, lists) -------------


def terms_read(line: str, section: str = "required") -> dict[str, str]:
    reading = read_requirement_line(line, section, 1, capitalised_names(line))
    return {" | ".join(term.term for term in item.alternatives): item.importance for item in reading.requirements}


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        # an ordinary word keeps the head that makes it a skill area
        ("Strong knowledge of kitchen equipment, cooking techniques, and food safety standards",
         {"kitchen equipment", "cooking techniques", "food safety standards"}),
        # a skill of its own before a shared head is a term of its own; "hand" is not
        ("Knowledge of basic bookkeeping and accounting procedures", {"bookkeeping", "accounting procedures"}),
        ("Working knowledge of hand and power tools", {"hand and power tools"}),
        # alternatives found by the lexicon are one requirement
        ("Customer service and/or crisis intervention experience is desirable",
         {"Customer service | crisis intervention"}),
        # who issued a licence is no part of it; a state is part of a licensure it alone names
        ("Current RN license issued by the state board of nursing", {"RN license"}),
        ("Current Mississippi State licensure", {"Mississippi State licensure"}),
        ("Education: Valid Georgia Teaching Certificate", {"Teaching Certificate"}),
        ("Hold a GaPSC issued teaching certificate in your area of interest", {"GaPSC issued teaching certificate"}),
        # a word in -ing inside a noun phrase names a kind of thing
        ("Familiarity with laboratory information systems (LIS) and specimen tracking software",
         {"laboratory information systems", "specimen tracking software"}),
        ("Successful candidates will bring public service, record-keeping and administrative support skills",
         {"public service", "record-keeping", "administrative support"}),
    ],
)  # fmt: skip
def test_a_requirement_line_names_its_terms(line, terms):
    assert set(terms_read(line)) == terms


def test_a_state_before_a_credential_is_another_spelling_of_it():
    [item] = read_requirement_line("Education: Valid Georgia Teaching Certificate", "required", 1, set()).requirements
    assert "Georgia Teaching Certificate" in item.alternatives[0].spellings


@pytest.mark.parametrize(
    "line",
    [
        "Knowledge of the County's finance system and account codes",  # the employer's own, learned on the job
        "Knowledge of the department's policies and procedures",
        "Must supply own set of tools",  # a condition of the job
        "Learn and apply aseptic cleaning procedures and infection control",  # taught after hire
        "Willingness to learn the scheduling software",
        "To be appointed, Pharmacy Technician candidates must be proficient in spoken English",
        "Strong attention to cleanliness and sanitation standards",  # a quality
        "Good communication and teamwork skills",
        "YOU MUST MEET BOTH THE MINIMUM AND SELECTIVE QUALIFICATIONS TO BE CONSIDERED",
        "Continuing proof of the mental and physical fitness to carry out assigned duties may be requested",
    ],
)
def test_a_line_that_names_no_skill_gives_no_term(line):
    assert terms_read(line) == {}


# --- what a duty paragraph names ---------------------------------------------------------------------------


def test_a_duty_paragraph_is_read_sentence_by_sentence():
    posting = posting_from_text(
        "Accountant I\n\nAbout the job\n"
        "Talbot Works has an opening for an Accountant I. The Accountant I keeps the books and handles GL "
        "processing in MUNIS. Salary range $50,000 plus benefits. We are proud of our Tableau dashboards.\n"
        "The City of Elm sits on I-75 and uses Workday.\n",
        "p.txt",
    )
    duties = {term.term for item in posting.requirements if item.importance == "duty" for term in item.alternatives}
    assert duties == {"MUNIS"}


# --- education levels and ways in (education, and a posting's ways in) ------------------------------------


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("High School Diploma or GED preferred", ["high-school"]),
        ("Associate Degree in Nursing (ADN) required; BSN is strongly preferred", ["associate", "bachelor"]),
        ("Bachelor’s degree in accounting", ["bachelor"]),
        ("MBA preferred", ["master"]),
        ("MS in Nursing", ["master"]),
        ("proficiency with MS Office applications strongly preferred", []),  # a product, not a master's
        ("Certified Coding Associate (CCA)", []),
        ("CPA or CPA candidate", []),
    ],
)
def test_education_levels_named(text, levels):
    assert education_levels(text) == levels


def test_a_test_that_is_one_way_in_is_preferred_and_the_degree_no_level_asked():
    posting = posting_from_text(
        "Paraprofessional\n\nRequirements\n- An Associate's Degree, or 60 college credit hours, or successful "
        "completion of the Pearson Education Paraprofessional Assessment\n- Can read and write\n",
        "p.txt",
    )
    assert posting.education_required is None
    assert terms_of(posting) == {"Pearson Education Paraprofessional Assessment": "preferred"}


# --- header facts: titles and employers (trusted, employer) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Software Engineer II", True),
        ("Senior Backend Engineer — First Engineering Hire", True),
        ("Senior Backend Engineer — First Engineering HireCartpandaUnited States", False),  # blocks run together
        ("Posted 16 hours ago", False),
        ("Who May Apply: US Citizens", False),
        ("Portland, OR, USA", False),
        ("We are hiring a nurse", False),
        ("Position Title", False),
        ("Knowledge of SQL Server", False),  # a requirement, though "server" is a job's word
    ],
)
def test_a_job_title_reads_as_one(text, title):
    assert is_job_title(text) is title


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Wilson County Government", True),
        ("City of St. Louis", True),
        ("Deer's Head Hospital Center", True),
        ("Pilot Company", True),
        ("Software Engineer", False),
        ("Accounting/Finance", False),
        ("Full Jobs List Full Exams List", False),
        ("Employment Opportunities", False),
        ("North Carolina", False),
        ("LOCATION: Courthouse", False),
    ],
)
def test_an_employer_reads_as_an_organisation(text, employer):
    assert is_employer_name(text) is employer


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        ("Talbot County has an opening for a full-time Accountant I in its Finance Office.", "Talbot County"),
        ("The City of Locust Grove invites qualified applicants for the position of Planner I.",
         "City of Locust Grove"),
        ("Our team is looking for a nurse.", ""),
    ],
)  # fmt: skip
def test_a_sentence_that_introduces_the_job_names_the_employer(body, employer):
    assert employer_introducing_the_job([body]) == employer


@pytest.mark.parametrize(
    ("body", "employer"),
    [
        ("Hold a valid driver's license while working for the City of St. Louis. The license must be kept.",
         "City of St. Louis"),
        ("This opening is for a Clinical Pharmacy Technician at the James A. Haley VA Hospital and Clinics.",
         "James A. Haley VA Hospital and Clinics"),
        ("Background checks must be passed, per Dayton Public Schools policy.", "Dayton Public Schools"),
        ("Apply Goodyear policy consistently.", "Goodyear"),
        ("We work with ESRI products.", ""),
        ("Follow the department's policy.", ""),
    ],
)  # fmt: skip
def test_a_sentence_names_the_employer_in_passing(body, employer):
    assert employer_in_passing([body]) == employer


def test_a_posting_names_its_employer_on_the_line_under_the_title():
    posting = posting_from_text("XX\nSenior Backend Engineer\nCartpanda\n\nWhat you'll do\n- Run Docker\n", "p.txt")
    assert (posting.title, posting.company) == ("Senior Backend Engineer", "Cartpanda")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Accounts Payable Clerk\nLOCATION: Leavenworth County Courthouse\n\nDuties\n- Pay invoices\n",
         "Leavenworth County"),
        ("DevOps Engineer\nCompany: Jobot Consulting\n\nRequirements\n- Terraform\n", ""),  # a staffing agency (C1)
        ("Admissions Counselor\n\nAbout the job\nPortland State University serves the city. Students choose "
         "Portland State University for its programs.\n", "Portland State University"),
    ],
)  # fmt: skip
def test_the_employer_is_settled_from_the_evidence_a_posting_gives(text, company):
    assert posting_from_text(text, "p.txt").company == company


@pytest.mark.parametrize(
    "line",
    [
        "Must be found suitable for federal employment",  # a state to be in
        "Levels I-VI differ in the breadth of knowledge required",  # a numbered level names nothing
        "Keep an active certification through the National Healthcareer Association",  # an organisation
        "Click our Jobot Consulting logo and follow our LinkedIn page",
    ],
)
def test_lines_that_name_no_skill_in_a_posting(line):
    posting = posting_from_text(f"Technician\n\nRequirements\n- {line}\n- CPR certification\n", "p.txt")
    assert terms_of(posting) == {"CPR": "required"}


def test_the_title_said_again_over_the_requirements_is_none_of_them():
    posting = posting_from_text(
        "Special Education Teachers\n\nRequirements\n- Special Education Teachers\n- BLS\n", "p.txt"
    )
    assert terms_of(posting) == {"BLS": "required"}


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        # a lead-in inside the clause: what follows it is asked
        ("Preference may be given to applicants with a working proficiency in ILMS and iNovah software",
         {"ILMS": "preferred", "iNovah": "preferred"}),
        ("Employees given those duties will have to hold a motor vehicle operator's license valid in the State",
         {"motor vehicle operator's license": "required"}),
        # the phrase after "on the" holds the names a credential or a score is of
        ("Able to acquire certification on the NCIC/CJIS criminal history system", {"NCIC/CJIS": "preferred"}),
        ("Advanced-Mid rating or higher on the ACTFL Oral Proficiency Interview",
         {"ACTFL Oral Proficiency Interview": "required"}),
        # a numbered label that says skills follow
        ("Experience: None. 5. Knowledge, Skills, & Abilities: instructional strategies; student management",
         {"instructional strategies": "required", "student management": "required"}),
        ("4. Physical Activities: Everyday physical activity needed to carry out the job's duties", {}),
    ],
)  # fmt: skip
def test_where_a_clause_says_what_it_asks(line, terms):
    assert terms_read(line) == terms


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("Proficiency Test-Preferred3.Experience: None", "Proficiency Test (Preferred). 3. Experience: None"),
        ("from an accredited universityFormer Lateral Entry", "from an accredited university. Former Lateral Entry"),
        ("Use athenaOne daily", "Use athenaOne daily"),
        (". Education & Experience", "Education & Experience"),
    ],
)
def test_a_scraped_pages_seams_are_opened(raw, plain):
    assert plain_line(raw) == plain


def test_a_label_that_names_a_skill_is_a_term_and_its_prose_gives_only_names():
    posting = posting_from_text(
        "Backend Engineer\n\nDescription\nWe want a generalist. Ideally, you'd bring experience in some or all of:\n"
        "  • GitHub APIs: You find your way around its GraphQL APIs and the rate limits of a busy system.\n"
        "  • Security clearance: Not Required\n",
        "p.txt",
    )
    terms = terms_of(posting)
    assert terms["GitHub APIs"] == "preferred" and "Security clearance" not in terms


def test_a_sentence_of_a_paragraph_that_describes_the_role_makes_the_paragraph_about_the_job():
    posting = posting_from_text(
        "GIS Analyst\n\nJackson County is looking for a GIS Analyst. We work with ESRI products. You'll get to play a "
        "key part in spatial analysis.\n\nOur team values integrity. We use Tableau in the front office.\n",
        "p.txt",
    )
    duties = {term.term for item in posting.requirements if item.importance == "duty" for term in item.alternatives}
    assert duties == {"ESRI"}


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        ("Customer Service and/or crisis intervention experience is desirable",
         {"Customer Service | crisis intervention": "preferred"}),
        ("Has to know the methods of the HVAC trade and the building codes", {"building codes": "required"}),
        ("Familiarity with the SaaS industry and Salesforce", {"Salesforce": "required"}),
    ],
)  # fmt: skip
def test_alternatives_and_settings(line, terms):
    assert terms_read(line) == terms


def test_prose_after_a_skill_label_gives_names_without_their_ordinary_words():
    posting = posting_from_text(
        "Engineer\n\nRequirements\n- GitHub APIs: You understand GitHub's OAuth app permission model. You can "
        "integrate a new GitHub feature.\n",
        "p.txt",
    )
    assert set(terms_of(posting)) == {"GitHub APIs", "OAuth"}


def test_a_federal_questionnaires_statements_are_read_as_requirements():
    posting = posting_from_text(
        "Electrician\n\nWho May Apply: US Citizens\nThe Screen-out Element for this position is: Ability to do the "
        "work without more than normal supervision. I am skilled in using test equipment and voltmeters.\n",
        "p.txt",
    )
    assert {"test equipment", "voltmeters"} <= set(terms_of(posting))


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        ("Valid Class A CDL with at least 1 year of verifiable tractor-trailer experience",
         {"Class A CDL": "required"}),  # what a years line asks for before its figure
        ("GS-11 Specialized Experience: You must have at least one year of specialized experience", {}),
        ("Ability to: work evenings and Saturdays; lift 25 pounds", {}),
        ("The City is an Equal Opportunity Employer. Apply online at cityjobs.example", {}),
    ],
)  # fmt: skip
def test_what_a_years_line_or_a_condition_names(line, terms):
    assert terms_read(line) == terms


def test_a_degree_is_no_level_asked_when_another_way_in_asks_none():
    posting = posting_from_text(
        "Eligibility Specialist I\n\nMinimum Qualifications\nBachelor's degree in social work or a related field; OR "
        "an associate degree and two (2) years of experience in an eligibility setting; OR four (4) years of such "
        "experience.\n",
        "p.txt",
    )
    assert (posting.education_required, posting.years_required) == (None, None)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Nurse Aide\nSunrise Meadows Rehabilitation Center\n\nAbout the job\nSunrise Meadows is seeking aides.\n",
         "Sunrise Meadows Rehabilitation Center"),  # a name cut short is no simpler name
        ("Accountant I\nTalbot County Government\n\nAbout the job\nTalbot County has an opening for an Accountant I.\n",
         "Talbot County"),
    ],
)  # fmt: skip
def test_a_sentence_introducing_the_job_says_the_employers_name_more_simply(text, company):
    assert posting_from_text(text, "p.txt").company == company


def test_a_title_may_open_with_a_credential_word():
    assert is_job_title("Certified Nursing Assistant (CNA) - Long Term Care")


def test_every_way_in_that_asks_years_asks_the_fewest():
    posting = posting_from_text(
        "Data Analyst II\n\nMinimum Qualifications\nAssociate's degree AND four (4) years of experience in data "
        "analysis; OR Bachelor's degree AND two (2) years of such experience.\n",
        "p.txt",
    )
    assert (posting.years_required, posting.education_required) == (2.0, "associate")


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        ("Valid Professional Educator License (PEL) with LBS I endorsement",
         {"Professional Educator License": "required", "LBS I endorsement": "required"}),
        ("Must know Microsoft Word and Excel", {"Microsoft Word": "required", "Excel": "required"}),
    ],
)  # fmt: skip
def test_a_credential_with_another_and_must_know(line, terms):
    assert terms_read(line) == terms
