"""The tests mirror the package: a reader looking for the tests of ``toolkit/check/dates.py`` opens
``tests/check/test_dates.py`` (or ``test_dates_<aspect>.py``), and a test module never imports another one.

The list of modules still without a test file only shrinks: a module that gains one must leave it, and a new
module must come with its test file.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support.paths import REPO

PACKAGE = REPO / "toolkit"
TESTS = REPO / "tests"
NOT_TESTS = {"fixtures", "support"}  # data and shared helpers, no tests of their own

# Test files that follow no single module, each with the reason.
CROSS_CUTTING: dict[str, str] = {
    "hardening": "hostile input against every reader and writer, grouped by the attack rather than by the module",
    "test_properties.py": "property-based runs of the public API with any profile text",
    "test_packaging.py": "the built wheel and the declared dependencies, not a module",
    "test_package_shape.py": "the house rules on module size and import loops",
    "test_tests.py": "this file: the house rule on the tests' own layout",
    "test_typed_api.py": "toolkit/__init__.py's public names as a user's type checker sees them",
}

# Modules tested under another file's name, with that file.
TESTED_ELSEWHERE: dict[str, str] = {
    "toolkit/__init__.py": "tests/test_typed_api.py and tests/test_api.py (the names it exports)",
    "toolkit/__main__.py": "tests/test_packaging.py runs `python -m toolkit`",
    "toolkit/check/extracted.py": "two plain dataclasses, no behaviour; every reader test in tests/check fills them",
}

# Modules with no test file of their own yet (tested through the modules that call them): give each one its file,
# then delete its line. Never add a line.
NOT_YET_MIRRORED: set[str] = set()


def _packages_and_modules() -> dict[Path, set[str]]:
    """Each package folder (relative to toolkit/) -> the names a test file there may start with."""
    names: dict[Path, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        folder = path.parent.relative_to(PACKAGE)
        if path.stem == "__init__":
            names.setdefault(folder, set()).add(folder.name or "toolkit")
        else:
            names.setdefault(folder, set()).add(path.stem)
    return names


def _test_files() -> list[Path]:
    return sorted(path for path in TESTS.rglob("test_*.py") if not NOT_TESTS & set(path.relative_to(TESTS).parts))


def _cross_cutting(path: Path) -> bool:
    relative = path.relative_to(TESTS)
    return relative.as_posix() in CROSS_CUTTING or relative.parts[0] in CROSS_CUTTING


def _mirrors(test_file: Path, module_name: str) -> bool:
    name = test_file.stem.removeprefix("test_")
    return name == module_name or name.startswith(module_name + "_")


def test_each_test_file_is_named_for_a_module_at_the_mirrored_path():
    names = _packages_and_modules()
    astray = []
    for path in _test_files():
        if _cross_cutting(path):
            continue
        folder = path.parent.relative_to(TESTS)
        if not any(_mirrors(path, module) for module in names.get(folder, set())):
            astray.append(path.relative_to(REPO).as_posix())
    assert astray == [], (
        "name each test file test_<module>.py or test_<module>_<aspect>.py in the folder mirroring the module's "
        f"package (or add it to CROSS_CUTTING with the reason): {astray}"
    )


def _module_test_files(module: Path) -> list[Path]:
    """The test files that mirror one module (a package's __init__ by the package's name)."""
    relative = module.relative_to(PACKAGE)
    if module.stem == "__init__":
        folder, name = relative.parent, relative.parent.name or "toolkit"
    else:
        folder, name = relative.parent, module.stem
    return [path for path in (TESTS / folder).glob("test_*.py") if _mirrors(path, name)]


def _needs_a_test_file(module: Path) -> bool:
    """A package's __init__ that only gathers names (no function or class of its own) has nothing to test."""
    if module.stem != "__init__":
        return True
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef | ast.ClassDef) for node in tree.body)


def test_each_module_has_its_test_file():
    modules = {
        path.relative_to(REPO).as_posix(): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if _needs_a_test_file(path) and path.relative_to(REPO).as_posix() not in TESTED_ELSEWHERE
    }
    untested = sorted(name for name, path in modules.items() if not _module_test_files(path))
    new = [name for name in untested if name not in NOT_YET_MIRRORED]
    assert new == [], f"give these modules a test file at the mirrored path (tests/<package>/test_<module>.py): {new}"
    now_tested = sorted(NOT_YET_MIRRORED - set(untested))
    assert now_tested == [], "these have a mirrored test file now (or are gone): delete them from NOT_YET_MIRRORED"


def _imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(("." * node.level) + node.module)
        elif isinstance(node, ast.ImportFrom):
            found |= {"." * node.level + alias.name for alias in node.names}
    return found


def test_no_test_module_imports_another_or_conftest():
    """Shared helpers live in tests/support/ (imported as ``support``: tests/ is on the path, the repository is
    not, so a bare ``pytest`` tests the installed wheel); importing a test module runs its module-level code twice
    and ties two files' names together, and conftest's names are pytest's to load."""
    offending = {}
    for path in sorted(TESTS.rglob("*.py")):
        if "fixtures" in path.relative_to(TESTS).parts:
            continue
        bad = {
            name
            for name in _imported_modules(path)
            if name.lstrip(".").split(".")[-1].startswith(("test_", "conftest")) or name.startswith("tests.")
        }
        if bad:
            offending[path.relative_to(REPO).as_posix()] = sorted(bad)
    assert offending == {}, f"import shared helpers from support (tests/support/) instead: {offending}"
