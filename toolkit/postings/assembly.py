"""A posting put together from its read lines, within the limits that bound how much of it is read."""

from __future__ import annotations

from ..models.posting import EDUCATION_LEVELS, Posting, PostingClause, PostingLine, PostingRequirement
from .clauses import LineReading
from .education import lowest_level
from .merging import merge_requirements

# A posting is read within a few seconds whatever it holds: a real one has tens of requirement lines and
# paragraphs of a few hundred words. Past these, lines are kept as text but not read for terms.
MAX_REQUIREMENT_LINES = 1_000


# A real posting asks for tens of things in a few thousand characters. Each requirement is later looked
# for in the resume, so a crafted posting of 100,000 "A or B;" terms took 35 s to tailor to and 80 s to
# check against; reading stops at these, which no real posting comes near.
MAX_REQUIREMENTS = 1_000


MAX_REQUIREMENT_TEXT = 200_000  # characters of requirement lines read for terms


MAX_LINE_READ = 20_000  # characters of one line read for terms


class ReadingBudget:
    """How much of a posting is read for terms: ``MAX_REQUIREMENT_LINES`` lines, ``MAX_REQUIREMENTS``
    requirements, ``MAX_REQUIREMENT_TEXT`` characters, the first ``MAX_LINE_READ`` of a line; past these,
    lines are kept as text only."""

    def __init__(self) -> None:
        self.lines = self.requirements = self.characters = 0

    def take(self, text: str) -> str | None:
        """The part of ``text`` to read for terms (all of a line of any real length), or None to keep it as text."""
        if (
            self.lines >= MAX_REQUIREMENT_LINES
            or self.requirements >= MAX_REQUIREMENTS
            or self.characters >= MAX_REQUIREMENT_TEXT
        ):
            return None
        if len(text) > MAX_LINE_READ:
            cut = text.rfind(" ", 0, MAX_LINE_READ)  # a whole word, never the front of one
            text = text[: cut if cut > 0 else MAX_LINE_READ]
        self.lines += 1
        self.characters += len(text)
        return text

    def spent(self, reading: LineReading) -> LineReading:
        self.requirements += len(reading.requirements)
        return reading


def assemble(name: str, lines: list[PostingLine], readings: list[LineReading], **header) -> Posting:
    years: dict[str, float] = {}
    levels: dict[str, list[str]] = {"required": [], "preferred": []}
    clauses: list[PostingClause] = []
    found: list[PostingRequirement] = []
    no_experience = False
    in_lieu = []
    path_years: list[tuple[str, float]] = []
    listed: list[str] = []
    for reading in readings:
        clauses += reading.clauses
        found += reading.requirements
        in_lieu += reading.in_lieu
        no_experience = no_experience or reading.no_experience
        for importance, value in reading.years:
            years.setdefault(importance, value)
        path_years += reading.path_years
        for importance, level in reading.education:
            levels[importance].append(level)
        listed += [level for importance, level in reading.education_alone if importance == "required"]
    # Years that are only one way in ("two years of experience, OR a bachelor's degree") are asked of no one:
    # a candidate on the other path meets the posting without them.
    # Levels each listed on their own as required ("High school diploma or GED" over "Associate's degree in ...") are
    # all asked, so the highest is the level; a level that only comes with a path of years is one way in of several.
    required_level = max(listed, key=EDUCATION_LEVELS.index) if listed else lowest_level(levels["required"])
    preferred_level = lowest_level(
        [
            level
            for level in levels["preferred"]
            if required_level is None or EDUCATION_LEVELS.index(level) > EDUCATION_LEVELS.index(required_level)
        ]
    )
    return Posting(
        file=name,
        lines=lines,
        clauses=clauses,
        requirements=merge_requirements(found, in_lieu),
        years_required=years.get("required"),
        years_preferred=years.get("preferred"),
        education_required=required_level,
        education_preferred=preferred_level,
        no_experience_needed=no_experience and "required" not in years,
        **header,
    )


def line_importance(posting_line: PostingLine, reading: LineReading) -> PostingLine:
    """A requirement line is required if any of its clauses is; preferred if every clause is."""
    importances = {clause.importance for clause in reading.clauses}
    if importances == {"preferred"}:
        return posting_line.model_copy(update={"importance": "preferred"})
    if "required" in importances:
        return posting_line.model_copy(update={"importance": "required"})
    return posting_line
