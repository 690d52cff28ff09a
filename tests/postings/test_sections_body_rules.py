"""Body rules from the round-5 study of unseen posting kinds: made-up lines each rule must and must not read so."""

from __future__ import annotations

import pytest
from support.postings import alternative_terms

from toolkit.postings import posting_from_text
from toolkit.postings.layout import laid_out


def read(requirements: str):
    return posting_from_text("Support Agent\n\nJob Requirements\n" + requirements, "posting.txt")


def test_a_numbered_list_that_lost_its_spaces_keeps_a_figure_after_the_number():
    posting = read("1.Diploma or equivalent preferred.\n2.6 months of phone support experience preferred.\n3.Typing.\n")
    assert (posting.years_required, posting.years_preferred) == (None, 0.5)


@pytest.mark.parametrize(
    "lines",
    [
        ["2.5 GPA or higher is required."],  # no glued neighbour numbered 1 or 3: a figure
        ["Minimum 2.5 GPA.", "2.5 GPA or higher is required.", "7.5 hours a day."],  # figures, not a sequence
    ],
)
def test_a_figure_is_not_split_without_a_numbered_neighbour_run(lines):
    texts = [text for _, text in laid_out(lines)]
    assert any(text.startswith("2.5 GPA") for text in texts)


def test_a_heading_in_capitals_with_its_first_item_after_the_colon_ends_the_header():
    text = "TITLE        Math Teacher\n\nQUALIFICATIONS: Valid Professional Educator License\n\nWORK YEAR: 180 days\n"
    posting = posting_from_text(text, "posting.txt")
    assert "Professional Educator License" in alternative_terms(posting)


@pytest.mark.parametrize("line", ["LOCATION: Springfield, IL", "Qualifications: see the district's site"])
def test_a_field_or_a_label_in_mixed_case_is_not_cut_as_a_heading(line):
    from toolkit.postings.sections import split_glued_headings

    assert split_glued_headings([(1, line)]) == [(1, line)]


def test_what_a_written_exam_assesses_knowledge_of_is_asked():
    text = (
        "Database Analyst\n\nExamination Schedule\n"
        "Written Exam (Weighted 100%): Held to assess the applicant's knowledge of COBOL; DB2; and JCL.\n"
    )
    assert {"COBOL", "DB2", "JCL"} <= alternative_terms(posting_from_text(text, "posting.txt"))


def test_an_exam_line_that_assesses_no_knowledge_asks_nothing():
    text = (
        "Database Analyst\n\nExamination Schedule\n"
        "Written Exam: candidates will be told the date of the DB2 exam five days ahead.\n"
    )
    assert "DB2" not in alternative_terms(posting_from_text(text, "posting.txt"))


# --- line roles: a class specification's duty lines, an "ideal candidate" section ------------------------------


@pytest.mark.parametrize(
    ("text", "duty"),
    [
        ("Inspects air handlers and boilers.", True),
        ("Troubleshoots hydraulic systems; orders the parts needed.", True),
        ("Finishes drywall and trim.", False),  # "finish" is no duty verb of the list
        ("Must hold a forklift certification.", False),
        ("Operations experience needed.", False),
        ("Texas Class C license.", False),
        ("Holds a valid Class A CDL and a clean driving record.", False),  # having a credential: asked of a person
        ("Maintains a current DOT medical card.", False),
        ("Maintains the fleet maintenance log.", True),  # keeping a record is the job's
    ],
)
def test_a_line_opening_with_a_duty_verb_in_the_third_person_states_a_duty(text, duty):
    from toolkit.postings.sections import states_a_duty

    assert states_a_duty(text) == duty


def test_duty_lines_of_a_page_without_a_requirements_heading_are_duties_not_requirements():
    text = (
        "Maintenance Technician\n\nJob Summary\n\n"
        "- Inspects air handlers and boilers.\n- Works out the parts needed and watches inventory levels.\n"
    )
    posting = posting_from_text(text, "posting.txt")
    asked = {term.term: item.importance for item in posting.requirements for term in item.alternatives}
    assert asked.get("air handlers") == "duty"
    assert "watches inventory levels" not in asked


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("IDEAL CANDIDATE STATEMENT", "preferred"),
        ("The Ideal Candidate", "preferred"),
        ("DISTINGUISHING CHARACTERISTICS", "other"),
        ("Minimum Qualifications", "required"),
    ],
)
def test_an_ideal_candidate_heading_opens_what_is_preferred(heading, kind):
    from toolkit.postings.sections import heading_kind

    assert heading_kind(heading) == kind


@pytest.mark.parametrize(
    ("text", "named"), [("Ties net income back to the ledger.", False), ("Builds services in .NET 8.", True)]
)
def test_a_term_spelled_with_a_leading_mark_counts_only_with_it(text, named):
    from toolkit.postings.lexicon import lexicon_terms

    assert (".NET" in {found.term.term for found in lexicon_terms(text)}) == named


def test_the_jobs_own_title_in_a_requirement_sentence_is_no_requirement():
    text = "Payroll Bookkeeper\n\nRequirements\nWe need a Payroll Bookkeeper to keep the books.\n- QuickBooks Online\n"
    found = alternative_terms(posting_from_text(text, "posting.txt"))
    assert "Payroll Bookkeeper" not in found
    assert "QuickBooks Online" in found


def test_a_credential_named_like_the_title_is_still_asked():
    text = "Registered Nurse\n\nRequirements\n- Current Registered Nurse license in Ohio\n"
    assert alternative_terms(posting_from_text(text, "posting.txt")) & {
        "Registered Nurse license",
        "Registered Nurse",
        "RN",
    }


# --- trade lexicon: HVAC parts and pipe materials --------------------------------------------------------------


def test_hvac_parts_named_in_a_duty_are_read_as_duties():
    text = "HVAC Mechanic\n\nDuties\n- Cleans condenser and evaporator coils and checks rooftop units.\n"
    asked = {
        term.term: item.importance
        for item in posting_from_text(text, "posting.txt").requirements
        for term in item.alternatives
    }
    assert {asked.get("condenser coils"), asked.get("evaporator coils"), asked.get("rooftop units")} == {"duty"}


def test_a_pipe_material_counts_where_it_is_asked_not_in_a_duty():
    asked = alternative_terms(read("- Skilled in brazing all kinds of pipe including copper, galvanized and PEX.\n"))
    assert {"copper", "galvanized", "PEX"} <= asked
    duty = posting_from_text("Electrician\n\nDuties\n- Pulls copper wire through conduit.\n", "posting.txt")
    assert not {"copper", "copper pipe"} & alternative_terms(duty)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        (
            "Uses the Federal/State Crime Information Networks (FCIN/SCIN) daily.",
            "Uses the Federal Crime Information Networks (FCIN) and State Crime Information Networks (SCIN) daily.",
        ),
        ("Works with Epic/Cerner systems.", "Works with Epic/Cerner systems."),  # no initials: alternatives (R5)
    ],
)
def test_two_names_that_share_their_words_are_written_out_whole(text, spelled):
    from toolkit.postings.names import shared_words_spelled_out

    assert shared_words_spelled_out(text) == spelled


@pytest.mark.parametrize(
    "line",
    ["- Tuberculin (TB) screening confirming absence of contagious tuberculosis", "- Must pass a TB skin test"],
)
def test_a_tb_screening_is_a_hiring_step_not_a_requirement(line):
    assert not {term for term in alternative_terms(read(line + "\n")) if "TB" in term or "uberculin" in term}


def test_a_tb_screening_beside_a_real_requirement_keeps_the_requirement():
    assert "BLS" in alternative_terms(read("- Current BLS certification\n- TB test on hire\n"))


# --- a wrapped item each of whose lines the page bulleted -----------------------------------------------------


def test_a_bullet_cut_where_no_item_ends_goes_on_in_the_next_bullet():
    lines = ["- Associate's degree or equivalent from a two-year", "- College; or six months of related experience."]
    texts = [text for _, text in laid_out(lines) if text]
    assert texts == ["- Associate's degree or equivalent from a two-year College; or six months of related experience."]
    posting = read("\n".join(lines) + "\n")
    assert (posting.education_required, posting.years_required) == (None, None)


@pytest.mark.parametrize(
    "lines",
    [["- Microsoft Excel,", "- Word"], ["- Reading blueprints", "- Welding"], ["- Experience with", ""]],
)
def test_bullets_that_end_as_items_do_stay_apart(lines):
    texts = [text for _, text in laid_out(lines) if text]
    assert texts == [line for line in lines if line]
