"""Writing outputs safely: atomic replacement, no clobbering inputs, sensible default names."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

from .errors import OutputPathError, RenderError


def safe_file_stem(text: str, fallback: str = "document") -> str:
    """``Maya Robinson`` -> ``maya-robinson``: ASCII letters, digits and hyphens only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return stem[:60].strip("-") or fallback


# Kept in a readable file name besides letters, digits and spaces; everything else becomes a space.
_READABLE_PUNCTUATION = set("-_.,&'()+#")


def readable_file_part(text: str, fallback: str, max_bytes: int = 60) -> str:
    """``Riverside Health / HIM`` -> ``Riverside Health HIM``: a part of a file name people read.

    Letters and digits of any script, spaces and a little punctuation are kept; path
    separators, characters Windows refuses (``<>:"|?*``), control characters and the like
    become spaces. Leading dots and hyphens go (no hidden files, nothing a shell tool reads
    as an option), and the part is cut to ``max_bytes`` of UTF-8 at a character boundary.
    """
    normalised = unicodedata.normalize("NFC", text)
    kept = "".join(
        character if character in _READABLE_PUNCTUATION or unicodedata.category(character)[0] in "LNM" else " "
        for character in normalised
    )
    part = " ".join(kept.split()).strip(" .-")
    while len(part.encode("utf-8")) > max_bytes:
        part = part[:-1]
    part = part.rstrip(" .-")
    return part or fallback


def output_file_path(text: str) -> Path:
    """The file an ``-o`` value names; one ending in a path separator (``applications/``) names a folder,
    which ``Path`` would silently drop, so it is refused rather than written as a file of that name."""
    if text.endswith(tuple(separator for separator in (os.sep, os.altsep) if separator)):
        raise OutputPathError(f"output {text} names a folder (it ends in {text[-1]}); give a file name")
    return Path(text)


def check_output_path(output: Path, inputs: list[Path]) -> None:
    """Refuse an output that is a folder or a special file, or that would overwrite one of the inputs."""
    if output.is_dir():
        raise OutputPathError(f"output {output} is a folder; give a file name")
    if not output.parent.exists():
        raise OutputPathError(f"output folder {output.parent} does not exist")
    refuse_special_output(output)
    for source in inputs:
        if same_file(output, source):
            raise OutputPathError(f"output {output} is the input file {source}; choose another name")


def same_file(first: Path, second: Path) -> bool:
    """True when both paths name one file: the same path, through a link, or a hard link."""
    try:
        if first.exists() and second.exists() and os.path.samefile(first, second):
            return True
    except OSError:
        pass
    return first.resolve() == second.resolve()


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it over: never a half-written file.

    A symlink at ``path`` is replaced by the new file, not followed; a device, FIFO or
    socket there (or behind the link) is refused, never replaced.
    """
    refuse_special_output(path)
    _write_beside(path, data, lambda temporary: os.replace(temporary, path))


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``path`` whole, only if nothing is there: a file created meanwhile is never replaced.

    Raises ``FileExistsError`` when something (a file, a link, anything) is at ``path``.
    """
    # link() fails if the name is taken, where rename() would silently replace it.
    _write_beside(path, data, lambda temporary: os.link(temporary, path))


def refuse_special_output(path: Path) -> None:
    """Refuse an output path that is (or links to) a device, FIFO or socket: it is not a file to replace."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there, or a dangling link that the new file will replace
    except OSError as error:
        raise OutputPathError(f"output {path} cannot be checked: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        raise OutputPathError(
            f"output {path} is {describe_file_type(mode)}, not a regular file; "
            "jobkit writes only regular files ('-o -' writes to standard output)"
        )


def describe_file_type(mode: int) -> str:
    """``st_mode`` -> "a FIFO", "a character device", ...: for messages about special files."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def _write_beside(path: Path, data: bytes, publish: Callable[[str], None]) -> None:
    """Write ``data`` to a new temporary file in ``path``'s folder, then ``publish`` it under ``path``.

    The temporary file is created exclusively, never through a link, under a random, short,
    fixed-length name, so a planted file or link is never written through, and the longest
    name the folder allows still has room for its temporary. It gets the mode of the regular
    file it replaces (a private 0600 resume stays private); a new file gets 0644 less the
    umask, which the system applies itself: reading the umask would mean setting it, for a
    moment, for every thread of the process.
    """
    directory = path.parent if str(path.parent) else Path(".")
    kept = _replaced_mode(path)
    try:
        descriptor, temporary = _create_temporary(directory, 0o644 if kept is None else kept)
    except OSError as error:
        raise RenderError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if kept is not None and hasattr(os, "fchmod"):  # exactly the old mode: the umask may have narrowed it
                os.fchmod(handle.fileno(), kept)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        publish(temporary)
    except FileExistsError:
        raise
    except OSError as error:
        raise RenderError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):  # gone already once published by rename
            os.unlink(temporary)


def _replaced_mode(path: Path) -> int | None:
    """The permission bits of the regular file at ``path`` (not through a link); None when there is none."""
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return stat.S_IMODE(status.st_mode) & 0o777 if stat.S_ISREG(status.st_mode) else None


_CREATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _create_temporary(directory: Path, mode: int) -> tuple[int, str]:
    """A new file ``.jobkit-XXXXXXXX.tmp`` in ``directory``, opened for writing: (descriptor, path)."""
    for _ in range(100):
        name = os.path.join(directory, f".jobkit-{secrets.token_hex(4)}.tmp")
        try:
            return os.open(name, _CREATE_FLAGS, mode), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name")
