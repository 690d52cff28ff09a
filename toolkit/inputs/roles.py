"""Find, merge and check role packs: shipped ones, the user's own, or a pack file given by path.

Search order for a pack id: each ``--roles-dir`` folder, each folder in ``JOBKIT_ROLES_PATH``,
the user's config folder (``jobkit roles list`` prints it), then the packs shipped with
jobkit. The first found wins, so a user pack with a shipped id replaces the shipped one
(with a note). A pack that ``extends`` another is merged onto it (``role_merging``)
and the whole is validated at once; every problem points at the file and line that holds it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Location, Problem, UnknownNameError, ValidationError
from ..models.role import PLACEHOLDER_FIELDS, Keyword, RolePack, is_identifier
from ..models.role_checks import pack_problems
from ..placeholders import placeholder_problem
from ..resources import templates_dir
from ..suggestions import unknown_name_message
from .cleaning import clean_loaded_strings
from .loading import MAX_VALUES, FieldPath, LoadedData, load_data_file
from .pydantic_errors import problems_from_pydantic
from .role_merging import MergedData, merge_chain, merge_key
from .starter_text import role_starter_problems

GENERAL_ROLE = "general"  # the root pack: serves any job when no role is given

ROLES_PATH_VARIABLE = "JOBKIT_ROLES_PATH"
MAX_EXTENDS_DEPTH = 8
PACK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class PackLocation:
    """Where a pack file was found and how: ``built-in``, ``--roles-dir``, ``JOBKIT_ROLES_PATH`` or ``user folder``."""

    id: str
    path: Path
    origin: str
    shadows: Path | None = None  # the shipped pack this one replaces


@dataclass
class LoadedRole:
    """A validated pack, the files it was merged from (child first), and what to tell the user."""

    pack: RolePack
    files: list[Path]
    notes: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def user_roles_dir() -> Path:
    """The user's own role packs: ``<config folder>/jobkit/roles`` (platformdirs)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("jobkit", appauthor=False)) / "roles"


def search_folders(roles_dirs: Sequence[str | Path] = ()) -> list[tuple[Path, str]]:
    """The folders searched for packs, in order, each with how it got on the list."""
    folders = [(Path(folder), "--roles-dir") for folder in roles_dirs]
    for entry in os.environ.get(ROLES_PATH_VARIABLE, "").split(os.pathsep):
        if entry.strip():
            folders.append((Path(entry.strip()), ROLES_PATH_VARIABLE))
    folders.append((user_roles_dir(), "user folder"))
    folders.append((templates_dir() / "roles", "built-in"))
    return folders


def available_packs(roles_dirs: Sequence[str | Path] = ()) -> list[PackLocation]:
    """Every pack id that can be used, with the file that wins for it; abstract packs are left out."""
    builtin = {path.stem: path for path in _pack_files(templates_dir() / "roles")}
    found: dict[str, PackLocation] = {}
    for folder, origin in search_folders(roles_dirs):
        for path in _pack_files(folder):
            if path.stem in found:
                continue
            shadows = builtin.get(path.stem) if origin != "built-in" else None
            found[path.stem] = PackLocation(path.stem, path, origin, shadows)
    return [found[key] for key in sorted(found) if not _is_abstract(found[key].path)]


def find_pack(
    pack_id: str, roles_dirs: Sequence[str | Path] = (), near: Path | None = None, skip: Sequence[Path] = ()
) -> PackLocation:
    """The file for ``pack_id``: next to ``near`` (an extending pack's folder) first, then the search folders.

    ``skip`` holds the extending file itself, so a user pack that extends the shipped
    pack of the same id finds the shipped one rather than itself.
    """
    folders = ([(near, "same folder")] if near else []) + search_folders(roles_dirs)
    builtin = templates_dir() / "roles" / f"{pack_id}.yaml"
    for folder, origin in folders:
        for suffix in PACK_SUFFIXES:
            path = folder / f"{pack_id}{suffix}"
            if origin == "same folder" and path.is_symlink() and not _leads_inside(path, folder):
                # The extending pack chose this file, not the user: a pack folder from a download
                # holding base.yaml -> ~/.config/... would otherwise have that file read and shown.
                raise UnknownNameError(
                    f"{path} is a link that leads outside its folder; a pack extends only packs beside it "
                    "or in the role pack folders"
                )
            if path.is_file() and path.resolve() not in skip:
                shadows = builtin if origin != "built-in" and builtin.is_file() and path != builtin else None
                return PackLocation(pack_id, path, origin, shadows)
    choices = [pack.id for pack in available_packs(roles_dirs)]
    raise UnknownNameError(unknown_name_message("role", pack_id, choices))


def load_role(role: str | RolePack, roles_dirs: Sequence[str | Path] = ()) -> RolePack:
    """A validated role pack: by id (searched as ``find_pack`` does) or from a ``.yaml`` file path."""
    if isinstance(role, RolePack):
        return role
    return resolve_role(role, roles_dirs).pack


def resolve_role(role: str, roles_dirs: Sequence[str | Path] = (), *, allow_abstract: bool = False) -> LoadedRole:
    """Like ``load_role``, with the files merged and notes (a user pack replacing a shipped one).

    ``allow_abstract`` lets ``jobkit roles validate`` check a family base pack as a whole.
    """
    notes: list[str] = []
    if role.lower().endswith(PACK_SUFFIXES) or os.sep in role or "/" in role:
        path = Path(role)
        if not path.exists() and not path.is_symlink():
            raise UnknownNameError(f"role pack file {role} not found")
    else:
        location = find_pack(role, roles_dirs)
        path = location.path
        if location.shadows is not None:
            notes.append(f"role {role}: using {path} ({location.origin}) instead of the shipped pack")
    chain = _read_chain(path, tuple(str(folder) for folder in roles_dirs), notes)
    # Packs unchanged since the last call (same file objects from the read cache) are not checked again.
    key = (tuple(id(item) for item in chain), allow_abstract)
    cached = _VALIDATED.get(key)
    if cached is None or cached[0] != chain:
        cached = (chain, _validated(chain, [], allow_abstract=allow_abstract))
        _VALIDATED[key] = cached
        if len(_VALIDATED) > MAX_VALIDATED:  # --watch and preview validate each save: keep the latest only
            del _VALIDATED[next(iter(_VALIDATED))]
    result = cached[1]
    return LoadedRole(result.pack, result.files, notes, result.warnings)


_VALIDATED: dict[tuple[tuple[int, ...], bool], tuple[list[PackFile], LoadedRole]] = {}
MAX_VALIDATED = 64


def role_files(role: str | RolePack, roles_dirs: Sequence[str | Path] = ()) -> list[Path]:
    """Every file a role is read from (the pack and the packs it extends): inputs no output may replace."""
    if isinstance(role, RolePack):
        return []
    return resolve_role(role, roles_dirs).files


def builtin_role_ids() -> list[str]:
    """Ids of the role packs shipped with jobkit that can be used as roles, sorted."""
    return [pack.id for pack in available_packs() if pack.origin == "built-in"]


def _read_chain(path: Path, roles_dirs: tuple[str, ...], notes: list[str]) -> list[PackFile]:
    """The pack file and every pack it extends, child first; ``notes`` gets a line for each parent found
    in a pack folder in place of the shipped pack of its id (a folder's general.yaml changes every role)."""
    chain: list[PackFile] = []
    seen: list[Path] = []
    values = 0
    current: Path | None = path
    while current is not None:
        resolved = current.resolve()
        if resolved in seen:
            cycle = " -> ".join(str(item) for item in [*seen, resolved])
            raise ValidationError(f"role packs extend each other in a loop: {cycle}", Location(str(path)))
        if len(seen) >= MAX_EXTENDS_DEPTH:
            raise ValidationError(f"more than {MAX_EXTENDS_DEPTH} packs extend each other", Location(str(path)))
        seen.append(resolved)
        read = _read_pack_file(resolved)
        loaded = read.loaded
        chain.append(read)
        # One file is capped at MAX_VALUES; a chain of eight such files took 26 s and 720 MB to merge.
        # A real pack holds under 2,000 values.
        values += len(loaded.positions)
        if values > MAX_VALUES:
            raise ValidationError(
                f"the packs in this chain hold more than {MAX_VALUES:,} values together; a role pack holds a few "
                f"thousand ({' -> '.join(item.loaded.file for item in chain)})",
                Location(str(path)),
            )
        parent = loaded.data.get("extends")
        if parent is None:
            current = None
        elif not is_identifier(parent):
            # Checked before any lookup: a path here ("../../.config/gh/hosts") would read a file
            # outside every pack folder and print its values in the validation errors.
            got = f" (got {parent[:60]!r})" if isinstance(parent, str) else ""
            raise ValidationError(
                f"must name a pack id (lower-case letters, digits and hyphens), not a path{got}",
                loaded.location_of(("extends",)),
            )
        else:
            try:
                location = find_pack(parent, roles_dirs, near=resolved.parent, skip=[resolved])
            except UnknownNameError as error:
                raise ValidationError(str(error.problems[0].message), loaded.location_of(("extends",))) from None
            current = location.path
            if location.shadows is not None:
                notes.append(
                    f"{resolved.name} extends {parent}: using {location.path} ({location.origin}) instead of the "
                    "shipped pack"
                )
    return chain


def _read_pack_file(path: Path) -> PackFile:
    try:
        stat = path.stat()
    except OSError:
        return _read_pack_file_cached(str(path), 0, 0)  # load_data_file reports it in words
    return _read_pack_file_cached(str(path), stat.st_mtime_ns, stat.st_size)


@dataclass(frozen=True)
class PackFile:
    """One pack file as read: its cleaned data with positions, and what cleaning removed."""

    loaded: LoadedData
    warnings: tuple[Problem, ...]


@lru_cache(maxsize=64)
def _read_pack_file_cached(path: str, mtime_ns: int, size: int) -> PackFile:
    # The key holds the file's change time and size, so an edited pack is read again (live preview).
    loaded = load_data_file(path, what="role pack")
    if not isinstance(loaded.data, dict):
        raise ValidationError("a role pack must be a mapping (id, title, levels, ...)", loaded.locate(()))
    # A pack given by path is someone else's file: its text is cleaned like a profile's.
    warnings = tuple(clean_loaded_strings(loaded))
    return PackFile(loaded, warnings)


def _validated(chain: list[PackFile], notes: list[str], *, allow_abstract: bool = False) -> LoadedRole:
    from pydantic import ValidationError as PydanticValidationError

    merged = merge_chain([item.loaded for item in chain])
    files = [Path(item.loaded.file) for item in chain]
    warnings = [warning for item in chain for warning in item.warnings]
    name = chain[0].loaded.file
    if _is_true(chain[0].loaded.data.get("abstract")) and not allow_abstract:
        raise ValidationError(
            f"{chain[0].loaded.data.get('id')!r} is a family base pack, made to be extended, not used as a role",
            Location(name),
        )
    problems = [problem for item in chain for problem in duplicate_items(item.loaded)]
    problems += placeholder_problems(merged) + role_starter_problems(chain[0].loaded)
    pack = None
    try:
        pack = RolePack.model_validate(merged.data)
    except PydanticValidationError as error:
        problems += problems_from_pydantic(error, merged, model=RolePack)
    if pack is not None and not problems:
        problems = [Problem(message, merged.location_of(path)) for path, message in pack_problems(pack)]
    if problems or pack is None:
        problems.sort(key=lambda problem: (problem.location.file or "", problem.location.line or 0))
        raise ValidationError(f"{len(problems)} problem(s) in role pack {name}", problems=problems, warnings=warnings)
    pack._load_warnings = warnings
    pack._depths = _depths(merged, [str(item.loaded.file) for item in chain])
    pack._root_depth = len(chain) - 1
    return LoadedRole(pack, files, notes, warnings)


def _depths(merged: MergedData, files: list[str]) -> dict[tuple[str, str], int]:
    """For each keyword and interview question, category and competency, how far up the chain its file is."""
    depths: dict[tuple[str, str], int] = {}
    interview = merged.data.get("interview") or {}
    places: list[tuple[str, Any, FieldPath, str]] = [("keywords", merged.data.get("keywords"), ("keywords",), "term")]
    places += [
        (section, interview.get(section), ("interview", section), "id")
        for section in ("questions", "categories", "competencies")
    ]
    for section, items, path, key in places:
        for index, item in enumerate(items or []):
            origin = merged.origins.get((*path, index, key))
            if isinstance(item, dict) and origin is not None and origin[0] in files:
                depths[(section, str(item.get(key)))] = files.index(origin[0])
    return depths


def duplicate_items(loaded: LoadedData) -> list[Problem]:
    """An item listed twice in one file (same id, term or abbreviation): merging would silently fold them."""
    problems: list[Problem] = []

    def visit(value: Any, path: FieldPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                visit(item, (*path, key))
        elif isinstance(value, list):
            key = merge_key([], value)
            seen: set[str] = set()
            for index, item in enumerate(value):
                if key is not None:
                    if item[key] in seen:
                        problems.append(
                            Problem(f"{key} {item[key]!r} appears twice", loaded.location_of((*path, index)))
                        )
                    seen.add(item[key])
                visit(item, (*path, index))

    visit(loaded.data, ())
    return problems


def placeholder_problems(loaded: LoadedData) -> list[Problem]:
    """A located problem for every string whose braces do not fit its field (see ``PLACEHOLDER_FIELDS``)."""
    problems: list[Problem] = []

    def allowed_for(path: FieldPath) -> frozenset[str]:
        for pattern, names in PLACEHOLDER_FIELDS.items():
            if len(pattern) == len(path) and all(want in ("*", part) for want, part in zip(pattern, path, strict=True)):
                return names
        return frozenset()

    def visit(value: Any, path: FieldPath) -> None:
        if isinstance(value, str):
            if "{" in value or "}" in value:
                if message := placeholder_problem(value, allowed_for(path)):
                    problems.append(Problem(message, loaded.location_of(path)))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, (*path, index))
        elif isinstance(value, dict):
            for key, item in value.items():
                visit(item, (*path, key))

    visit(loaded.data, ())
    return problems


def _leads_inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links (Python before 3.13)
        return False


def _pack_files(folder: Path) -> list[Path]:
    try:
        return sorted(path for path in folder.iterdir() if path.suffix in PACK_SUFFIXES and path.is_file())
    except OSError:
        return []


def _is_abstract(path: Path) -> bool:
    try:
        return _is_true(_read_pack_file(path).loaded.data.get("abstract"))
    except Exception:  # a broken pack is still listed; using it reports the problem
        return False


def _is_true(value: Any) -> bool:
    # The loader keeps YAML scalars as the text typed, so a flag reads as "true".
    return str(value).strip().lower() in {"true", "yes", "on"}


def builtin_vocabulary() -> list[Keyword]:
    """Every shipped role pack's terms, each once (the first pack to name a term spells it): what a posting
    is read with when no role is given."""
    by_term: dict[str, Keyword] = {}
    for role_id in builtin_role_ids():
        for keyword in load_role(role_id).all_keywords():
            by_term.setdefault(keyword.term.casefold(), keyword)
    return list(by_term.values())
