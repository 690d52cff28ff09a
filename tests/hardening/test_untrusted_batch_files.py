"""Untrusted batch files: a CSV reads no file outside its folder, and many rows that share one name are
planned in seconds, shard or not."""

from __future__ import annotations

import csv
import time

import pytest
from support.paths import ROLE

from toolkit.batch import run_batch


def test_forty_thousand_rows_of_one_name_are_planned_in_seconds(tmp_path):
    """Each repeated name counted its suffix up from -2: 40,000 rows of one name took over three minutes."""
    rows = 40_000
    source = tmp_path / "jobs.csv"
    source.write_text("role,level,company,output\n" + f"{ROLE},mid,Acme,posting\n" * rows, encoding="utf-8")
    started = time.monotonic()
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1, shard=(rows, rows))
    assert time.monotonic() - started < 20
    assert summary.made == 1
    with open(summary.manifest, encoding="utf-8", newline="") as handle:
        (made,) = list(csv.DictReader(handle))
    assert made["output"].endswith(f"posting-{rows}.md")
    assert (tmp_path / "out" / f"posting-{rows}.md").is_file()


def _private_files(tmp_path):
    """A Word document and a YAML file of someone's own, outside the folder a stranger's CSV came in."""
    import docx

    private = tmp_path / "Documents"
    private.mkdir()
    document = docx.Document()
    document.add_paragraph("PRIVATE CONTRACT 7f3a")
    document.save(private / "contract.docx")
    (private / "hosts.yml").write_text("name: [PRIVATE-TOKEN-7f3a]\nlevels: PRIVATE-TOKEN-7f3a\n", encoding="utf-8")
    return private


@pytest.mark.parametrize(
    "column, value",
    [
        ("word_template", "{private}/contract.docx"),  # absolute
        ("docx_template", "../Documents/contract.docx"),  # relative, out of the folder
        ("company_file", "../Documents/hosts.yml"),
        ("role", "../Documents/hosts.yml"),
        ("word_template", "linked.docx"),  # a link beside the CSV that leads out
    ],
)
def test_a_stranger_s_csv_cannot_make_batch_read_a_file_outside_its_folder(tmp_path, column, value):
    private = _private_files(tmp_path)
    folder = tmp_path / "download"
    folder.mkdir()
    (folder / "linked.docx").symlink_to(private / "contract.docx")
    row = {"role": ROLE, "level": "mid", "company": "Acme", "salary_min": "1", "salary_max": "2"}
    row[column] = value.format(private=private)
    source = folder / "jobs.csv"
    source.write_text(",".join(row) + "\n" + ",".join(row.values()) + "\n", encoding="utf-8")
    summary = run_batch(source, out_dir=folder / "out", fmt="docx", jobs=1)
    assert (summary.made, summary.failed) == (0, 1)
    manifest = (folder / "out" / "manifest.csv").read_text(encoding="utf-8")
    assert f"{column} '{row[column][:30]}" in manifest and "is outside the CSV's folder" in manifest
    assert "PRIVATE" not in manifest
    assert not list((folder / "out").glob("*.docx"))


def test_files_in_the_csv_s_folder_and_below_it_are_still_read(tmp_path):
    folder = tmp_path / "jobs"
    (folder / "packs").mkdir(parents=True)
    (folder / "packs" / "mine.yaml").write_text(
        "format: 2\nid: mine\nextends: general\ntitle: Mine\n", encoding="utf-8"
    )
    (folder / "companies").mkdir()
    (folder / "companies" / "acme.yaml").write_text("name: Acme Clinic\n", encoding="utf-8")
    source = folder / "jobs.csv"
    source.write_text(
        "role,level,company_file,salary_min,salary_max,output\npacks/mine.yaml,mid,companies/acme.yaml,1,2,mine\n",
        encoding="utf-8",
    )
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1)  # run from elsewhere: the repo
    assert (summary.made, summary.failed) == (1, 0)
    assert "Acme Clinic" in (tmp_path / "out" / "mine.md").read_text(encoding="utf-8")
