"""Where the repository, its examples and the role most tests use are."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
ROLE = "medical-records-specialist"
