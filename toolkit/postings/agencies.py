"""Staffing agencies: a post under one hides the client who employs, so jobkit names no employer for it (C1)."""

from __future__ import annotations

from functools import cache

from ..resources import language_data


def is_staffing_agency(name: str) -> bool:
    """Whether ``name`` is a staffing agency's (templates/language/job_boards.yaml): its post hides the client
    who employs (C1)."""
    folded = " ".join(name.casefold().split())
    for agency in _staffing_agencies():
        if not folded.startswith(agency) or (folded != agency and folded[len(agency)].isalnum()):
            continue
        rest = folded[len(agency) :].replace(".", " ").replace(",", " ").split()
        if set(rest) <= _agency_name_tails():
            return True  # the agency's own name, perhaps with its country or legal ending ("Randstad USA")
    return any(folded.endswith(" " + ending) for ending in language_data("job_boards")["staffing_agency_endings"])


@cache
def _agency_name_tails() -> frozenset[str]:
    return frozenset(language_data("job_boards")["staffing_agency_name_tails"])


@cache
def _staffing_agencies() -> frozenset[str]:
    return frozenset(
        " ".join(str(name).casefold().split()) for name in language_data("job_boards")["staffing_agencies"]
    )
