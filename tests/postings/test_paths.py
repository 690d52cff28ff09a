"""A posting's ways in (toolkit/postings/paths.py): which of them ask for no level of education and which are
a credential or a test.
"""

from __future__ import annotations

import pytest

from toolkit.postings.paths import credential_ways, way_without_a_level


@pytest.mark.parametrize(
    ("clause", "without_a_level", "credentials"),
    [
        ("An Associate's Degree, or 60 college credit hours, or successful completion of the Pearson Assessment",
         True, ["successful completion of the Pearson Assessment"]),
        ("Either two years of teaching experience, two years of counseling experience, or eligibility for a "
         "provisional license", True, ["eligibility for a provisional license"]),
        ("Bachelor's degree in accounting, or an equivalent combination of education and experience", False, []),
        ("Bachelor's degree in Nursing", False, []),
    ],
)  # fmt: skip
def test_ways_in_of_different_kinds(clause, without_a_level, credentials):
    assert way_without_a_level(clause) is without_a_level
    assert credential_ways(clause) == credentials
