"""Every shipped role renders every document kind at every level, in PDF and in DOCX, read back as a reader sees it."""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
import yaml
from pypdf import PdfReader
from support.paths import EXAMPLES

from toolkit.api import render_cover_letter, render_interview, render_job_description, render_resume
from toolkit.documents.pay import SalaryError, derived_band
from toolkit.inputs.roles import builtin_role_ids, load_role

ROLES = [role for role in builtin_role_ids() if not load_role(role).abstract]
TODAY = date(2026, 1, 5)


def _read_back(content: bytes, fmt: str) -> str:
    if fmt == "pdf":
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    else:
        document = docx.Document(io.BytesIO(content))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        text = " ".join([paragraph.text for paragraph in document.paragraphs] + cells)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """The example profile without its summary, so the resume writes one naming the level sought."""
    data = yaml.safe_load((EXAMPLES / "profile.yaml").read_text())
    del data["basics"]["summary"]
    path = tmp_path_factory.mktemp("profile") / "profile.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("role", ROLES)
def test_every_kind_at_every_level(role, fmt, profile):
    pack = load_role(role)
    for level in pack.level_ids():
        title = pack.level(level).title
        try:
            derived_band(pack, level)
            salary = "auto"
        except SalaryError:
            salary = "none"
        documents = {
            "resume": render_resume(profile, role=role, level=level, fmt=fmt, today=TODAY),
            "cover letter": render_cover_letter(
                profile, role=role, level=level, company="Riverside Health", position=title, fmt=fmt, today=TODAY
            ),
            "practice sheet": render_interview(role=role, level=level, answers="inline", fmt=fmt, today=TODAY),
            "interviewer kit": render_interview(role=role, level=level, kit=True, fmt=fmt, today=TODAY),
        }
        if role != "general":  # the general pack describes no job to post (refused, tested elsewhere)
            documents["job description"] = render_job_description(
                role=role, level=level, company="Riverside Health", salary=salary, fmt=fmt, today=TODAY
            )
        for kind, document in documents.items():
            text = _read_back(document.content, fmt)
            where = f"{role}/{level}/{kind}/{fmt}"
            # The general pack's level titles (Junior, Senior) are no positions: its resume states no aim.
            if not (role == "general" and kind == "resume"):
                assert title in text, where
            assert not re.search(r"[{}]|\bNone\b", text), where
            if kind != "job description" and kind != "practice sheet" and kind != "interviewer kit":
                assert text.startswith("Maya Robinson"), where
