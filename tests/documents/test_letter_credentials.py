"""A letter names the credentials the posting asks for that the profile holds (as a certificate or a listed
skill, in any of the lexicon's spellings), and never one the profile lacks. A nurse and a driver."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from toolkit.api import render_cover_letter

APPLICATIONS = Path(__file__).resolve().parent.parent / "fixtures" / "applications"
TODAY = date(2026, 12, 1)


def _profile(tmp_path, trade: str, **changes) -> Path:
    data = yaml.safe_load((APPLICATIONS / f"{trade}-profile.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / f"{trade}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _letter(profile: Path, trade: str, fmt: str = "md") -> str:
    content = render_cover_letter(profile, job=APPLICATIONS / f"{trade}-posting.txt", fmt=fmt, today=TODAY).content
    if fmt == "pdf":
        return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())
    return " ".join(content.decode().split())


def test_the_nurse_letter_names_her_license_bls_and_acls_and_not_the_ccrn_she_lacks():
    text = _letter(APPLICATIONS / "nurse-profile.yaml", "nurse", fmt="pdf")
    assert "Registered Nurse License, Ohio" in text  # the posting's "RN license"
    assert "the BLS and ACLS credentials, both from the American Heart Association" in text
    assert "CCRN" not in text  # the posting prefers it; the profile does not hold it


def test_the_driver_letter_names_his_class_a_cdl_and_not_the_twic_card():
    text = _letter(APPLICATIONS / "driver-profile.yaml", "driver", fmt="pdf")
    assert "I hold the Class A CDL from the Illinois Secretary of State." in text
    assert "TWIC" not in text and "MVR" not in text


def test_other_spellings_of_a_credential_count(tmp_path):
    nurse = _profile(
        tmp_path,
        "nurse",
        certificates=[
            {"name": "Basic Life Support Provider", "issuer": "American Heart Association", "date": "2024-01"},
            {"name": "Nursing license (Ohio)", "date": "2017-02"},
        ],
    )
    text = _letter(nurse, "nurse")
    assert "Basic Life Support Provider" in text and "Nursing license (Ohio)" in text
    assert "ACLS" not in text  # asked for, but this profile does not hold it any more
    driver = _profile(
        tmp_path,
        "driver",
        certificates=[{"name": "Commercial Driver's License, Class A", "issuer": "Illinois Secretary of State"}],
    )
    assert "I hold the Commercial Driver's License, Class A from the Illinois Secretary of State." in _letter(
        driver, "driver"
    )


def test_a_credential_listed_among_the_skills_is_named_as_the_profile_spells_it(tmp_path):
    nurse = _profile(
        tmp_path, "nurse", certificates=[], skills=[{"name": "Certifications", "keywords": ["BLS", "ACLS", "PALS"]}]
    )
    text = _letter(nurse, "nurse")
    assert "I hold the BLS and ACLS credentials." in text
    assert "PALS" not in text  # held, but not what this posting asks for
    driver = _profile(
        tmp_path,
        "driver",
        certificates=[],
        skills=[{"name": "Licences", "keywords": ["CDL-A with tanker endorsement"]}],
    )
    text = _letter(driver, "driver")
    assert "I hold the CDL-A." in text and "tanker" not in text


@pytest.mark.parametrize("trade", ["nurse", "driver"])
def test_with_no_credentials_the_letter_claims_none(tmp_path, trade):
    text = _letter(_profile(tmp_path, trade, certificates=[], skills=[]), trade)
    assert "I hold" not in text
    body = text.split("Dear", 1)[1]
    for title in ("Regional CDL-A Truck Driver", "Class A CDL Driver"):  # the posting's and the job's titles
        body = body.replace(title, "")
    for term in ("BLS", "ACLS", "CDL", "license"):
        assert term not in body


def test_a_code_set_among_skills_is_never_claimed_as_the_certificate_a_posting_spells_alike(tmp_path):
    # "CPT" in a coder's skills is the procedure code set; a phlebotomy posting's "CPT certification" is another thing.
    coder = tmp_path / "coder.yaml"
    coder.write_text(
        yaml.safe_dump(
            {
                "basics": {"name": "Rafa Ortiz", "label": "Medical Coder"},
                "work": [{"name": "Elm Clinic", "position": "Medical Coder", "startDate": "2021-01", "highlights": []}],
                "skills": [{"name": "Coding", "keywords": ["CPT", "ICD-10-CM", "HCPCS"]}],
            }
        ),
        encoding="utf-8",
    )
    posting = tmp_path / "phlebotomist.txt"
    posting.write_text(
        "Phlebotomist\nAcme Labs - Springfield, IL\n\nRequirements:\n"
        "- CPT certification (Certified Phlebotomy Technician) required\n- BLS certification required\n",
        encoding="utf-8",
    )
    text = " ".join(render_cover_letter(coder, job=posting, fmt="md", today=TODAY).content.decode().split())
    assert "I hold" not in text and "CPT credential" not in text
