"""A role pack merged onto the packs it ``extends``, every field remembering the file and line it came from.

Mappings merge key by key, lists of mappings item by item on a shared key (``id``, ``term`` or
``abbreviation``), other lists and values are replaced; the ladder of levels is replaced whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import Location
from .loading import FieldPath, LoadedData, format_field_path

# Lists of mappings merge item by item on the first of these keys the items carry.
MERGE_KEYS = ("id", "term", "abbreviation")
# A career ladder is one thing: a pack that lists levels replaces its parent's ladder whole.
REPLACED_WHOLE: set[FieldPath] = {("levels",)}
# Describes the file it is in, so it is never inherited.
NOT_INHERITED = {"abstract", "extends", "id"}
# Names the occupation, so only a pack adjusting its parent (the same id) inherits it: another child with
# no title would go by its parent's ("General") in `roles list`, interview kits and tailored documents.
OWN_NAME = {"title"}


class MergedData(LoadedData):
    """Merged pack data whose every field remembers the file, line and column it came from."""

    def __init__(self, data: Any, file: str, origins: dict[FieldPath, tuple[str, int, int]]):
        super().__init__(data, file, {})
        self.origins = origins

    def locate(self, path: FieldPath) -> Location:
        path = tuple(path)
        while path and path not in self.origins:
            path = path[:-1]
        file, line, column = self.origins.get(path, (self.file, None, None))
        return Location(file, line, column, format_field_path(path) or None)


def merge_chain(chain: list[LoadedData]) -> MergedData:
    """Merge packs root first: mappings key by key, keyed lists item by item, other lists replaced."""
    root = chain[-1]
    data: Any = {key: value for key, value in root.data.items()}
    origins: dict[FieldPath, tuple[str, int, int]] = {}
    _record(origins, root, (), data, ())
    for child in reversed(chain[:-1]):
        dropped = NOT_INHERITED if child.data.get("id") == data.get("id") else NOT_INHERITED | OWN_NAME
        inherited = {key: value for key, value in data.items() if key not in dropped}
        # A field left out of the child is missing from the child's file, not found in its parent's.
        origins = {path: origin for path, origin in origins.items() if not path or path[0] not in dropped}
        data = _merge(inherited, child.data, (), child, (), origins)
    return MergedData(data, chain[0].file, origins)


def _merge(
    parent: Any,
    child: Any,
    path: FieldPath,
    source: LoadedData,
    source_path: FieldPath,
    origins: dict[FieldPath, tuple[str, int, int]],
) -> Any:
    if isinstance(parent, dict) and isinstance(child, dict):
        result = dict(parent)
        for key, value in child.items():
            if key in parent:
                result[key] = _merge(parent[key], value, (*path, key), source, (*source_path, key), origins)
            else:
                result[key] = value
                _record(origins, source, (*source_path, key), value, (*path, key))
        _note_position(origins, source, source_path, path)
        return result
    key = merge_key(parent, child)
    if key is not None and path not in REPLACED_WHOLE:
        items = list(parent)
        index_of = {item[key]: index for index, item in enumerate(items)}
        for child_index, item in enumerate(child):
            if item[key] in index_of:
                target = index_of[item[key]]
                items[target] = _merge(
                    items[target], item, (*path, target), source, (*source_path, child_index), origins
                )
            else:
                index_of[item[key]] = len(items)
                items.append(item)
                _record(origins, source, (*source_path, child_index), item, (*path, len(items) - 1))
        _note_position(origins, source, source_path, path)
        return items
    _clear(origins, path, parent)
    _record(origins, source, source_path, child, path)
    return child


def merge_key(parent: Any, child: Any) -> str | None:
    """The key both lists' items share (``id``, ``term`` or ``abbreviation``), if they are keyed lists."""
    if not (isinstance(parent, list) and isinstance(child, list)):
        return None
    items = [*parent, *child]
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    for key in MERGE_KEYS:
        if all(isinstance(item.get(key), str) for item in items):
            return key
    return None


def _record(
    origins: dict[FieldPath, tuple[str, int, int]],
    source: LoadedData,
    source_path: FieldPath,
    value: Any,
    path: FieldPath,
) -> None:
    """Remember where ``value`` and everything inside it came from, under its merged path."""
    for inner in _paths_in(value):
        position = source.positions.get((*source_path, *inner))
        if position is not None:
            origins[(*path, *inner)] = (source.file, *position)


def _note_position(
    origins: dict[FieldPath, tuple[str, int, int]], source: LoadedData, source_path: FieldPath, path: FieldPath
) -> None:
    position = source.positions.get(source_path)
    if position is not None:
        origins[path] = (source.file, *position)


def _clear(origins: dict[FieldPath, tuple[str, int, int]], path: FieldPath, replaced: Any) -> None:
    """Forget where the value being replaced at ``path`` came from.

    Only the replaced value's own paths are visited: scanning every recorded origin for each
    replaced field made merging two large packs quadratic (20,000 overridden keys: 25 s).
    """
    for inner in _paths_in(replaced):
        origins.pop((*path, *inner), None)


def _paths_in(value: Any, prefix: FieldPath = ()) -> Iterator[FieldPath]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths_in(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths_in(item, (*prefix, index))
