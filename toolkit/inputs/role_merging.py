"""A role pack merged onto the packs it ``extends``, every field remembering the file and line it came from.

Mappings merge key by key, lists of mappings item by item on a shared key (``id``, ``term`` or
``abbreviation``), other lists and values are replaced; the ladder of levels is replaced whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import Location
from .loading import FieldPath, LoadedData, format_field_path

# Where a merged field came from: file, line, column and its path in that file (a merged list's
# index counts the parent packs' items too, the file's own does not).
Origin = tuple[str, int, int, FieldPath]

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
    """Merged pack data whose every field remembers the file, line, column and path it came from."""

    def __init__(self, data: Any, file: str, origins: dict[FieldPath, Origin]):
        super().__init__(data, file, {})
        self.origins = origins

    def locate(self, path: FieldPath) -> Location:
        """The file, line and field of ``path``'s nearest located part, named as that file names it."""
        return self._place(tuple(path), whole=False)

    def location_of(self, path: FieldPath) -> Location:
        """Like ``locate``, the field named in full: ``keywords[0].categroy`` in the user's file, whatever
        index the keyword has once the parent packs' keywords are merged in."""
        return self._place(tuple(path), whole=True)

    def _place(self, path: FieldPath, whole: bool) -> Location:
        found = path
        while found and found not in self.origins:
            found = found[:-1]
        rest = path[len(found) :] if whole else ()
        if found not in self.origins:
            return Location(self.file, None, None, format_field_path((*found, *rest)) or None)
        file, line, column, source_path = self.origins[found]
        return Location(file, line, column, format_field_path((*source_path, *rest)) or None)


def merge_chain(chain: list[LoadedData]) -> MergedData:
    """Merge packs root first: mappings key by key, keyed lists item by item, other lists replaced."""
    root = chain[-1]
    data: Any = {key: value for key, value in root.data.items()}
    origins: dict[FieldPath, Origin] = {}
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
    origins: dict[FieldPath, Origin],
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
    origins: dict[FieldPath, Origin],
    source: LoadedData,
    source_path: FieldPath,
    value: Any,
    path: FieldPath,
) -> None:
    """Remember where ``value`` and everything inside it came from, under its merged path."""
    for inner in _paths_in(value):
        position = source.positions.get((*source_path, *inner))
        if position is not None:
            origins[(*path, *inner)] = (source.file, *position, (*source_path, *inner))


def _note_position(
    origins: dict[FieldPath, Origin], source: LoadedData, source_path: FieldPath, path: FieldPath
) -> None:
    position = source.positions.get(source_path)
    if position is not None:
        origins[path] = (source.file, *position, source_path)


def _clear(origins: dict[FieldPath, Origin], path: FieldPath, replaced: Any) -> None:
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
