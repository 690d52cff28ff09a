"""Shards: K/N read as typed or refused with what is wanted; shard K of N makes rows K, K+N, K+2N, ..."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.batches import HEADER, copy_example_batch, manifest_rows

from toolkit.batch import read_batch_rows, run_batch
from toolkit.batch.shards import expected_rows, in_shard, manifest_name, parse_shard
from toolkit.cli import cli
from toolkit.errors import JobkitError


@pytest.fixture
def example_csv(tmp_path):
    return copy_example_batch(tmp_path)


def test_a_shard_is_read_as_typed():
    assert parse_shard("2/8") == (2, 8)
    assert parse_shard(" 1 / 1 ") == (1, 1)


@pytest.mark.parametrize("typed", ["0/4", "5/4", "1/0", "two/4", "1-4", ""])
def test_a_shard_outside_one_to_n_or_not_k_over_n_is_refused(typed):
    with pytest.raises(JobkitError, match="shard"):
        parse_shard(typed)


def test_every_row_is_in_exactly_one_shard_of_n():
    for count in (1, 3, 4):
        owners = [[number for number in range(1, count + 1) if in_shard(row, (number, count))] for row in range(1, 20)]
        assert all(len(owner) == 1 for owner in owners)
    assert [row for row in range(1, 11) if in_shard(row, (2, 3))] == [2, 5, 8]


def test_each_shard_has_its_own_manifest_and_its_share_of_the_rows(tmp_path):
    assert manifest_name(None) == "manifest.csv" and manifest_name((2, 8)) == "manifest-2-of-8.csv"
    table = tmp_path / "jobs.csv"
    table.write_text(
        "role,level,company\n" + "".join(f"r{row},mid,Acme\n" for row in range(1, 11)) + "\n", encoding="utf-8"
    )
    assert expected_rows(table) == 10
    assert [expected_rows(table, (number, 3)) for number in (1, 2, 3)] == [4, 3, 3]
    assert expected_rows(tmp_path / "missing.csv") is None


def test_shards_together_make_what_one_batch_makes_and_merge_without_clashes(example_csv, tmp_path):
    # Rows whose names collide, spread over shards: every shard must agree on the -2, -3 suffixes.
    with open(example_csv, "a", encoding="utf-8") as handle:
        handle.write("job-description,medical-records-specialist,mid,Acme,,,,,,,posting\n" * 4)
    whole = run_batch(example_csv, out_dir=tmp_path / "whole", fmt="md", jobs=1)
    merged = tmp_path / "merged"
    summaries = [run_batch(example_csv, out_dir=merged, fmt="md", jobs=1, shard=(k, 3)) for k in (1, 2, 3)]

    assert sum(summary.made for summary in summaries) == whole.made
    assert sum(summary.failed for summary in summaries) == whole.failed
    expected = {path.name: path.read_bytes() for path in (tmp_path / "whole").glob("*.md")}
    assert {path.name: path.read_bytes() for path in merged.glob("*.md")} == expected
    assert {"posting.md", "posting-2.md", "posting-3.md", "posting-4.md"} <= set(expected)

    manifests = sorted(path.name for path in merged.glob("manifest*.csv"))
    assert manifests == ["manifest-1-of-3.csv", "manifest-2-of-3.csv", "manifest-3-of-3.csv"]
    shard_rows = [manifest_rows(merged / name) for name in manifests]
    whole_rows = manifest_rows(tmp_path / "whole" / "manifest.csv")
    # Row numbers are the CSV's: shard K holds the K-th, (K+3)-th, ... data rows (the header is row 1).
    assert [row["row"] for row in shard_rows[0]] == [row["row"] for row in whole_rows[0::3]]
    assert [row["row"] for row in shard_rows[1]] == [row["row"] for row in whole_rows[1::3]]
    merged_rows = sorted((row for rows in shard_rows for row in rows), key=lambda row: int(row["row"]))
    assert [(row["row"], Path(row["output"]).name, row["status"]) for row in merged_rows] == [
        (row["row"], Path(row["output"]).name, row["status"]) for row in whole_rows
    ]


def test_the_progress_total_is_the_number_of_rows_each_shard_makes(tmp_path):
    source = tmp_path / "jobs.csv"
    # Spreadsheets save an emptied row as its separators alone (",,,"): no row either; a cell's line break
    # (Alt+Enter) makes no second row.
    source.write_text(HEADER + "".join(f'medical-records-specialist,mid,"Acme\n{n}",\n\n,,,\n' for n in range(7)))
    rows = len(list(read_batch_rows(source)))
    assert expected_rows(source) == rows == 7, "blank lines are no rows"
    for number in (1, 2, 3):
        made = sum(1 for ordinal in range(1, rows + 1) if in_shard(ordinal, (number, 3)))
        assert expected_rows(source, (number, 3)) == made
    assert expected_rows(tmp_path / "missing.csv") is None, "the run itself says what is wrong"


def test_more_shards_than_rows_leaves_the_extra_shards_empty(tmp_path):
    source = tmp_path / "jobs.csv"
    source.write_text(HEADER + "medical-records-specialist,mid,Acme,posting\n")
    summary = run_batch(source, out_dir=tmp_path / "out", fmt="md", jobs=1, shard=(2, 2))
    assert (summary.made, summary.failed) == (0, 0)
    assert manifest_rows(tmp_path / "out" / "manifest-2-of-2.csv") == []
    assert not list((tmp_path / "out").glob("*.md"))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0/4", "1 <= K <= N (got 0/4)"),
        ("5/4", "1 <= K <= N (got 5/4)"),
        ("1/0", "1 <= K <= N (got 1/0)"),
        ("2", "a shard is K/N"),
        ("a/b", "a shard is K/N"),
        ("-1/4", "a shard is K/N"),
    ],
)
def test_a_shard_outside_one_to_n_is_a_usage_error(runner, example_csv, tmp_path, value, message):
    result = runner.invoke(cli, ["batch", str(example_csv), "--out-dir", str(tmp_path / "out"), "--shard", value])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out").exists()


def test_shard_from_the_command_line_names_its_manifest_and_counts_its_rows(runner, example_csv, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["batch", str(example_csv), "--out-dir", str(out), "-f", "md", "--shard", "2/4"])
    assert result.exit_code == 0, result.output
    rows = manifest_rows(out / "manifest-2-of-4.csv")
    assert [row["row"] for row in rows] == ["3", "7"]  # data rows 2 and 6 of the example
    assert "[2/2]" in result.output and "made 2, failed 0" in result.output
    assert not (out / "manifest.csv").exists()
