"""Rich tables that keep every character on a narrow terminal.

Rich shortens a cell that does not fit its column with an ellipsis (``$38,…`` for a pay figure on a
40-column terminal). jobkit's columns fold instead: a word longer than its column goes on the next line,
so a narrow terminal gets taller rows, never lost text. Import it inside functions, as rich is.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table as RichTable


class Table(RichTable):
    """A ``rich.table.Table`` whose columns fold text that does not fit rather than shorten it."""

    def add_column(self, *args: Any, overflow: Any = "fold", **options: Any) -> None:
        super().add_column(*args, overflow=overflow, **options)
