"""The role a posting's title names: a pack's title or a name it goes by, whatever the case, spacing or a remark in
brackets; other words in the title choose nothing, and close titles are suggested."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Medical Records Specialist", "medical-records-specialist"),
        ("senior   medical CODER", "medical-coder"),  # a level's title, case and spacing aside
        ("Medical Records Specialist (remote)", "medical-records-specialist"),  # a remark is not the job's name
        ("Cancer Registrar (ODS-C / CTR)", "cancer-registrar"),
        ("Patient Access Representative - Emergency Department", "patient-access-representative"),
        ("Clinical Documentation Integrity Specialist (CDI) – RN", "cdi-specialist"),
        ("Medical Records Specialist Lead", None),  # other words in the name: another job, no guess
        ("Director, Health Information Management", None),  # a name turned round is not read
        ("Coding Specialist III - Inpatient", None),
        ("Clinical Documentation Specialist (RN)", "cdi-specialist"),  # a name the CDI pack alone goes by
        ("coder", "medical-coder"),
        ("Health Information Specialist", None),  # two packs go by it: suggested, not chosen
        ("Barista", None),
        ("", None),
    ],
)
def test_the_role_comes_from_the_posting_title_only_when_it_is_a_packs_title_or_name(title, role):
    from toolkit.inputs.role_titles import role_titled

    assert role_titled(title) == role


@pytest.mark.parametrize(
    ("title", "suggested"),
    [
        ("Medical Records Specialist Lead", ["medical-records-specialist"]),
        ("Senior Clinical Documentation Specialist II", ["cdi-specialist"]),
        ("Health Information Specialist", ["health-information-technician", "medical-records-specialist"]),
        ("Barista", []),
        ("Product Analyst", []),
    ],
)
def test_a_title_that_only_comes_close_to_roles_suggests_them(title, suggested):
    from toolkit.inputs.role_titles import title_match

    match = title_match(title)
    assert match.role is None and sorted(role for role, _ in match.near) == suggested
