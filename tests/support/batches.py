"""Batch CSVs and manifests for the batch tests: the example batch copied to a folder, a manifest read back."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from support.paths import EXAMPLES

HEADER = "role,level,company,output\n"


def copy_example_batch(folder: Path) -> Path:
    """examples/jobs.csv and the company file it names, copied to ``folder``; the CSV's path."""
    for name in ("jobs.csv", "company.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    return folder / "jobs.csv"


def manifest_rows(path: Path) -> list[dict[str, str]]:
    """A manifest's lines as dicts (row, output, status, message)."""
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
