"""Theme folders: a tokens file (``theme.yaml``), and optionally ``theme.css`` and Jinja ``templates/``.

A theme is one folder. jobkit ships its themes in ``templates/themes/<name>/``; ``--theme``
also takes the path of a folder of your own. The tokens file decides the look of every
format (the CSS for PDF and HTML and the Word styles for DOCX are both generated from
it); ``theme.css`` adds CSS after the generated rules (PDF and HTML only); ``templates/``
replaces any of jobkit's templates by the same relative path (``resume/document.html.j2``).
Every problem is reported with its file, line and field.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from ..errors import InputFileError, Location, Problem, UnknownNameError, ValidationError
from ..models.theme import ThemeTokens
from ..resources import templates_dir
from ..suggestions import did_you_mean, unknown_name_message
from .cleaning import clean_loaded_strings
from .loading import load_data_file, read_text
from .pydantic_errors import problems_from_pydantic

TOKENS_FILE = "theme.yaml"
CSS_FILE = "theme.css"
TEMPLATES_FOLDER = "templates"
DEFAULT_THEME = "classic"
# A theme template's size: jobkit's own are about 5 KB; a template of 128 KB parses in about half a second.
MAX_THEME_TEMPLATE_BYTES = 128 * 1024
# Theme CSS is written into the HTML's <style> element; a "<" could close it and start markup.
_MARKUP_IN_CSS = re.compile(r"<")


@dataclass(frozen=True)
class Theme:
    """A loaded theme: its tokens, extra CSS and template overrides (``None`` when it has none)."""

    name: str
    folder: Path
    tokens: ThemeTokens
    css: str = ""
    templates: Path | None = None
    builtin: bool = True


def builtin_themes_dir() -> Path:
    return templates_dir() / "themes"


def builtin_theme_names() -> list[str]:
    """The shipped themes: every folder under templates/themes holding a tokens file, sorted."""
    folder = builtin_themes_dir()
    return sorted(path.parent.name for path in folder.glob(f"*/{TOKENS_FILE}"))


def available_themes() -> dict[str, str]:
    """Shipped theme name -> its one-line description, from each tokens file."""
    return {name: load_theme(name).tokens.description for name in builtin_theme_names()}


def is_theme_path(theme: str) -> bool:
    """A ``--theme`` value names a folder (rather than a shipped theme) when it holds a path separator."""
    return "/" in theme or os.sep in theme or (os.altsep is not None and os.altsep in theme)


def load_theme(theme: str | Path | Theme) -> Theme:
    """The theme named (a shipped theme) or the theme folder at a path, validated.

    A name that is no shipped theme but is a folder in the current directory is read as
    a folder too, so ``--theme mytheme`` works as well as ``--theme ./mytheme``.
    """
    if isinstance(theme, Theme):
        return theme
    text = str(theme)
    names = builtin_theme_names()
    if text in names and not is_theme_path(text):
        return _load_folder(builtin_themes_dir() / text, builtin=True)
    path = Path(text).expanduser()
    if is_theme_path(text) or path.is_dir():
        if not path.is_dir():
            raise UnknownNameError(f"theme folder {text} not found")
        return _load_folder(path, builtin=False)
    raise UnknownNameError(unknown_name_message("theme", text, names) + ", or the path of a theme folder")


def theme_files(theme: str | Path | Theme) -> list[Path]:
    """The files of a theme folder of your own that a render reads: inputs no output may replace
    (``-o mytheme/theme.css`` would overwrite the theme). A shipped theme's files are jobkit's own."""
    loaded = load_theme(theme)
    if loaded.builtin:
        return []
    files = [path for path in (loaded.folder / TOKENS_FILE, loaded.folder / CSS_FILE) if path.is_file()]
    return files + (_theme_files(loaded.templates) if loaded.templates else [])


def _load_folder(folder: Path, *, builtin: bool) -> Theme:
    tokens_path = folder / TOKENS_FILE
    css_path = folder / CSS_FILE
    stamps = tuple(_stamp(path) for path in (tokens_path, css_path, folder / TEMPLATES_FOLDER))
    key = (str(folder.resolve()), builtin)
    cached = _LOADED.get(key)
    if cached is not None and cached[0] == stamps:
        return cached[1]
    theme = _read_folder(folder, builtin=builtin)
    _LOADED[key] = (stamps, theme)
    return theme


# A theme is read again only when one of its files changed (a preview loop re-renders often).
_LOADED: dict[tuple[str, bool], tuple[tuple[tuple[int, int], ...], Theme]] = {}


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError:
        return (0, 0)
    return (status.st_mtime_ns, status.st_size)


def _read_folder(folder: Path, *, builtin: bool) -> Theme:
    tokens_path = folder / TOKENS_FILE
    if not builtin:
        for path in (tokens_path, folder / CSS_FILE, folder / TEMPLATES_FOLDER):
            check_inside(path, folder)
    if not tokens_path.is_file():
        raise InputFileError(
            f"a theme folder needs a {TOKENS_FILE} (the theme's tokens); "
            f"it may also hold {CSS_FILE} and a {TEMPLATES_FOLDER}/ folder",
            Location(str(folder)),
        )
    tokens = read_tokens(tokens_path)
    css = ""
    css_path = folder / CSS_FILE
    if css_path.exists():
        css = read_text(css_path, what="theme CSS")
        _check_css(css, str(css_path))
    templates = folder / TEMPLATES_FOLDER
    overrides = templates if templates.is_dir() else None
    if overrides is not None:
        check_template_overrides(overrides)
    return Theme(folder.name, folder, tokens, css, overrides, builtin)


def read_tokens(path: str | Path) -> ThemeTokens:
    """Validate a tokens file: every problem located (``theme.yaml:7:10: text.size: ...``)."""
    loaded = load_data_file(path, what="theme tokens file")
    if not isinstance(loaded.data, dict):
        raise ValidationError("a theme tokens file must be a mapping (description, font, text, ...)", loaded.locate(()))
    warnings = clean_loaded_strings(loaded)
    # Each group takes the defaults for what it leaves out, so `name: {colour: "#fff"}` keeps the size.
    merged = _merged(ThemeTokens().model_dump(), loaded.data)
    try:
        return ThemeTokens.model_validate(merged)
    except PydanticValidationError as error:
        problems = problems_from_pydantic(error, loaded, ThemeTokens)
        raise ValidationError(str(problems[0].message), problems=problems, warnings=warnings) from None


def _merged(defaults: Any, given: Any) -> Any:
    if isinstance(defaults, dict) and isinstance(given, dict):
        return {**defaults, **{key: _merged(defaults.get(key), value) for key, value in given.items()}}
    return given


def _check_css(css: str, name: str) -> None:
    found = _MARKUP_IN_CSS.search(css)
    if found:
        line = css.count("\n", 0, found.start()) + 1
        column = found.start() - (css.rfind("\n", 0, found.start()) + 1) + 1
        raise ValidationError(
            "theme CSS may not contain '<' (it is written into the HTML's <style> element, "
            "where '<' could end it); write '\\3C ' inside a CSS string instead",
            Location(name, line, column),
        )


def check_inside(path: Path, folder: Path) -> None:
    """Refuse ``path`` if it is a link that leads out of ``folder``.

    A theme folder may come from anyone (a download, a clone, which keeps links): a
    ``theme.css`` or template linked to ``/proc/self/environ`` or ``~/.ssh/id_rsa`` would
    put that file into the documents made with it. Links within the folder are kept.
    """
    if not path.is_symlink():
        return
    try:
        target = path.resolve(strict=False)
        inside = target.is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links (Python before 3.13)
        inside = False
    if not inside:
        raise InputFileError(
            "is a link that leads outside the theme folder; a theme's files must be inside its folder",
            Location(str(path)),
        )


def theme_template_loader(folder: str | Path) -> Any:
    """A Jinja loader for a theme's ``templates/`` folder that reads only regular files inside the theme.

    Jinja's own file loader opens whatever a name leads to: a link to any file on the
    computer, a FIFO (which blocks for ever) or a file of any size. This one refuses links
    out of the theme folder and special files, and reads with the usual cap (see ``read_text``).
    """
    from jinja2 import BaseLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    root = Path(folder)

    class Loader(BaseLoader):
        def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
            path = root.joinpath(*split_template_path(template))
            if not (path.exists() or path.is_symlink()):
                raise TemplateNotFound(template)
            current = path
            while current != root:  # each step: a linked folder leads out as surely as a linked file
                check_inside(current, root.parent)
                current = current.parent
            source = read_theme_template(path)
            stamp = _stamp(path)
            return source, str(path), lambda: _stamp(path) == stamp

    return Loader()


def check_template_overrides(folder: Path) -> None:
    """Each override must replace one of jobkit's templates and compile; located errors otherwise.

    Compiling is work that grows with the template (a 4.8 MB one took 35 s and 570 MB), so
    templates are capped at ``MAX_THEME_TEMPLATE_BYTES`` and parsed in a child process under
    the time and memory budget, as a render is.
    """
    from functools import partial

    from ..budget import run_within_budget

    shipped = sorted(
        path.relative_to(templates_dir()).as_posix()
        for path in templates_dir().rglob("*.j2")
        if "themes" not in path.relative_to(templates_dir()).parts
    )
    problems = []
    replacing = []
    for path in sorted(_theme_files(folder)):
        relative = path.relative_to(folder).as_posix()
        if relative in shipped:
            replacing.append((str(path), relative))
            continue
        problems.append(
            Problem(
                f"replaces no jobkit template{did_you_mean(relative, shipped)}; "
                f"templates that can be replaced: {', '.join(shipped)}",
                Location(str(path)),
            )
        )
    if replacing:
        problems += run_within_budget(partial(_syntax_problems, replacing), task="checking the theme's templates")
    if problems:
        raise ValidationError(str(problems[0].message), problems=problems)


def read_theme_template(path: str | Path) -> str:
    """A theme template's text, read with the cap a template needs (jobkit's own are about 5 KB)."""
    return read_text(path, what="theme template", max_bytes=MAX_THEME_TEMPLATE_BYTES)


def _syntax_problems(templates: list[tuple[str, str]]) -> list[Problem]:
    """(path, name in jobkit's templates) -> the syntax errors of each, located."""
    from jinja2 import TemplateSyntaxError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    environment = ImmutableSandboxedEnvironment()
    problems = []
    for path, relative in templates:
        source = read_theme_template(path)
        try:
            environment.parse(source, name=relative, filename=path)
        except TemplateSyntaxError as error:
            problems.append(Problem(f"template syntax: {error.message}", Location(path, error.lineno)))
        except RecursionError:  # "{{ ((((…" thousands deep: Jinja's parser recurses once a level
            problems.append(Problem("template syntax: brackets or tags nested too deeply", Location(path)))
    return problems


def _theme_files(folder: Path) -> list[Path]:
    """Every file under a theme's ``templates/`` folder. A link out of the theme folder, a link to a
    folder, or a FIFO, device or socket is an error: the template loader would open it at render time."""
    files = []
    for top, folders, names in os.walk(folder):
        for name in [*folders, *names]:
            path = Path(top) / name
            check_inside(path, folder.parent)
            if name in folders and path.is_symlink():  # os.walk lists a link to a folder, but never enters it
                raise InputFileError("is a link to a folder; a theme's templates must be files", Location(str(path)))
            if name in names and not path.is_file():
                raise InputFileError("is not a regular file; a theme's templates must be files", Location(str(path)))
            if name in names:
                files.append(path)
    return files
