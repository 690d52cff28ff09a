"""Rows shared among worker processes: any number of workers makes the same documents."""

from __future__ import annotations

import pytest
from support.batches import copy_example_batch

from toolkit.batch import run_batch


@pytest.fixture
def example_csv(tmp_path):
    return copy_example_batch(tmp_path)


def test_one_and_two_workers_make_the_same_documents(example_csv, tmp_path):
    one = run_batch(example_csv, out_dir=tmp_path / "one", fmt="md", jobs=1)
    two = run_batch(example_csv, out_dir=tmp_path / "two", fmt="md", jobs=2)
    assert (one.made, one.failed) == (two.made, two.failed) == (8, 1)
    for path in (tmp_path / "one").glob("*.md"):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()
