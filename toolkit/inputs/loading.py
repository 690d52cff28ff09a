"""Read input files into plain data, keeping where every field came from.

Loading knows file formats, limits and positions, nothing about resumes. YAML is
composed into nodes and built by hand, so no tag can run code, duplicate keys are
caught with both lines named, alias bombs are capped, and every plain scalar stays
the text the person typed (``zip: 01234`` stays "01234", ``country: NO`` stays "NO").
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputFileError, Location
from ..output import describe_file_type

MAX_INPUT_BYTES = 5 * 1024 * 1024
MAX_VALUES = 200_000
MAX_DEPTH = 100

FieldPath = tuple[str | int, ...]


def format_field_path(path: FieldPath) -> str:
    """``("work", 0, "startDate")`` -> ``work[0].startDate``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


@dataclass
class LoadedData:
    """Plain data from one file plus a map from field paths to (line, column)."""

    data: Any
    file: str
    positions: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: FieldPath) -> Location:
        """The position of ``path``, or of its nearest parent that has one."""
        path = tuple(path)
        while path and path not in self.positions:
            path = path[:-1]
        line, column = self.positions.get(path, (None, None))
        return Location(self.file, line, column, format_field_path(tuple(path)) or None)

    def location_of(self, path: FieldPath) -> Location:
        """Like ``locate`` but the field named is always the full path asked for."""
        found = self.locate(path)
        return Location(found.file, found.line, found.column, format_field_path(tuple(path)) or None)


def read_bytes(path: str | Path, *, what: str = "file", max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them, with messages a person can act on.

    Every input jobkit reads goes through here. A FIFO, device or socket is refused before
    it is opened (reading /dev/zero or a pipe would grow without end or hang), the file is
    opened non-blocking and checked again by descriptor (it may have been swapped), and at
    most ``max_bytes + 1`` bytes are ever read, whatever the size the file claims.
    """
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        _refuse_non_regular(os.stat(path).st_mode, name, what)
        descriptor = os.open(path, flags)
        try:
            status = os.fstat(descriptor)
            _refuse_non_regular(status.st_mode, name, what)
            if status.st_size > max_bytes:
                raise _too_large(status.st_size, name, what, max_bytes)
            chunks, total = [], 0
            while total <= max_bytes:
                chunk = os.read(descriptor, min(1024 * 1024, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(descriptor)
    except FileNotFoundError:
        raise InputFileError(f"{what} not found", Location(name)) from None
    except PermissionError:
        raise InputFileError(f"{what} cannot be read: permission denied", Location(name)) from None
    except OSError as error:
        raise InputFileError(f"{what} cannot be read: {error.strerror or error}", Location(name)) from None
    if total > max_bytes:  # it grew after fstat, or its size lies (procfs, FUSE)
        raise _too_large(total, name, what, max_bytes, more=True)
    return b"".join(chunks)


def _refuse_non_regular(mode: int, name: str, what: str) -> None:
    if stat.S_ISDIR(mode):
        raise InputFileError(f"{what} is a folder, not a file", Location(name))
    if not stat.S_ISREG(mode):
        raise InputFileError(
            f"{what} is {describe_file_type(mode)}, not a regular file; jobkit reads only regular files",
            Location(name),
        )


def _too_large(size: int, name: str, what: str, max_bytes: int, *, more: bool = False) -> InputFileError:
    shown = f"over {_size(max_bytes)}" if more else _size(size)
    return InputFileError(f"{what} is {shown}; the limit is {_size(max_bytes)}", Location(name))


def _size(count: int) -> str:
    """5242880 -> "5 MB", 1572864 -> "1.5 MB", 2048 -> "2 KB"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


def read_text(path: str | Path, *, what: str = "file", max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read a UTF-8 text file with a size cap and messages a person can act on (see ``read_bytes``)."""
    return decode_text(read_bytes(path, what=what, max_bytes=max_bytes), str(path), what=what)


def decode_text(raw: bytes, name: str, *, what: str = "file") -> str:
    """Decode UTF-8 (a BOM is allowed); name the line and column of the first bad byte."""
    if not raw.strip():
        raise InputFileError(f"{what} is empty", Location(name))
    if raw.startswith(b"%PDF"):
        raise InputFileError(f"{what} is a PDF; expected a text file (save or copy its text as UTF-8)", Location(name))
    if raw.startswith(b"PK\x03\x04"):
        raise InputFileError(
            f"{what} is a ZIP or Office document; expected a text file (save or copy its text as UTF-8)", Location(name)
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise InputFileError(
            f"not UTF-8: byte 0x{raw[error.start]:02x} cannot be decoded; save the file as UTF-8",
            Location(name, line, column),
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputFileError(f"{what} contains NUL bytes; it is binary, not text", Location(name, line))
    return text


def load_data_file(path: str | Path, *, what: str = "file") -> LoadedData:
    """Load a YAML or JSON file (JSON by the .json extension) with positions."""
    text = read_text(path, what=what)
    if str(path).lower().endswith(".json"):
        return parse_json(text, str(path))
    return parse_yaml(text, str(path))


def parse_json(text: str, name: str) -> LoadedData:
    """Parse JSON strictly: duplicate keys, NaN and Infinity are errors."""

    def reject_constant(constant: str) -> None:
        raise ValueError(f"{constant} is not allowed in JSON")

    def check_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(f"duplicate key {key!r}")
            result[key] = value
        return result

    try:
        data = json.loads(text, object_pairs_hook=check_duplicates, parse_constant=reject_constant)
    except json.JSONDecodeError as error:
        raise InputFileError(f"invalid JSON: {error.msg}", Location(name, error.lineno, error.colno)) from None
    except ValueError as error:
        raise InputFileError(f"invalid JSON: {error}", Location(name)) from None
    except RecursionError:
        raise InputFileError("invalid JSON: nested too deeply", Location(name)) from None
    # As for YAML: every later step (positions, schema, reading) walks each value, so a file of a
    # million tiny values ([1,1,1,...] is 2 bytes a value) took minutes and gigabytes.
    if _count_values(data) > MAX_VALUES:
        raise InputFileError(f"too many values (over {MAX_VALUES:,}); no real file holds so many", Location(name))
    return LoadedData(data, name, _json_positions(text))


def _count_values(data: Any) -> int:
    """How many values ``data`` holds, itself included, counting past ``MAX_VALUES`` no further."""
    count, pending = 0, [data]
    while pending and count <= MAX_VALUES:
        value = pending.pop()
        count += 1
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return count


def _json_positions(text: str) -> dict[FieldPath, tuple[int, int]]:
    from json_source_map import calculate

    try:
        entries = calculate(text)
    except (RecursionError, Exception):  # positions are a convenience; parsing already succeeded
        return {}
    positions: dict[FieldPath, tuple[int, int]] = {}
    for pointer, entry in entries.items():
        raw_parts = pointer.split("/")[1:]
        path: list[str | int] = []
        for depth, part in enumerate(raw_parts):
            # A part is a list index exactly when that entry has no key (array items have none).
            prefix = "/" + "/".join(raw_parts[: depth + 1])
            is_index = entries[prefix].key_start is None
            path.append(int(part) if is_index else part.replace("~1", "/").replace("~0", "~"))
        start = entry.key_start or entry.value_start
        positions[tuple(path)] = (start.line + 1, start.column + 1)
    return positions


# libyaml's parser is several times faster than the pure-Python one; both give the same nodes.
_COMPOSING_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL_TAG = "tag:yaml.org,2002:null"
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:binary",
}


def parse_yaml(text: str, name: str) -> LoadedData:
    """Parse YAML into plain dicts, lists and strings, with positions and limits."""
    try:
        node = yaml.compose(text, Loader=_COMPOSING_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = error.problem or str(error)
        context = error.context_mark
        if error.context and context is not None and mark is not None and context.line != mark.line:
            message += f" ({error.context} that starts on line {context.line + 1})"
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            message += " (a tab: YAML indents with spaces, never tabs)"
        raise InputFileError(
            f"invalid YAML: {message}",
            Location(name, mark.line + 1 if mark else None, mark.column + 1 if mark else None),
        ) from None
    except yaml.YAMLError as error:
        raise InputFileError(f"invalid YAML: {error}", Location(name)) from None
    except RecursionError:
        raise InputFileError("invalid YAML: nested too deeply", Location(name)) from None
    if node is None:
        raise InputFileError("file holds no data", Location(name))
    builder = _YamlBuilder(name)
    data = builder.build(node, ())
    return LoadedData(data, name, builder.positions)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column] if line < len(lines) and column < len(lines[line]) else ""


# Text in the built data, counted as aliases expand: a file without aliases holds fewer characters than
# its bytes, so only alias expansion can pass this (one 1 MB string named 400 times is 400 MB of text).
MAX_EXPANDED_CHARACTERS = MAX_INPUT_BYTES


class _YamlBuilder:
    def __init__(self, name: str):
        self.name = name
        self.positions: dict[FieldPath, tuple[int, int]] = {}
        self.count = 0
        self.characters = 0
        self.active: set[int] = set()

    def _count_text(self, node: yaml.ScalarNode, path: FieldPath) -> None:
        self.characters += len(node.value)
        if self.characters > MAX_EXPANDED_CHARACTERS:
            # The node of an alias is its anchor's node, so the line is the anchor's; the field says where it was used.
            mark = node.start_mark
            raise InputFileError(
                f"the values hold more than {MAX_EXPANDED_CHARACTERS:,} characters once YAML aliases are expanded; "
                "an alias repeats too much text (write the text out, or refer to it less often)",
                Location(self.name, mark.line + 1, mark.column + 1, format_field_path(path) or None),
            )

    def _fail(self, message: str, node: yaml.Node) -> InputFileError:
        mark = node.start_mark
        return InputFileError(message, Location(self.name, mark.line + 1, mark.column + 1))

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise self._fail(f"too many values (over {MAX_VALUES:,}); are YAML aliases expanding without end?", node)
        if len(path) > MAX_DEPTH:
            raise self._fail(f"nested more than {MAX_DEPTH} levels deep", node)
        if id(node) in self.active:
            raise self._fail("a YAML alias refers to its own parent (a loop)", node)
        if path not in self.positions:
            self.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            self._count_text(node, path)
            return self._scalar(node)
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                self._check_tag(node, "tag:yaml.org,2002:seq")
                return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
            self._check_tag(node, "tag:yaml.org,2002:map")
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, path)
        finally:
            self.active.discard(id(node))

    def _check_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            raise self._fail(f"unsupported YAML tag {node.tag}", node)

    def _scalar(self, node: yaml.ScalarNode) -> str | None:
        if node.tag == _NULL_TAG:
            return None
        if node.tag not in _PLAIN_TAGS:
            raise self._fail(f"unsupported YAML tag {node.tag}", node)
        return node.value

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail("YAML merge keys (<<) are not supported; write the fields out", key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail("a key must be plain text", key_node)
            key = key_node.value
            self._count_text(key_node, path + (key,))
            line = key_node.start_mark.line + 1
            if key in seen_lines:
                raise self._fail(
                    f"duplicate key {key!r} (first on line {seen_lines[key]}, again on line {line})", key_node
                )
            seen_lines[key] = line
            self.positions[path + (key,)] = (line, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, path + (key,))
        return result
