"""An English letter's own sentences: skills named with the article a device takes, the best highlight tied to the
requirement it answers."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
import yaml

from toolkit.api import render_cover_letter
from toolkit.documents.letter_english import skills_sentence

POSTINGS = Path(__file__).resolve().parents[1] / "fixtures" / "postings"
PRACTICE = Path(__file__).resolve().parents[1] / "fixtures" / "practice"


@pytest.mark.parametrize(
    ("skills", "sentence"),
    [
        (["RF scanner"], "My skills also include an RF scanner, which your posting names."),
        (["Pallet jack", "Excel"], "My skills also include a pallet jack and Excel, both named in your posting."),
        # A plural, a skill area and a product's name take none.
        (
            ["hand tools", "knife skills", "Square POS"],
            "My skills also include hand tools, knife skills and Square POS",
        ),
    ],
)
def test_a_device_among_the_skills_takes_an_article(skills, sentence):
    assert skills_sentence(skills, from_posting=True).startswith(sentence)


def test_a_warehouse_letter_names_the_scanner_as_a_sentence_would(tmp_path):
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        yaml.safe_dump(
            {
                "basics": {"name": "Luis Ortega", "label": "Warehouse Associate"},
                "work": [
                    {
                        "name": "Midway Supply",
                        "position": "Warehouse Associate",
                        "startDate": "2022-03",
                        "highlights": ["Pick and pack 150 orders a shift"],
                    }
                ],
                "skills": [{"name": "Equipment", "keywords": ["RF scanner"]}],
            }
        ),
        encoding="utf-8",
    )
    content = render_cover_letter(
        profile, job=POSTINGS / "18-crossdock-warehouse-associate.txt", fmt="docx", today=date(2026, 12, 1)
    ).content
    text = " ".join(paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs)
    assert "include an RF scanner" in text, text
    assert "include RF scanner" not in text


APPLICATIONS = Path(__file__).resolve().parents[1] / "fixtures" / "applications"


def _letter_text(profile: Path, posting: Path) -> str:
    content = render_cover_letter(profile, job=posting, fmt="docx", today=date(2026, 12, 1)).content
    return " ".join(paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs)


def test_the_years_are_brought_to_the_employer_applied_to_and_an_internal_application_names_it_once():
    driver = APPLICATIONS / "driver-profile.yaml"
    text = _letter_text(driver, APPLICATIONS / "driver-posting.txt")
    assert "I bring over eight years of experience as a driver to Lakeland Carriers; I currently work" in text
    # The driver's own employer posts a job: "to Prairie Freight Lines; I currently work ... at Prairie Freight Lines"
    # would name it twice in one sentence.
    internal = _letter_text(driver, POSTINGS / "extra" / "h4-prairie-freight-cdl.txt")
    assert (
        "I bring over eight years of experience as a driver; "
        "I currently work as a Class A CDL Driver at Prairie Freight Lines." in internal
    )


def test_the_best_highlight_says_which_requirement_of_this_posting_it_answers():
    # The same A/B-testing highlight in a letter for a posting that asks for A/B testing is tied to that requirement.
    text = _letter_text(APPLICATIONS / "analyst-profile.yaml", PRACTICE / "product-analyst-experiments.txt")
    assert "Your posting asks for A/B testing; as a Software Engineer at Finch Payments, I ran A/B tests" in text
    other = _letter_text(APPLICATIONS / "analyst-profile.yaml", PRACTICE / "planning-analyst-forecasts.txt")
    assert "Your posting asks for A/B testing" not in other  # that posting does not


@pytest.mark.parametrize(
    ("term", "clause"),
    [
        ("forklift", "Your posting mentions forklift experience"),  # not "mentions forklift"
        ("RF scanner", "Your posting asks for RF scanner experience"),
        ("A/B testing", "Your posting asks for A/B testing"),  # a skill is asked for as it is
    ],
)
def test_a_device_the_best_highlight_answers_is_asked_for_as_experience_with_it(term, clause):
    from toolkit.documents.letter_english import answered_requirement
    from toolkit.documents.letter_evidence import Evidence
    from toolkit.models.profile import Work
    from toolkit.models.role import Keyword

    required = "required" if clause.startswith("Your posting asks") else "preferred"
    keyword = Keyword(term=term, category="tools")
    evidence = [Evidence(job_index=0, highlight_index=0, job=Work(), text="Moved pallets", covers={term})]
    assert answered_requirement(evidence, [(keyword, required)]) == (0, clause)


@pytest.mark.parametrize(
    ("highlight", "past", "clause"),
    [
        # A medical assistant's "Give ordered injections ..." was quoted or left out: "give" was not a known verb.
        ("Give ordered injections under the provider's direction.", False, "give ordered injections"),
        ("Give ordered injections under the provider's direction.", True, "gave ordered injections"),
        ("Take vital signs for 25 patients a day.", True, "took vital signs for 25 patients a day"),
    ],
)
def test_a_highlight_that_starts_with_a_common_irregular_verb_becomes_a_clause(highlight, past, clause):
    from toolkit.documents.letter_english import as_first_person_clause

    assert (as_first_person_clause(highlight, past=past) or "").startswith(clause)
