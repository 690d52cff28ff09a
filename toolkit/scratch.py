"""A private temporary folder for work that may stop without cleaning up after itself.

WeasyPrint writes the fonts of every ``@font-face`` into a ``weasyprint-*`` folder, which
it removes only when its font configuration is collected. A render child ends with
``os._exit()`` (or is killed at its budget), a batch worker the same way, so the folder
would stay in ``$TMPDIR`` for good: a long batch or preview fills a memory-backed /tmp.
Whatever Python's ``tempfile`` makes inside ``scratch_folder()`` goes into one folder of
jobkit's own (mode 0700), which the process that made it removes whole, however its
children ended.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def make_scratch_folder() -> str | None:
    """A new private folder in the temporary folder the process was given (``$TMPDIR``); None if there is
    none to write in (then work goes where it would have gone, and only what writes there fails)."""
    try:
        return tempfile.mkdtemp(prefix="jobkit-")
    except OSError:
        return None


def use_scratch_folder(folder: str) -> None:
    """Make ``folder`` where ``tempfile`` (and so WeasyPrint) puts what it makes, in this process from now on."""
    tempfile.tempdir = folder
    _made.add(folder)


def in_scratch_folder() -> bool:
    """Whether ``tempfile`` puts what it makes in a folder of jobkit's own, which will be removed."""
    return tempfile.tempdir in _made


_made: set[str] = set()


def remove_scratch_folder(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def scratch_folder() -> Iterator[Path | None]:
    """Within the block, temporary files and folders go into a private folder, removed at its end."""
    folder = make_scratch_folder()
    if folder is None:
        yield None
        return
    previous = tempfile.tempdir
    pid = os.getpid()
    use_scratch_folder(folder)
    try:
        yield Path(folder)
    finally:
        if os.getpid() == pid:  # a forked child that returns through here leaves the folder to its parent
            tempfile.tempdir = previous
            remove_scratch_folder(folder)
