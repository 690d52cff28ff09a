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


@pytest.mark.parametrize(
    ("lang", "quoted"),
    [
        # French sets a no-break space before a semicolon, and French and Spanish go on in lower case after a colon
        # or semicolon ("service; Tenue" reads as a slip); German keeps the capital its nouns take.
        ("fr", ": suivi de 12 patients par service\u00a0; tenue des dossiers de soins"),
        ("de", ": Suivi de 12 patients par service; Tenue des dossiers de soins"),
        ("es", ": suivi de 12 patients par service; tenue des dossiers de soins"),
    ],
)
def test_two_quoted_highlights_are_joined_by_the_languages_semicolon_and_case(tmp_path, lang, quoted):
    path = tmp_path / "profil.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    letter = render_cover_letter(
        path, company="Clinique du Parc", position="Infirmière", lang=lang, fmt="txt", today=date(2026, 12, 7)
    ).content.decode()
    assert quoted in " ".join(letter.split()).replace(" ;", "\u00a0;"), letter


COOK = (
    "basics:\n  name: Javier Morales\n  label: Cocinero\nwork:\n"
    "  - name: La Parrilla\n    position: Cocinero\n    startDate: 2021-09\n"
    "    highlights:\n      - Preparo 150 platos por turno y llevo el registro en Excel\n"
    "      - SAP para los pedidos\n"
    "  - name: Hotel Seneca\n    position: Ayudante de cocina\n    startDate: 2019-03\n    endDate: 2021-08\n"
    "    highlights:\n      - Excel para el inventario de la cocina\n"
)


def test_a_second_job_is_framed_with_also_and_names_keep_their_capitals(tmp_path):
    # Two jobs used to read "De mi trabajo en La Parrilla, destaco lo siguiente: ... De mi puesto como Ayudante de
    # cocina en Hotel Seneca, destaco lo siguiente: ...": one phrase twice over, as a form would.
    path = tmp_path / "perfil.yaml"
    path.write_text(COOK, encoding="utf-8")
    letter = render_cover_letter(
        path, company="Niagara Grill", position="Cocinero", lang="es", fmt="txt", today=date(2026, 12, 7)
    ).content.decode()
    text = " ".join(letter.split())
    assert text.count("destaco lo siguiente") == 1, text
    # "Excel" is a name the person writes mid-sentence elsewhere, "SAP" an acronym: neither is lowered.
    assert "en Hotel Seneca, destaco también: Excel para el inventario de la cocina." in text, text
    assert ": preparo 150 platos" in text and "; SAP para los pedidos" in text


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
