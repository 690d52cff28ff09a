"""Resumes and cover letters in every language: jobkit's words translated, the person's kept, nothing invented,
read back from the PDF and the DOCX as a reader gets them."""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from support.paths import EXAMPLES, REPO
from support.profiles import sparse_front_desk

from toolkit.api import render_cover_letter, render_resume
from toolkit.cli import cli
from toolkit.inputs.roles import load_role

LANGUAGES = ["en", "de", "fr", "es"]
LENA = REPO / "tests" / "fixtures" / "profiles" / "lena-hoffmann-de.yaml"
ROLE = "medical-records-specialist"
TODAY = date(2026, 11, 23)
# What each language calls the sections and the end of a range, as a reader sees them.
HEADINGS = {
    "en": ["Experience", "Certifications", "Education", "Skills", "Languages"],
    "de": ["Berufserfahrung", "Zertifizierungen", "Ausbildung", "Kenntnisse", "Sprachen"],
    "fr": ["Expérience professionnelle", "Certifications", "Formation", "Compétences", "Langues"],
    "es": ["Experiencia profesional", "Certificaciones", "Formación", "Habilidades", "Idiomas"],
}
PRESENT = {
    "en": "Mar 2021 – Present",
    "de": "03/2021 – heute",
    "fr": "mars 2021 – aujourd’hui",
    "es": "marzo 2021 – actualidad",
}


def _pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_resume_pdf_and_docx_speak_the_language_and_keep_the_persons_words(lang):
    pdf = render_resume(LENA, lang=lang, fmt="pdf", today=TODAY).content
    text = _pdf_text(pdf)
    for heading in HEADINGS[lang]:
        assert heading.casefold() in text.casefold(), heading
    assert PRESENT[lang] in text
    # The person's words are never translated.
    assert "Kodierung von rund 60 stationären Fällen pro Woche nach ICD-10-GM und OPS" in text
    assert "Medizinische Dokumentarin" in text and "Muttersprache" in text
    page = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    # A4 by default outside English, Letter in English.
    assert (round(float(page.width)), round(float(page.height))) == ((612, 792) if lang == "en" else (595, 842))
    document = docx.Document(io.BytesIO(render_resume(LENA, lang=lang, fmt="docx", today=TODAY).content))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert [heading for heading in HEADINGS[lang] if heading in paragraphs] == HEADINGS[lang]
    tag = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
    assert document.core_properties.language == tag
    assert f'w:val="{tag}"' in document.styles.element.xml.split("w:docDefaults", 2)[1]


def test_the_option_wins_over_the_profile_and_the_profile_over_english():
    assert "Berufserfahrung" in render_resume(LENA, fmt="md", today=TODAY).content.decode()
    text = render_resume(LENA, lang="fr", fmt="md", today=TODAY).content.decode()
    assert "Expérience professionnelle" in text and "Berufserfahrung" not in text
    html = render_resume(LENA, lang="es", fmt="html", today=TODAY).content.decode()
    assert '<html lang="es-ES">' in html


def test_english_stays_on_letter_paper_and_a_paper_asked_for_wins():
    english = render_resume(EXAMPLES / "profile.yaml", fmt="pdf", today=TODAY).content
    assert round(float(PdfReader(io.BytesIO(english)).pages[0].mediabox.height)) == 792
    german = render_resume(LENA, paper="letter", fmt="pdf", today=TODAY).content
    assert round(float(PdfReader(io.BytesIO(german)).pages[0].mediabox.height)) == 792


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cefr_levels_are_named_and_other_fluencies_shown_as_given(lang):
    text = render_resume(LENA, lang=lang, fmt="txt", today=TODAY).content.decode()
    line = next(line for line in text.splitlines() if "Englisch" in line)
    assert re.search(r"Englisch \(C1, \w+\)", line) and "((" not in line and "Deutsch (Muttersprache)" in line


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("level", ["junior", "senior", "manager"])
def test_a_resume_never_invents_a_fact_in_any_language(write_profile, lang, level):
    """The sparse profile of tests/documents: in every language, no employer, credential, skill or number it lacks."""
    path = write_profile(sparse_front_desk())
    text = render_resume(path, role=ROLE, level=level, lang=lang, fmt="txt", today=TODAY).content.decode()
    for certification in load_role(ROLE).certifications:
        assert not re.search(rf"\b{certification.abbreviation}\b", text), certification.abbreviation
        assert certification.name not in text
    for word in ("HIPAA", "ICD", "CPT", "Cerner", "Meditech", "coding", "billing", "AHIMA"):
        assert word.lower() not in text.lower(), word
    assert _numbers(text) <= _numbers(path.read_text()) | {"2"}
    assert {line for line in text.splitlines() if "Clinic" in line} <= {"Valley Clinic"}
    summary = text.split("\n\n")[3] if lang != "en" else ""
    # The written summary says the person's title, whole years and the position sought, nothing else.
    assert "Front Desk Associate" in summary or lang == "en"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_letter_never_claims_what_the_profile_lacks_in_any_language(write_profile, tmp_path, lang):
    profile = write_profile(
        {
            "basics": {"name": "Sam Ortiz", "email": "sam@example.com"},
            "work": [
                {
                    "name": "Valley Clinic",
                    "position": "Records Clerk",
                    "startDate": "2022-02",
                    "highlights": ["Scanned 300 charts a week into Epic", "Answered patient record requests"],
                }
            ],
            "certificates": [{"name": "CPR", "issuer": "Red Cross"}],
            "skills": [{"name": "Tools", "keywords": ["Epic", "Microsoft Excel"]}],
        }
    )
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Coding Specialist\nMercy Hospital\n\nRequirements:\n- CPC or CCS certification required\n"
        "- 5+ years of inpatient coding with ICD-10-CM and DRG assignment\n- Meditech experience\n"
        "- HIPAA training\n\nPreferred:\n- RHIA\n",
        encoding="utf-8",
    )
    letter = render_cover_letter(profile, role=ROLE, job=posting, lang=lang, fmt="txt", today=TODAY)
    text = letter.content.decode()
    for absent in ("CPC", "CCS", "RHIA", "Certified", "Meditech", "ICD", "DRG", "HIPAA", "coding", "AHIMA"):
        assert absent.lower() not in text.lower().replace("coding specialist", ""), absent
    assert "Valley Clinic" in text and "Epic" in text and "CPR" not in text
    # Years worked (four, in words), and the letter's date: no other number.
    assert _numbers(text) <= _numbers(profile.read_text()) | {"23", "2026"}
    assert "not claimed, the profile does not show it" in "\n".join(letter.explanation)


# The years are Lena's as a Medizinische Dokumentarin (her years as a Fachangestellte are left out), so each
# language says what they are years of, as English does.
LETTER_FRAME = {
    "en": ("November 23, 2026", "Dear Dana Lee,", "Sincerely,", "I bring over five years of experience"),
    "de": (
        "23. November 2026",
        "Guten Tag Dana Lee,",
        "Mit freundlichen Grüßen",
        "Ich bringe über fünf Jahre Erfahrung als Medizinische Dokumentarin mit",
    ),
    "fr": (
        "23 novembre 2026",
        "Madame, Monsieur,",
        "salutations distinguées",
        "J’ai plus de cinq ans d’expérience en tant que Medizinische Dokumentarin",
    ),
    "es": (
        "23 de noviembre de 2026",
        "Estimado/a Dana Lee:",
        "Atentamente,",
        "Cuento con más de cinco años de experiencia como Medizinische Dokumentarin",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_letter_pdf_in_each_language_has_its_formal_frame_and_the_persons_highlights_as_written(lang):
    letter = render_cover_letter(
        LENA,
        company="Charité Campus Nord",
        position="Kodierfachkraft",
        hiring_manager="Dana Lee",
        lang=lang,
        fmt="pdf",
        today=TODAY,
    )
    text = _pdf_text(letter.content)
    when, salutation, sign_off, years = LETTER_FRAME[lang]
    assert when in text and salutation in text and sign_off in text and years in text
    assert "Kodierfachkraft" in text and "Charité Campus Nord" in text and "Klinikum Friedrichshain" in text
    if lang != "en":  # English quotes only highlights it can say as "I ...", or those a posting asks for
        assert "Kodierung von rund 60 stationären Fällen pro Woche nach ICD-10-GM und OPS" in text
    assert _numbers(text) <= _numbers(LENA.read_text()) | {"23", "2026"}
    if lang == "fr":
        assert "À l’attention de Dana Lee" in text  # the name goes above; the salutation stays formal


def test_an_unknown_lang_is_a_usage_error_listing_the_languages(runner):
    result = runner.invoke(cli, ["resume", str(LENA), "--lang", "it", "-f", "md", "-o", "-"])
    assert result.exit_code == 2
    assert "'it' is not one of" in result.output and all(code in result.output for code in LANGUAGES)


def test_lang_takes_a_region_as_meta_language_does(runner):
    # "de-AT" in a profile's meta.language writes German; the option takes the same tag. The profile is an
    # English one, so German headings and dates can only come from the option.
    result = runner.invoke(cli, ["resume", str(EXAMPLES / "profile.yaml"), "--lang", "de-AT", "-f", "md", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "\n## Berufserfahrung\n" in result.stdout and "(03/2022 – heute)" in result.stdout
    assert "\n## Experience\n" not in result.stdout and "Present" not in result.stdout


def test_an_unknown_profile_language_is_located(runner, write_profile):
    path = write_profile("basics:\n  name: Ana Weber\nmeta:\n  language: it\n")
    result = runner.invoke(cli, ["resume", str(path), "-f", "md", "-o", "-"])
    assert result.exit_code == 1
    assert re.search(
        r"profile\.yaml:4:\d+: meta\.language: unknown language 'it'; choose from: en, de, es, fr", result.output
    )
