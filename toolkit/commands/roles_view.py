"""What `jobkit roles list` and `jobkit roles show` print: role packs as rich tables."""

from __future__ import annotations

from typing import Any

from ..inputs.roles import PackLocation
from ..models.role import RolePack
from .terminal import terminal_text as text


def roles_table(entries: list[tuple[PackLocation, RolePack | None, str]]) -> Any:
    """One row per usable pack: id, title, levels and where it comes from (and whether it replaces a shipped one)."""
    from .tables import Table

    table = Table(title="Role packs")
    # The id is what people copy into --role, so it is never shortened.
    table.add_column("id", no_wrap=True, min_width=max((len(entry.id) for entry, _, _ in entries), default=2))
    table.add_column("title")
    table.add_column("levels")
    table.add_column("from")
    for entry, pack, problem in entries:
        where = entry.origin if entry.origin == "built-in" else f"{entry.origin}: {entry.path}"
        if entry.shadows is not None:
            where += " (replaces the shipped pack)"
        if pack is None:
            table.add_row(text(entry.id), text(f"not usable: {problem}", "red"), text(""), text(where))
        else:
            # The id --role takes: the file's name (a pack whose id differs is warned of when it is validated).
            table.add_row(text(entry.id), text(pack.title), text(", ".join(pack.level_ids())), text(where))
    return table


def role_report(pack: RolePack) -> Any:
    """A rich renderable describing the pack: levels, pay with sources, credentials, keywords, sources."""
    from rich.console import Group
    from rich.text import Text

    from .tables import Table

    # Every piece of pack text goes through text(): a pack given by path is someone else's file.
    parts: list[Any] = [text(pack.title, "bold"), text(pack.summary), Text("")]
    if pack.extends:
        parts.append(text(f"Extends: {pack.extends}", "dim"))

    levels = Table(title="Levels (career path)", title_justify="left")
    for column in ("id", "title", "years"):
        levels.add_column(column)
    for level in pack.levels:
        levels.add_row(text(level.id), text(level.title), text(level.years_text()))
    parts.append(levels)

    if pack.soc:
        codes = Table(title="Occupation codes (BLS OEWS wages for --salary auto)", title_justify="left")
        for column in ("SOC", "levels", "why"):
            codes.add_column(column)
        for code in pack.soc:
            codes.add_row(text(code.code), text(", ".join(code.levels) or "the others"), text(code.note))
        parts.append(codes)

    if pack.reference.pay:
        pay = Table(title="Pay figures (as each source gives them)", title_justify="left")
        # "when" is the period the source measured (May 2023, a 2021 survey), not the pay period:
        # the amount already says a year or an hour.
        for column in ("statistic", "level", "amount", "when", "source"):
            pay.add_column(column)
        for figure in pack.reference.pay:
            amount = f"${figure.amount:,.2f} an hour" if figure.unit == "hour" else f"${figure.amount:,.0f} a year"
            if figure.currency != "USD":
                amount += f" ({figure.currency})"
            pay.add_row(
                text(figure.label or figure.statistic),
                text(figure.level or "all"),
                text(amount),
                text(figure.period),
                text(pack.source(figure.source).short_name()),
            )
        parts.append(pay)
    else:
        parts.append(text("Pay: this pack has no sourced pay figures (--salary auto will ask for a range).", "dim"))

    if pack.certifications:
        certifications = Table(title="Certifications", title_justify="left")
        for column in ("credential", "name", "issuer"):
            certifications.add_column(column)
        for item in pack.certifications:
            certifications.add_row(text(item.abbreviation), text(item.name), text(item.issuer_label()))
        parts.append(certifications)

    keywords = Table(title="Keywords (weight 3 = central)", title_justify="left")
    for column in ("term", "synonyms", "weight", "category", "importance"):
        keywords.add_column(column)
    for keyword in pack.keywords:
        importance = keyword.importance + (f" (any of {keyword.group})" if keyword.group else "")
        keywords.add_row(
            text(keyword.term),
            text(", ".join(keyword.synonyms)),
            text(str(keyword.weight)),
            text(keyword.category),
            text(importance),
        )
    parts.append(keywords)
    parts.append(text(f"Interview bank: {len(pack.interview.questions)} questions", "dim"))
    if pack.sources:
        parts.append(
            text(
                "Sources: "
                + "; ".join(
                    f"{s.id} = {s.title} ({s.short_name()}{', ' + s.url if s.url else ''})" for s in pack.sources
                ),
                "dim",
            )
        )
    return Group(*parts)
