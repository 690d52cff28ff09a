"""Starter files for `jobkit init`: copied from templates/starters, never over an existing file."""

from __future__ import annotations

from pathlib import Path

from .errors import OutputPathError
from .output import write_new_file
from .resources import templates_dir


def write_starter(kind: str, path: Path) -> None:
    """Write the commented starter ``kind`` (profile or company) to ``path``; refuse if anything is there."""
    if path.exists() or path.is_symlink():
        raise OutputPathError(f"{path} already exists; jobkit init never overwrites a file")
    if not path.parent.exists():
        raise OutputPathError(f"folder {path.parent} does not exist")
    text = (templates_dir() / "starters" / f"{kind}.yaml").read_bytes()
    try:
        write_new_file(path, text)
    except FileExistsError:
        raise OutputPathError(f"{path} already exists; jobkit init never overwrites a file") from None
