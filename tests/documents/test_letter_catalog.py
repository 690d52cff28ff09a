"""Letters in another language: the highlights a sentence quotes are set with that language's punctuation."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest

from toolkit.api import render_cover_letter

PROFILE = (
    "basics:\n  name: Claire Martin\n  label: Infirmière\nwork:\n"
    "  - name: Hôpital Saint-Louis\n    position: Infirmière\n    startDate: 2018-09\n"
    "    highlights:\n      - Suivi de 12 patients par service\n      - Tenue des dossiers de soins\n"
)


@pytest.mark.parametrize(("lang", "between"), [("fr", "\u00a0; "), ("de", "; "), ("es", "; ")])
def test_two_quoted_highlights_are_joined_by_the_languages_semicolon(tmp_path, lang, between):
    # French sets a no-break space before a semicolon; "service; Tenue" reads as a slip in a French letter.
    path = tmp_path / "profil.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    letter = render_cover_letter(
        path, company="Clinique du Parc", position="Infirmière", lang=lang, fmt="txt", today=date(2026, 12, 7)
    ).content.decode()
    assert f"Suivi de 12 patients par service{between}Tenue des dossiers de soins" in letter


APPLICATIONS = Path(__file__).resolve().parents[1] / "fixtures" / "applications"
POSTINGS = Path(__file__).resolve().parents[1] / "fixtures" / "postings"


def _closing(profile: Path, posting: Path, lang: str) -> str:
    """The letter's last paragraph before the sign-off, as its DOCX reads."""
    content = render_cover_letter(profile, job=posting, lang=lang, fmt="docx", today=date(2026, 12, 1)).content
    paragraphs = [paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs if paragraph.text]
    return next(text for text in reversed(paragraphs) if text.count(".") >= 2)


@pytest.mark.parametrize(
    ("lang", "lives_in", "stock"),
    [("fr", "J’habite à", "à votre disposition"), ("es", "Vivo en", "a su disposición"), ("de", "wohne in", "")],
)
def test_a_letter_in_another_language_closes_with_what_this_posting_and_letter_say(lang, lives_in, stock):
    # A driver in Joliet for a Joliet posting: the closing says where they live, as the English one does; a cook in
    # Spokane whose grill highlight answers the posting: it names the grill work too. Before, both closed with the
    # same stock sentence ("Je me tiens à votre disposition ..."), whatever the posting said.
    driver = _closing(APPLICATIONS / "driver-profile.yaml", APPLICATIONS / "driver-posting.txt", lang)
    cook = _closing(APPLICATIONS / "cook-profile.yaml", POSTINGS / "extra" / "c4-juniper-salt-line-cook.txt", lang)
    assert f"{lives_in} Joliet" in driver and "Regional CDL-A Truck Driver" in driver
    assert f"{lives_in} Spokane" in cook and "grill" in cook
    assert stock == "" or (stock not in driver and stock not in cook)
    assert driver.split(".")[0] != cook.split(".")[0]
