"""Years of experience a posting asks (toolkit/postings/years.py), and figures that only look like them: an age,
coursework, a licence's length, a ZIP code.
"""

from __future__ import annotations

import pytest

from toolkit.postings.years import years_in


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3–5 years of payroll experience", 3),
        ("Two (2) years of experience", 2),
        ("6 months of related work experience preferred", 0.5),
        ("Seven or more years of progressively responsible experience", 7),
        ("Must be 21 years of age or older", None),
        ("At least 21 years old", None),
        ("2 years of college coursework", None),
        ("walk you through the 1-year Emergency License", None),
        ("certification within 12 months of hire", None),
        ("ZIP 53202-1414", None),
    ],
)
def test_years_of_experience_and_figures_that_are_not(text, years):
    assert years_in(text) == years
