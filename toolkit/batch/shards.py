"""Shards: a large CSV run as N independent jobs, shard K of N making every N-th row from the K-th."""

from __future__ import annotations

from pathlib import Path

from ..errors import JobkitError
from .rows import read_batch_rows

Shard = tuple[int, int]  # (K, N): the K-th of N shards, 1 <= K <= N


def parse_shard(text: str) -> Shard:
    """``"2/8"`` -> ``(2, 8)``; anything else, or K outside 1..N, is a ``JobkitError`` saying what is wanted."""
    import re

    match = re.fullmatch(r"\s*([0-9]{1,6})\s*/\s*([0-9]{1,6})\s*", text)
    if not match:
        raise JobkitError(f"a shard is K/N, e.g. 1/4 for the first of four (got {text[:40]!r})")
    return check_shard((int(match.group(1)), int(match.group(2))))


def check_shard(shard: Shard) -> Shard:
    number, count = shard
    if count < 1 or not 1 <= number <= count:
        raise JobkitError(f"a shard K/N needs 1 <= K <= N (got {number}/{count}); shards are numbered from 1")
    return shard


def manifest_name(shard: Shard | None) -> str:
    """``manifest.csv``, or ``manifest-K-of-N.csv`` for a shard, so the manifests of all shards sit side by side."""
    return "manifest.csv" if shard is None else f"manifest-{shard[0]}-of-{shard[1]}.csv"


def in_shard(ordinal: int, shard: Shard | None) -> bool:
    """Whether the ``ordinal``-th data row (1 for the first) belongs to ``shard``: every N-th from the K-th."""
    return shard is None or (ordinal - shard[0]) % shard[1] == 0


def expected_rows(csv_path: str | Path, shard: Shard | None = None) -> int | None:
    """How many rows a run makes, for a progress bar: the rows the batch reads (a cell's line breaks and
    emptied ",,," rows counted as the run counts them), those of ``shard`` only. None when the file
    cannot be read (the run says why)."""
    try:
        rows = sum(1 for _ in read_batch_rows(csv_path))
    except JobkitError:
        return None
    if shard is None:
        return rows
    number, count = shard  # shard K/N makes the rows numbered K, K+N, K+2N, ...
    return max(0, (rows - number) // count + 1)
