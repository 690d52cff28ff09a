"""Staffing agencies: a post under one hides the client who employs, so jobkit names no employer for it (C1)."""

from __future__ import annotations

from functools import cache

from ..resources import language_data


def is_staffing_agency(name: str) -> bool:
    """Whether ``name`` is a staffing agency's (templates/language/job_boards.yaml): its post hides the client
    who employs (C1)."""
    folded = " ".join(name.casefold().split())
    tails = frozenset(language_data("job_boards")["staffing_agency_name_tails"])
    for agency in _staffing_agencies():
        rest = folded[len(agency) :].replace(".", " ").replace(",", " ").split() if folded.startswith(agency) else None
        if rest is not None and (folded == agency or not folded[len(agency)].isalnum()) and set(rest) <= tails:
            return True  # the agency's own name, perhaps with its country or legal ending ("Randstad USA")
    return any(folded.endswith(" " + ending) for ending in language_data("job_boards")["staffing_agency_endings"])


@cache
def _staffing_agencies() -> frozenset[str]:
    return frozenset(
        " ".join(str(name).casefold().split()) for name in language_data("job_boards")["staffing_agencies"]
    )
