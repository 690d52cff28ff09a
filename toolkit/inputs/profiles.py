"""Validate a loaded profile: one validator (the pydantic models), then warnings worth showing.

Every problem is located (file, line, column, field) so the CLI can print them all
at once; warnings do not stop a render, errors do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import Problem, ValidationError
from ..models.profile import Profile, Section, section_type
from ..suggestions import did_you_mean
from .cleaning import clean_loaded_strings
from .links import safe_link
from .loading import FieldPath, LoadedData, load_data_file
from .pydantic_errors import problems_from_pydantic


@dataclass
class LoadedProfile:
    """A validated profile with where it came from and what was worth a warning."""

    profile: Profile
    source: LoadedData
    warnings: list[Problem] = field(default_factory=list)

    @property
    def path(self) -> Path:
        """The file the profile was read from: an input no output may replace."""
        return Path(self.source.file)


def load_profile(path: str | Path) -> LoadedProfile:
    """Load and validate a JSON Resume profile (YAML or JSON); raise ``ValidationError`` with every problem."""
    loaded = load_data_file(path, what="profile")
    return validate_profile(loaded)


def validate_profile(loaded: LoadedData) -> LoadedProfile:
    """Check loaded data against JSON Resume and our stricter rules; build the model."""
    from pydantic import ValidationError as PydanticValidationError

    if not isinstance(loaded.data, dict):
        raise ValidationError("a profile must be a mapping of sections (basics, work, ...)", loaded.locate(()))
    warnings = clean_loaded_strings(loaded)
    warnings += _link_warnings(loaded)
    warnings += unknown_field_warnings(Profile, loaded.data, (), loaded)
    warnings.sort(key=_position)
    errors = starter_placeholders(loaded)
    try:
        profile = Profile.model_validate(loaded.data)
    except PydanticValidationError as error:
        errors += problems_from_pydantic(error, loaded)
    if errors:
        errors.sort(key=_position)
        raise ValidationError(
            f"{len(errors)} problem(s) in {loaded.file}", problems=errors, warnings=warnings
        ) from None
    return LoadedProfile(profile, loaded, warnings)


def _position(problem: Problem) -> tuple[int, int]:
    return (problem.location.line or 0, problem.location.column or 0)


# Fields where `jobkit init`'s starter holds text no real profile says ("Your Name", "Employer
# Name", "First Skill", the example bullets). Elsewhere its values may well be true (English,
# a certificate's study type), so they are left alone.
_STARTER_TEXT_FIELDS = (
    ("basics", "name"),
    ("basics", "label"),
    ("basics", "email"),
    ("basics", "phone"),
    ("basics", "url"),
    ("basics", "location", "city"),
    ("basics", "location", "region"),
    ("work", "*", "name"),
    ("work", "*", "position"),
    ("work", "*", "location"),
    ("work", "*", "highlights", "*"),
    ("education", "*", "institution"),
    ("education", "*", "area"),
    ("certificates", "*", "name"),
    ("certificates", "*", "issuer"),
    ("skills", "*", "name"),
    ("skills", "*", "keywords", "*"),
)


def starter_placeholders(loaded: LoadedData) -> list[Problem]:
    """An error for each value still as `jobkit init` wrote it: a document must never say "Your Name".

    The starter's own file says what its placeholders are, so this follows any change to it.
    """
    starter = _starter_profile()
    problems = []
    for pattern in _STARTER_TEXT_FIELDS:
        examples = {value for _, value in _values_at(starter, pattern) if isinstance(value, str)}
        for path, value in _values_at(loaded.data, pattern):
            if isinstance(value, str) and value.strip() in examples:
                shown = value.strip() if len(value.strip()) <= 50 else value.strip()[:49] + "…"
                problems.append(
                    Problem(
                        f"{shown!r} is the starter's example text: write your own, or delete the line",
                        loaded.location_of(path),
                    )
                )
    return problems


@cache
def _starter_profile() -> dict[str, Any]:
    from ..resources import shipped_yaml

    data = shipped_yaml("starters", "profile.yaml")
    return data if isinstance(data, dict) else {}


def _values_at(data: Any, pattern: tuple[str, ...], path: FieldPath = ()) -> list[tuple[FieldPath, Any]]:
    """Every (path, value) in ``data`` that ``pattern`` names; ``*`` is any list item."""
    if not pattern:
        return [(path, data)]
    head, *rest = pattern
    if head == "*":
        if not isinstance(data, list):
            return []
        return [found for index, item in enumerate(data) for found in _values_at(item, tuple(rest), (*path, index))]
    if not isinstance(data, dict) or head not in data:
        return []
    return _values_at(data[head], tuple(rest), (*path, head))


def unknown_field_warnings(model: type[Section], data: Any, path: FieldPath, loaded: LoadedData) -> list[Problem]:
    """A warning, with a did-you-mean, for every key the models do not declare.

    The walk follows the model classes over the loaded data, so it also runs when
    validation failed and ``validate`` can list warnings and errors together.
    """
    if not isinstance(data, dict):
        return []
    fields = {info.alias or name: info for name, info in model.model_fields.items()}
    warnings = []
    for key, value in data.items():
        info = fields.get(key)
        if info is None:
            warnings.append(
                Problem(
                    f"unknown field {key!r}{did_you_mean(key, fields)}; it is kept but no template uses it",
                    loaded.location_of((*path, key)),
                )
            )
            continue
        inner = section_type(info.annotation)
        if inner is None:
            continue
        if isinstance(value, list):
            for index, item in enumerate(value):
                warnings += unknown_field_warnings(inner, item, (*path, key, index), loaded)
        else:
            warnings += unknown_field_warnings(inner, value, (*path, key), loaded)
    return warnings


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
