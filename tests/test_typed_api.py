"""The public API is typed for users: mypy sees render_resume's real signature, not Any."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO

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
