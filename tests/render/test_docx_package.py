"""A DOCX's bytes written in one pass: the same file python-docx would save, every entry stamped SOURCE_DATE_EPOCH,
so equal input gives an equal file."""

from __future__ import annotations

import io

from support.paths import EXAMPLES, ROLE

from toolkit.api import render_resume


def test_docx_written_in_one_pass_is_what_python_docx_would_save(monkeypatch):
    # The package is written once, with fixed entry times, through python-docx's writer steps. If a
    # python-docx release drops those steps, the file must come out the same the two-pass way.
    import zipfile

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    one_pass = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content
    monkeypatch.setattr("toolkit.render.docx_package._WRITER_STEPS", ("_a_step_python_docx_dropped",))
    two_pass = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx").content
    assert one_pass == two_pass
    with zipfile.ZipFile(io.BytesIO(one_pass)) as package:
        assert package.testzip() is None
        assert {entry.date_time for entry in package.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        names = package.namelist()
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert "word/document.xml" in names and "word/fonts/lato-1.odttf" in names
