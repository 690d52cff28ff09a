"""The installed package carries every template, style, schema, starter and role pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.paths import REPO

import toolkit
from toolkit.resources import templates_dir


def test_templates_ship_inside_the_installed_package():
    package = Path(toolkit.__file__).resolve().parent
    if "site-packages" not in package.parts:
        pytest.skip("running from a source checkout; .ci/run installs the wheel and runs this for real")
    assert templates_dir() == package / "templates"
    source = {path.relative_to(REPO / "templates") for path in (REPO / "templates").rglob("*") if path.is_file()}
    installed = {path.relative_to(templates_dir()) for path in templates_dir().rglob("*") if path.is_file()}
    assert source, "no templates found in the source tree"
    assert source <= installed, sorted(source - installed)


# --- declared dependencies and the versions CI installs (issue 26) ---------------------------------------------


def _pyproject() -> dict:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """``fonttools>=4.40,<5`` -> ``fonttools``; names compared as pip compares them (PEP 503)."""
    import re

    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group()).lower()


def _imported_top_names(folder: Path) -> dict[str, str]:
    """Each third-party top-level name imported anywhere under ``folder`` (in functions too), with one file."""
    import ast
    import sys

    local = {path.stem for base in (REPO / "tools", REPO / "tests" / "support") for path in base.glob("*.py")}
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        if "fixtures" in path.relative_to(folder).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in {"toolkit", "__future__", "support"} | local:
                    found.setdefault(top, path.relative_to(REPO).as_posix())
    return found


def _undeclared(folder: Path, declared: set[str]) -> dict[str, str]:
    from importlib.metadata import packages_distributions

    distributions = packages_distributions()
    missing = {}
    for top, where in _imported_top_names(folder).items():
        names = {_name(distribution) for distribution in distributions.get(top, [top])}
        if not names & declared:
            missing[top] = where
    return missing


def test_every_package_jobkit_imports_is_a_declared_dependency():
    # fontTools, markupsafe and pydantic_core were imported but came only through other packages: a release of
    # those that dropped them would have broken jobkit with nothing in pyproject.toml to say why.
    declared = {_name(requirement) for requirement in _pyproject()["project"]["dependencies"]}
    assert _undeclared(REPO / "toolkit", declared) == {}, "declare these in pyproject.toml [project] dependencies"


def test_every_package_the_tests_import_is_declared_for_them():
    project = _pyproject()["project"]
    declared = {
        _name(requirement) for requirement in project["dependencies"] + project["optional-dependencies"]["test"]
    }
    assert _undeclared(REPO / "tests", declared) == {}, "declare these in the test extra of pyproject.toml"


def test_ci_installs_pinned_versions_that_pyproject_allows():
    from packaging.requirements import Requirement

    pins = {}
    for line in (REPO / ".ci" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt pins exact versions (name==version): {line!r}"
            pins[_name(name)] = version.strip()
    project = _pyproject()["project"]
    requirements = [Requirement(text) for text in project["dependencies"] + project["optional-dependencies"]["test"]]
    unpinned = [str(requirement) for requirement in requirements if _name(requirement.name) not in pins]
    assert unpinned == [], "pin these in .ci/constraints.txt"
    outside = {
        requirement.name: pins[_name(requirement.name)]
        for requirement in requirements
        if not requirement.specifier.contains(pins[_name(requirement.name)], prereleases=True)
    }
    assert outside == {}, "constraints.txt pins versions pyproject.toml does not allow"
    assert 'export PIP_CONSTRAINT="$repo/.ci/constraints.txt"' in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_pytest_refuses_unknown_markers_and_settings():
    options = _pyproject()["tool"]["pytest"]["ini_options"]["addopts"].split()
    assert "--strict-markers" in options and "--strict-config" in options
