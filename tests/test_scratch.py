"""Temporary files made during a render go into one private folder of jobkit's own, which is removed whole at the
end however the work inside it ended: a long batch cannot fill /tmp with WeasyPrint's font folders."""

from __future__ import annotations

import os
import stat
import tempfile

import pytest

from toolkit.scratch import in_scratch_folder, scratch_folder


def test_temporary_files_inside_go_to_a_private_folder_removed_at_the_end():
    before = tempfile.gettempdir()
    with scratch_folder() as folder:
        assert folder is not None and in_scratch_folder()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        left = tempfile.mkdtemp(prefix="weasyprint-")  # what a killed child leaves behind
        assert os.path.dirname(left) == str(folder)
    assert not folder.exists()
    assert tempfile.gettempdir() == before and not in_scratch_folder()


def test_the_folder_is_removed_when_the_work_fails():
    with pytest.raises(RuntimeError), scratch_folder() as folder:
        (folder / "font.woff").write_bytes(b"x")
        raise RuntimeError("the render stopped")
    assert not folder.exists()


def test_without_a_temporary_folder_to_write_in_the_work_goes_on(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))  # $TMPDIR names a folder that is not there
    with scratch_folder() as folder:
        assert folder is None and not in_scratch_folder()
