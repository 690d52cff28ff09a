"""What is wrong across a role pack's fields: ids unique, every name used declared, every level with its text and
its questions. Types and single fields are pydantic's job (``role_parts``, ``role_content``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..suggestions import did_you_mean
from .occupation_code import occupation_code_problems
from .role import RolePack
from .role_parts import CERTIFICATION_CATEGORY, STANDARD_LEVELS

Found = tuple[tuple[Any, ...], str]  # (field path, message)


def pack_problems(pack: RolePack) -> list[Found]:
    """What is wrong across fields, as (field path, message): ids unique, every name used declared,
    every level with its text and its questions. Types and single fields are pydantic's job."""
    found: list[Found] = []
    for path, items, key in (
        (("sources",), pack.sources, "id"),
        (("levels",), pack.levels, "id"),
        (("categories",), pack.categories, "id"),
        (("keywords",), pack.keywords, "term"),
        (("certifications",), pack.certifications, "abbreviation"),
        (("interview", "categories"), pack.interview.categories, "id"),
        (("interview", "competencies"), pack.interview.competencies, "id"),
        (("interview", "questions"), pack.interview.questions, "id"),
    ):
        found += _duplicates(path, [getattr(item, key) for item in items], key)
    for check in (_check_sources, _check_levels, _check_vocabulary, _check_interview):
        check(pack, found)
    return found + occupation_code_problems(pack.soc, pack.level_ids(), STANDARD_LEVELS)


def _check_sources(pack: RolePack, found: list[Found]) -> None:
    declared = {source.id for source in pack.sources}
    named: list[Found] = []
    for index, level in enumerate(pack.levels):
        if level.source:
            named.append((("levels", index, "source"), level.source))
    for index, certification in enumerate(pack.certifications):
        named += [(("certifications", index, "sources"), source) for source in certification.sources]
    reference = pack.reference
    for name in ("duties", "tools", "work_environment", "skills"):
        section = getattr(reference, name)
        if section is not None:
            named += [(("reference", name, "sources"), source) for source in section.sources]
    for name in ("education_paths",):
        for index, item in enumerate(getattr(reference, name)):
            named += [(("reference", name, index, "sources"), source) for source in item.sources]
    for name in ("outlook", "pay", "work_settings", "related_roles", "specializations"):
        for index, item in enumerate(getattr(reference, name)):
            named.append((("reference", name, index, "source"), item.source))
    for path, source in named:
        if source not in declared:
            found.append(
                _problem(path, f"source {source!r} is not declared under 'sources'", choices=declared, given=source)
            )


def _check_levels(pack: RolePack, found: list[Found]) -> None:
    ids = pack.level_ids()
    for index, (lower, higher) in enumerate(zip(pack.levels, pack.levels[1:], strict=False)):
        if higher.years_min < lower.years_min:
            found.append(
                _problem(("levels", index + 1, "years_min"), "levels go from entry to top: years_min may not go down")
            )
    known = set(ids) | set(STANDARD_LEVELS)
    tables: list[tuple[tuple[Any, ...], Iterable[str]]] = [
        (("resume", "summary", "objective"), pack.resume.summary.objective),
        (("cover_letter", "value_statements"), pack.cover_letter.value_statements),
        (("job_description", "levels"), pack.job_description.levels),
    ]
    for path, table in tables:
        for level in table:
            if level not in known:
                found.append(_problem((*path, level), f"{level!r} is not a level", choices=ids, given=level))
        if missing := [level for level in ids if level not in table]:
            found.append(_problem(path, f"nothing for level(s) {', '.join(missing)}"))
    for index, item in enumerate(pack.reference.pay):
        for level in item.covers:
            if level not in ids:
                found.append(
                    _problem(
                        ("reference", "pay", index, "covers"),
                        f"{level!r} is not a level of this pack",
                        choices=ids,
                        given=level,
                    )
                )
        if item.level is not None and item.level not in known:
            found.append(
                _problem(
                    ("reference", "pay", index, "level"),
                    f"{item.level!r} is not a level",
                    choices=ids,
                    given=item.level,
                )
            )


def _check_vocabulary(pack: RolePack, found: list[Found]) -> None:
    categories = {category.id for category in pack.categories} | {CERTIFICATION_CATEGORY}
    for index, keyword in enumerate(pack.keywords):
        if keyword.category not in categories:
            found.append(
                _problem(
                    ("keywords", index, "category"),
                    f"category {keyword.category!r} is not declared under 'categories'",
                    choices=categories,
                    given=keyword.category,
                )
            )
    known = {certification.abbreviation for certification in pack.certifications}
    for level, posting in pack.job_description.levels.items():
        for field in ("required_certifications", "preferred_certifications"):
            for abbreviation in getattr(posting, field):
                if abbreviation not in known:
                    found.append(
                        _problem(
                            ("job_description", "levels", level, field),
                            f"{abbreviation!r} is not a certification of this pack",
                            choices=known,
                            given=abbreviation,
                        )
                    )


def _check_interview(pack: RolePack, found: list[Found]) -> None:
    bank = pack.interview
    categories = set(bank.category_ids())
    competencies = {item.id for item in bank.competencies}
    terms = {keyword.term for keyword in pack.all_keywords()}
    levels = set(pack.level_ids()) | set(STANDARD_LEVELS)
    for index, competency in enumerate(bank.competencies):
        for level in competency.levels:
            if level not in levels:
                found.append(
                    _problem(("interview", "competencies", index, "levels"), f"{level!r} is not a level", given=level)
                )
    for index, question in enumerate(bank.questions):
        path = ("interview", "questions", index)
        for field, values, choices in (
            ("category", [question.category], categories),
            ("competency", [question.competency], competencies),
            ("levels", question.levels, levels),
            ("terms", question.terms, terms),
        ):
            for value in values:
                if value not in choices:
                    found.append(
                        _problem((*path, field), f"unknown {field.rstrip('s')} {value!r}", choices=choices, given=value)
                    )
    for level in pack.level_ids():
        if not any(level in question.levels for question in bank.questions):
            found.append(_problem(("interview", "questions"), f"no question for level {level}"))


def _duplicates(path: tuple[Any, ...], values: list[str], key: str) -> list[Found]:
    seen: set[str] = set()
    found = []
    for index, value in enumerate(values):
        if value in seen:
            found.append(((*path, index, key), f"{key} {value!r} appears twice"))
        seen.add(value)
    return found


def _problem(path: tuple[Any, ...], message: str, *, choices: Iterable[str] = (), given: str = "") -> Found:
    hint = did_you_mean(given, choices) if given and choices else ""
    return path, message + hint
