"""Header and section rules added on the real-posting dev batch (issue 20), each with made-up lines it must and must
not match: board headings behind emoji, "the X position at Y", "Title at Company" over a logo, a place named by its
state's full name, staffing agencies by their name, sentences that name the job ("As a ...", "SUMMARY: The ...").

The cases are our own words, never copied from a corpus posting. Where a rule cannot tell, the fact stays empty
and the CLI asks (--position, --company): a wrong title or employer is worse than none.
"""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.agencies import is_staffing_agency
from toolkit.postings.sections import heading_kind
from toolkit.postings.trusted import is_employer_name, is_job_title


def read(text: str):
    return posting_from_text(text, "posting.txt")


# --- a board's emoji (or its mis-decoded bytes) before a heading ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("π» Primary Responsibilities", "duties"),
        ("šŸš€ Skills & Qualifications", "required"),
        ("🔧 Requirements", "required"),
    ],
)
def test_a_mark_before_a_heading_leaves_the_heading(line, kind):
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["π is the ratio of a circle's circumference.", "€ 40,000 a year", "→ Apply today"])
def test_a_mark_before_a_sentence_makes_no_heading(line):
    assert heading_kind(line) is None


def test_skills_under_an_emoji_heading_are_read_as_asked():
    text = "Backend Engineer\n\nπ» Primary Responsibilities\n- Build services\nπ Skills & Qualifications\n- Python\n"
    posting = read(text)
    assert [(item.term, item.importance) for item in posting.requirements] == [("Python", "required")]


# --- "What are the duties of the X position at Y?" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "title", "company"),
    [
        ("Duties and pay for the Night Auditor position at Lakeside Inn Hotels?", "Night Auditor",
         "Lakeside Inn Hotels"),
        ("What does the Grounds (GRD) Technician position at Pine Hill Clinic involve?", "Grounds (GRD) Technician",
         "Pine Hill Clinic"),
    ],
)  # fmt: skip
def test_the_x_position_at_y_names_the_job_and_its_employer(first_line, title, company):
    posting = read(first_line + "\nDuties\n- Balances the night's receipts.\n")
    assert (posting.title, posting.company) == (title, company)


def test_a_position_at_a_place_that_is_no_name_names_no_employer():
    posting = read("What are the duties of the Cashier position at our store?\nDuties\n- Rings up sales.\n")
    assert posting.company == ""


# --- "Title at Company" over the employer's logo ------------------------------------------------------------------


def test_a_title_at_company_heading_splits_into_title_and_employer():
    text = "Store Supervisor at Pine Barrel Market\n\nBend, Oregon, United States\n\nDuties\n- Opens the store.\n"
    posting = read(text)
    assert (posting.title, posting.company, posting.location) == ("Store Supervisor", "Pine Barrel Market", "Bend, OR")


def test_a_logo_under_the_title_names_the_employer():
    text = "Store Supervisor\n\nBend, Oregon, United States\n\nPine Barrel Market Logo\n\nDuties\n- Opens the store.\n"
    assert read(text).company == "Pine Barrel Market"


def test_a_logo_above_the_title_is_the_boards():
    text = "Welcome Guest\nJobHarbor Logo\n\nStore Supervisor\n\nDuties\n- Opens the store.\n"
    assert read(text).company == ""


# --- staffing agencies ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Bright Path Staff Agency", "Summit Staffing", "Harbor Recruitment Agency"])
def test_an_agency_is_known_by_the_end_of_its_name(name):
    assert is_staffing_agency(name)


@pytest.mark.parametrize("name", ["Staffing Medical Group", "Riverside Hospital", "Agency Foods Inc"])
def test_an_employer_is_no_agency(name):
    assert not is_staffing_agency(name)


# --- titles -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Patient Care Tech",
        "Pharmacy Tech II",
        "Benefits Coordinator",
        "Duty Nurse",
        "Kitchen Staff",
        "Crew Member",
        "Experienced Framer",
        "Hair Stylist",
        "Journeyman Lineworker",
    ],
)
def test_a_job_title_reads_as_one(line):
    assert is_job_title(line)


@pytest.mark.parametrize(
    "line",
    ["Driver Qualifications - Class A CDL", "Nurse Responsibilities", "Clerk Duties", "Staff Directory", "Tech Stack",
     "Staff", "Member Services", "Members Only"],
)  # fmt: skip
def test_a_sections_heading_is_no_title(line):
    assert not is_job_title(line)


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("As a Senior Data Engineer on the Billing Team, you will own our pipelines.", "Senior Data Engineer"),
        ("As an Office Clerk, you keep the front desk running.", "Office Clerk"),
        ("OVERVIEW: The Loan Processor checks each file for errors.", "Loan Processor"),
        ("At Pine Barrel, the Shift Lead opens the store and counts the tills.", "Shift Lead"),
    ],
)
def test_a_sentence_naming_the_job_gives_the_title(opening, title):
    assert read(f"{opening}\nDuties\n- Checks the files.\n").title == title


@pytest.mark.parametrize(
    "opening",
    [
        "As a team, we care about our customers.",
        "As of March, the Office runs on new hours.",
        "At times, the work is hard.",
    ],
)
def test_a_sentence_that_names_no_job_gives_no_title(opening):
    assert read(f"{opening}\nDuties\n- Checks the files.\n").title == ""


def test_an_opening_at_x_names_the_employer():
    assert (
        read("At Pine Barrel, the Shift Lead opens the store.\nDuties\n- Counts the tills.\n").company == "Pine Barrel"
    )


# --- a unit of the employer, and a name said twice ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Nutrition Services", "Facilities Department", "Human Resources Office"])
def test_a_unit_named_in_ordinary_words_is_no_employer(name):
    assert not is_employer_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Orkin Pest Services",
        "Dayton Public Schools",
        "Department of Labor",
        "Dollar Tree",
        "Department of Veterans Services",
    ],
)
def test_a_named_organisation_is_still_an_employer(name):
    assert is_employer_name(name)


def test_a_name_said_twice_inside_longer_runs_is_the_employer():
    text = (
        "Records Clerk\n\nRecords Clerk\n\nThe Records Unit of the Dover Police Department keeps the files.\n\n"
        "Duties\n- Files all Dover Police Department and Metro reports\n"
    )
    assert read(text).company == "Dover Police Department"


def test_a_body_any_town_has_is_no_employer_though_named_twice():
    text = (
        "Assistant Clerk\n\nThe clerk supports the Town Council at its meetings.\n\n"
        "Duties\n- Takes the Town Council minutes and posts Town Council agendas\n"
    )
    assert read(text).company == ""


def test_the_first_sentence_under_the_summary_names_the_job():
    text = (
        "Food Services\nReference #\n12-34\nClose Date\n01/05/2027\nLocation\nFood Services\nSummary\n"
        "Reporting to the Food Services Supervisor, the Relief Cook covers kitchens across the district.\n"
        "Duties\n- Cooks lunch.\n"
    )
    assert read(text).title == "Relief Cook"


def test_a_sentence_far_below_the_top_and_under_no_summary_names_no_job():
    text = (
        "Food Services\nReference #\n12-34\nClose Date\n01/05/2027\nLocation\nFood Services\nNotes\n"
        "Reporting to the Food Services Supervisor, the Relief Cook covers kitchens across the district.\n"
        "Duties\n- Cooks lunch.\n"
    )
    assert read(text).title == ""


# --- boards' ratings, logos and buttons around the header -------------------------------------------------------------


def test_a_name_over_a_boards_rating_is_the_employer():
    text = "Brightway Dental\n3.9 ★\nDental Assistant\nDenver, CO\nRequirements\n- Dental X-rays\n"
    posting = read(text)
    assert (posting.title, posting.company) == ("Dental Assistant", "Brightway Dental")


@pytest.mark.parametrize("line", ["3.9 ★", "4.1 out of 5 stars", "4 stars"])
def test_a_rating_is_no_title(line):
    assert not is_job_title(line)


def test_a_logo_above_the_title_names_the_employer_the_page_names_again():
    text = (
        "Acme Robotics logo\nAcme Robotics\nShare\nShow more options\nWarehouse Associate\n"
        "Columbus, OH · 2 weeks ago\nRequirements\n- Forklift certification\n"
    )
    posting = read(text)
    assert (posting.title, posting.company) == ("Warehouse Associate", "Acme Robotics")


@pytest.mark.parametrize("line", ["Show more options", "About the job", "Job details"])
def test_a_boards_button_or_panel_is_no_employer(line):
    assert not is_employer_name(line)


@pytest.mark.parametrize("line", ["RN - Med Surg", "LPN Charge Nurse", "Farm Hand", "CNA - Nights"])
def test_titles_by_a_licences_initials_or_a_hand_read_as_titles(line):
    assert is_job_title(line)


@pytest.mark.parametrize("line", ["Hand Tools", "RN License", "Helping Hands Directory"])
def test_things_named_with_those_words_are_no_titles(line):
    assert not is_job_title(line)


# --- an ad's extras around a title ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Senior Accountant (Hybrid) - Req 12345", "Senior Accountant"),
        ("Part-Time Cashier - $15/hr - Apply Today!", "Part-Time Cashier"),
        ("Warehouse Associate - 2nd Shift - Weekly Pay", "Warehouse Associate"),
        ("Registered Nurse - Job ID 55-12", "Registered Nurse"),
        ("Jobs > Healthcare > Medical Biller", "Medical Biller"),
        ("Payroll Specialist Job in Reno, NV", "Payroll Specialist"),
    ],
)
def test_an_ads_extras_are_no_part_of_the_title(first_line, title):
    assert read(f"{first_line}\nRequirements\n- Typing\n").title == title


@pytest.mark.parametrize(
    ("first_line", "title"),
    [("Teacher - Special Education", "Teacher - Special Education"), ("Cashier - Front End", "Cashier - Front End")],
)
def test_a_specialty_after_a_dash_stays_in_the_title(first_line, title):
    assert read(f"{first_line}\nRequirements\n- Typing\n").title == title


def test_a_boards_job_at_company_in_city_heading_gives_all_three():
    posting = read("Payroll Specialist job at Sierra Foods in Reno, NV\nRequirements\n- Typing\n")
    assert (posting.title, posting.company, posting.location) == ("Payroll Specialist", "Sierra Foods", "Reno, NV")


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("We are hiring a Barista at Bean There Cafe.", "Bean There Cafe"),
        ("We are hiring a Welder at Smith Bros.", "Smith Bros."),
        ("We are hiring a Driver at Harbor Freight Co.", "Harbor Freight Co."),
    ],
)
def test_a_sentences_full_stop_is_no_part_of_the_employers_name(sentence, employer):
    assert read(f"Hello!\n{sentence}\nRequirements\n- Typing\n").company == employer


# --- a board's placeholders and categories under the title ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Confidential Company", "Undisclosed Employer", "Urgently Hiring", "New", "Accounting & Finance", "Hospitality",
     "Parks & Recreation", "Main Campus", "Responsive Employer"],
)  # fmt: skip
def test_a_boards_placeholder_or_category_under_the_title_is_no_employer(line):
    assert read(f"Bookkeeper\n{line}\nRequirements\n- QuickBooks\n").company == ""


@pytest.mark.parametrize(
    "name", ["Harbor Lane Dental", "Riverside Health", "Public Service Company of Colorado", "Magic Leap"]
)
def test_a_name_under_the_title_is_still_the_employer(name):
    assert read(f"Bookkeeper\n{name}\nRequirements\n- QuickBooks\n").company == name


def test_a_leader_heads_a_title():
    assert read("Recreation Leader\nParks & Recreation\nRequirements\n- CPR\n").title == "Recreation Leader"


# --- the employer's name beside the title -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first_line",
    [
        "Lakeside Hospital - Registered Nurse",
        "Registered Nurse, Lakeside Hospital",
        "Registered Nurse at Lakeside Hospital (Reno, NV)",
        "Registered Nurse (Lakeside Hospital)",
        "Careers at Lakeside Hospital: Registered Nurse",
    ],
)
def test_the_employers_name_beside_the_title_is_no_part_of_it(first_line):
    text = f"{first_line}\nAbout Lakeside Hospital\nLakeside Hospital serves Reno.\nRequirements\n- BLS\n"
    posting = read(text)
    assert (posting.title, posting.company) == ("Registered Nurse", "Lakeside Hospital")


def test_a_specialty_beside_the_employers_name_stays_in_the_title():
    text = "Registered Nurse - ICU - Lakeside Hospital\nAbout Lakeside Hospital\nLakeside Hospital serves Reno.\n"
    assert read(text + "Requirements\n- BLS\n").title == "Registered Nurse - ICU"


# --- a hiring sentence names the job past its employment type ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Blue Sky Dental is seeking a full-time Dental Hygienist for our busy practice.", "Dental Hygienist"),
        ("We are looking for a part-time Bookkeeper to join us.", "Bookkeeper"),
        ("We are hiring a Dental Hygienist to join our Fairview office.", "Dental Hygienist"),
        ("We are looking for a great team to grow with.", ""),  # names no job
    ],
)
def test_a_hiring_sentence_names_the_job_past_its_employment_type(sentence, title):
    assert read(f"Careers\n\n{sentence}\n\nRequirements\n- Valid driver's license\n").title == title


@pytest.mark.parametrize("line", ["CAREER OPPORTUNITY", "Job Opportunity", "Job Announcement", "Position Available"])
def test_a_pages_announcement_is_no_employer(line):
    posting = read(f"{line}\nHuman Resources Generalist\nAcme Manufacturing, Inc.\n\nRequirements\n- SHRM-CP\n")
    assert posting.company == "Acme Manufacturing, Inc."
