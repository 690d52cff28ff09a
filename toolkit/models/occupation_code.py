"""A role pack's government occupation codes (SOC), which levels each covers, and their checks.

The codes tie a pack to BLS OEWS wages (``toolkit.pay``): `--salary auto` reads the
percentiles of the code that covers the level, for the place of the job.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class OccupationCode(BaseModel):
    """One SOC code the pack's work falls under, and the levels it covers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(description="SOC code as BLS writes it, e.g. 29-2072 (29-2072 and 292072 are read alike).")
    levels: list[str] = Field(
        default=[],
        description="The pack's levels this code covers, entry level first; empty: every level no other code names.",
    )
    paid: Literal["hour", "year"] | None = Field(
        default=None,
        description="How the job is usually paid, when it differs from jobkit's rule for the code's SOC group.",
    )
    note: str = Field(default="", description="Why this code fits the role (shown by `jobkit roles show`).")

    @field_validator("code", mode="before")
    @classmethod
    def _standard_form(cls, value: Any) -> Any:
        from ..pay.occupations import normal_code

        return normal_code(str(value)) or value if isinstance(value, (str, int)) else value


def occupation_code_problems(
    codes: list[OccupationCode], level_ids: list[str], standard_levels: tuple[str, ...] = ()
) -> list[tuple[tuple[Any, ...], str]]:
    """Codes OEWS does not publish (with near codes), misspelt levels, a level under two codes.

    A standard level id the pack lacks is allowed, as in its other tables: a pack that
    replaces an inherited ladder keeps the inherited codes for the levels both share.
    """
    if not codes:
        return []  # most packs (the general one too): no need to load the OEWS tables' package
    from ..pay.occupations import check_code
    from ..suggestions import did_you_mean

    found: list[tuple[tuple[Any, ...], str]] = []
    claimed: dict[str, int] = {}
    for index, item in enumerate(codes):
        if message := check_code(item.code):
            found.append((("soc", index, "code"), message))
        for level in item.levels:
            if level not in level_ids and level not in standard_levels:
                found.append(
                    (("soc", index, "levels"), f"{level!r} is not a level of this pack{did_you_mean(level, level_ids)}")
                )
            elif level in claimed:
                found.append((("soc", index, "levels"), f"level {level!r} is already under soc[{claimed[level]}]"))
            else:
                claimed[level] = index
    if sum(1 for item in codes if not item.levels) > 1:
        found.append((("soc",), "only one code may leave out `levels` (it covers the levels no other code names)"))
    return found
