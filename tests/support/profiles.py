"""Small profiles written inline, each too sparse to hide an invented fact."""

from __future__ import annotations


def line_cook(*highlights: str, **sections) -> dict:
    """Rosa Delgado, a line cook since April 2022: a profile from outside health information, with
    the highlights given and any other sections (certificates, skills)."""
    work = {"name": "Harbor Table Bistro", "position": "Line Cook", "startDate": "2022-04"}
    work["highlights"] = list(highlights)
    return {"basics": {"name": "Rosa Delgado"}, "work": [work], **sections}


def sparse_front_desk() -> dict:
    """Sam Ortiz, a front desk associate with one job, one highlight and two tools: a profile too sparse for a
    health-records role, so any credential, skill, employer or number a document adds was invented."""
    return {
        "basics": {"name": "Sam Ortiz", "email": "sam@example.com"},
        "work": [
            {
                "name": "Valley Clinic",
                "position": "Front Desk Associate",
                "startDate": "2023-02",
                "endDate": "2025-08",
                "highlights": ["Scheduled 40 patient visits a day"],
            }
        ],
        "skills": [{"name": "Tools", "keywords": ["Epic", "Microsoft Excel"]}],
    }
