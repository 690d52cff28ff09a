"""Starter files for `jobkit init`: copied from templates/starters, never over an existing file."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import OutputPathError, RenderError
from .resources import templates_dir


def write_starter(kind: str, path: Path) -> None:
    """Write the commented starter ``kind`` (profile or company) to ``path``; refuse if anything is there."""
    if path.exists() or path.is_symlink():
        raise OutputPathError(f"{path} already exists; jobkit init never overwrites a file")
    if not path.parent.exists():
        raise OutputPathError(f"folder {path.parent} does not exist")
    text = (templates_dir() / "starters" / f"{kind}.yaml").read_bytes()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(text)
        # link() fails if the target exists, so a file created meanwhile is never replaced.
        os.link(temporary, path)
    except FileExistsError:
        raise OutputPathError(f"{path} already exists; jobkit init never overwrites a file") from None
    except OSError as error:
        raise RenderError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        temporary.unlink(missing_ok=True)
