"""The shipped role packs as files: the JSON Schemas editors use accept every one, and their wording claims
nothing for a person or an employer."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft7Validator

from toolkit.inputs.schemas import json_schema

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
PACK_FILES = sorted((TEMPLATES / "roles").glob("*.yaml"))


@pytest.mark.parametrize("kind, name", [("role", "role-pack"), ("company", "company")])
def test_the_shipped_schema_files_are_the_generated_ones(kind, name):
    """templates/schemas/*.schema.json are `jobkit schema KIND`; regenerate them when the models change."""
    shipped = json.loads((TEMPLATES / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(kind), f"run: jobkit schema {kind} > templates/schemas/{name}.schema.json"


def test_every_shipped_pack_was_found():
    assert len(PACK_FILES) >= 13 and {path.stem for path in PACK_FILES} >= {"general", "medical-records-specialist"}


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: path.stem)
def test_every_shipped_pack_file_fits_the_role_schema(path):
    validator = Draft7Validator(json_schema("role"))
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(_packs()[path.stem])]
    assert errors == []


def test_the_role_schema_catches_what_jobkit_refuses():
    validator = Draft7Validator(json_schema("role"))
    assert list(validator.iter_errors({"id": "x", "extends": "general"})) == []  # a pack may write only its id
    assert list(validator.iter_errors({"id": "x", "levles": []}))  # a misspelt key
    assert list(validator.iter_errors({"id": "x", "keywords": [{"term": "a", "weight": 7}]}))  # out of range
    assert list(validator.iter_errors({"id": "x", "keywords": [{"term": 835}]}))  # YAML read a number, not text


@functools.cache
def _packs() -> dict[str, dict]:
    """Every shipped pack as plain data, read once (with libyaml: the pure-Python reader takes a second)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return {path.stem: yaml.load(path.read_text(encoding="utf-8"), Loader=loader) for path in PACK_FILES}


# A letter may state what the person believes, values or wants; never a practice or skill the profile
# has not shown ("I check every request ...", "I take care to ...").
_BELIEF = re.compile(r"^(I believe|I see|I want|I value|I care|What matters to me|I am drawn|To me)\b")


def test_letter_value_statements_state_beliefs_never_practices():
    for pack_id, pack in _packs().items():
        statements = (pack.get("cover_letter") or {}).get("value_statements") or {}
        for level, items in statements.items():
            for text in items:
                assert _BELIEF.match(text), f"{pack_id}/{level}: {text}"


def test_summary_phrasing_adds_no_quality_of_its_own():
    """The summary restates the profile: its label, years, listed skills. No "detail-oriented {label}"."""
    for pack_id, pack in _packs().items():
        summary = ((pack.get("resume") or {}).get("summary")) or {}
        for field in ("with_years", "without_years"):
            if field in summary:
                words = re.sub(r"\{\w+\}", "", summary[field])
                assert re.fullmatch(r"[\s,.]*(with\s+of experience)?[\s,.]*", words), f"{pack_id}: {summary[field]}"


# Promises only the employer can make: training, equipment, schedules, support, policies.
_EMPLOYER_CLAIMS = re.compile(
    r"\b(training is provided|is provided|are provided|are available|will be provided|hours are set|"
    r"agreed in advance|employer-issued|employer-provided|not permitted|we offer|paid training)\b",
    re.IGNORECASE,
)


def test_job_description_wording_makes_no_promise_for_the_employer():
    for pack_id, pack in _packs().items():
        content = pack.get("job_description") or {}
        texts = [content.get("no_experience_phrase", ""), content.get("experience_phrase", "")]
        for section in ("schedule", "work_environment", "physical_demands"):
            for lines in (content.get(section) or {}).values():
                texts += lines
        for level in (content.get("levels") or {}).values():
            texts += [level.get("summary", ""), *level.get("duties", []), *level.get("required", [])]
        for text in texts:
            assert not _EMPLOYER_CLAIMS.search(text), f"{pack_id}: {text}"


def test_no_shipped_level_says_a_duty_skill_or_requirement_twice():
    """The build step drops near-duplicates, but a pack holding them says less than it seems: keep the data clean."""
    import itertools

    from toolkit.documents.wording import near_duplicates
    from toolkit.inputs.roles import builtin_role_ids, load_role

    for role in builtin_role_ids():
        pack = load_role(role)
        content = pack.job_description
        for level in pack.level_ids():
            posting = content.levels[level]
            for section, lines in (
                ("responsibilities and duties", [*pack.level(level).responsibilities, *posting.duties]),
                ("skills", [*posting.skills, *content.skills_and_tools]),
                ("required", posting.required),
            ):
                for first, second in itertools.combinations(lines, 2):
                    assert first.casefold() != second.casefold() and not near_duplicates(first, second), (
                        f"{role}/{level} {section}: {first!r} ~ {second!r}"
                    )
