"""Every sentence of every shipped role's job description is true for its level, work mode and employment type.

Built, not rendered (the build step decides every word), so all roles x levels x work
modes x employment types run in a couple of seconds.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from functools import cache

import pytest

from toolkit.documents.job_description import EMPLOYMENT_TYPES, REMOTE_MODES, build_job_description_context
from toolkit.documents.wording import indefinite_article, near_duplicates
from toolkit.inputs.roles import builtin_role_ids, load_role
from toolkit.models.company import Company

COMPANY = Company(name="Northside Records Services")
ROLES = [role for role in builtin_role_ids() if not load_role(role).abstract]


@cache
def _pack(role: str):
    return load_role(role)


def _build(role: str, level: str, remote: str = "onsite", employment: str = "full-time"):
    return build_job_description_context(
        _pack(role),
        level=level,
        company=COMPANY,
        remote=remote,
        employment=employment,
        salary=None,
        today=date(2026, 1, 5),
    ).document


def _sentences(document) -> list[str]:
    return [
        document.summary,
        *document.responsibilities,
        *document.required,
        *document.preferred,
        *document.skills,
        *document.work_environment,
        *document.physical_demands,
        document.how_to_apply,
        document.eeo,
    ]


_EMPLOYMENT_WORDS = {
    "full-time": r"\bfull[- ]time\b",
    "part-time": r"\bpart[- ]time\b",
    "contract": r"\bcontract (position|role|job)\b",
    "temporary": r"\btemporary (position|role|job)\b",
    "internship": r"\binternship\b",
    "per-diem": r"\bper diem\b",
}
# What only a job done at the workplace asks of the body; a remote job may say it does not ("No lifting ...").
_ON_SITE_ONLY = re.compile(r"\b(lift|lifting|carry|carrying|walking|file boxes|paper charts)\b", re.IGNORECASE)


@pytest.mark.parametrize("role", ROLES)
def test_every_level_mode_and_employment_type_says_only_what_is_true(role):
    pack = _pack(role)
    for level, remote, employment in itertools.product(pack.level_ids(), REMOTE_MODES, EMPLOYMENT_TYPES):
        document = _build(role, level, remote, employment)
        where = f"{role}/{level}/{remote}/{employment}"
        assert document.title == pack.level(level).title, where
        assert EMPLOYMENT_TYPES[employment][0] in document.facts and REMOTE_MODES[remote][0] in document.facts, where
        text = "\n".join(_sentences(document))
        assert not re.search(r"[{}]|\bNone\b", text), where
        for other, pattern in _EMPLOYMENT_WORDS.items():
            if other != employment:
                assert not re.search(pattern, text, re.IGNORECASE), f"{where}: says {other}"
        if remote == "remote":
            for line in [*document.work_environment, *document.physical_demands]:
                assert not _ON_SITE_ONLY.search(line) or line.startswith("No "), f"{where}: {line}"


@pytest.mark.parametrize("role", ROLES)
def test_no_line_is_said_twice_in_other_words(role):
    pack = _pack(role)
    for level in pack.level_ids():
        document = _build(role, level)
        for section in ("responsibilities", "required", "preferred", "skills"):
            for first, second in itertools.combinations(getattr(document, section), 2):
                assert not near_duplicates(first, second), f"{role}/{level} {section}: {first!r} ~ {second!r}"


@pytest.mark.parametrize("role", [role for role in ROLES if role != "general"])  # general knows no trade's skills
def test_skills_follow_the_level(role):
    pack = _pack(role)
    lists = {level: _build(role, level).skills for level in pack.level_ids()}
    assert all(lists.values()), f"{role}: a level names no skills or tools"
    assert len({tuple(skills) for skills in lists.values()}) == len(lists), f"{role}: levels share one skills list"


@pytest.mark.parametrize("role", ROLES)
def test_articles_fit_their_nouns_and_possessives_their_names(role):
    pack = _pack(role)
    for level in pack.level_ids():
        text = "\n".join(_sentences(_build(role, level)))
        for match in re.finditer(r"\b([Aa]n?) ([A-Za-z][\w-]*)", text):
            article, word = match.group(1).lower(), match.group(2)
            assert article == indefinite_article(word), f"{role}/{level}: {match.group(0)!r}"
        assert "Northside Records Services's" not in text
        assert "Northside Records Services'" in text  # the default how-to-apply names the company's careers page


_FRONT_LINE_ONLY = re.compile(r"\b(lift|lifting|carry|carrying|push|wheelchair|cash drawer|registration desk)\b", re.I)


@pytest.mark.parametrize("role", ROLES)
def test_managers_and_directors_are_not_given_a_clerks_day(role):
    pack = _pack(role)
    for level in pack.level_ids():
        if level not in {"manager", "director", "senior-director"}:
            continue
        for remote in REMOTE_MODES:
            document = _build(role, level, remote)
            for line in [*document.work_environment, *document.physical_demands]:
                assert not _FRONT_LINE_ONLY.search(line) or line.startswith("No "), f"{role}/{level}/{remote}: {line}"
