"""Which inherited interview questions fit a role: not those about another role's own line of work.

A family's base pack holds questions for all its roles, and some test one role's work: "Walk me through how you
handle a request to release a patient's records" is the release-of-information specialist's. A question a role
inherits is left out when one of its terms is what another role of the shipped packs is named for (its title or a
name it goes by holds the term) and this role never says the term itself: in its own keywords, questions, summary
or reference text. A clinical documentation kit then asks about queries and privacy, not about releasing records.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

from ..models.role import InterviewQuestion, Keyword, RolePack


def fitting_questions(role: RolePack, questions: list[InterviewQuestion]) -> list[InterviewQuestion]:
    """``questions`` without the inherited ones about another role's own line of work."""
    if role.extends is None:
        return questions
    spellings = {spelling.casefold(): keyword for keyword in role.all_keywords() for spelling in keyword.spellings()}
    own = _own_text(role)
    others = [name for role_id, names in _role_names().items() if role_id != role.id for name in names]

    def off_role(term: str) -> bool:
        keyword = spellings.get(term.casefold())
        forms = [_words(spelling) for spelling in (keyword.spellings() if keyword else [term])]
        return any(_says(name, form) for name in others for form in forms) and not any(
            _says(own, form) for form in forms
        )

    return [
        question
        for question in questions
        if role.depth("questions", question.id) == 0 or not any(map(off_role, question.terms))
    ]


def _words(text: str) -> str:
    """Lower-case words joined by single spaces: "Release-of-Information" -> "release of information"."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _says(text: str, words: str) -> bool:
    return bool(words) and f" {words} " in f" {text} "


def _own_text(role: RolePack) -> str:
    """What this role's own file says of the work, as words: names, summary, own keywords and questions, and its
    reference (duties, skills, tools), without the sources it cites or the other roles it lists."""
    texts = [role.title, *role.also_known_as, role.summary or ""]
    texts += [spelling for keyword in _own_keywords(role) for spelling in keyword.spellings()]
    for question in role.interview.questions:
        if role.depth("questions", question.id) == 0:
            texts += [question.question, *question.strong_answer]
    if role.reference is not None:
        reference = json.loads(role.reference.model_dump_json())
        texts += list(_strings(reference))
    return _words(" | ".join(texts))


def _own_keywords(role: RolePack) -> list[Keyword]:
    return [keyword for keyword in role.all_keywords() if role.depth("keywords", keyword.term) == 0]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"sources", "source", "related_roles", "pack"}:
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def _role_names() -> dict[str, tuple[str, ...]]:
    """Each shipped role's title and the names it goes by, as words."""
    from ..inputs.roles import builtin_role_ids, load_role

    names = {}
    for role_id in builtin_role_ids():
        role = load_role(role_id)
        names[role_id] = tuple(_words(name) for name in (role.title, *role.also_known_as))
    return names
