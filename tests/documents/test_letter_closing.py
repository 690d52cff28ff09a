"""A letter for a posting closes with what that posting and letter say, and nothing the profile or posting does
not: the requirement the evidence showed, the interview step, start date or shift the posting names, the
person's city only when the posting's location names it."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
import yaml
from pypdf import PdfReader

from toolkit.api import render_cover_letter

TODAY = date(2026, 12, 1)

PROFILE = {
    "basics": {"name": "Mateo Ruiz", "label": "Line Cook", "location": {"city": "Spokane", "region": "WA"}},
    "work": [
        {
            "name": "Riverfront Grill",
            "position": "Line Cook",
            "startDate": "2022-04",
            "highlights": ["Work the grill and sauté stations on 300-cover weekend nights."],
        }
    ],
    "skills": [{"name": "Kitchen", "keywords": ["knife skills"]}],
}


def _posting(*lines: str, location: str = "Spokane, WA", process: str = "Send your resume to the chef.") -> str:
    return "\n".join(
        [
            "Line Cook",
            "Juniper & Salt Kitchen",
            location,
            *lines,
            "",
            "Responsibilities",
            "- Cook grill and sauté items to recipe",
            "",
            "Requirements",
            "- Experience on a grill station",
            "- Knife skills",
            "",
            "How to apply",
            process,
        ]
    )


def _closing(tmp_path, posting: str, profile: dict = PROFILE, fmt: str = "md") -> list[str]:
    """The letter's last two sentences before the sign-off, read back from the file."""
    (tmp_path / "profile.yaml").write_text(yaml.safe_dump(profile, sort_keys=False), encoding="utf-8")
    (tmp_path / "posting.txt").write_text(posting, encoding="utf-8")
    content = render_cover_letter(tmp_path / "profile.yaml", job=tmp_path / "posting.txt", fmt=fmt, today=TODAY).content
    if fmt == "pdf":
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    else:
        text = content.decode()
    body = " ".join(text[: text.index("Sincerely,")].split())
    return re.split(r"(?<=\.) (?=[A-Z])", body)[-2:]


def _text(sentences: list[str]) -> str:
    return " ".join(sentences)


def test_the_requirement_the_evidence_shows_and_the_city_the_posting_names(tmp_path):
    closing = _text(_closing(tmp_path, _posting(), fmt="pdf"))
    assert (
        "I live in Spokane and would welcome the chance to talk about how my grill station experience fits" in closing
    )
    # The opening and the years sentence name the employer already: a third "to Juniper & Salt Kitchen" is a seam.
    assert "Thank you for considering my application to your organization." in closing
    # Knife skills is only a skill listed, never shown in a highlight: the closing does not call it experience.
    assert "knife" not in closing.casefold()


def test_no_city_when_the_posting_is_elsewhere_or_the_profile_gives_none(tmp_path):
    assert "I live in" not in _text(_closing(tmp_path, _posting(location="Seattle, WA")))
    nowhere = {**PROFILE, "basics": {"name": "Mateo Ruiz", "label": "Line Cook"}}
    assert "I live in" not in _text(_closing(tmp_path, _posting(), profile=nowhere))


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Date Available: 08/24/2027", "before its start on August 24, 2027"),
        ("Start date: 24/08/2027", "before its start on August 24, 2027"),
        ("Shift: Evening shift, Thursday to Monday", "on the evening shift"),
    ],
)
def test_a_start_date_or_shift_the_posting_names_is_named(tmp_path, line, said):
    assert said in _text(_closing(tmp_path, _posting(line)))


def test_an_interview_step_the_posting_names_is_named(tmp_path):
    posting = _posting(process="Top candidates are invited to a working interview on a Friday night.")
    assert "I would welcome the working interview your posting describes" in _text(_closing(tmp_path, posting))


@pytest.mark.parametrize(
    "line",
    [
        "Date Available: 08/04/2027",  # April 8 in Ohio, 4 August in Leeds: a letter does not guess which
        "- No night shifts or weekend shifts required; this is a day position.",  # the night shift is denied
        "Schedule: day, evening and night shifts on a rotation",  # a rotation names no one shift
        "On your first shift you will shadow our sous chef.",  # a first day, not the 7-to-3 shift
    ],
)
def test_an_ambiguous_date_a_denied_shift_or_a_rotation_is_not_named(tmp_path, line):
    closing = _text(_closing(tmp_path, _posting(line)))
    assert "start on" not in closing and "shift" not in closing


def test_no_city_when_a_town_of_the_same_name_is_in_another_state_or_the_city_is_blank(tmp_path):
    elsewhere = {**PROFILE, "basics": {**PROFILE["basics"], "location": {"city": "Spokane", "region": "MO"}}}
    assert "I live in" not in _text(_closing(tmp_path, _posting(), profile=elsewhere))
    blank = {**PROFILE, "basics": {**PROFILE["basics"], "location": {"city": " ", "region": "WA"}}}
    assert "I live in" not in _text(_closing(tmp_path, _posting(), profile=blank))


def test_a_past_start_date_or_a_shift_among_the_benefits_is_not(tmp_path):
    closing = _text(_closing(tmp_path, _posting("Date Available: 08/04/2025")))
    assert "2025" not in closing and "start" not in closing
    benefits = _posting().replace("Requirements", "Benefits\n- Night shift differential of $2 an hour\n\nRequirements")
    assert "shift" not in _text(_closing(tmp_path, benefits))


def test_two_postings_close_differently_and_without_one_the_pack_closes(tmp_path):
    first = _closing(tmp_path, _posting("Shift: Evening shift"))
    second = _closing(tmp_path, _posting().replace("Juniper & Salt Kitchen", "Harbor House"))
    assert first[0] != second[0]  # the sentence that says what the posting and letter say differs
    (tmp_path / "profile.yaml").write_text(yaml.safe_dump(PROFILE), encoding="utf-8")
    plain = render_cover_letter(
        tmp_path / "profile.yaml", company="Harbor House", position="Line Cook", fmt="md", today=TODAY
    ).content.decode()
    assert "I would welcome the chance to discuss how I can contribute to Harbor House." in " ".join(plain.split())


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de", "wie meine Erfahrung mit grill station zur Stelle als Line Cook passt"),
        ("fr", "mon expérience avec grill station apporte au poste de Line Cook"),
        ("es", "mi experiencia con grill station encaja en el puesto de Line Cook"),
    ],
)
def test_a_letter_in_another_language_closes_with_the_term_its_evidence_shows(tmp_path, lang, said):
    (tmp_path / "profile.yaml").write_text(yaml.safe_dump(PROFILE, sort_keys=False), encoding="utf-8")
    (tmp_path / "posting.txt").write_text(_posting(), encoding="utf-8")
    content = render_cover_letter(
        tmp_path / "profile.yaml", job=tmp_path / "posting.txt", lang=lang, fmt="pdf", today=TODAY
    ).content
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())
    assert said in text and "Juniper & Salt Kitchen" in text.split(said, 1)[1]


def test_a_term_capitalised_only_as_a_list_item_is_written_in_lower_case_mid_sentence(tmp_path):
    """A job file's skills list says "Forklift"; the closing read "how my Forklift experience fits". A name the
    lexicon writes with capitals (SQL, Epic) keeps them."""
    import json

    profile = tmp_path / "resume.json"
    profile.write_text(
        json.dumps(
            {
                "basics": {"name": "Marcus Dell", "label": "Warehouse Associate"},
                "work": [
                    {
                        "name": "Crossroads Distribution",
                        "position": "Warehouse Associate",
                        "startDate": "2020-02",
                        "highlights": ["Operated sit-down and stand-up forklifts to load 40+ trailers a week"],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    job = tmp_path / "job.json"
    job.write_text(
        json.dumps(
            {
                "title": "Forklift Lead",
                "company": "Acme Logistics",
                "qualifications": ["Forklift certification"],
                "skills": [{"name": "Equipment", "keywords": ["Forklift"]}],
            }
        ),
        encoding="utf-8",
    )
    letter = render_cover_letter(profile, job=job, fmt="txt", today=date(2026, 12, 7)).content.decode()
    text = " ".join(letter.split())
    assert "my forklift experience fits the Forklift Lead role" in text


def test_the_closing_names_the_employer_only_when_the_letter_has_not_named_it_twice(tmp_path):
    # With dated work the years are brought to the employer ("... as a Line Cook to Juniper & Salt Kitchen"), so
    # the closing, after the opening and that sentence, speaks of the reader's organization instead.
    dated = _text(_closing(tmp_path, _posting()))
    assert "Juniper & Salt Kitchen" not in dated and dated.endswith("my application to your organization.")
    # Without dates there are no years to bring, the employer has been named once, and the closing names it.
    undated = {**PROFILE, "work": [{key: value for key, value in PROFILE["work"][0].items() if key != "startDate"}]}
    closing = _text(_closing(tmp_path, _posting(), profile=undated))
    assert closing.endswith("Thank you for considering my application to Juniper & Salt Kitchen.")


def test_the_closing_names_the_experience_in_the_highlights_words_when_they_are_only_part_of_the_term(tmp_path):
    # A junior developer's "resolve merge conflicts with git rebase" meets the posting's "git data model" (read by
    # its spelling "Git"); "how my git data model experience fits" claimed what the profile never says.
    profile = {
        "basics": {"name": "Priya Nair", "label": "Web Developer"},
        "work": [
            {
                "name": "Brightline Studio",
                "position": "Web Developer",
                "startDate": "2024-07",
                "highlights": ["Review pull requests and resolve merge conflicts with git rebase."],
            }
        ],
    }
    posting = "\n".join(
        [
            "Backend Engineer",
            "Reviewable.io",
            "Remote",
            "",
            "Requirements",
            "- Deep knowledge of the git data model",
        ]
    )
    closing = _text(_closing(tmp_path, posting, profile=profile))
    assert "my Git experience fits" in closing, closing
    assert "data model" not in closing


def test_a_term_the_highlight_says_in_full_is_named_as_the_posting_writes_it():
    from toolkit.documents.letter_closing import as_shown
    from toolkit.documents.letter_evidence import Evidence
    from toolkit.models.profile import Work

    def said(term: str, surface: str, text: str) -> list[Evidence]:
        return [Evidence(0, 0, Work(), text, {term}, said={term: surface})]

    assert as_shown("git data model", said("git data model", "git", "Resolve conflicts with git rebase")) == "Git"
    # Every word of the term is in the highlight, in another order or form: the posting's term stands.
    grill = said("grill station", "grill", "Work the grill and sauté stations")
    assert as_shown("grill station", grill) == "grill station"
    assert as_shown("RF scanner", said("RF scanner", "RF scanners", "Scan with RF scanners")) == "RF scanner"
