"""Render under a budget: a wall-clock limit and a memory limit, each with a clear message.

``BudgetedRenderer`` forks a child process as soon as it starts. The child loads the
renderer (WeasyPrint for PDF, which takes most of a second) while the parent loads and
validates the input and fills the template, so on two cores the two overlap. The
parent then sends the HTML; the child renders it under an address-space limit and the
parent waits at most the time limit. A C library that fails to allocate and crashes
takes down only the child, and the parent reports it.

Defaults: 60 seconds and 1024 MiB beyond what the renderer needs once loaded;
``JOBKIT_TIME_LIMIT`` (seconds) and ``JOBKIT_MEMORY_LIMIT_MB`` change them, 0 turns one off.
Where there is no fork (Windows), rendering happens in-process without limits.
"""

from __future__ import annotations

import os
import traceback

from .errors import JobkitError, RenderError
from .render import convert_html, load_renderer

DEFAULT_SECONDS = 60
DEFAULT_MEMORY_MB = 1024


class BudgetExceededError(RenderError):
    """A render took longer or grew larger than its budget."""


def budget_limits() -> tuple[int, int]:
    """(seconds, MiB) from the environment, or the defaults."""
    return (
        _limit_from_environment("JOBKIT_TIME_LIMIT", DEFAULT_SECONDS),
        _limit_from_environment("JOBKIT_MEMORY_LIMIT_MB", DEFAULT_MEMORY_MB),
    )


def _limit_from_environment(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise RenderError(f"{name} must be a whole number (got {value!r})")
    return int(value)


class BudgetedRenderer:
    """A one-document renderer in a child process; use as a context manager and call ``convert``."""

    def __init__(self, fmt: str, *, seconds: int | None = None, memory_mb: int | None = None):
        default_seconds, default_memory = budget_limits()
        self.fmt = fmt
        self.seconds = default_seconds if seconds is None else seconds
        self.memory_mb = default_memory if memory_mb is None else memory_mb
        self._child = None
        self._connection = None

    def __enter__(self) -> BudgetedRenderer:
        if hasattr(os, "fork") and (self.seconds > 0 or self.memory_mb > 0):
            import multiprocessing

            context = multiprocessing.get_context("fork")
            self._connection, child_end = context.Pipe()
            self._child = context.Process(target=_serve_one, args=(child_end, self.fmt, self.memory_mb), daemon=True)
            self._child.start()
            child_end.close()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._child is not None:
            if self._child.is_alive():
                self._child.kill()
            self._child.join()
            self._connection.close()
            self._child = None

    def convert(self, html: str, fmt: str) -> bytes:
        """The rendered bytes of ``html``; raises ``BudgetExceededError`` past the budget."""
        if self._child is None:
            return convert_html(html, fmt)
        try:
            self._connection.send((html, fmt))
            if not self._connection.poll(self.seconds if self.seconds > 0 else None):
                raise BudgetExceededError(
                    f"the render took longer than its budget of {self.seconds} s and was stopped; "
                    "set JOBKIT_TIME_LIMIT higher if the input really is that large"
                )
            kind, value = self._connection.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError):
            self._child.join()
            raise BudgetExceededError(
                f"the render stopped abnormally (exit code {self._child.exitcode}), most likely on reaching its "
                f"memory budget of {self.memory_mb} MiB; set JOBKIT_MEMORY_LIMIT_MB higher if the input really "
                "is that large"
            ) from None
        if kind == "ok":
            return value
        raise value


def _serve_one(connection, fmt: str, memory_mb: int) -> None:
    """Child: load the renderer, take one HTML document, send back its bytes or the error."""
    import faulthandler

    faulthandler.disable()  # a crash here is reported by the parent in words, not as a C stack dump
    try:
        load_renderer(fmt)
    except JobkitError:
        pass  # an unknown format is reported by convert_html below, in the usual words
    limit = _limit_memory(memory_mb)
    try:
        html, requested = connection.recv()
    except EOFError:
        return  # the parent stopped before rendering (bad input)
    over_budget = BudgetExceededError(
        f"the render needed more than its memory budget of {memory_mb} MiB; "
        "set JOBKIT_MEMORY_LIMIT_MB higher if the input really is that large"
    )
    try:
        outcome = ("ok", convert_html(html, requested))
    except MemoryError:
        outcome = ("error", over_budget)
    except Exception as error:
        # C libraries that fail to allocate surface as all sorts of errors; the peak tells the truth.
        if limit and _peak_address_space() >= limit * 0.95:
            outcome = ("error", over_budget)
        elif isinstance(error, JobkitError):
            outcome = ("error", error)
        else:  # a bug: carry its traceback to the parent
            error.add_note(traceback.format_exc())
            outcome = ("error", error)
    try:
        connection.send(outcome)
    except Exception as error:  # the outcome would not pickle
        connection.send(("error", RenderError(f"render failed: {type(error).__name__}: {error}")))
    finally:
        connection.close()


def _limit_memory(memory_mb: int) -> int:
    """Cap this process's address space at its current size plus ``memory_mb``; return the cap (0: none)."""
    if memory_mb <= 0:
        return 0
    try:
        import resource
    except ImportError:
        return 0
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = _current_address_space() + memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or soft > wanted:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
        return wanted
    return soft


def _peak_address_space() -> int:
    """The most address space this process has held (VmPeak), in bytes; 0 where /proc cannot say."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _current_address_space() -> int:
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
