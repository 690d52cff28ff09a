"""A company file's benefits: plain ones in every posting, scoped ones only for their roles and levels."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from toolkit.models.company import Company


def test_scoped_benefits_go_only_to_the_roles_and_levels_they_name():
    company = Company(
        name="Acme",
        benefits=[
            "Health insurance",
            {"text": "Steel-toe boot allowance", "roles": ["warehouse-associate"]},
            {"text": "Leadership coaching", "levels": ["manager", "director"]},
        ],
    )
    assert company.benefits_for("warehouse-associate", "junior") == ["Health insurance", "Steel-toe boot allowance"]
    assert company.benefits_for("accountant", "manager") == ["Health insurance", "Leadership coaching"]
    assert company.benefits_for("accountant", "junior") == ["Health insurance"]


@pytest.mark.parametrize("fields", [{"name": ""}, {"name": "Acme", "employees": 0}, {"name": "Acme", "size": 5}])
def test_an_empty_name_no_employees_or_an_unknown_field_is_refused(fields):
    with pytest.raises(ValidationError):
        Company(**fields)
