"""Building a resume's content: tailoring to the role and level, and never inventing a fact."""

from __future__ import annotations

import re

import pytest
from support.paths import ROLE
from support.profiles import line_cook, sparse_front_desk
from support.resumes import TODAY, resume_context

from toolkit.api import render_resume
from toolkit.documents.levels import choose_level
from toolkit.errors import UnknownNameError
from toolkit.inputs.profiles import load_profile
from toolkit.inputs.roles import load_role


def _profile_with_years(write_profile, start: str, end: str | None = None, position: str = "Records Supervisor"):
    job = {"name": "Clinic", "position": position, "startDate": start}
    if end:
        job["endDate"] = end
    return write_profile({"basics": {"name": "Ann Lee"}, "work": [job]})


@pytest.mark.parametrize(
    "start, end, expected",
    [
        ("2025-06", None, "junior"),
        ("2020-01", "2021-12", "junior"),
        ("2020-01", "2022-06", "mid"),
        ("2018-01", "2023-01", "senior"),
        ("2016-01", "2024-01", "supervisor"),
        ("2010-01", "2022-01", "manager"),
        ("2000-01", "2020-01", "director"),
    ],
)
def test_level_is_inferred_from_years_of_work(write_profile, start, end, expected):
    context = resume_context(_profile_with_years(write_profile, start, end))
    assert context.level.id == expected
    assert context.level.inferred
    assert "inferred from" in context.level.describe()


@pytest.mark.parametrize("start, end", [("2016-01", "2024-01"), ("2010-01", "2022-01"), ("2000-01", "2020-01")])
def test_years_alone_never_make_someone_a_supervisor_manager_or_director(write_profile, start, end):
    # Twenty years as a clerk is a long career, not a management one: the resume, letter and interview
    # sheet must not speak for someone who leads people.
    context = resume_context(_profile_with_years(write_profile, start, end, position="Medical Records Clerk"))
    assert context.level.id == "senior"
    assert "as no job in the profile leads people" in context.level.describe()


def test_a_level_asked_for_is_used_even_without_a_leading_job(write_profile):
    context = resume_context(
        _profile_with_years(write_profile, "2010-01", "2022-01", position="Clerk"), level="manager"
    )
    assert context.level.id == "manager"
    assert not context.level.inferred


def test_overlapping_jobs_are_counted_once(write_profile):
    path = write_profile(
        {
            "work": [
                {"name": "A", "startDate": "2020-01", "endDate": "2022-12"},
                {"name": "B", "startDate": "2021-01", "endDate": "2022-12"},
            ]
        }
    )
    context = resume_context(path)
    assert 2.9 < context.level.years < 3.1
    assert context.level.id == "mid"


def test_an_asked_level_wins_and_a_wrong_one_is_refused(example_profile):
    assert resume_context(example_profile, level="director").level.id == "director"
    with pytest.raises(UnknownNameError, match="did you mean 'senior'"):
        resume_context(example_profile, level="seniro")


def test_competencies_are_role_keywords_the_profile_really_contains(example_profile):
    context = resume_context(example_profile)
    competencies = context.document.competencies
    assert competencies[:2] == ("ICD-10-CM", "CPT")
    profile_text = example_profile.read_text()
    for term in competencies:
        assert term in profile_text, f"{term!r} is not written in the profile"
    assert "Meditech" not in competencies and "Allscripts" not in competencies


def test_skills_the_role_values_come_first(example_profile):
    context = resume_context(example_profile)
    group_names = [group.name for group in context.document.skills]
    # The profile lists "Office software" first; it matters least for this role.
    assert group_names[-1] == "Office software"
    assert group_names[0] != "Office software"


def test_certifications_get_full_names_and_issuers_from_the_pack(write_profile):
    path = write_profile({"basics": {"name": "Ann"}, "certificates": [{"name": "RHIT"}, {"name": "CPR"}]})
    certifications = resume_context(path).document.certifications
    assert certifications[0].name == "Registered Health Information Technician (RHIT)"
    assert certifications[0].issuer == "American Health Information Management Association (AHIMA)"
    assert (certifications[1].name, certifications[1].issuer, certifications[1].url) == ("CPR", "", None)


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


@pytest.mark.parametrize("level", ["junior", "mid", "senior", "supervisor", "manager", "director"])
def test_never_invents_a_fact(write_profile, level):
    """A sparse profile: the resume may claim no employer, credential, skill or number it lacks."""
    path = write_profile(sparse_front_desk())
    text = render_resume(path, role=ROLE, level=level, fmt="txt", today=TODAY).content.decode()
    pack = load_role(ROLE)
    for certification in pack.certifications:
        assert not re.search(rf"\b{certification.abbreviation}\b", text), certification.abbreviation
        assert certification.name not in text
    for word in ("HIPAA", "ICD", "CPT", "Cerner", "Meditech", "coding", "billing", "AHIMA"):
        assert word.lower() not in text.lower(), word
    # Every number is one the profile holds, or the whole years computed from its dates (2).
    assert _numbers(text) <= _numbers(path.read_text()) | {"2"}
    employers = {"Valley Clinic"}
    assert {line for line in text.splitlines() if "Clinic" in line} <= {"Valley Clinic"}
    assert employers <= set(text.splitlines())


def test_core_competencies_never_list_the_jobs_hours(write_profile, tmp_path):
    """A cook who worked "Friday and Saturday nights" does not have "nights" as a competency."""
    profile = write_profile(
        line_cook(
            "Run the sauté station on Friday and Saturday nights and holidays.",
            skills=[{"name": "Kitchen", "keywords": ["knife skills"]}],
        )
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Line Cook\nAlder & Ash - Portland, OR\n\nWhat we're looking for:\n* Strong knife skills\n"
        "* Open availability including nights, weekends and holidays\n",
        encoding="utf-8",
    )
    text = render_resume(profile, job=posting, fmt="md", today=TODAY).content.decode()
    competencies = text.split("## Core Competencies", 1)[1].split("##", 1)[0].strip()
    assert competencies == "knife skills"


@pytest.mark.parametrize(
    "score, shown",
    [
        ("3.4", "Grade: 3.4"),
        ("1.3", "Grade: 1.3"),
        ("3.67/4.0", "GPA: 3.67/4.0"),
        ("GPA 3.8", "GPA 3.8"),
        ("First Class Honours", "First Class Honours"),
        ("92%", "Grade: 92%"),
        ("", ""),
    ],
)
def test_an_education_score_reads_as_what_it_is(score, shown):
    from toolkit.documents.resume import score_line

    assert score_line(score) == shown


def test_competencies_are_the_persons_own_skills_not_the_postings_shorthand(tmp_path, write_profile):
    from toolkit.api import render_resume

    skills = [{"name": "Warehouse", "keywords": ["Manhattan WMS", "RF scanner", "cycle counting"]}]
    path = write_profile({"basics": {"name": "Ann Lee", "label": "Warehouse Associate"}, "skills": skills})
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Warehouse Shift Lead\nPacific Crest Logistics\n\nRequirements\n- Experience with a WMS and RF equipment\n",
        encoding="utf-8",
    )
    text = render_resume(path, job=posting, fmt="txt", today=TODAY).content.decode()
    competencies = text.split("CORE COMPETENCIES", 1)[1].strip().splitlines()[0]
    assert competencies.split(" · ")[:2] == ["Manhattan WMS", "RF scanner"]


def test_a_credential_in_progress_is_no_competency(tmp_path, write_profile):
    # "CPA" met in "CPA exam: REG and BAR in progress" would stand bare, as if licensed.
    from toolkit.api import render_resume

    certificates = [{"name": "CPA exam - FAR and AUD passed; REG and BAR in progress"}]
    skills = [{"name": "Accounting", "keywords": ["GAAP"]}]
    path = write_profile({"basics": {"name": "Ann Lee"}, "certificates": certificates, "skills": skills})
    posting = tmp_path / "posting.txt"
    posting.write_text("Senior Accountant\nAcme Inc\n\nRequirements\n- CPA required\n- GAAP\n", encoding="utf-8")
    text = render_resume(path, job=posting, fmt="txt", today=TODAY).content.decode()
    competencies = text.split("CORE COMPETENCIES", 1)[1].strip().splitlines()[0]
    assert competencies == "GAAP"
    assert "REG and BAR in progress" in text  # the certificate itself is shown as the person wrote it


@pytest.mark.parametrize(
    "title, leads",
    [
        ("Store Manager", True),
        ("Shift Lead", True),
        ("Medical Records Supervisor", True),
        ("Director of Nursing", True),
        ("Sous Chef", True),
        # A manager of cases, accounts or products, a lead of sales, a Head Start classroom: no one reports to them.
        ("Case Manager", False),
        ("Account Manager", False),
        ("Lead Generation Specialist", False),
        ("Head Start Teacher", False),
    ],
)
def test_a_title_leads_people_only_when_it_says_so(write_profile, title, leads):
    from toolkit.documents.levels import has_led_people

    path = write_profile({"basics": {"name": "Ann Lee"}, "work": [{"name": "Acme", "position": title}]})
    assert has_led_people(load_profile(path).profile) is leads


@pytest.mark.parametrize(
    "study_type, area, shown",
    [
        ("Bachelor of Science in Nursing", "Nursing", "Bachelor of Science in Nursing"),
        ("Bachelor of Science", "Nursing", "Bachelor of Science in Nursing"),
        ("BSc", "", "BSc"),
    ],
)
def test_a_degree_names_its_area_once(study_type, area, shown):
    from toolkit.documents.resume import degree_name
    from toolkit.models.profile import Education

    fields = {"studyType": study_type, **({"area": area} if area else {})}
    assert degree_name(Education(**fields)) == shown


def test_a_certificate_dated_after_today_reads_as_expected(write_profile):
    path = write_profile(
        {"basics": {"name": "Ann Lee"}, "certificates": [{"name": "Journeyman Electrician License", "date": "2027-03"}]}
    )
    text = resume_context(path).document.certifications[0].date
    assert text == "expected Mar 2027"  # TODAY is before it: not held yet


def test_a_posting_phrase_met_only_in_a_highlight_is_no_competency(tmp_path, write_profile):
    # "coordinated with the fire-alarm subcontractor" names fire alarms; it does not make them a skill.
    from toolkit.api import render_resume

    work = [{"name": "Desert Current", "position": "Electrician", "highlights": ["Coordinated with the fire-alarm"
             " subcontractor on three tenant-improvement jobs"]}]  # fmt: skip
    skills = [{"name": "Code", "keywords": ["NEC"]}]
    path = write_profile({"basics": {"name": "Ann Lee"}, "work": work, "skills": skills})
    posting = tmp_path / "posting.txt"
    posting.write_text("Electrician\nAcme Inc\n\nRequirements\n- Fire alarm experience\n- NEC\n", encoding="utf-8")
    text = render_resume(path, job=posting, fmt="txt", today=TODAY).content.decode()
    assert text.split("CORE COMPETENCIES", 1)[1].strip().splitlines()[0] == "NEC"


def test_the_level_counts_the_years_of_the_persons_own_line_of_work(write_profile):
    from toolkit.inputs.roles import load_role

    work = [
        {"name": "Desert Current", "position": "Electrician", "startDate": "2023-01"},
        {"name": "Home", "position": "Family caregiver", "startDate": "2017-01", "endDate": "2022-12"},
    ]
    path = write_profile({"basics": {"name": "Ann Lee", "label": "Electrician"}, "work": work})
    level = choose_level(load_profile(path).profile, load_role("general"), None, TODAY)
    assert level.id == "mid"  # three years as an electrician, not nine of work
    assert "years of work as Electrician" in level.describe()


def test_the_general_ladders_bare_titles_do_not_make_a_case_manager_a_manager(write_profile):
    from toolkit.inputs.roles import load_role

    work = [{"name": "County", "position": "Case Manager", "startDate": "2012-01"}]
    path = write_profile({"basics": {"name": "Ann Lee"}, "work": work})
    level = choose_level(load_profile(path).profile, load_role("general"), None, TODAY)
    assert level.id == "senior" and level.capped_from == "manager"
