"""Two pipes between a process and the child it forks, carrying pickled objects both ways.

This is what ``multiprocessing.Pipe`` gives, for the one use ``toolkit.budget`` makes
of it, without importing ``multiprocessing``: that import takes about 17 ms, and it
would come before the fork, on the clock of every render (``python bench/bench_resume.py``).

Each message is an 8-byte length, then the pickle. A sender can be given a deadline,
so that a child which never reads (hung while loading a library) cannot hold its
parent past the time budget; a receiver sees the other end closing as ``EOFError``.
Only for processes related by ``fork`` (``select.poll`` is not on Windows, and neither is fork).
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import time
from typing import Any

_HEADER = struct.Struct("!Q")
_CHUNK = 1 << 20


class ChannelTimeoutError(TimeoutError):
    """The other end did not take a message before the sender's deadline."""


class Channel:
    """One end: reads from one pipe, writes to the other. ``pair()`` makes both ends."""

    def __init__(self, read_fd: int, write_fd: int):
        self._read_fd: int | None = read_fd
        self._write_fd: int | None = write_fd

    @staticmethod
    def pair() -> tuple[Channel, Channel]:
        """(this process's end, the child's end); after the fork each side closes the end it does not use."""
        to_child_read, to_child_write = os.pipe()
        try:
            to_parent_read, to_parent_write = os.pipe()
        except OSError:  # out of descriptors: the first pipe's are not left open
            os.close(to_child_read)
            os.close(to_child_write)
            raise
        return Channel(to_parent_read, to_child_write), Channel(to_child_read, to_parent_write)

    def send(self, value: Any, deadline: float | None = None) -> None:
        """Send ``value``; past ``deadline`` (a ``time.monotonic()`` moment), ``ChannelTimeoutError``."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd = self._fd(self._write_fd)
        if deadline is not None:
            os.set_blocking(fd, False)
        for part in (_HEADER.pack(len(data)), data):
            view = memoryview(part)
            while view:
                try:
                    view = view[os.write(fd, view[:_CHUNK]) :]
                except BlockingIOError:
                    assert deadline is not None
                    if not _wait(fd, select.POLLOUT, deadline - time.monotonic()):
                        raise ChannelTimeoutError("the other process did not read in time") from None

    def poll(self, timeout: float | None = None) -> bool:
        """True once a message (or the other end's closing) is waiting; False after ``timeout`` seconds."""
        return _wait(self._fd(self._read_fd), select.POLLIN, timeout)

    def recv(self) -> Any:
        """The next value; ``EOFError`` if the other end closed first."""
        (length,) = _HEADER.unpack(self._read_exactly(_HEADER.size))
        return pickle.loads(self._read_exactly(length))

    def close(self) -> None:
        for name in ("_read_fd", "_write_fd"):
            fd = getattr(self, name)
            setattr(self, name, None)
            if fd is not None:
                os.close(fd)

    def _read_exactly(self, size: int) -> bytes:
        fd = self._fd(self._read_fd)
        chunks = []
        while size:
            chunk = os.read(fd, min(size, _CHUNK))
            if not chunk:
                raise EOFError("the other process closed the channel")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    @staticmethod
    def _fd(fd: int | None) -> int:
        if fd is None:
            raise OSError("the channel is closed")
        return fd


def _wait(fd: int, event: int, timeout: float | None) -> bool:
    """Whether ``fd`` is ready for ``event`` (or hung up) within ``timeout`` seconds; None waits for ever."""
    poller = select.poll()
    poller.register(fd, event)
    milliseconds = None if timeout is None else max(0, int(timeout * 1000))
    return bool(poller.poll(milliseconds))
