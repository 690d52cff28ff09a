"""Letters in another language: the highlights a sentence quotes are set with that language's punctuation."""

from __future__ import annotations

from datetime import date

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
