"""What a Word template is filled from: a document as plain dicts, lists and text under the kind's own name."""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.documents.template_context import plain_values, template_context


@dataclass(frozen=True)
class _Meta:
    title: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Job:
    kind: str
    meta: _Meta
    title: str
    responsibilities: tuple[str, ...]
    logo: str = "data:image/png;base64,AAAA"
    json_ld: dict = field(default_factory=dict)


def test_a_job_description_is_under_job_beside_meta_without_its_logo_or_web_data():
    job = _Job("job_description", _Meta("Coder", ("coding",)), "Medical Coder", ("Code charts", "Audit claims"))
    context = template_context(job)
    assert context == {
        "meta": {"title": "Coder", "keywords": ["coding"]},
        "job": {
            "kind": "job_description",
            "title": "Medical Coder",
            "responsibilities": ["Code charts", "Audit claims"],
        },
    }


def test_values_are_only_plain_data():
    assert plain_values({1: (_Meta("x"),), "n": None}) == {"1": [{"title": "x", "keywords": []}], "n": None}
    assert plain_values(_Meta) is _Meta  # a class is left as it is, not read as an instance
