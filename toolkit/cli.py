"""The jobkit command line: parse options, call the library, print, map errors to exit codes.

No business logic lives here. Heavy modules are imported inside commands so that
``jobkit --help`` starts fast.
"""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
from typing import NoReturn

import click

from . import __version__
from .commands.options import tell
from .commands.terminal import ASCII_FALLBACK_ERRORS, printable
from .errors import EXIT_INTERRUPTED
from .scratch import scratch_folder

# Each command's name and where it lives (module in toolkit.commands, function). A command's module
# is imported only when that command runs (or --help lists them all): importing every command's
# module cost a cold `jobkit resume` about 10 ms before it started (python -X importtime).
COMMANDS = {
    "init": ("setup", "init"),
    "validate": ("setup", "validate"),
    "schema": ("setup", "schema"),
    "roles": ("setup", "roles"),
    "themes": ("setup", "themes"),
    "pay": ("pay", "pay"),
    "resume": ("documents", "resume"),
    "cover-letter": ("documents", "cover_letter"),
    "job-description": ("documents", "job_description"),
    "interview": ("interview", "interview"),
    "apply": ("apply", "apply"),
    "preview": ("preview", "preview"),
    "batch": ("batch", "batch"),
    "check": ("check", "check"),
    "audit": ("audit", "audit"),
}


class _LazyGroup(click.Group):
    """A group that imports a command's module when the command is asked for, not at start."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        from importlib import import_module

        module, function = COMMANDS[cmd_name]
        command = getattr(import_module(f".commands.{module}", __package__), function)
        return command if isinstance(command, click.Command) else None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as error:  # click offers its loaded commands as spellings: offer all
            raise click.exceptions.NoSuchCommand(args[0], possibilities=COMMANDS, ctx=ctx) from error


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jobkit")
def cli() -> None:
    """Job-application documents from one profile, for any job, as PDF, DOCX, HTML, Markdown or text.

    Resumes and cover letters for job seekers, job descriptions (one or a batch) and
    interview sheets for hiring teams, and a check of what an applicant tracking
    system reads from a resume. Role packs add what jobkit knows about an occupation.

    \b
    Example:
        jobkit init profile.yaml
        jobkit resume profile.yaml -o resume.pdf
        jobkit apply profile.yaml --job posting.txt -o acme/
        jobkit check resume.pdf --job posting.txt --profile profile.yaml
    """


def main() -> None:
    """Console-script entry point: the CLI with safe standard streams, and one line for Ctrl-C (exit 130)."""
    _prepare_standard_streams()
    # Python's cycle collector runs every 700 new objects and rescans everything loaded so far each
    # tenth or hundredth time: loading pydantic, python-docx or WeasyPrint (and the render child, which
    # inherits this) spent about a fifth of a cold render in it. Collections stay on, a hundredth as
    # often; at the end everything is frozen, so the interpreter's last collections skip it. Measured
    # side by side with and without (cold resume, median of 11): DOCX 0.40 -> 0.32 s, PDF 0.50 -> 0.44 s.
    gc.set_threshold(50_000, 20, 20)
    # pydantic looks through every installed package's entry points for plugins (tracing, metrics) before
    # building its first model: about 5 ms of every command that validates, on the way to nothing jobkit
    # uses. A user who sets the variable keeps their own value.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Stopped by `kill` or a CI timeout, jobkit still ends its children and removes its temporary folder.
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    try:
        with scratch_folder():  # nothing jobkit (or WeasyPrint) makes in $TMPDIR outlives the command
            result = cli.main(prog_name="jobkit", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        tell("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as error:
        error.show(file=_PrintableStream(sys.stderr))  # type: ignore[arg-type]  # a writable text stream
        sys.exit(error.exit_code)
    except OSError as error:  # the system refused (a full disk or device, a closed pipe): one line, no traceback
        where = f" ({error.filename})" if error.filename else ""
        tell(f"error: the system refused{where}: {error.strerror or error}; any output may be incomplete")
        sys.exit(1)
    finally:
        gc.freeze()
    _exit_without_teardown(result if isinstance(result, int) else 0)


def _exit_without_teardown(code: int) -> NoReturn:
    """Exit once the output is flushed and the exit handlers have run, without the interpreter's teardown.

    Tearing down every loaded module (pydantic, WeasyPrint's bindings, python-docx) is about 0.015 s of
    a cold resume on this machine (0.026 s at load 4; 0.004 s after `--help`), spent after the document
    is written, for nothing a finished process needs. When another thread still runs, or a stream
    cannot be flushed, Python exits the ordinary way, which waits for the thread or reports the stream.
    """
    threading = sys.modules.get("threading")
    if threading is None or threading.active_count() == 1:
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except (OSError, ValueError):
            pass
        else:
            atexit._run_exitfuncs()
            os._exit(code)
    sys.exit(code)


def _exit_on_terminate(signal_number: int, frame: object) -> None:
    sys.exit(128 + signal_number)


def _prepare_standard_streams() -> None:
    """Closed descriptors get /dev/null; text a stream cannot encode gets an ASCII spelling, not a crash.

    A closed standard output stays ``None`` in ``sys.stdout`` (so commands that write data
    say so), but its descriptor is taken by /dev/null: otherwise the next file opened
    would get descriptor 1 and receive whatever is printed.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != descriptor:
                os.dup2(null, descriptor)
                os.close(null)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=ASCII_FALLBACK_ERRORS)


class _PrintableStream:
    """A text stream wrapper for click's own messages, which quote what was typed."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        if self.stream is not None:
            self.stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        if self.stream is not None:
            self.stream.flush()
