"""Header rules from the round-5 study of unseen posting kinds (form tables, bilingual ads, bracketed remarks, store
pages, aggregators), each with made-up lines it must and must not match. A wrong title or employer is worse than
none: where a rule cannot tell, the reader leaves the fact empty and the CLI asks (--position, --company)."""

from __future__ import annotations

import pytest

from toolkit.postings import posting_from_text
from toolkit.postings.facts import field_of
from toolkit.postings.trusted import is_job_title

BODY = "\n\nDuties\nKeeps the shelves stocked.\n"


def read(text: str):
    return posting_from_text(text, "posting.txt")


# --- a form laid out as a table: a label, a run of spaces, its value ----------------------------------------


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("TITLE                 Parts Clerk", ("title", "Parts Clerk")),
        ("Location\tOmaha, NE", ("location", "Omaha, NE")),
    ],
)
def test_a_known_label_spaced_from_its_value_is_a_field(line, field):
    assert field_of(line) == field


@pytest.mark.parametrize(
    "line", ["Parts Clerk        Full time", "Monday - Friday    8 AM - 5 PM", "TITLE Parts Clerk"]
)
def test_words_spaced_from_other_words_are_no_field(line):
    assert field_of(line) is None


def test_a_spaced_title_label_is_not_part_of_the_title():
    assert read("Welcome to our job bank!\n\nTITLE          Parts Clerk\n" + BODY).title == "Parts Clerk"


# --- brackets ---------------------------------------------------------------------------------------------


def test_a_pipe_inside_brackets_does_not_cut_the_title():
    posting = read("Payroll Clerk (Remote | Night Shift Pay)\n" + BODY)
    assert posting.title == "Payroll Clerk"
    assert posting.workplace == "remote"


@pytest.mark.parametrize("line", ["Payroll Clerk (Remote", "Payroll Clerk Remote)"])
def test_a_title_cut_inside_its_brackets_is_no_title(line):
    assert not is_job_title(line)


def test_a_title_with_its_brackets_whole_is_a_title():
    assert is_job_title("Payroll Clerk (Evenings)")


# --- a label in another script before the title, a rule line above it -------------------------------------


@pytest.mark.parametrize("header", ["职位二 Payroll Clerk", "|\n职位二 Payroll Clerk", "* * *\nPayroll Clerk"])
def test_a_label_in_another_script_or_a_rule_line_is_not_the_title(header):
    assert read(header + BODY).title == "Payroll Clerk"


def test_a_title_in_latin_script_keeps_every_word():
    assert read("Payroll Clerk II\n" + BODY).title == "Payroll Clerk II"


# --- employers: stated as the employer, or none ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("The City of Lubbock is an equal opportunity employer.", "City of Lubbock"),
        ("The County of Marin is an equal opportunity employer.", "County of Marin"),
        ("The University of Kansas is an equal opportunity employer.", "The University of Kansas"),
    ],
)
def test_a_sentences_article_is_no_part_of_a_governments_name(sentence, employer):
    assert read("Payroll Clerk\n\nDuties\nKeeps the ledgers.\n\n" + sentence + "\n").company == employer


def test_a_line_beside_a_page_line_that_is_no_title_names_no_employer():
    text = "Open until 9:00 PM\n\nStore Hours\n\nSales Associate\n" + BODY
    assert read(text).company == ""


def test_a_line_beside_a_title_still_names_the_employer():
    assert read("Sales Associate\nHarbor Outfitters\n" + BODY).company == "Harbor Outfitters"


@pytest.mark.parametrize("sentence", ["Follows all Harbor Outfitters policies.", "Follows Harbor Outfitters policies."])
def test_following_an_organisations_policies_names_it(sentence):
    assert read("Sales Associate\n\nDuties\nGreets customers.\n" + sentence + "\n").company == "Harbor Outfitters"


def test_the_organisation_under_the_title_beats_the_sites_name_above_it():
    text = "Carolina Local Government Access Portal\n\nAll listings\n\nPlumber II\n\nHarnett County\n" + BODY
    assert read(text).company == "Harnett County"


def test_an_organisation_above_the_title_stands_when_none_is_under_it():
    assert read("Harnett County\n\nPlumber II\n" + BODY).company == "Harnett County"


@pytest.mark.parametrize(
    "sentence",
    [
        "All Lakeview Township positions require a background check.",
        "all Lakeview Township employees take part in the safety plan.",
    ],
)
def test_the_employers_own_staff_name_it(sentence):
    assert read("Payroll Clerk\n\nDuties\nKeeps the ledgers. " + sentence + "\n").company == "Lakeview Township"


@pytest.mark.parametrize("sentence", ["All positions require a background check.", "All new employees train."])
def test_all_positions_without_a_name_names_no_employer(sentence):
    assert read("Payroll Clerk\n\nDuties\nKeeps the ledgers. " + sentence + "\n").company == ""


def test_a_title_printed_twice_is_no_employer_and_an_opening_one_of_sentence_names_it():
    text = (
        "Charge Nurse\n\nCharge Nurse\nCardiac Unit 4\n\n"
        "Mercy Vale is one of the few hospitals in the state with a stroke centre.\n\nDuties\nLeads the shift.\n"
    )
    assert read(text).company == "Mercy Vale"


@pytest.mark.parametrize("opening", ["Nursing is one of the oldest callings.", "This role is one of a kind."])
def test_an_opening_one_of_sentence_about_no_name_names_no_employer(opening):
    assert read("Charge Nurse\n\n" + opening + "\n\nDuties\nLeads the shift.\n").company == ""


# --- a title a class specification names in lower case ------------------------------------------------------


def test_a_summary_that_names_the_job_in_lower_case_gives_the_title():
    text = (
        "GENERAL DEFINITION OF WORK\n\nReporting to the principal, the reading specialist is charged with "
        "helping pupils read.\n\nESSENTIAL FUNCTIONS\nPlans lessons.\n"
    )
    assert read(text).title == "Reading Specialist"


@pytest.mark.parametrize(
    "sentence",
    [
        "The successful candidate will plan lessons.",  # no job-title word
        "The team is growing fast.",  # one word
        "Pupils and the reading specialist meet weekly.",  # not the sentence's subject
    ],
)
def test_a_summary_sentence_that_names_no_job_gives_no_title(sentence):
    text = f"GENERAL DEFINITION OF WORK\n\n{sentence}\n\nESSENTIAL FUNCTIONS\nPlans lessons.\n"
    assert read(text).title == ""


@pytest.mark.parametrize(
    ("sentence", "workplace"),
    [
        ("* THIS IS NOT A REMOTE POSITION *", "onsite"),
        ("Remote work is not available for this job.", "onsite"),
        ("This is a remote position.", "remote"),
        ("This is a fully remote role.", "remote"),
    ],
)
def test_a_position_said_not_to_be_remote_is_on_site(sentence, workplace):
    assert read("Payroll Clerk\n\n" + sentence + "\n\nDuties\nKeeps the ledgers.\n").workplace == workplace


# --- a title needs a head word, not a level alone ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["Sunrise Senior Living", "Junior League of Dallas", "Level 1 Partners"])
def test_a_level_word_alone_makes_no_job_title(name):
    assert not is_job_title(name)


@pytest.mark.parametrize(
    "title",
    ["Patient Care Tech II - Critical Care", "Farm Hand II", "Product Owner II", "Scrum Master", "Senior Pastor"],
)
def test_a_head_word_before_a_level_or_a_dash_part_still_makes_a_title(title):
    assert is_job_title(title)


def test_an_employer_above_the_title_whose_name_holds_a_level_is_not_the_title():
    posting = read("Sunrise Senior Living\nCaregiver\nAlexandria, VA\n" + BODY)
    assert posting.title == "Caregiver"


# --- a site's own name, a team, a heading: never the employer ------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Welder\n\nPosted by: Jane Smith, Talent Acquisition",
        "Welder\nAbout the company",
        "Welder\nPanhandle Job Board\nAmarillo, TX",
        "Welder\nOhio Teachers Job Bank",
    ],
)
def test_a_sites_name_a_hiring_team_or_a_heading_is_no_employer(header):
    assert read(header + BODY).company == ""


@pytest.mark.parametrize(
    ("header", "employer"),
    [
        ("Welder\nSmith Fabrication LLC · Wichita, KS", "Smith Fabrication LLC"),
        ("Welder\nBoard of Water Works\nPueblo, CO", "Board of Water Works"),
    ],
)
def test_an_employer_beside_the_title_still_stands(header, employer):
    assert read(header + BODY).company == employer


@pytest.mark.parametrize("name", ["Cook County", "Baker City", "Porter Township"])
def test_a_governments_name_holding_a_job_word_is_no_title(name):
    assert not is_job_title(name)


def test_a_county_above_the_title_is_the_employer_not_the_title():
    posting = read("Cook County\nOffice Assistant\nChicago, IL\n" + BODY)
    assert (posting.title, posting.company) == ("Office Assistant", "Cook County")


@pytest.mark.parametrize(
    ("header", "employer"),
    [
        ("Office Assistant\nFinance Department - City of Aurora", "City of Aurora"),
        ("Office Assistant\nSponsored\nHarbor Dental Group", "Harbor Dental Group"),
        ("Office Assistant\nMain Street Campus\nChicago, IL", ""),
    ],
)
def test_a_unit_a_campus_or_a_boards_tag_gives_way_to_the_organisation(header, employer):
    assert read(header + BODY).company == employer


@pytest.mark.parametrize(
    "line",
    ["Teacher Appreciation Week", "Driver Education Program", "Pharmacist On Duty Hours", "Cook Jobs in Reno"],
)
def test_a_banner_an_event_a_programme_or_a_boards_list_is_no_title(line):
    assert not is_job_title(line)


@pytest.mark.parametrize(
    "title", ["Day Program Aide", "Cashier - Weekend Days", "Director of Nursing", "Event Coordinator"]
)
def test_a_title_that_holds_such_a_word_before_its_head_is_still_a_title(title):
    assert is_job_title(title)


@pytest.mark.parametrize(
    "header", ["Teacher Appreciation Week!\nOffice Assistant", "Apply now for Office Assistant", "Office Assistant"]
)
def test_the_title_under_a_banner_or_after_an_apply_prompt_is_read(header):
    assert read(header + BODY).title == "Office Assistant"
