"""A resume's content as `jobkit resume --role` builds it, on a fixed day whatever the clock says."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from support.paths import ROLE
from toolkit.documents.focus import focus_for
from toolkit.documents.levels import choose_level
from toolkit.documents.resume import ResumeContext, build_resume_context
from toolkit.inputs.profiles import load_profile
from toolkit.inputs.roles import load_role

TODAY = date(2026, 11, 23)


def resume_context(path: Path, **options: Any) -> ResumeContext:
    """The resume tailored to the role, as `jobkit resume --role` makes it."""
    profile, pack = load_profile(path).profile, load_role(ROLE)
    level = choose_level(profile, pack, options.get("level"), TODAY)
    focus = focus_for(pack, role_given=True, posting=None, level_title=level.title)
    return build_resume_context(profile, pack, focus=focus, today=TODAY, **options)
