"""Editing files as an editor does, for the watch and preview loops: saves that move the clock, polls that edit."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from toolkit.watch import DEFAULT_INTERVAL


def save(path: Path, text: str) -> None:
    """Write as an editor does, and move the modification time on, so even a same-size edit is seen."""
    before = os.stat(path).st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10_000_000, before + 10_000_000))


class EditingSleep:
    """Stands in for time.sleep: on the Nth poll it makes the Nth edit, so the loop sees saves without waiting."""

    def __init__(self, edits: dict[int, Callable[[], None]]):
        self.edits = edits
        self.polls = 0

    def __call__(self, seconds: float) -> None:
        if seconds == DEFAULT_INTERVAL:
            self.polls += 1
            if edit := self.edits.get(self.polls):
                edit()
