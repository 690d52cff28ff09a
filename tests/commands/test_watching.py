"""`--watch` on a document command: a mistake in the options stops before the loop starts."""

from __future__ import annotations

import os

from toolkit.cli import cli


def test_watch_refuses_an_output_that_names_a_folder_before_it_starts_watching(runner, tmp_path, monkeypatch):
    """Saving the profile cannot fix ``-o out/``: waiting for saves would only repeat the error."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text("basics:\n  name: Ana Diaz\n", encoding="utf-8")
    result = runner.invoke(cli, ["resume", "p.yaml", "--watch", "-f", "txt", "-o", "out/"])
    assert result.exit_code == 1, result.output
    assert "out/ names a folder" in result.output
    assert "watching" not in result.output
    assert sorted(os.listdir(tmp_path)) == ["p.yaml"]
