"""What `jobkit roles show` prints: a role pack as rich tables and lists."""

from __future__ import annotations

from typing import Any

from .roles import load_role
from .terminal import terminal_text as text


def role_report(role: str) -> Any:
    """A rich renderable describing the role pack's levels, skills, certifications and keywords."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    # Every piece of pack text goes through text(): a pack given by path is someone else's file.
    pack = load_role(role)
    sources = {source.id: source.publisher.split(",")[0] for source in pack.sources}
    parts: list[Any] = [text(pack.title, "bold"), text(pack.summary), Text("")]

    levels = Table(title="Levels (career path)", title_justify="left")
    for column in ("id", "title", "years", "US median", "US average", "source"):
        levels.add_column(column)
    for level in pack.levels:
        levels.add_row(
            text(level.id),
            text(level.title),
            text(level.years_text()),
            text(f"${level.salary.median:,}"),
            text(f"${level.salary.average:,}"),
            text(sources[level.salary.source]),
        )
    parts.append(levels)

    certifications = Table(title="Certifications", title_justify="left")
    for column in ("credential", "name", "issuer"):
        certifications.add_column(column)
    for item in pack.certifications:
        certifications.add_row(
            text(item.abbreviation), text(item.name), text(f"{item.issuer} ({item.issuer_abbreviation})")
        )
    parts.append(certifications)

    parts.append(Text("Technical skills: ", style="bold") + text("; ".join(s.name for s in pack.skills.technical)))
    parts.append(Text("Soft skills: ", style="bold") + text("; ".join(s.name for s in pack.skills.soft)))
    parts.append(Text("EHR systems: ", style="bold") + text(", ".join(pack.ehr_systems.items)))
    parts.append(Text(""))

    keywords = Table(title="Keywords (weight 3 = central)", title_justify="left")
    for column in ("term", "synonyms", "weight", "category"):
        keywords.add_column(column)
    for keyword in pack.keywords:
        keywords.add_row(
            text(keyword.term), text(", ".join(keyword.synonyms)), text(keyword.weight), text(keyword.category)
        )
    parts.append(keywords)
    parts.append(text("Sources: " + "; ".join(f"{s.id} = {s.title} ({s.publisher})" for s in pack.sources), "dim"))
    return Group(*parts)
