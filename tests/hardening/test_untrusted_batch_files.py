"""Untrusted batch files: a CSV of many rows that share one name is planned in seconds, shard or not."""

from __future__ import annotations

import csv
import time

from conftest import ROLE

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
