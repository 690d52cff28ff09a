"""The package stays easy to change: no module past 450 lines, no module importing itself round a loop.

Both lists of exceptions only shrink: a module on the size list may not grow, and one that falls under the
limit (or a loop that is broken) must leave its list, so the next change cannot quietly take its place.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "toolkit"
MAX_LINES = 450

# Modules still past the limit, with their size when the list was made: split them, then delete their line.
LONG_MODULES: dict[str, int] = {}

# Import loops that exist today (run-time imports, at the top or inside functions): break them, then delete.
KNOWN_LOOPS: list[set[str]] = []


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_grows_past_450_lines():
    sizes = {path.relative_to(REPO).as_posix(): _line_count(path) for path in sorted(PACKAGE.rglob("*.py"))}
    too_long = {
        name: lines for name, lines in sizes.items() if lines > MAX_LINES and lines > LONG_MODULES.get(name, MAX_LINES)
    }
    assert too_long == {}, f"split these modules (at most {MAX_LINES} lines, or their listed size): {too_long}"
    now_short = [name for name in LONG_MODULES if sizes.get(name, 0) <= MAX_LINES]
    assert now_short == [], f"these are {MAX_LINES} lines or fewer now (or gone): delete them from LONG_MODULES"


def _modules() -> dict[str, tuple[Path, bool]]:
    """Each module's dotted name -> (file, whether it is a package's __init__)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(REPO).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The nodes under ``if TYPE_CHECKING:``: never run, so no part of a loop at run time."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(inner) for child in node.body for inner in ast.walk(child)}
    return skipped


def _imports() -> dict[str, set[str]]:
    """Which of the package's modules each module imports, at the top or inside a function."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_only(tree)
        package = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                # "from . import api" imports the module api; "from .api import render" imports api.
                targets |= {
                    f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target for alias in node.names
                }
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def _loops(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other round a loop (Tarjan's strongly connected components)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            group = set()
            while module not in group:
                group.add(stack.pop())
            if len(group) > 1:
                loops.append(group)

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return loops


def test_no_new_import_loop():
    loops = _loops(_imports())
    new = [sorted(loop) for loop in loops if loop not in KNOWN_LOOPS]
    assert new == [], f"modules that import each other round a loop: {new}"
    broken = [sorted(loop) for loop in KNOWN_LOOPS if loop not in loops]
    assert broken == [], f"these loops are broken (or changed) now: update KNOWN_LOOPS: {broken}"


def test_the_loop_finder_finds_a_loop():
    # The finder itself: a -> b -> c -> a is one loop, d standing outside it.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert _loops(graph) == [{"a", "b", "c"}]


# Modules that may read the calendar day: the edges, which read it once and pass it down.
READS_TODAY = {"toolkit/api.py", "toolkit/apply.py", "toolkit/commands/audit.py"}


def test_the_day_is_read_from_the_clock_only_at_the_edges():
    # A module deep in the package that reads date.today() can disagree with the day the rest of a run used (a
    # run across midnight), and a test cannot fix the day it sees.
    readers = sorted(
        path.relative_to(REPO).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "date.today()" in path.read_text(encoding="utf-8")
    )
    assert readers == sorted(READS_TODAY), "take today as an argument from the caller instead of date.today()"


def test_imports_inside_functions_count_and_type_checking_ones_do_not():
    # A loop hidden in a function-level import still runs; one under `if TYPE_CHECKING:` never does.
    graph = _imports()
    assert "toolkit.render" in graph["toolkit.documents.job_audit"]  # imported inside audit_job_description
    assert "toolkit.api" in graph["toolkit.document_budget"]  # imported inside a function
    assert "toolkit.document_steps" not in graph["toolkit.document_budget"]  # only under TYPE_CHECKING
