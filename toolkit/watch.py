"""Live preview: make a document again on every save of a file it was made from, without ever exiting on a mistake.

``watch_and_render`` calls ``render`` once, then polls the files that render read (the
profile, posting, company file, role packs, templates) and calls it again when one
changes. A render that fails with a ``JobkitError`` (a typo in the YAML, a broken date)
is reported, located, and the loop goes on: fix the file, save, and the next render runs.

Why polling and not file-system events (watchfiles, inotify): the set is a dozen files,
and comparing their modification time, size and inode every 0.05 s costs microseconds; it
works the same on every system, on network folders and in containers, catches editors
that save by renaming a new file over the old one, and needs no dependency. The poll
interval bounds the delay from a save to the start of a render.

The loop is driven by ``sleep`` and ends after ``max_polls`` polls when given, so tests
run it in-process with a sleep that edits files instead of waiting.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import JobkitError

DEFAULT_INTERVAL = 0.05  # seconds between polls: a few dozen stat() calls, microseconds of work
SETTLE = 0.02  # after a change, wait until a file stops changing (an editor may still be writing it)
_SETTLE_ROUNDS = 10

Stamp = tuple[int, int, int] | None  # (mtime in ns, size, inode); None when the file is missing


def stamp(path: Path) -> Stamp:
    """What changes when a file is saved: modification time, size, and inode (editors that replace the file)."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size, status.st_ino)


class FileWatcher:
    """The stamps of a set of files, and which of them changed since the last look."""

    def __init__(self, paths: Iterable[Path] = ()):
        self.stamps: dict[Path, Stamp] = {}
        self.watch(paths)

    def watch(self, paths: Iterable[Path]) -> None:
        """Watch exactly ``paths`` from now on; a file already watched keeps its stamp, so no change is lost."""
        self.stamps = {path: self.stamps[path] if path in self.stamps else stamp(path) for path in paths}

    def changed(self) -> list[Path]:
        """The watched files whose stamp differs from the last look (then remembered)."""
        changed = []
        for path, before in self.stamps.items():
            now = stamp(path)
            if now != before:
                self.stamps[path] = now
                changed.append(path)
        return changed


@dataclass
class RenderEvent:
    """One render: what triggered it (nothing for the first), how long it took, and its error if it failed.

    ``since_save`` is the time from the last save of a changed file to the end of the
    render (None for the first render): what the person waits from saving to seeing.
    """

    changed: list[Path]
    seconds: float
    error: JobkitError | None = None
    read: list[Path] = field(default_factory=list)
    since_save: float | None = None


def watch_and_render(
    render: Callable[[], Sequence[Path]],
    *,
    also_watch: Iterable[Path] = (),
    on_render: Callable[[RenderEvent], None],
    interval: float = DEFAULT_INTERVAL,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.perf_counter,
    max_polls: int | None = None,
) -> None:
    """Render now and after every change to a file the last render read, until interrupted (or ``max_polls``).

    ``render`` makes and writes the document and returns the files it read; it raises
    ``JobkitError`` for a mistake in them. ``also_watch`` are watched whatever happens (the
    files named on the command line: after a failed render they are all there is to watch).
    """
    fixed = [Path(path) for path in also_watch]
    watcher = FileWatcher()
    read: list[Path] = []

    def run(changed: list[Path]) -> None:
        nonlocal read
        started = clock()
        error = None
        try:
            read = [Path(path) for path in render()]
        except JobkitError as caught:
            error = caught  # keep watching what the last good render read, and the named files
        seconds = clock() - started
        saved = [watcher.stamps.get(path) for path in changed]
        last_save = max((item[0] for item in saved if item), default=None)
        since_save = max(0.0, time.time() - last_save / 1e9) if last_save is not None else None
        watcher.watch(dict.fromkeys([*fixed, *read]))
        on_render(RenderEvent(changed, seconds, error, list(read), since_save))

    watcher.watch(fixed)
    run([])
    polls = 0
    while max_polls is None or polls < max_polls:
        sleep(interval)
        polls += 1
        changed = watcher.changed()
        if not changed:
            continue
        for _ in range(_SETTLE_ROUNDS):  # an editor may save in several writes: wait for quiet
            sleep(SETTLE)
            more = watcher.changed()
            if not more:
                break
            changed += [path for path in more if path not in changed]
        run(changed)
