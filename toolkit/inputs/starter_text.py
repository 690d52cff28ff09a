"""Refuse role packs and company files that still hold their starter's example text.

`jobkit roles new` and `jobkit init --company` write files that validate as they are, so
that a person can check each edit; but a posting must never say "Your Company", "City, ST"
or "looking for a Forklift Operator to ...". As for profiles (``profiles.starter_placeholders``),
the starter files themselves say what their examples are, so this follows any change to them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..errors import Problem
from ..resources import parse_shipped_yaml, shipped_yaml, templates_dir
from .loading import FieldPath, LoadedData

# Fields where a starter's value is an example no real file says. Elsewhere (level titles such as
# "Senior Forklift Operator", the experience phrase, benefits a company may well offer) it may be true.
ROLE_FIELDS = (
    ("summary",),
    ("levels", "*", "responsibilities", "*"),
    ("levels", "*", "focus_areas", "*"),
    ("keywords", "*", "term"),
    ("keywords", "*", "synonyms", "*"),
    ("job_description", "levels", "*", "summary"),
    ("interview", "questions", "*", "question"),
    ("interview", "questions", "*", "strong_answer", "*"),
    ("interview", "questions", "*", "follow_ups", "*"),
)
COMPANY_FIELDS = (("name",), ("about",), ("website",), ("locations", "*"), ("how_to_apply",))


def role_starter_problems(loaded: LoadedData) -> list[Problem]:
    """An error for each value of a pack file that is still `jobkit roles new`'s example text."""
    data = loaded.data if isinstance(loaded.data, dict) else {}
    title = str(data.get("title") or "")
    starter = _filled_role_starter(str(data.get("id") or ""), title, str(data.get("extends") or ""))
    return _problems(loaded, starter, ROLE_FIELDS, "`jobkit roles new`")


def company_starter_problems(loaded: LoadedData) -> list[Problem]:
    """An error for each value of a company file that is still `jobkit init --company`'s example text."""
    return _problems(loaded, _starter("company"), COMPANY_FIELDS, "`jobkit init --company`")


def _problems(loaded: LoadedData, starter: Any, fields: tuple[FieldPath, ...], made_by: str) -> list[Problem]:
    problems = []
    for pattern in fields:
        examples = {_plain(value) for _, value in values_at(starter, pattern) if isinstance(value, str)}
        for path, value in values_at(loaded.data, pattern):
            if isinstance(value, str) and _plain(value) in examples:
                shown = value.strip() if len(value.strip()) <= 60 else value.strip()[:59] + "…"
                problems.append(
                    Problem(f"{shown!r} is {made_by}'s example text: write your own", loaded.location_of(path))
                )
    return problems


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _starter(kind: str) -> Any:
    return shipped_yaml("starters", f"{kind}.yaml")


@cache
def _filled_role_starter(role_id: str, title: str, parent: str) -> Any:
    """The role starter as `jobkit roles new` would have written it for this id and title."""
    import yaml

    from ..documents.wording import with_article

    text = (templates_dir() / "starters" / "role.yaml").read_text(encoding="utf-8")
    values = {"id": role_id or "x", "parent": parent or "general", "title": title, "a_title": with_article(title)}
    values |= {"file": "x.yaml", "soc": "soc: []"}
    filled = re.sub(
        r"\{\{|\}\}|\{(id|parent|title|a_title|file|soc)\}",
        lambda match: {"{{": "{", "}}": "}"}.get(match.group(0)) or values[match.group(1)],
        text,
    )
    try:
        return parse_shipped_yaml(filled)
    except yaml.YAMLError:  # a title YAML cannot hold unquoted: no starter text can match it either
        return {}


def values_at(data: Any, pattern: tuple[str | int, ...], path: FieldPath = ()) -> list[tuple[FieldPath, Any]]:
    """Every (path, value) in ``data`` that ``pattern`` names; ``*`` is any list item or mapping key."""
    if not pattern:
        return [(path, data)]
    head, *rest = pattern
    if head == "*":
        if isinstance(data, list):
            items = list(enumerate(data))
        elif isinstance(data, dict):
            items = list(data.items())
        else:
            return []
        return [found for key, item in items for found in values_at(item, tuple(rest), (*path, key))]
    if not isinstance(data, dict) or head not in data:
        return []
    return values_at(data[head], tuple(rest), (*path, head))
