"""Run work under a budget: a wall-clock limit and a memory limit, each with a clear message.

``BudgetedProcess`` forks a child process as soon as it starts. The child can load what
the work needs (WeasyPrint for a PDF takes most of a second) while other work goes on,
so on two cores the two overlap. The parent then sends one call (or the child inherits
it); the child runs it under an address-space limit and the parent waits at most the time
limit. A C library that fails to allocate and crashes takes down only the child, and
the parent reports it. Documents (``document_budget``), renders (``BudgetedRenderer``),
``jobkit check`` and every batch row run this way; ``run_within_budget`` runs any call.
Work started inside a child runs in that child, under its limits.

The child never outlives its parent: it holds no copy of the parent's end of the pipe,
on Linux the kernel kills it when the parent dies (``PR_SET_PDEATHSIG``), and elsewhere
it watches its parent id. It ignores Ctrl-C, so only the parent reports an interruption.

Defaults: 60 seconds and 1024 MiB beyond what the child holds once loaded;
``JOBKIT_TIME_LIMIT`` (seconds) and ``JOBKIT_MEMORY_LIMIT_MB`` change them, 0 turns one off.
Where there is no fork (Windows), the work happens in-process without limits.
"""

from __future__ import annotations

import gc
import os
import re
import signal
import sys
import time
import traceback
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Self, TypeVar

from .channel import Channel, ChannelTimeoutError
from .errors import JobkitError, RenderError
from .scratch import in_scratch_folder, make_scratch_folder, remove_scratch_folder, use_scratch_folder

if TYPE_CHECKING:
    pass

DEFAULT_SECONDS = 60
DEFAULT_MEMORY_MB = 1024
MAX_SECONDS = 86_400  # a day; anything longer is a typo, and poll() cannot wait for ever-larger numbers
MAX_MEMORY_MB = 1_048_576  # 1 TiB

_T = TypeVar("_T")


class BudgetExceededError(RenderError):
    """Work took longer or grew larger than its budget."""


def budget_limits() -> tuple[int, int]:
    """(seconds, MiB) from the environment, or the defaults; a value that is not a whole number is an error."""
    return (
        _limit_from_environment("JOBKIT_TIME_LIMIT", DEFAULT_SECONDS, MAX_SECONDS),
        _limit_from_environment("JOBKIT_MEMORY_LIMIT_MB", DEFAULT_MEMORY_MB, MAX_MEMORY_MB),
    )


def _limit_from_environment(name: str, default: int, maximum: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    # ASCII digits only: str.isdigit() also accepts '²', which int() then refuses.
    if not re.fullmatch(r"[0-9]{1,12}", value) or int(value) > maximum:
        shown = value if len(value) <= 40 else value[:40] + "…"
        raise JobkitError(f"{name} must be a whole number from 0 to {maximum:,}, 0 for no limit (got {shown!r})")
    return int(value)


class BudgetedProcess:
    """One call run in a forked child under the budget: use as a context manager, then call ``run`` once.

    ``task`` names the work in messages ("the render took longer than its budget...");
    ``prepare`` runs in the child before the memory limit applies (loading libraries).
    """

    def __init__(
        self,
        *,
        task: str = "the work",
        prepare: Callable[[], None] | None = None,
        seconds: int | None = None,
        memory_mb: int | None = None,
        call: Callable[[], Any] | None = None,
    ):
        """``call``, when known before the child starts, is inherited by it, never sent (nor pickled)."""
        if seconds is None or memory_mb is None:
            default_seconds, default_memory = budget_limits()
            seconds = default_seconds if seconds is None else seconds
            memory_mb = default_memory if memory_mb is None else memory_mb
        self.task = task
        self.prepare = prepare
        self.seconds = seconds
        self.memory_mb = memory_mb
        self._pid: int | None = None
        self._connection: Channel | None = None
        self._scratch: str | None = None
        self._inherited = call
        self._clock: float | None = None

    def __enter__(self) -> Self:
        # Within a budget child, work runs in that child: its limits and its parent's clock hold already.
        if not _within_budget_child and hasattr(os, "fork") and (self.seconds > 0 or self.memory_mb > 0):
            try:
                self._start()
            except BaseException:  # Ctrl-C while starting: __exit__ will not run, so the child is ended here
                self._reap()
                raise
        return self

    def __exit__(self, *exc_info) -> None:
        self._reap()

    def _start(self) -> None:
        # What the child leaves in its temporary folder (WeasyPrint's fonts) goes once it is collected,
        # however it ended; inside a command's own folder, with that folder.
        self._scratch = scratch = None if in_scratch_folder() else make_scratch_folder()
        linux_prctl()
        try:
            parent_end, child_end = Channel.pair()
        except OSError as error:  # out of file descriptors
            self._remove_scratch()
            raise RenderError(f"cannot start a process for {self.task}: {error.strerror or error}") from None
        parent_pid = os.getpid()
        # Ctrl-C goes to the whole process group; the parent decides what it means. It is held back over
        # the fork: landing in the child before the child ignores it, it would print a traceback.
        held = _hold_ctrl_c()
        try:
            pid = os.fork()
        except OSError as error:
            _release_ctrl_c(held)
            parent_end.close()
            child_end.close()
            self._remove_scratch()
            raise RenderError(f"cannot start a process for {self.task}: {error.strerror or error}") from None
        if pid == 0:  # the child: never return into the parent's code
            code = 1
            try:
                # What the child inherits (the models, the loaded libraries) is never garbage to it: frozen, the
                # cycle collector stops walking it, which wrote to each object and so copied the parent's pages
                # into the child. A cold DOCX resume: about 0.03 s less CPU (python bench/bench_resume.py).
                gc.freeze()
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C held back is dropped, not delivered
                _release_ctrl_c(held)
                # Without the parent's end closed here, the child would never see EOF if the parent died.
                parent_end.close()
                die_with_parent(parent_pid)
                if scratch is not None:
                    use_scratch_folder(scratch)
                _enter_budget_child()
                _serve_one(child_end, parent_pid, self.task, self.prepare, self.memory_mb, self._inherited)
                code = 0
            finally:
                os._exit(code)
        self._pid, self._connection = pid, parent_end
        child_end.close()
        _release_ctrl_c(held)  # a Ctrl-C held back arrives here, with the child known, so it is ended

    def _reap(self) -> int | None:
        """End the child if it still runs and collect it; its exit code (negative: the signal), None if none ran.

        A child that crashed is already gone, so its own exit code is reported.
        """
        if self._pid is None:
            self._remove_scratch()
            return None
        pid, self._pid = self._pid, None
        if self._connection is not None:
            self._connection.close()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(pid, 0)
        self._remove_scratch()
        return os.waitstatus_to_exitcode(status)

    def _remove_scratch(self) -> None:
        if self._scratch is not None:
            remove_scratch_folder(self._scratch)
            self._scratch = None

    def _over_memory(self) -> BudgetExceededError:
        return BudgetExceededError(
            f"{self.task} needed more than its memory budget of {self.memory_mb} MiB; "
            "set JOBKIT_MEMORY_LIMIT_MB higher if the input really is that large"
        )

    def start_clock(self) -> None:
        """Count the time budget from now: work done for this process's call elsewhere first counts too."""
        self._clock = time.monotonic()

    def run(self, call: Callable[[], _T]) -> _T:
        """The result of ``call()``; raises ``BudgetExceededError`` past the budget, and what ``call`` raised."""
        if self._pid is None or self._connection is None:
            if not _within_budget_child:
                return call()
            try:  # within a budget child, under its limits: past them, the message still names this work
                return call()
            except MemoryError:
                raise self._over_memory() from None
        started = time.monotonic() if self._clock is None else self._clock
        deadline = started + self.seconds if self.seconds > 0 else None
        over_time = BudgetExceededError(
            f"{self.task} took longer than its budget of {self.seconds} s and was stopped; "
            "set JOBKIT_TIME_LIMIT higher if the input really is that large"
        )
        try:
            # The clock starts before sending: a child still loading does not read a large call at once.
            if self._inherited is None:
                self._connection.send(call, deadline)
            if not self._connection.poll(None if deadline is None else deadline - time.monotonic()):
                self._reap()
                raise over_time
            kind, value = self._connection.recv()
        except ChannelTimeoutError:
            self._reap()
            raise over_time from None
        except (EOFError, OSError):
            exit_code = self._reap()
            raise BudgetExceededError(
                f"{self.task} stopped abnormally (exit code {exit_code}), most likely on reaching its "
                f"memory budget of {self.memory_mb} MiB; set JOBKIT_MEMORY_LIMIT_MB higher if the input really "
                "is that large"
            ) from None
        if kind == "ok":
            return value
        raise value


def run_within_budget(
    call: Callable[[], _T], *, task: str = "the work", seconds: int | None = None, memory_mb: int | None = None
) -> _T:
    """``call()`` run in a child process under the time and memory budget (see the module notes).

    ``call`` and its result cross a process boundary, so both must pickle: use
    ``functools.partial`` of a module-level function, e.g.
    ``run_within_budget(partial(check_resume_file, "resume.pdf", role="..."), task="the check")``.
    """
    with BudgetedProcess(task=task, seconds=seconds, memory_mb=memory_mb, call=call) as process:
        return process.run(call)


def _hold_ctrl_c() -> set[int | signal.Signals] | None:
    """Block SIGINT for now (it stays pending); the signals blocked before, or None where this is not possible."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _release_ctrl_c(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


_within_budget_child = False


def _enter_budget_child() -> None:
    global _within_budget_child
    _within_budget_child = True


@cache
def linux_prctl() -> Callable[..., int] | None:
    """libc's ``prctl`` on Linux, else None. Looked up in the parent before it forks: a child that loads
    ctypes itself pays about 5 ms of its start for it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def die_with_parent(parent_pid: int) -> None:
    """Make this (child) process end when its parent ``parent_pid`` does, even if the parent is killed outright."""
    if (prctl := linux_prctl()) is not None:
        pr_set_pdeathsig = 1
        if prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0) == 0:
            # The parent may have died between fork() and prctl(); then no signal will come.
            if os.getppid() != parent_pid:
                os._exit(1)
            return
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _serve_one(
    connection,
    parent_pid: int,
    task: str,
    prepare: Callable[[], None] | None,
    memory_mb: int,
    inherited: Callable[[], Any] | None = None,
) -> None:
    """Child: prepare, take one call (or run the one inherited), send back its result or the error."""
    import faulthandler

    faulthandler.disable()  # a crash here is reported by the parent in words, not as a C stack dump
    if prepare is not None:
        try:
            prepare()
        except Exception:
            pass  # a library that will not load is reported by the call itself, in the usual words
    limit = _limit_memory(memory_mb)
    over_budget = BudgetExceededError(
        f"{task} needed more than its memory budget of {memory_mb} MiB; "
        "set JOBKIT_MEMORY_LIMIT_MB higher if the input really is that large"
    )
    try:
        while inherited is None and not connection.poll(1.0):
            if os.getppid() != parent_pid:
                return
        call = connection.recv() if inherited is None else inherited
    except EOFError:
        return  # the parent stopped before sending work (bad input)
    except MemoryError:
        _send(connection, ("error", over_budget))
        return
    try:
        outcome: tuple[str, Any] = ("ok", call())
    except MemoryError:
        outcome = ("error", over_budget)
    except Exception as error:
        # C libraries that fail to allocate surface as all sorts of errors; the peak tells the truth.
        if isinstance(error, BudgetExceededError):  # work inside this child that named itself
            outcome = ("error", error)
        elif limit and _peak_address_space() >= limit * 0.95:
            outcome = ("error", over_budget)
        elif isinstance(error, JobkitError):
            outcome = ("error", error)
        else:  # a bug: carry its traceback to the parent
            error.add_note(traceback.format_exc())
            outcome = ("error", error)
    _send(connection, outcome, over_budget)


def _send(connection, outcome: tuple[str, Any], over_budget: Exception | None = None) -> None:
    try:
        connection.send(outcome)
    except MemoryError:
        connection.send(("error", over_budget))
    except Exception as error:  # the outcome would not pickle
        connection.send(("error", RenderError(f"failed: {type(error).__name__}: {error}")))
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
