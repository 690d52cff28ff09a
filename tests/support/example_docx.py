"""The example resume as a DOCX, reopened with python-docx: what the Word-writer tests read back."""

from __future__ import annotations

import io

import docx

from support.paths import EXAMPLES, ROLE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def example_resume_docx(**options) -> docx.document.Document:
    """examples/profile.yaml for the medical records role as a DOCX (``options`` go to ``render_resume``)."""
    from toolkit.api import render_resume

    content = render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="docx", **options).content
    return docx.Document(io.BytesIO(content))
