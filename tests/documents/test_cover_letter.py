"""Cover letters: a real business letter built only from the profile's facts, stressed for the posting."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES, ROLE
from support.profiles import line_cook

from toolkit.api import render_cover_letter, render_resume
from toolkit.cli import cli
from toolkit.documents.cover_letter import as_first_person_clause

PROFILE = EXAMPLES / "profile.yaml"


def _pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def test_letter_from_command_line_facts(runner, tmp_path):
    target = tmp_path / "letter.pdf"
    result = runner.invoke(
        cli,
        [
            "cover-letter",
            str(PROFILE),
            "--role",
            ROLE,
            "--company",
            "Riverside Health",
            "--position",
            "Medical Records Specialist",
            "--hiring-manager",
            "Dana Lee",
            "--date",
            "2026-11-23",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for part in (
        "November 23, 2026",
        "Dana Lee Riverside Health",
        "Dear Dana Lee,",
        "I am applying for the Medical Records Specialist position at Riverside Health",
        "Sincerely, Maya Robinson",
    ):
        assert part in text, part
    assert text.index("Dear Dana Lee,") < text.index("I am applying") < text.index("Sincerely,")


def test_letter_from_a_text_posting_as_docx(runner, tmp_path):
    target = tmp_path / "letter.docx"
    result = runner.invoke(
        cli, ["cover-letter", str(PROFILE), "--role", ROLE, "--job", str(EXAMPLES / "posting.txt"), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    paragraphs = docx.Document(target).paragraphs
    by_style = {paragraph.style.name: paragraph.text for paragraph in paragraphs}
    assert by_style["Salutation"] == "Dear Hiring Manager,"
    assert by_style["Inside Address"] == "Riverside Health\nChicago, IL"
    assert by_style["Subject Line"] == "Re: Medical Records Specialist"
    body = [paragraph.text for paragraph in paragraphs if paragraph.style.name == "Body Text"]
    assert 3 <= len(body) <= 5
    # The opening names the employer and the years are brought to it; the closing does not name it a third time.
    assert body[0].count("Riverside Health") == 2 and "Riverside Health" not in body[-1]
    assert "my application to your organization" in body[-1]


def test_letter_from_a_json_job_to_stdout(runner):
    result = runner.invoke(
        cli, ["cover-letter", str(PROFILE), "--role", ROLE, "--job", str(EXAMPLES / "job.json"), "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# Maya Robinson\n")
    assert "Riverside Health\\\nChicago, IL" in result.stdout  # a hard line break in the address block


def test_command_line_wins_over_the_posting():
    letter = render_cover_letter(
        PROFILE,
        role=ROLE,
        job=EXAMPLES / "posting.txt",
        company="Lakeview Clinic",
        position="Health Information Technician",
        fmt="txt",
    ).content.decode()
    assert "Health Information Technician position at Lakeview Clinic" in letter
    assert "Riverside" not in letter


def test_posting_requirements_choose_the_evidence():
    letter = render_cover_letter(PROFILE, role=ROLE, job=EXAMPLES / "posting.txt", fmt="txt")
    text = letter.content.decode()
    assert "I assign ICD-10-CM and CPT codes" in text
    assert "I also process 150+ release-of-information requests" in text
    # Each issuer named once, no dangling "credential".
    assert (
        "I hold the Registered Health Information Technician (RHIT) and Certified Coding Associate (CCA) "
        "credentials, both from AHIMA." in text
    )
    explanation = "\n".join(letter.explanation)
    assert "ICD-10-CM, duty at line 13 <- work[0].highlights[0]" in explanation
    assert "not claimed, the profile does not show it: patient confidentiality, DRG assignment" in explanation


def test_explain_goes_to_stderr_not_into_the_letter(runner):
    result = runner.invoke(
        cli,
        [
            "cover-letter",
            str(PROFILE),
            "--role",
            ROLE,
            "--job",
            str(EXAMPLES / "posting.txt"),
            "-f",
            "txt",
            "-o",
            "-",
            "--explain",
        ],
    )
    assert result.exit_code == 0
    assert "explain: " in result.stderr and "explain" not in result.stdout


# A letter never claims what the profile lacks: tests/language/test_language_documents.py holds every
# language to it, English included, with the same sparse profile against a coding posting.


def test_same_input_same_letter_and_seeds_vary_the_phrasing():
    def letter(seed=None):
        return render_cover_letter(
            PROFILE,
            role=ROLE,
            company="Riverside Health",
            fmt="txt",
            seed=seed,
            today=__import__("datetime").date(2026, 11, 23),
        ).content

    assert letter() == letter()
    assert letter(7) == letter(7)
    assert len({letter(seed) for seed in range(8)}) > 1


def test_letter_and_resume_share_the_header(tmp_path):
    for theme in ("classic", "modern"):
        resume = _pdf_text(render_resume(PROFILE, role=ROLE, theme=theme, fmt="pdf").content)
        letter = _pdf_text(render_cover_letter(PROFILE, role=ROLE, company="X", theme=theme, fmt="pdf").content)
        header = "Maya Robinson Medical Records Specialist Chicago, IL, US · (312) 555-0148"
        assert resume.startswith(header) and letter.startswith(header)


@pytest.mark.parametrize(
    "highlight, past, expected",
    [
        ("Assign ICD-10 codes to charts.", False, "assign ICD-10 codes to charts"),
        ("Assign ICD-10 codes to charts.", True, "assigned ICD-10 codes to charts"),
        ("Scan records daily", True, "scanned records daily"),
        ("Lead a team of four", True, "led a team of four"),
        ("Trained four new hires", False, "trained four new hires"),
        ("Over 12,000 documents digitized", False, None),
        ("ICD-10 coding for 60 encounters a day", False, None),
        # Other trades' verbs: a cook's, a teacher's, an electrician's.
        ("Prep sauces and stocks each morning", False, "prep sauces and stocks each morning"),
        ("Prep sauces and stocks each morning", True, "prepped sauces and stocks each morning"),
        ("Coach the Science Olympiad team", True, "coached the Science Olympiad team"),
        ("Rewrote the lab safety program", False, "rewrote the lab safety program"),
        ("Troubleshoot motor controls", True, "troubleshot motor controls"),
        ("Grade 10 chemistry, five sections", False, None),  # a noun, not "I grade 10 chemistry"
        # A warehouse's and a developer's: "From my work at X: Do weekly cycle counts" read as an order.
        ("Do weekly cycle counts with an RF scanner", False, "do weekly cycle counts with an RF scanner"),
        ("Do weekly cycle counts with an RF scanner", True, "did weekly cycle counts with an RF scanner"),
        ("Deploy features behind flags", True, "deployed features behind flags"),
        ("Fill rate raised from 92% to 98%", False, None),  # a noun first, not "I fill rate raised"
        ("Use of force training, 2024", False, None),
    ],
)
def test_highlights_become_first_person_clauses(highlight, past, expected):
    assert as_first_person_clause(highlight, past=past) == expected


def test_missing_company_and_posting_is_a_clear_error(runner):
    result = runner.invoke(cli, ["cover-letter", str(PROFILE), "--role", ROLE])
    assert result.exit_code == 1
    # The posting is the usual way to name the company; the message says so.
    assert "a cover letter needs a company: pass --job POSTING (it names one) or --company NAME" in result.output


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("empty.txt", b"", "is empty"),
        ("title-only.txt", b"Medical Records Specialist\n", "no text beyond its title"),
        ("latin1.txt", b"Records Specialist\nCaf\xe9 Health\n", "not UTF-8"),
        ("bad.json", json.dumps({"title": "MRS", "company": "X", "remote": "Sometimes"}).encode(), "bad.json:1:"),
        ("broken.json", b'{"title": "MRS",', "invalid JSON"),
    ],
)
def test_bad_postings_exit_1_with_located_message_and_nothing_written(runner, tmp_path, name, content, expected):
    posting = tmp_path / name
    posting.write_bytes(content)
    target = tmp_path / "letter.pdf"
    result = runner.invoke(
        cli, ["cover-letter", str(PROFILE), "--role", ROLE, "--job", str(posting), "-o", str(target)]
    )
    assert result.exit_code == 1
    assert expected in result.output and str(posting) in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


def test_a_posting_without_a_company_needs_one(runner, tmp_path):
    posting = tmp_path / "posting.json"
    posting.write_text(json.dumps({"title": "Medical Records Specialist", "qualifications": ["RHIT"]}))
    result = runner.invoke(cli, ["cover-letter", str(PROFILE), "--role", ROLE, "--job", str(posting), "-o", "-"])
    assert result.exit_code == 1 and "gives no employer jobkit can trust" in result.output
    assert "pass --company" in result.output


def _letter_text(profile, posting, **options) -> str:
    from datetime import date

    letter = render_cover_letter(profile, job=posting, fmt="md", today=date(2026, 1, 5), **options)
    return letter.content.decode()


def test_the_highlight_that_shows_a_posting_duty_is_chosen(write_profile, tmp_path):
    """A master-patient-index clean-up for a posting that asks for MPI work, though it names none of its terms."""
    profile = write_profile(
        {
            "basics": {"name": "Ana Ruiz"},
            "work": [
                {
                    "name": "Mercy Clinic",
                    "position": "Records Coordinator",
                    "startDate": "2021-03",
                    "highlights": [
                        "Built Microsoft Excel trackers for the team's weekly workload.",
                        "Trained and mentored three new coordinators.",
                        "Improved communication with the billing office through a shared daily huddle.",
                        "Led a master patient index clean-up that merged 3,400 duplicate patient records.",
                    ],
                }
            ],
        }
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Health Information Coordinator\nLakeside Health\n\n"
        "About us\nOur health information team keeps patient records accurate for four hospitals.\n\n"
        "What you will do\n- Maintain the master patient index and merge duplicate patient records\n"
        "- Answer questions from clinics about record requests\n\n"
        "Requirements\n- Microsoft Excel\n- Strong communication and teamwork\n- Training and mentoring new staff\n",
        encoding="utf-8",
    )
    text = _letter_text(profile, posting)
    assert "master patient index clean-up that merged 3,400 duplicate patient records" in text
    explanation = "\n".join(
        render_cover_letter(profile, job=posting, fmt="md").explanation,
    )
    assert "duty at line 8 <- work[0].highlights[3]" in explanation
    assert "line 5" not in explanation  # the about-us line is not a duty


def test_a_job_is_named_once_and_years_are_never_rounded_up(write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Lee Park"},
            "work": [
                {
                    "name": "Lakeshore Hospital",
                    "position": "Inpatient Coder",
                    "startDate": "2019-02",  # six years and eleven months before the letter's date
                    "highlights": ["Assign ICD-10-CM codes to inpatient records.", "Answer coding queries."],
                }
            ],
        }
    )
    text = _letter_text(profile, None, role=ROLE, company="Riverside Health", position="Medical Records Specialist")
    assert "I bring nearly seven years of experience, currently as an Inpatient Coder at Lakeshore Hospital." in text
    assert text.count("Inpatient Coder at Lakeshore Hospital") == 1
    assert "At Lakeshore Hospital, I assign ICD-10-CM codes" in text
    assert "7 years" not in text and "6 years" not in text


def test_credentials_name_each_issuer_once_and_never_dangle(write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Kim Cho"},
            "certificates": [
                {"name": "RHIT", "issuer": "AHIMA"},
                {"name": "CCA", "issuer": "AHIMA"},
                {"name": "CPC", "issuer": "AAPC"},
            ],
        }
    )
    text = _letter_text(profile, None, role=ROLE, company="Riverside Health")
    assert (
        "I hold the Registered Health Information Technician (RHIT) and Certified Coding Associate (CCA) credentials, "
        "both from AHIMA, and the Certified Professional Coder (CPC) credential from AAPC." in text
    )
    assert text.count("from AHIMA") == 1


def test_a_credential_in_progress_is_never_said_to_be_held(write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Kim Cho"},
            "certificates": [
                {"name": "RHIT", "issuer": "AHIMA"},
                {"name": "CCA (in progress, exam scheduled 2026-03)", "issuer": "AHIMA"},
                {"name": "CPC", "issuer": "AAPC", "date": "2026-06"},  # after the letter's date
            ],
        }
    )
    text = _letter_text(profile, None, role=ROLE, company="Riverside Health")
    assert "I hold the Registered Health Information Technician (RHIT) credential from AHIMA." in text
    assert "CCA" not in text and "Certified Coding Associate" not in text and "CPC" not in text


def test_long_company_and_position_still_make_a_word_file():
    """Word caps document properties at 255 characters; a long posting title must not stop the letter."""
    letter = render_cover_letter(PROFILE, role=ROLE, company="Riverside " * 25, position="Records " * 30, fmt="docx")
    properties = docx.Document(io.BytesIO(letter.content)).core_properties
    assert len(properties.title) <= 255 and properties.title.endswith("…")
    assert len(properties.keywords) <= 255


LINE_COOK_POSTING = """Line Cook
Alder & Ash - Portland, OR 97209

What you'll do:
* Work the grill and sauté stations during dinner service
* Prep sauces, stocks and proteins before service

What we're looking for:
* Strong knife skills and grill experience
* Food handler card
"""


def test_a_line_cooks_letter_reads_as_sentences_and_names_issuers_properly(write_profile, tmp_path):
    """Another trade's highlights become "I ..." sentences, and an issuer reads as a sentence names it."""
    profile = write_profile(
        line_cook(
            "Run the sauté station on weekend nights, about 180 covers a night.",
            "Prep sauces, stocks and proteins for the station each morning.",
            "97% of tickets out in under 12 minutes.",
            "Coach new cooks on station setup and plating specs.",
            certificates=[{"name": "Oregon Food Handler Card", "issuer": "Oregon Health Authority"}],
            skills=[{"name": "Kitchen", "keywords": ["knife skills", "grill"]}],
        )
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(LINE_COOK_POSTING, encoding="utf-8")
    text = _letter_text(profile, posting)
    assert "I also prep sauces, stocks and proteins for the station each morning." in text
    assert "In addition, I coach new cooks on station setup and plating specs." in text
    assert "From my work at" not in text and "97% of tickets" not in text  # a filler that is no sentence stays out
    assert "I hold the Oregon Food Handler Card from the Oregon Health Authority." in text


def test_two_skills_the_posting_names_are_both_named_in_it(write_profile, tmp_path):
    profile = write_profile(
        {
            "basics": {"name": "Daniel Okafor"},
            "skills": [{"name": "Technology", "keywords": ["Google Classroom", "PowerSchool"]}],
        }
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Chemistry Teacher\nDublin City Schools - Dublin, OH\n\nQualifications\n"
        "- Experience with Google Classroom and PowerSchool\n",
        encoding="utf-8",
    )
    text = _letter_text(profile, posting)
    assert "My skills also include Google Classroom and PowerSchool, both named in your posting." in text


def test_a_credential_held_under_its_full_name_is_named_in_the_letter(write_profile, tmp_path):
    profile = write_profile(
        {
            "basics": {"name": "Rosa Delgado"},
            "certificates": [{"name": "ServSafe Food Protection Manager", "issuer": "National Restaurant Association"}],
        }
    )
    posting = tmp_path / "posting.txt"
    posting.write_text("Line Cook\nAlder & Ash - Portland, OR\n\nRequirements\n* ServSafe certification a plus\n")
    text = _letter_text(profile, posting)
    assert "I hold the ServSafe Food Protection Manager credential from the National Restaurant Association." in text


def test_the_letter_names_the_job_held_now_and_ends_each_sentence_once(write_profile):
    profile = write_profile(
        {
            "basics": {"name": "Kim Cho"},
            "work": [
                {"name": "WakeMed", "position": "Registered Nurse", "startDate": "2014-01", "endDate": "2022-12"},
                {"name": "Brightwell Logistics Inc.", "position": "Data Analyst", "startDate": "2023-01"},
            ],
        }
    )
    text = _letter_text(profile, None, company="Acme Inc.", position="Analyst")
    # Three years as a data analyst, not the nurse's nine before them, and said to be a data analyst's.
    assert "I bring three years of experience as a Data Analyst, currently at Brightwell Logistics Inc." in text
    assert "most recently as a Registered Nurse" not in text
    assert not re.search(r"(?<!\.)\.\.(?!\.)", text), text


def test_a_belief_fitted_to_a_level_is_written_only_at_a_level_asked_for(write_profile):
    from toolkit.inputs.roles import load_role

    profile = write_profile(
        {"basics": {"name": "Kim Cho"}, "work": [{"name": "Eastmoor", "position": "Cook", "startDate": "2016-01"}]}
    )
    beliefs = {text for texts in load_role("general").cover_letter.value_statements.values() for text in texts}
    inferred = _letter_text(profile, None, company="Acme", position="Sous Chef")
    assert not any(belief in inferred for belief in beliefs)
    asked = _letter_text(profile, None, company="Acme", position="Sous Chef", level="senior")
    assert any(belief in asked for belief in beliefs)


def test_the_letter_states_the_years_of_the_persons_own_work(write_profile):
    # A career break and a plumber's helper job are no electrician's years.
    profile = write_profile(
        {
            "basics": {"name": "Kim Cho", "label": "Electrician"},
            "work": [
                {"name": "Desert Current", "position": "Electrician", "startDate": "2021-01"},
                {"name": "Home", "position": "Family caregiver", "startDate": "2018-01", "endDate": "2020-12"},
                {"name": "Pipe Co", "position": "Plumber's helper", "startDate": "2015-01", "endDate": "2017-12"},
            ],
        }
    )
    text = _letter_text(profile, None, company="Acme", position="Journeyman Electrician")
    assert "I bring five years of experience as an Electrician, currently at Desert Current." in text


def test_a_posting_with_no_readable_title_says_so(runner, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Acme Inc\n\nAbout Acme Inc\nAcme Inc builds.\n\nRequirements\n- Python\n", encoding="utf-8")
    result = runner.invoke(cli, ["cover-letter", str(PROFILE), "--job", str(posting), "-o", "-"])
    assert result.exit_code == 1
    assert "gives no position jobkit can trust" in result.output and "--position TITLE" in result.output
    assert "'Acme Inc'" in result.output  # what the first lines read


@pytest.mark.parametrize(
    "certificate, in_progress",
    [
        ({"name": "ServSafe Manager (in progress, exam scheduled)"}, True),
        ({"name": "PMP candidate"}, True),
        ({"name": "CPC", "date": "2026-06"}, True),  # after the day in question
        # A date says when it was earned, whatever the name holds ("planned giving" is a field of fundraising).
        ({"name": "CFRE - planned giving track", "date": "2019-05"}, False),
        ({"name": "Expected Value Analysis Certificate", "date": "2020-01"}, False),
    ],
)
def test_a_credential_is_in_progress_by_its_date_or_undated_by_its_words(certificate, in_progress):
    from datetime import date

    from toolkit.models.profile import Certificate

    assert Certificate(**certificate).in_progress(date(2026, 1, 5)) is in_progress


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_job_whose_end_date_is_still_ahead_is_written_of_as_held_now(tmp_path, lang):
    """A contract that runs until next May is the job the person holds today: "most recently I worked" and
    "I drove forklifts" told the employer it was over."""
    from datetime import date

    path = tmp_path / "profile.yaml"
    path.write_text(
        "basics:\n  name: Lee Park\n  label: Forklift Operator\nwork:\n"
        "  - name: Contract Co\n    position: Forklift Operator\n    startDate: 2024-06\n    endDate: 2027-05\n"
        "    highlights: [Drive forklifts on the night shift]\n",
        encoding="utf-8",
    )
    letter = render_cover_letter(
        path, company="Acme", position="Forklift Lead", fmt="txt", lang=lang, today=date(2026, 12, 7)
    ).content.decode()
    text = " ".join(letter.split())
    if lang == "en":
        assert "currently as a Forklift Operator at Contract Co" in text
        assert "drove" not in text and "most recently" not in text
    else:
        assert "derzeit als Forklift Operator bei Contract Co" in text
        assert "zuletzt" not in text
    finished = render_cover_letter(
        path, company="Acme", position="Forklift Lead", fmt="txt", lang=lang, today=date(2027, 8, 1)
    ).content.decode()
    assert ("most recently" if lang == "en" else "zuletzt") in " ".join(finished.split())
