"""Body rules added on the real-posting dev batch (issue 20), each with made-up postings it must and must not match:
sub-headings inside a section, a board's tag fields, the job's own initials in a duty, a plural in a duty of a term
asked for, and words of any alphabet. The cases are our own words, never copied from a corpus posting.
"""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.sections import heading_kind


def read(text: str):
    return posting_from_text(text, "posting.txt")


def terms(text: str) -> dict[str, str]:
    return {item.term: item.importance for item in read(text).requirements}


# --- a sub-heading inside the duties or right under "Requirements" ----------------------------------------------


@pytest.mark.parametrize("sub_heading", ["General", "Front Counter:", "Opening and Closing"])
def test_a_sub_heading_under_the_duties_keeps_them_duties(sub_heading):
    text = (
        "Deli Clerk\nRequirements\n- Food handler card\nEssential Duties\n"
        f"{sub_heading}\n- Run the Toast POS at the counter\n"
    )
    assert terms(text).get("Toast POS") == "duty"


def test_a_heading_after_the_duties_items_still_ends_them():
    text = "Deli Clerk\nEssential Duties\n- Slice orders\nBenefits\n- Paid leave on the Toast POS plan\n"
    assert "Toast POS" not in terms(text)


# --- a board's own tags ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field", ["Experience Level: Mid-Senior (5-10 years)", "Seniority Level: Associate", "Remote Status: On-site"]
)
def test_a_boards_tag_field_asks_for_nothing(field):
    posting = read(f"Product Designer\n\nJob Overview\n\n{field}\n\nWe design tools for clinics in Figma.\n")
    assert all(field.split(": ")[1].split()[0] not in item.term for item in posting.requirements)
    assert posting.years_required is None


def test_a_sentence_asking_for_years_still_asks_without_headings():
    posting = read("Product Designer\n\nYou must have 4 years of experience designing web apps.\n")
    assert posting.years_required == 4


# --- the job's own name by its initials ------------------------------------------------------------------------


def test_the_jobs_initials_in_a_duty_are_no_skill():
    text = (
        "Dental Care Assistant\nIn the role of Dental Care Assistant (DCA), you will run the Dentrix schedule.\n"
        "Requirements\n- High school diploma\n"
    )
    found = terms(text)
    assert "DCA" not in found and found.get("Dentrix") == "duty"


def test_initials_of_a_thing_that_is_no_job_are_still_read():
    text = (
        "Office Clerk\nIn this role you will keep the Electronic Health Record (EHR) current.\n"
        "Requirements\n- High school diploma\n"
    )
    assert any("EHR" in item.spellings() or item.term == "EHR" for item in read(text).requirements)


# --- a plural in a duty of what a requirement asked ----------------------------------------------------------------


def test_a_plural_in_a_duty_is_the_term_asked_for():
    text = "Patient Tech\nDuties\n- Perform EKGs on admission.\nRequirements\n- EKG certification or experience\n"
    kept = [item for item in read(text).requirements if "EKG" in item.term]
    assert len(kept) == 1 and kept[0].importance == "required"


def test_different_words_are_not_merged_as_plurals():
    text = "Cook\nRequirements\n- Knowledge of HACCP\n- Knowledge of HACCPs and ServSafe\n- Class A CDL\n"
    assert len(read(text).requirements) >= 2


# --- the law's protected grounds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiring does not depend on race, religion, national origin, veteran status or any legally protected status.",
        "We welcome applicants of any sexual orientation, gender identity or genetic information.",
    ],
)
def test_a_sentence_listing_protected_grounds_asks_for_nothing(sentence):
    assert terms(f"Secretary\nRequirements\n- Typing\n- {sentence}\n") == {"Typing": "required"}


def test_a_requirement_near_no_protected_ground_is_still_read():
    assert "Microsoft Excel" in terms("Secretary\nRequirements\n- Microsoft Excel for reports on veteran services\n")


# --- a pay program's heading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Safety Bonus Program:", "Driver Incentive Plan:", "Referral Bonus Program:"])
def test_a_pay_programs_heading_opens_benefits(heading):
    assert heading_kind(heading) == "benefits"


@pytest.mark.parametrize(("heading", "kind"), [("Bonus Points", "preferred"), ("Bonus if you have", "preferred")])
def test_a_bonus_heading_that_names_no_program_still_prefers(heading, kind):
    assert heading_kind(heading) == kind


# --- another way in after a bare "or" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Completion of a hospital aide program or 2-3 years of experience as an aide.",
        "A welding diploma or completion of an apprenticeship or 4 years of welding experience.",
    ],
)
def test_years_that_are_one_way_in_are_asked_of_no_one(line):
    assert read(f"Aide\nRequirements\n- {line}\n").years_required is None


@pytest.mark.parametrize(
    "line", ["2 or 3 years of experience as an aide.", "Experience as an aide or cook for 3 years minimum."]
)
def test_years_without_another_way_in_are_still_asked(line):
    assert read(f"Aide\nRequirements\n- {line}\n").years_required in {2, 3}


# --- credentials named as a job title ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Certified Nursing Assistant in the State of Ohio", "Certified Nursing Assistant"),
        ("Must hold a Class A CDL", "Class A CDL"),
        ("Food handler's permit within 30 days", "food handler's permit"),
    ],
)
def test_a_credential_named_as_a_job_is_read(line, term):
    spelled = {
        spelling.casefold()
        for item in read(f"Aide\nRequirements\n- {line}\n").requirements
        for spelling in item.spellings()
    }
    assert term.casefold() in spelled


# --- a label run into a dash -------------------------------------------------------------------------------------


def test_a_label_run_into_a_dash_is_no_term():
    found = terms("Aide\nRequirements\n- Orientation- A new hire must attend two days of orientation.\n- CPR card\n")
    assert not any(term.startswith("Orientation") for term in found)


def test_a_hyphenated_word_is_no_label():
    assert "X-ray" in " ".join(terms("Aide\nRequirements\n- X-ray safety training\n"))


# --- a shouted word that is no name ------------------------------------------------------------------------------


def test_a_shouted_modal_is_no_acronym():
    found = terms(
        "Teacher\nRequirements\n- If the exam is not passed before hiring, it MUST be passed within a year.\n"
        "- CPR card\n"
    )
    assert not any(term.startswith("MUST") for term in found)


# --- a word a scraped page cut at its end --------------------------------------------------------------------------


def test_the_postings_last_word_cut_in_half_is_no_term():
    found = terms("Engineer\nRequirements\n- Docker\n- Professional experie")
    assert "Docker" in found and not any("experie" in term for term in found)


def test_a_whole_name_at_the_postings_end_is_kept():
    assert "Kubernetes" in terms("Engineer\nRequirements\n- Docker\n- Kubernetes")


# --- the test of the job's own title ------------------------------------------------------------------------------


def test_the_exam_of_the_jobs_own_title_is_a_hiring_step():
    text = "Records Clerk\nRequirements\n- Must have passed the Ohio RECORDS CLERK Exam.\n- Typing\n"
    assert "Ohio RECORDS CLERK Exam" not in terms(text)


@pytest.mark.parametrize(
    ("title", "line", "term"),
    [
        ("Paraprofessional", "Passing score on the Paraprofessional Assessment", "Paraprofessional Assessment"),
        ("Welder", "Must pass the AWS D1.1 welder test", "AWS D1.1"),
    ],
)
def test_a_credentials_test_is_kept(title, line, term):
    spelled = {
        s.casefold() for item in read(f"{title}\nRequirements\n- {line}\n").requirements for s in item.spellings()
    }
    assert term.casefold() in spelled


# --- methods named in the duties -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duty", "term"),
    [
        ("Use aseptic technique when drawing blood.", "aseptic technique"),
        ("Run user research sessions with nurses and clinic staff.", "user research"),
        ("Lead a root cause analysis after each outage.", "root cause analysis"),
        ("Rotate stock by FIFO and label every container.", "FIFO"),
    ],
)
def test_a_method_named_in_a_duty_is_read_as_a_duty(duty, term):
    assert terms(f"Worker\nDuties\n- {duty}\nRequirements\n- High school diploma\n").get(term) == "duty"


@pytest.mark.parametrize(
    "duty", ["Prepare food and keep the kitchen clean.", "Greet customers and schedule their visits."]
)
def test_a_skill_area_named_in_a_duty_is_the_work_not_a_term(duty):
    assert set(terms(f"Worker\nDuties\n- {duty}\nRequirements\n- High school diploma\n")) <= {"High school diploma"}


def test_a_heading_saying_what_the_candidate_needs_opens_requirements():
    assert heading_kind("When applying, the candidate needs to have:") == "required"


# --- education levels as postings abbreviate them --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("H.S. diploma or equivalent", "high-school"),
        ("Completion of the 12th grade or equivalent", "high-school"),
        ("2-year degree in electronics", "associate"),
        ("4-year degree in business or a related field", "bachelor"),
        ("MSW required", "master"),
        ("M.Ed. in reading", "master"),
        ("Doctor of Pharmacy (PharmD) degree", "doctorate"),
        ("Juris Doctor from an accredited law school", "doctorate"),
    ],
)
def test_an_education_level_is_read_however_abbreviated(line, level):
    assert read(f"Clerk\nRequirements\n- {line}\n- Typing\n").education_required == level


@pytest.mark.parametrize("line", ["Knowledge of HS codes for shipping", "MS Excel and Ms. Office", "A 4-year lease"])
def test_words_like_a_levels_abbreviation_name_no_level(line):
    assert read(f"Clerk\nRequirements\n- {line}\n- Typing\n").education_required is None


# --- how to apply and the law's initials -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["CLICK HERE to apply", "EOE", "Complete a County application by Friday", "Visit www.example.org/jobs for details"],
)
def test_how_to_apply_asks_for_nothing(line):
    assert terms(f"Clerk\nRequirements\n- {line}\n- Typing\n") == {"Typing": "required"}


@pytest.mark.parametrize(
    ("line", "term"), [("Web application development", "Web application development"), ("Here.com maps", "Here.com")]
)
def test_words_near_how_to_apply_still_name_skills(line, term):
    assert any(term in found for found in terms(f"Clerk\nRequirements\n- {line}\n"))


# --- a posting in plain sentences ----------------------------------------------------------------------------------


PLAIN = (
    "Medical Assistant\nOur family practice in Tulsa, OK needs a Medical Assistant. The ideal candidate has two years"
    " of clinical experience, is certified (CMA or RMA), and knows eClinicalWorks. Phlebotomy skills are required.\n"
)


def test_the_ideal_candidate_sentence_asks_for_what_it_names():
    posting = read(PLAIN)
    assert posting.years_required == 2
    assert {"eClinicalWorks", "Phlebotomy"} <= set(terms(PLAIN))
    assert any("CMA" in item.spellings() for item in posting.requirements)


def test_a_place_before_needs_is_no_term():
    assert not any("needs" in term for term in terms(PLAIN))


def test_a_sentence_describing_the_practice_asks_for_nothing():
    text = (
        "Medical Assistant\nOur practice has served Tulsa families for twenty years with care.\n"
        "Duties\n- Rooms patients\n"
    )
    assert read(text).years_required is None


# --- what a driver must not have, and what the employer provides ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "No DUI in the past 5 years",
        "Clean MVR, no DUI in past 5 years",
        "Forklift certification provided",
        "No felonies",
    ],
)
def test_an_absence_or_what_the_employer_provides_asks_for_nothing(line):
    assert terms(f"Driver\nRequirements\n- {line}\n- Class A CDL\n") == {"Class A CDL": "required"}


@pytest.mark.parametrize(
    ("line", "term"),
    [("Experience with QuickBooks, no nights", "QuickBooks"), ("Forklift experience, training provided", "Forklift")],
)
def test_a_skill_beside_an_absence_is_still_asked(line, term):
    assert term in terms(f"Clerk\nRequirements\n- {line}\n")


# --- "About you" and "you should know" ------------------------------------------------------------------------------


@pytest.mark.parametrize(("heading", "kind"), [("About you", "required"), ("About You:", "required")])
def test_about_you_heads_what_is_asked(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("heading", ["About Us", "About the Company"])
def test_about_the_employer_still_heads_its_story(heading):
    assert heading_kind(heading) == "about"


def test_you_should_know_asks_for_what_it_names():
    text = "Line Cook\nWe need a cook for a busy line. You should know how to work the grill and fryer.\n"
    assert {"grill", "fryer"} <= set(terms(text))


def test_a_sentence_about_what_you_will_run_names_no_term():
    found = terms("Engineer\nAbout you\n- You know PostgreSQL and have run services on Kubernetes.\n")
    assert "PostgreSQL" in found and "run services" not in found


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        ("Bachelor's degree (Master's preferred)", "bachelor", "master"),
        ("Associate degree in Nursing (BSN a plus)", "associate", "bachelor"),
        ("Bachelor's degree (preferred)", None, "bachelor"),
    ],
)
def test_a_level_in_a_preferring_remark_is_preferred(line, required, preferred):
    posting = read(f"Nurse\nRequirements\n- {line}\n- Typing\n")
    assert (posting.education_required, posting.education_preferred) == (required, preferred)


def test_a_preferring_remark_without_a_level_keeps_its_terms():
    assert "pivot tables" in terms("Clerk\nRequirements\n- Excel (pivot tables preferred)\n")


# --- years said other ways -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("More than 3 years of experience in sales", 3),
        ("3-plus years of experience", 3),
        ("3 plus years of experience", 3),
    ],
)
def test_years_said_with_more_than_or_plus_are_asked(line, years):
    assert read(f"Clerk\nRequirements\n- {line}\n- Typing\n").years_required == years


@pytest.mark.parametrize(
    "line", ["No more than 2 accidents in the last 3 years", "Must have no more than 3 violations in 3 years"]
)
def test_a_window_of_years_is_no_experience_asked(line):
    assert read(f"Driver\nRequirements\n- {line}\n- Typing\n").years_required is None


@pytest.mark.parametrize(
    ("line", "term"), [("Sketch and Figma", "Sketch"), ("Tracing with OpenTelemetry", "OpenTelemetry")]
)
def test_design_and_observability_tools_are_read(line, term):
    assert term in terms(f"Designer\nRequirements\n- {line}\n")


def test_a_tools_name_as_an_ordinary_word_is_not_read():
    assert "Sketch" not in terms("Designer\nRequirements\n- Ability to sketch ideas quickly\n- Figma\n")
