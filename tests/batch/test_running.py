"""Running a batch: every good row made and the bad one reported, in the manifest too; a file already there kept
unless forced."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.batches import HEADER, copy_example_batch, manifest_rows

from toolkit.batch import run_batch
from toolkit.cli import cli


@pytest.fixture
def example_csv(tmp_path):
    return copy_example_batch(tmp_path)


@pytest.mark.slow
def test_example_batch_makes_every_good_row_and_reports_the_bad_one(runner, example_csv, tmp_path):
    out = tmp_path / "postings"
    result = runner.invoke(cli, ["batch", str(example_csv), "--out-dir", str(out), "--format", "pdf", "--jobs", "2"])
    assert result.exit_code == 1
    assert "made 8, failed 1" in result.output
    # Named as the CSV names it: there is no --salary option in a batch.
    assert (
        "row 10 failed: salary_min '62000' and salary_max '55000': the minimum (62,000) is above the maximum (55,000)"
        in result.output
    )
    rows = manifest_rows(out / "manifest.csv")
    assert [row["row"] for row in rows] == [str(number) for number in range(2, 11)]
    assert [row["status"] for row in rows].count("made") == 8
    made = sorted(Path(row["output"]) for row in rows if row["status"] == "made")
    assert made == sorted(out.glob("*.pdf"))
    assert all(path.read_bytes()[:4] == b"%PDF" for path in made)


def test_existing_files_are_kept_unless_forced(tmp_path):
    source = tmp_path / "jobs.csv"
    source.write_text(HEADER + "medical-records-specialist,mid,Acme,posting\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "posting.md").write_text("mine")
    summary = run_batch(source, out_dir=out, fmt="md", jobs=1)
    assert summary.failed == 1 and (out / "posting.md").read_text() == "mine"
    assert "pass --force" in manifest_rows(out / "manifest.csv")[0]["message"]
    assert run_batch(source, out_dir=out, fmt="md", jobs=1, force=True).made == 1
    assert (out / "posting.md").read_text().startswith("Acme")
