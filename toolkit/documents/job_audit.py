"""jobkit's own job description, audited as any posting is: its text, for the place it is posted for."""

from __future__ import annotations

from datetime import date

from ..audit import Finding, audit_text
from .common import Document


def audit_job_description(document: Document, *, location: str, employees: int | None, today: date) -> list[Finding]:
    """The audit's findings on the posting's plain text (what any reader of the posting gets)."""
    from ..render import convert_html
    from ..render.html import fill_template

    text = convert_html(fill_template(document, "classic", paper="letter"), "txt").decode("utf-8")
    return audit_text(text, location=location, employees=employees, today=today).findings
