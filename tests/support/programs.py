"""External programs some tests need: skip without them, and LibreOffice as a DOCX reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


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
