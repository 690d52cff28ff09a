"""A job description priced from OEWS, read back from the PDF as a candidate's reader would get it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from toolkit.cli import cli
from toolkit.documents.wording import long_date

CLOSING = date.today() + timedelta(days=60)  # a closing date already past is refused


@pytest.mark.slow
def test_the_pdf_states_the_range_its_source_and_the_closing_date(runner, tmp_path):
    target = tmp_path / "jd.pdf"
    result = runner.invoke(
        cli,
        [
            "job-description",
            "--role",
            "medical-records-specialist",
            "--level",
            "mid",
            "--company",
            "Birch Health",
            "--location",
            "Jackson, MS",
            "--apply-by",
            CLOSING.isoformat(),
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Jackson, MS · On-site · Full-time · $18.25 – $22.75 an hour" in text
    source = "Based on BLS OEWS May 2025 wages for Medical Records Specialists in Jackson, MS."
    assert f"Pay: $18.25 – $22.75 an hour. {source}" in text
    assert f"Apply by {long_date(CLOSING)}." in text
    # No company file, so no benefits: the section is "Pay", and no heading stands over an empty list.
    assert "SKILLS AND TOOLS" in text.upper() and "PAY AND BENEFITS" not in text.upper()
