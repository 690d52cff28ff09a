"""Role packs written for a test: a file in a folder, and a child of the medical records pack to vary."""

from __future__ import annotations

from pathlib import Path

import yaml

from support.paths import ROLE


def write_pack(folder: Path, name: str, data: dict | str) -> Path:
    """``folder/<name>.yaml`` holding ``data`` (YAML text as written, or a mapping dumped in its order)."""
    path = folder / f"{name}.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def child_pack(**extra) -> dict:
    """A pack ``test-role`` extending the medical records specialist pack, with ``extra`` fields."""
    return {"format": 2, "id": "test-role", "extends": ROLE, "title": "Test Role", "summary": "A test.", **extra}
