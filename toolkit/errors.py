"""Exceptions that carry where a problem is, and the exit codes they map to.

Every error a user can cause is a ``JobkitError``; the CLI catches that class only,
so anything else that escapes is a bug and shows as one.
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_BAD_INPUT = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C


@dataclass(frozen=True)
class Location:
    """A place in an input file: file name, 1-based line and column, field path."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def prefix(self) -> str:
        parts = []
        if self.file:
            where = self.file
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            parts.append(where)
        if self.field:
            parts.append(self.field)
        return ": ".join(parts)


@dataclass(frozen=True)
class Problem:
    """One located message: an error or a warning."""

    message: str
    location: Location = Location()

    def __str__(self) -> str:
        prefix = self.location.prefix()
        return f"{prefix}: {self.message}" if prefix else self.message


class JobkitError(Exception):
    """Base class for every error caused by input or a refused render (exit code 1)."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, location: Location | None = None, problems: list[Problem] | None = None):
        self.location = location or Location()
        self.problems = problems or [Problem(message, self.location)]
        super().__init__(message)

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)

    def __reduce__(self):
        # Keep problems and warnings when an error crosses a process boundary (renders run in a child).
        return (_rebuild_error, (type(self), self.args, self.__dict__))


def _rebuild_error(cls: type[JobkitError], args: tuple, state: dict) -> JobkitError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputFileError(JobkitError):
    """A file cannot be read or parsed (missing, too large, not UTF-8, broken syntax)."""


class ValidationError(JobkitError):
    """A file parsed but its content is wrong; holds every problem found, each located.

    ``warnings`` carries what was worth a warning in the same file, so a caller that
    lists problems (``jobkit validate``) can show everything in one pass.
    """

    def __init__(
        self,
        message: str,
        location: Location | None = None,
        problems: list[Problem] | None = None,
        warnings: list[Problem] | None = None,
    ):
        super().__init__(message, location, problems)
        self.warnings = warnings or []


class UnknownNameError(JobkitError):
    """A role, level, theme or format name that does not exist (with a did-you-mean)."""


class RenderError(JobkitError):
    """A document could not be rendered or written."""


class OutputPathError(JobkitError):
    """An output path is refused (it is an input file, or a folder)."""
