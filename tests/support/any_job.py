"""A software engineer's JSON Resume and a backend posting, read on a fixed day: documents for a job outside every
role pack, and the check that none of them says a health-records word or leaves a gap where a value went missing."""

from __future__ import annotations

import re
from datetime import date

from support.paths import REPO

PROFILE = REPO / "tests" / "fixtures" / "profiles" / "software-engineer.json"
POSTING = REPO / "tests" / "fixtures" / "postings" / "backend-engineer.txt"
TODAY = date(2026, 1, 5)
# Words of the health-information packs; none may reach a document for a job outside them.
HEALTH_WORDS = re.compile(
    r"\b(patients?|medical|health|healthcare|clinics?|clinical|hospitals?|HIPAA|EHRs?|charts?|diagnos\w*|"
    r"physicians?|nurs\w+|ICD|CPT|AHIMA|RHIT|coders?|records?)\b",
    re.IGNORECASE,
)


def assert_clean(text: str) -> None:
    """No health-records word, no placeholder or null left in, no gap where a value went missing."""
    found = HEALTH_WORDS.search(text)
    assert not found, found.group(0)
    assert not re.search(r"[{}]|\bNone\b|\bnull\b", text)
    # No gap where a value went missing ("at  ,", "with  of experience").
    assert not re.search(r"[^\s|]  +[^\s|]| [.,;:](\s|$)", text, re.MULTILINE)
