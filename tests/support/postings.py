"""What a read posting asks for, in the two shapes posting tests compare."""

from __future__ import annotations


def asked(posting) -> dict[str, str]:
    """Each requirement as shown ("RHIT or CCA") -> its importance."""
    return {requirement.term: requirement.importance for requirement in posting.requirements}


def alternative_terms(posting) -> set[str]:
    """Every alternative term the posting's requirements name, however they are grouped."""
    return {term.term for item in posting.requirements for term in item.alternatives}
