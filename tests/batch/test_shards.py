"""Shards: K/N read as typed or refused with what is wanted; shard K of N makes rows K, K+N, K+2N, ..."""

from __future__ import annotations

import pytest

from toolkit.batch.shards import expected_rows, in_shard, manifest_name, parse_shard
from toolkit.errors import JobkitError


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
