"""The public API is typed for users: mypy sees render_resume's real signature, not Any."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.paths import REPO

SNIPPET = """
import toolkit

document = toolkit.render_resume("profile.yaml", fmt="md")
reveal_type(toolkit.render_resume)
content: bytes = document.content
wrong: int = document.content
"""


@pytest.mark.slow
def test_a_users_type_checker_sees_the_public_functions_signatures(tmp_path):
    pytest.importorskip("mypy", reason="mypy comes with the dev extra: pip install '.[dev]'")
    script = tmp_path / "usage.py"
    script.write_text(SNIPPET, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--ignore-missing-imports", str(script)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    # The signature, not Any; and a wrong use of the result is caught.
    assert "def (profile:" in result.stdout, result.stdout
    assert 'Incompatible types in assignment (expression has type "bytes", variable has type "int")' in result.stdout


@pytest.mark.slow
def test_every_public_name_is_typed_not_just_the_render_functions(tmp_path):
    # A name exported by toolkit.__getattr__ but left out of the TYPE_CHECKING imports reads as "object"
    # to a user's type checker (that __getattr__'s return type): every name in __all__ must read as itself.
    pytest.importorskip("mypy", reason="mypy comes with the dev extra: pip install '.[dev]'")
    import toolkit

    names = [name for name in toolkit.__all__ if name != "__version__"]
    script = tmp_path / "names.py"
    script.write_text(
        "import toolkit\n" + "".join(f"reveal_type(toolkit.{name})\n" for name in names), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--ignore-missing-imports", str(script)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    revealed = [
        line.split('Revealed type is "', 1)[1] for line in result.stdout.splitlines() if "Revealed type" in line
    ]
    assert len(revealed) == len(names), result.stdout
    untyped = [name for name, shown in zip(names, revealed, strict=True) if shown.rstrip('"') in {"object", "Any"}]
    assert untyped == [], result.stdout


@pytest.mark.slow
def test_the_api_and_the_document_models_pass_mypy_strict():
    # pyproject.toml gives these modules --strict's flags one by one (strict itself is global-only); this runs the
    # real --strict over them, so a flag missing from that list, or a new Any, is caught.
    pytest.importorskip("mypy", reason="mypy comes with the dev extra: pip install '.[dev]'")
    paths = ["toolkit/api.py", "toolkit/__init__.py", "toolkit/models", "toolkit/documents"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *paths],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
