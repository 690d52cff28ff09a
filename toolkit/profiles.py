"""Validate a loaded profile: JSON Schema, dates, unknown keys, then typed models.

Every problem is located (file, line, column, field) so the CLI can print them all
at once; warnings do not stop a render, errors do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cleaning import clean_loaded_strings
from .dates import parse_partial_date
from .errors import Problem, ValidationError
from .links import safe_link
from .loading import FieldPath, LoadedData, load_data_file
from .models.profile import Profile
from .resources import load_schema, schema_validator
from .suggestions import did_you_mean

# Keys that JSON Resume used before v1.0 and that we still read (see models.profile.Work).
_LEGACY_KEYS = {"work": {"company", "website"}}

# (section, start field, end field) for every dated section.
_DATE_RANGES = [
    ("work", "startDate", "endDate"),
    ("volunteer", "startDate", "endDate"),
    ("education", "startDate", "endDate"),
    ("projects", "startDate", "endDate"),
]
_SINGLE_DATES = [("awards", "date"), ("certificates", "date"), ("publications", "releaseDate")]

_TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping of fields", "null": "nothing"}


@dataclass
class LoadedProfile:
    """A validated profile with where it came from and what was worth a warning."""

    profile: Profile
    source: LoadedData
    warnings: list[Problem] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return Path(self.source.file)


def load_profile(path: str | Path) -> LoadedProfile:
    """Load and validate a JSON Resume profile (YAML or JSON); raise ``ValidationError`` with every problem."""
    loaded = load_data_file(path, what="profile")
    return validate_profile(loaded)


def validate_profile(loaded: LoadedData) -> LoadedProfile:
    """Check loaded data against JSON Resume and our stricter rules, then build the model."""
    if not isinstance(loaded.data, dict):
        raise ValidationError("a profile must be a mapping of sections (basics, work, ...)", loaded.locate(()))
    warnings = clean_loaded_strings(loaded)
    date_problems = _check_dates(loaded)
    errors = _schema_problems(loaded, skip_paths={problem_path for problem_path, _ in date_problems})
    errors += [problem for _, problem in date_problems]
    warnings += _unknown_key_warnings(loaded.data, load_schema("resume"), (), loaded)
    warnings += _link_warnings(loaded)
    if errors:
        errors.sort(key=lambda problem: (problem.location.line or 0, problem.location.column or 0))
        raise ValidationError(f"{len(errors)} problem(s) in {loaded.file}", problems=errors, warnings=warnings)
    return LoadedProfile(Profile.model_validate(loaded.data), loaded, warnings)


def _schema_problems(loaded: LoadedData, skip_paths: set[FieldPath]) -> list[Problem]:
    validator = schema_validator("resume")
    problems = []
    for error in validator.iter_errors(loaded.data):
        path = tuple(error.absolute_path)
        if path in skip_paths:
            continue
        problems.append(Problem(_schema_message(error), loaded.location_of(path)))
    return problems


def _schema_message(error: Any) -> str:
    if error.validator == "type":
        expected = error.validator_value
        expected_names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in expected_names)
        return f"expected {wanted}, got {_describe(error.instance)}"
    if error.validator == "format":
        return f"not a valid {error.validator_value}: {error.instance!r}"
    return error.message


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of fields"
    return f"text ({value!r})"


def _check_dates(loaded: LoadedData) -> list[tuple[FieldPath, Problem]]:
    data = loaded.data
    problems: list[tuple[FieldPath, Problem]] = []

    def parse(path: FieldPath, value: Any):
        if not isinstance(value, str):
            return None
        try:
            return parse_partial_date(value)
        except ValueError as error:
            problems.append((path, Problem(str(error), loaded.location_of(path))))
            return None

    for section, start_key, end_key in _DATE_RANGES:
        for index, entry in _entries(data, section):
            start = parse((section, index, start_key), entry.get(start_key))
            end = parse((section, index, end_key), entry.get(end_key))
            if start and end and end.last_day() < start.first_day():
                path = (section, index, end_key)
                problems.append(
                    (
                        path,
                        Problem(
                            f"ends ({entry[end_key]}) before it starts ({entry[start_key]})", loaded.location_of(path)
                        ),
                    )
                )
    for section, key in _SINGLE_DATES:
        for index, entry in _entries(data, section):
            parse((section, index, key), entry.get(key))
    return problems


def _entries(data: dict[str, Any], section: str):
    items = data.get(section)
    if isinstance(items, list):
        for index, entry in enumerate(items):
            if isinstance(entry, dict):
                yield index, entry


def _unknown_key_warnings(value: Any, schema: dict[str, Any], path: FieldPath, loaded: LoadedData) -> list[Problem]:
    warnings: list[Problem] = []
    if isinstance(value, dict) and "properties" in schema:
        known = set(schema["properties"]) | _LEGACY_KEYS.get(_section_of(path), set())
        for key, item in value.items():
            if key in schema["properties"]:
                warnings += _unknown_key_warnings(item, schema["properties"][key], path + (key,), loaded)
            elif key not in known:
                warnings.append(
                    Problem(
                        f"unknown field {key!r}{did_you_mean(key, known)}; it is kept but no template uses it",
                        loaded.location_of(path + (key,)),
                    )
                )
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            warnings += _unknown_key_warnings(item, schema["items"], path + (index,), loaded)
    return warnings


def _section_of(path: FieldPath) -> str:
    # Legacy keys apply to the entries of a top-level section: ("work", 0).
    return str(path[0]) if len(path) == 2 and isinstance(path[1], int) else ""


def _link_warnings(loaded: LoadedData) -> list[Problem]:
    """Warn about every URL field that will be shown as plain text instead of a link."""
    warnings = []

    def visit(value: Any, path: FieldPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in {"url", "website"} and isinstance(item, str) and item and not safe_link(item):
                    warnings.append(
                        Problem(
                            f"{item[:60]!r} is not an http(s) or mailto link; it is shown as text, never as a link",
                            loaded.location_of(path + (key,)),
                        )
                    )
                else:
                    visit(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, path + (index,))

    visit(loaded.data, ())
    image = loaded.data.get("basics", {}).get("image") if isinstance(loaded.data.get("basics"), dict) else None
    if isinstance(image, str) and image:
        warnings.append(
            Problem(
                "photos stay off resumes (applicant tracking systems cannot read them); the image is never loaded",
                loaded.location_of(("basics", "image")),
            )
        )
    return warnings
