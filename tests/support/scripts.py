"""Words in other writing systems, and a profile whose employer is written in one."""

from __future__ import annotations

from pathlib import Path

CHINESE = "深圳华为技术有限公司"
HEBREW = "שלום"
ARABIC = "شركة"


def profile_with_employer(folder: Path, employer: str) -> Path:
    """``folder/profile.yaml``: Li Wei, an analyst at ``employer``."""
    path = folder / "profile.yaml"
    path.write_text(
        "basics:\n  name: Li Wei\n  email: li@example.com\n"
        f'work:\n  - name: "{employer}"\n    position: Analyst\n    startDate: 2021-03\n'
        "    highlights: [Kept the books]\n",
        encoding="utf-8",
    )
    return path
