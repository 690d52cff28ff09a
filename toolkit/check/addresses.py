"""Street addresses a CV writes after an employer's name ("Hotel Mercurio 3* Via Hermada 2 21047 Saronno",
"Müller GmbH Hauptstraße 5", "Brightline Dental 120 Main Street"): an ATS fills the employer with the name
only. The street words come from ``templates/language/resume_words.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from ..resources import language_data


@cache
def _street() -> re.Pattern[str]:
    """A street address: a street word then a name and a house number ("Via Hermada 2", "Rue de la Paix 12"), a
    German street compound and its number ("Hauptstraße 5"), or a number, a name and a street word ("120 Main
    Street")."""
    words = language_data("resume_words")["street_words"]
    before = "|".join(re.escape(word) for word in words["before"])
    after = "|".join(re.escape(word) for word in words["after"])
    endings = "|".join(re.escape(word) for word in words["compound_endings"])
    return re.compile(
        rf"\s(?:(?:{before})\s(?:[^\W\d_][\w'’.-]{{0,30}}\s){{1,4}}[0-9]{{1,4}}[a-z]?"
        rf"|[^\W\d_]{{2,30}}(?:{endings})\.?\s[0-9]{{1,4}}[a-z]?"
        rf"|[0-9]{{1,5}}\s(?:[^\W\d_][\w'’.-]{{0,30}}\s){{1,3}}(?:{after})\.?)(?![\w])",
        re.IGNORECASE,
    )


def without_address(employer: str) -> str:
    """``employer`` without the street address a CV wrote after it ("Hotel Mercurio Via Hermada 2 21047
    Saronno" -> "Hotel Mercurio"); as it was when none follows a name."""
    found = _street().search(employer)
    return employer[: found.start()].rstrip(" ,;|–—-") if found and found.start() > 0 else employer
