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
