"""Batch: one job description per CSV row, made by worker processes, with a manifest (see ``running``).

``running`` holds the order of a run; ``rows`` reads and checks the CSV; ``shards`` splits a run
over machines; ``workers`` makes the rows; ``manifest`` writes what was made.
"""

from __future__ import annotations

from .manifest import spreadsheet_safe
from .rows import COLUMNS, is_role_path, output_name, read_batch_rows
from .running import BatchSummary, run_batch
from .shards import Shard, check_shard, expected_rows, in_shard, manifest_name, parse_shard
from .workers import RowResult

__all__ = [
    "COLUMNS",
    "BatchSummary",
    "RowResult",
    "Shard",
    "check_shard",
    "expected_rows",
    "in_shard",
    "is_role_path",
    "manifest_name",
    "output_name",
    "parse_shard",
    "read_batch_rows",
    "run_batch",
    "spreadsheet_safe",
]
