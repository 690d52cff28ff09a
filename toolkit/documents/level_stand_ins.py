"""Which level an inherited question bank stands in with for a level it does not name.

A pack that extends the general pack may call a level `supervisor`, as the starter suggests,
while the general pack's questions name `lead` and `manager`: matched by id alone, the level
would get none of the inherited questions. A level no inherited question names borrows those
of the nearest standard level that some do name (lead before manager for a supervisor), or,
for an id of the pack's own, of the nearest level below it on the pack's ladder, then above.
"""

from __future__ import annotations

from ..models.role import STANDARD_LEVELS, RolePack


def question_levels(role: RolePack, level: str) -> tuple[frozenset[str], str]:
    """The level ids whose questions serve ``level``, and a note when another level stands in ("" if none)."""
    inherited = {
        named
        for question in role.interview.questions
        if role.depth("questions", question.id) > 0
        for named in question.levels
    }
    if not inherited or level in inherited:
        return frozenset({level}), ""
    stand_in = _nearest(role, level, inherited)
    if stand_in is None:
        return frozenset({level}), ""
    note = (
        f"level {level}: the inherited interview questions name no such level, so those for {stand_in} are used "
        f"with the pack's own (name the level {stand_in} in your pack, or list {level} in the questions, to choose)"
    )
    return frozenset({level, stand_in}), note


def _nearest(role: RolePack, level: str, named: set[str]) -> str | None:
    if level in STANDARD_LEVELS:
        index = STANDARD_LEVELS.index(level)
        ranked = sorted(
            (item for item in STANDARD_LEVELS if item in named),
            key=lambda item: (abs(STANDARD_LEVELS.index(item) - index), STANDARD_LEVELS.index(item)),
        )
        return ranked[0] if ranked else None
    ladder = role.level_ids()
    position = ladder.index(level)
    for item in [*reversed(ladder[:position]), *ladder[position + 1 :]]:
        if item in named:
            return item
    return None
