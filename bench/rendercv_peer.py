"""The RenderCV peer for the benchmarks: the same person as examples/profile.yaml, in RenderCV's YAML.

RenderCV (https://rendercv.com) is the closest peer: YAML in, a one-page PDF out. To
compare start-up fairly, the bench renders the same content with both tools. This module
finds a RenderCV install and writes its input file from a JSON Resume profile.

RenderCV 2.8 needs Python 3.12 or later, so it usually lives in its own virtual
environment. ``find_rendercv`` looks, in order, at ``$RENDERCV`` (a path to the
``rendercv`` executable), the ``rendercv`` on PATH, and ``/work/venvs/rendercv/bin/rendercv``.
Install it with, for example::

    python3.12 -m venv ~/venvs/rendercv && ~/venvs/rendercv/bin/pip install 'rendercv[full]==2.8'
    RENDERCV=~/venvs/rendercv/bin/rendercv python bench/bench_resume.py

    python bench/rendercv_peer.py examples/profile.yaml > Maya_Robinson_CV.yaml   # just the YAML
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

DEFAULT_LOCATIONS = [Path("/work/venvs/rendercv/bin/rendercv")]


def find_rendercv() -> tuple[Path | None, str]:
    """(the rendercv executable, its version) or (None, why not)."""
    candidates: list[Path] = []
    if os.environ.get("RENDERCV"):
        candidates.append(Path(os.environ["RENDERCV"]))
    if on_path := shutil.which("rendercv"):
        candidates.append(Path(on_path))
    candidates += DEFAULT_LOCATIONS
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            try:
                version = subprocess.run(
                    [str(candidate), "--version"], capture_output=True, text=True, timeout=60, check=True
                ).stdout.strip()
            except (OSError, subprocess.SubprocessError) as error:
                return None, f"{candidate} does not run: {error}"
            return candidate, version
    return None, (
        "RenderCV is not installed (set RENDERCV to its executable; it needs Python 3.12+: "
        "python3.12 -m venv venv && venv/bin/pip install 'rendercv[full]==2.8')"
    )


def _month(value: str | None) -> str | None:
    """JSON Resume dates (YYYY, YYYY-MM, YYYY-MM-DD) as RenderCV's YYYY-MM or YYYY."""
    if not value:
        return None
    return str(value)[:7]


def _abbreviation(degree: str | None) -> str | None:
    """ "Associate of Applied Science" -> "AAS": RenderCV sets the degree in a narrow column."""
    if not degree or len(degree) <= 6:
        return degree
    return "".join(word[0] for word in degree.split() if word[0].isupper())


def rendercv_data(profile: dict) -> dict:
    """RenderCV's ``cv`` document for a JSON Resume profile: the same sections, in the same order."""
    basics = profile.get("basics", {})
    location = basics.get("location") or {}
    cv: dict = {
        "name": basics.get("name"),
        "headline": basics.get("label"),
        "location": ", ".join(part for part in (location.get("city"), location.get("region")) if part) or None,
        "email": basics.get("email"),
        "social_networks": [
            {"network": item["network"], "username": item["username"]}
            for item in basics.get("profiles", [])
            if item.get("network") in {"LinkedIn", "GitHub"} and item.get("username")
        ],
    }
    sections: dict = {}
    if basics.get("summary"):
        sections["summary"] = [basics["summary"]]
    sections["experience"] = [
        {
            "company": job.get("name"),
            "position": job.get("position"),
            "location": job.get("location"),
            "start_date": _month(job.get("startDate")),
            "end_date": _month(job.get("endDate")) or "present",
            "summary": job.get("summary"),
            "highlights": job.get("highlights", []),
        }
        for job in profile.get("work", [])
    ]
    sections["education"] = [
        {
            "institution": school.get("institution"),
            "area": school.get("area"),
            "degree": _abbreviation(school.get("studyType")),
            "start_date": _month(school.get("startDate")),
            "end_date": _month(school.get("endDate")),
            "highlights": [f"Courses: {', '.join(school['courses'])}"] if school.get("courses") else [],
        }
        for school in profile.get("education", [])
    ]
    sections["certifications"] = [
        {
            "label": item["name"],
            "details": ", ".join(str(part) for part in (item.get("issuer"), item.get("date")) if part),
        }
        for item in profile.get("certificates", [])
    ]
    sections["skills"] = [
        {"label": group["name"], "details": ", ".join(group.get("keywords", []))} for group in profile.get("skills", [])
    ]
    if profile.get("languages"):
        sections["languages"] = [
            {"label": item["language"], "details": item.get("fluency", "")} for item in profile["languages"]
        ]
    cv["sections"] = sections
    return {"cv": {key: value for key, value in cv.items() if value not in (None, [], "")}}


def write_rendercv_input(profile_path: Path, folder: Path) -> Path:
    """Write ``<Name>_CV.yaml`` for RenderCV into ``folder``; returns its path."""
    profile = yaml.safe_load(profile_path.read_text(encoding="utf-8"))
    data = rendercv_data(profile)
    path = folder / "Maya_Robinson_CV.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def rendercv_command(executable: Path, input_file: Path, pdf: Path) -> list[str]:
    """Render the PDF only (no Markdown, HTML or PNG), as jobkit's bench renders only a PDF."""
    return [str(executable), "render", str(input_file), "--pdf-path", str(pdf), "-nomd", "-nohtml", "-nopng", "-q"]


if __name__ == "__main__":
    profile_file = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "examples/profile.yaml")
    data = rendercv_data(yaml.safe_load(profile_file.read_text(encoding="utf-8")))
    sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
