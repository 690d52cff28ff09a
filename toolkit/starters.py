"""Starter files for `jobkit init` and `jobkit roles new`: from templates/starters, never over an existing file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .errors import JobkitError, OutputPathError
from .output import write_new_file
from .resources import templates_dir


def write_starter(kind: str, path: Path) -> None:
    """Write the commented starter ``kind`` (profile or company) to ``path``; refuse if anything is there."""
    _write_new(path, (templates_dir() / "starters" / f"{kind}.yaml").read_bytes())


def write_role_starter(
    path: Path,
    *,
    role_id: str,
    title: str | None,
    parent: str,
    roles_dirs: Sequence[str | Path] = (),
    soc: str | None = None,
) -> None:
    """Write a starter role pack ``role_id`` extending ``parent``; it loads as it is, and is refused for
    documents until its example text is replaced. ``soc`` (a SOC code, checked against OEWS) is
    written in, so job descriptions get pay for it at once."""
    from .inputs.roles import find_pack

    # The starter builds ids from this one ("ID-technical"), which must stay within 41 characters.
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,29}", role_id):
        raise JobkitError(f"{role_id!r} is not a new pack id: use 1-30 lower-case letters, digits and hyphens")
    from .models.role import is_identifier

    if not is_identifier(parent):  # written into the pack as `extends:`, which takes an id, never a path
        raise JobkitError(f"--extends {parent[:60]!r}: name a pack by its id (lower-case letters, digits, hyphens)")
    find_pack(parent, roles_dirs)  # the parent must exist: an unknown one gets the list and a did-you-mean
    title = " ".join((title or role_id.replace("-", " ").title()).split())
    if not re.fullmatch(r"\w[\w .&'/()+-]{0,59}", title):
        raise JobkitError(
            f"title {title[:60]!r}: use up to 60 letters, digits, spaces and . & ' / ( ) + - (edit the file for more)"
        )
    if title.casefold() == "null":  # YAML reads a bare null as no value: the pack would have no title
        raise JobkitError(f"title {title!r} reads as no value in YAML; choose a title that says what the job is")
    text = (templates_dir() / "starters" / "role.yaml").read_text(encoding="utf-8")
    from .documents.wording import with_article

    # The file name goes into a comment: a line break in it (YAML counts NEL, U+2028 and U+2029 too)
    # would start a line of YAML of its own (`-o $'x\nabstract: true\n#.yaml'`).
    file = _YAML_UNSAFE.sub("?", path.name)
    values = {"id": role_id, "parent": parent, "title": title, "a_title": with_article(title), "file": file}
    values["soc"] = "soc: []"
    if soc is not None:
        from .pay.occupations import find_occupation

        occupation = find_occupation(soc)  # an unknown code is refused with the near ones
        values["soc"] = f'soc:\n  - {{code: "{occupation.code}"}}  # {occupation.title} (BLS OEWS)'
    # One pass over single-brace names; doubled braces in the starter stay as literal braces.
    filled = re.sub(
        r"\{\{|\}\}|\{(id|parent|title|a_title|file|soc)\}",
        lambda match: {"{{": "{", "}}": "}"}.get(match.group(0)) or values[match.group(1)],
        text,
    )
    _write_new(path, filled.encode("utf-8"))


_YAML_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _write_new(path: Path, text: bytes) -> None:
    if path.exists() or path.is_symlink():
        raise OutputPathError(f"{path} already exists; jobkit init never overwrites a file")
    if not path.parent.exists():
        raise OutputPathError(f"folder {path.parent} does not exist")
    try:
        write_new_file(path, text)
    except FileExistsError:
        raise OutputPathError(f"{path} already exists; jobkit init never overwrites a file") from None
