"""Shared fixtures: example files, a CLI runner, and small profiles written inline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
ROLE = "medical-records-specialist"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def example_profile(tmp_path: Path) -> Path:
    """A copy of the example YAML profile in a temporary folder (tests may write beside it)."""
    target = tmp_path / "profile.yaml"
    shutil.copy(EXAMPLES / "profile.yaml", target)
    return target


@pytest.fixture
def write_profile(tmp_path: Path):
    """Write a profile given as a dict (YAML) or as raw text; return its path."""

    def write(content, name: str = "profile.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, (bytes, bytearray)):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return path

    return write


def line_cook(*highlights: str, **sections) -> dict:
    """Rosa Delgado, a line cook since April 2022: a profile from outside health information, with
    the highlights given and any other sections (certificates, skills)."""
    work = {"name": "Harbor Table Bistro", "position": "Line Cook", "startDate": "2022-04"}
    work["highlights"] = list(highlights)
    return {"basics": {"name": "Rosa Delgado"}, "work": [work], **sections}


def sparse_front_desk() -> dict:
    """Sam Ortiz, a front desk associate with one job, one highlight and two tools: a profile too sparse for a
    health-records role, so any credential, skill, employer or number a document adds was invented."""
    return {
        "basics": {"name": "Sam Ortiz", "email": "sam@example.com"},
        "work": [
            {
                "name": "Valley Clinic",
                "position": "Front Desk Associate",
                "startDate": "2023-02",
                "endDate": "2025-08",
                "highlights": ["Scheduled 40 patient visits a day"],
            }
        ],
        "skills": [{"name": "Tools", "keywords": ["Epic", "Microsoft Excel"]}],
    }


def requires_program(name: str):
    """Skip a test, with the reason, when an external program is not installed."""
    return pytest.mark.skipif(shutil.which(name) is None, reason=f"{name} is not installed (.ci/run installs it)")


def convert_with_libreoffice(source: Path, folder: Path) -> Path:
    """Open a DOCX in LibreOffice, as a real client would, and save it as PDF; return the PDF's path."""
    import subprocess

    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{source.stem}.pdf"
