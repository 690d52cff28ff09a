"""Build interview documents from the role's question bank: practice sheets and interviewer kits.

Selection is deterministic: a balanced round-robin across categories in the bank's
order, or a seeded shuffle with ``seed``. A posting opens a practice sheet with questions
about its own terms (``posting_questions``) and pulls the bank's questions that match its
requirements to the front. With a profile, a question may get a "your evidence" prompt
that quotes the profile's closest work highlight (``interview_evidence``); never more.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from ..errors import JobkitError
from ..models.posting import Posting
from ..models.profile import Profile
from ..models.role import Competency, InterviewQuestion, RolePack
from ..suggestions import unknown_name_message
from .common import Meta, keywords_line
from .focus import focus_for
from .interview_evidence import MAX_QUOTES_PER_HIGHLIGHT as MAX_QUOTES_PER_HIGHLIGHT
from .interview_evidence import Evidence, EvidenceFinder
from .letter_evidence import posting_words
from .level_stand_ins import question_levels
from .levels import check_level
from .posting_questions import PostingQuestion, posting_questions, question_limit, section_title
from .question_fit import fitting_questions
from .wording import content_stems, long_date

DEFAULT_PRACTICE_COUNT = 10
QUESTIONS_PER_COMPETENCY = 2
MAX_KIT_COMPETENCIES = 6
STAR = (("S", "Situation"), ("T", "Task"), ("A", "Action"), ("R", "Result"))
# STAR answers a question about something the person did: the behavioral category, and any question that asks
# for a time or an example ("Tell me about a query you sent"). "Why this job?" and "Explain a DRG" are not.
STORY_CATEGORY = "behavioral"
_STORY = re.compile(
    r"\b(?:tell (?:me|us) about|describe|give (?:me |us )?an example|walk (?:me|us) through|"
    r"talk (?:me |us )?(?:about|through)|share)\b[^.?!]{0,120}?"
    r"\b(?:a time|an? (?:example|situation|occasion|moment)|the (?:last|most recent|hardest|biggest) time|"
    r"when you|you (?:\w+ed|made|led|had|did|found|sent|took|gave|ran|built|wrote|caught|saw|taught|chose|"
    r"brought|held|kept|met))\b",
    re.IGNORECASE,
)


class QuestionCountError(JobkitError):
    """More questions were asked for than the bank holds for the filter (raised with --strict)."""


@dataclass(frozen=True)
class Question:
    number: int
    id: str  # the bank's question id
    question: str
    points: tuple[str, ...]  # what a strong answer covers
    follow_ups: tuple[str, ...]
    evidence: Evidence | None = None
    story: bool = False  # asks about something the person did: a STAR answer fits


@dataclass(frozen=True)
class QuestionGroup:
    """A practice sheet's category, or a kit's competency (with what good looks like)."""

    title: str
    questions: tuple[Question, ...]
    good: str = ""


@dataclass(frozen=True)
class ScaleLevel:
    score: int
    label: str
    description: str


@dataclass(frozen=True)
class InterviewSheet:
    """A practice sheet (``mode="practice"``) or an interviewer kit (``mode="kit"``)."""

    kind: ClassVar[str] = "interview"
    meta: Meta
    mode: str
    title: str
    role: str
    level: str
    date: str
    posting: str
    count: int
    groups: tuple[QuestionGroup, ...]  # practice: categories; kit: competencies
    answers: str | None = None  # practice: None, "inline" or "key"
    star: tuple[tuple[str, str], ...] = ()
    profile_given: bool = False
    # With a profile, some question has no highlight under it: the sheet says once what to do there.
    evidence_note: bool = False
    scale: tuple[ScaleLevel, ...] = ()
    company: str = ""  # the hiring company, shown when no posting names one


@dataclass
class InterviewContext:
    document: InterviewSheet
    warnings: list[str] = field(default_factory=list)


def check_categories(role: RolePack, categories: list[str]) -> list[str]:
    known = role.interview.category_ids()
    for category in categories:
        if category not in known:
            raise JobkitError(unknown_name_message("category", category, known))
    return categories


def eligible_questions(role: RolePack, *, level: str | None, categories: list[str]) -> list[InterviewQuestion]:
    """Questions for the level (all levels when None) in the chosen categories (all when empty), bank order;
    none the role inherits about another role's own work (``fitting_questions``)."""
    check_categories(role, categories)
    levels = question_levels(role, level)[0] if level is not None else frozenset()
    return [
        question
        for question in fitting_questions(role, role.interview.questions)
        if (level is None or levels & set(question.levels)) and (not categories or question.category in categories)
    ]


def select_questions(
    pool: list[InterviewQuestion],
    count: int,
    *,
    role: RolePack,
    seed: int | None,
    wanted: dict[str, int],
    posting_words: frozenset[str] = frozenset(),
) -> list[InterviewQuestion]:
    """``count`` questions: posting matches first (best first), then a balanced spread across categories, each
    category's questions that share most of the posting's words (``posting_words``, stems) first: a posting
    that asks for accuracy under deadlines draws the bank's deadline question, not the bank's first one."""
    pool = list(pool)
    if seed is not None:
        random.Random(seed).shuffle(pool)
    # The role's own questions before those it inherits (a stable sort keeps the bank's or the seed's order).
    pool.sort(key=lambda question: role.depth("questions", question.id))
    chosen = sorted(
        (question for question in pool if _match_score(question, wanted)),
        key=lambda question: -_match_score(question, wanted),
    )[:count]
    rest = [question for question in pool if question not in chosen]
    if posting_words:
        rest.sort(key=lambda question: -len(content_stems(question.question) & posting_words))
    by_category = {category: [q for q in rest if q.category == category] for category in role.interview.category_ids()}
    while len(chosen) < count and any(by_category.values()):
        for category in role.interview.category_ids():
            if by_category[category] and len(chosen) < count:
                chosen.append(by_category[category].pop(0))
    return chosen


def _match_score(question: InterviewQuestion, wanted: dict[str, int]) -> int:
    return sum(wanted.get(term, 0) for term in question.terms)


def build_interview_context(
    role: RolePack,
    *,
    level: str | None = None,
    categories: list[str] | None = None,
    count: int | None = None,
    seed: int | None = None,
    answers: str | None = None,
    kit: bool = False,
    posting: Posting | None = None,
    profile: Profile | None = None,
    strict: bool = False,
    today: date,
    company: str = "",
    same_as_practice: bool = False,
) -> InterviewContext:
    """A practice sheet (default) or an interviewer kit (``kit``), as plain data for the template;
    ``company`` names the hiring company where no posting does. A kit draws other questions than the practice
    sheet for the same role, level, categories, posting and seed, where the bank has others: a candidate who
    practised is not asked the very questions they rehearsed, unless ``same_as_practice``."""
    categories = categories or []
    if level is not None:
        check_level(role, level)
    if count is not None and count < 1:
        raise JobkitError("--count must be 1 or more")
    if answers not in (None, "inline", "key"):
        raise JobkitError(unknown_name_message("answers style", str(answers), ["inline", "key"]))
    wanted = focus_for(role, role_given=False, posting=posting, level_title=None).weights()
    pool = eligible_questions(role, level=level, categories=categories)
    warnings: list[str] = []
    if level is not None and (stand_in := question_levels(role, level)[1]):
        warnings.append(stand_in)
    # The root pack (no parent) serves any job: its name and bare level titles ("Lead") say nothing alone.
    root = role.extends is None
    # A posting names the job the general bank serves: "Interview practice: Line Cook", not "...: any job".
    role_name = (posting.title if posting is not None and posting.title else "any job") if root else role.title
    if level:
        title_of_level = role.level(level).title
        # The root pack's bare titles need the word ("Senior level"); "Mid-level" has it already.
        needs_word = root and not title_of_level.casefold().endswith("level")
        level_title = f"{title_of_level} level" if needs_word else title_of_level
    else:
        level_title = "All levels" if root else f"{role.title} (all levels)"
    posting_name = ""
    if posting is not None:
        posting_name = f"{posting.title} at {posting.company}" if posting.company else posting.title
    if kit:
        practised: frozenset[str] = frozenset()
        if not same_as_practice:
            sheet = build_interview_context(
                role, level=level, categories=categories, seed=seed, posting=posting, today=today
            )
            practised = frozenset(item.id for group in sheet.document.groups for item in group.questions)
        groups, scale = _kit(role, level, pool, count, seed, wanted, warnings, strict, practised)
        star: tuple[tuple[str, str], ...] = ()
    else:
        target = count or DEFAULT_PRACTICE_COUNT
        # The posting's own hard skills first (never more than half the sheet), the pack's questions after.
        credentials = frozenset(
            spelling.casefold() for item in role.certifications for spelling in item.as_keyword().spellings()
        )
        limit = question_limit(target) if posting is not None and not categories else 0
        own = posting_questions(posting, limit, credentials) if posting is not None else []
        target -= len(own)
        if len(pool) < target:
            message = (
                f"only {len(pool)} questions match (level {level or 'any'}, categories "
                f"{', '.join(categories) or 'all'}); the sheet has {len(pool)}, not {target}"
            )
            if strict or not pool:
                raise QuestionCountError(message if pool else "no questions match that level and categories")
            warnings.append(message)
        words = posting_words(posting) if posting is not None else frozenset()
        selected = select_questions(pool, target, role=role, seed=seed, wanted=wanted, posting_words=words)
        groups, scale = _practice(role, selected, profile, own), ()
        star = STAR if any(item.story for group in groups for item in group.questions) else ()
    title = "Interviewer kit" if kit else "Interview practice"
    document = InterviewSheet(
        meta=Meta(
            title=f"{title}: {level_title}",
            author="jobkit",
            subject=f"{title} for {level_title}",
            keywords=keywords_line([role_name, *sorted({q.category for q in pool})]),
        ),
        mode="kit" if kit else "practice",
        title=f"{title}: {role_name}",
        role=role_name,
        level=level_title,
        date=long_date(today),
        posting=posting_name,
        company=company or (posting.company if posting is not None else ""),
        count=sum(len(group.questions) for group in groups),
        groups=groups,
        answers=None if kit else answers,
        star=star,
        profile_given=profile is not None,
        evidence_note=profile is not None
        and not kit
        and any(item.evidence is None for group in groups for item in group.questions),
        scale=scale,
    )
    return InterviewContext(document, warnings)


def asks_for_a_story(question: InterviewQuestion) -> bool:
    """Whether ``question`` asks about something the person did, which a STAR answer serves."""
    return question.category == STORY_CATEGORY or _STORY.search(question.question) is not None


def _practice(
    role: RolePack, selected: list[InterviewQuestion], profile: Profile | None, own: list[PostingQuestion]
) -> tuple[QuestionGroup, ...]:
    """The posting's own questions, then the pack's grouped by category (in the order their first question
    was chosen), numbered throughout."""
    order: list[str] = []
    for question in selected:
        if question.category not in order:
            order.append(question.category)
    groups, number = [], 0
    quoted: dict[str, int] = {}  # highlight -> questions it was offered under
    finder = EvidenceFinder(role, profile) if profile is not None else None
    if own:
        items = []
        for asked in own:
            number += 1
            evidence = finder.naming(asked.spellings, quoted) if finder is not None else None
            story = _STORY.search(asked.question) is not None
            items.append(Question(number, "", asked.question, asked.points, asked.follow_ups, evidence, story=story))
        groups.append(QuestionGroup(section_title(), tuple(items)))
    for category in order:
        items = []
        for question in (q for q in selected if q.category == category):
            number += 1
            story = asks_for_a_story(question)
            # A highlight backs an answer about the work ("How do you handle a records request?"), not one
            # about the person's aims ("Why do you want to work here?"), unless that asks for an example.
            wants_evidence = story or role.interview.category(question.category).evidence
            items.append(
                Question(
                    number,
                    question.id,
                    question.question,
                    tuple(question.strong_answer),
                    tuple(question.follow_ups),
                    finder.evidence(question, quoted) if finder is not None and wants_evidence else None,
                    story=story,
                )
            )
        groups.append(QuestionGroup(role.interview.category(category).title, tuple(items)))
    return tuple(groups)


def _kit(
    role: RolePack,
    level: str | None,
    pool: list[InterviewQuestion],
    count: int | None,
    seed: int | None,
    wanted: dict[str, int],
    warnings: list[str],
    strict: bool,
    practised: frozenset[str] = frozenset(),
) -> tuple[tuple[QuestionGroup, ...], tuple[ScaleLevel, ...]]:
    """Competencies for the level with questions for each, and the rating scale; the ``practised`` questions
    only where a competency has too few others."""
    competencies = kit_competencies(role, level, pool)
    per_competency = QUESTIONS_PER_COMPETENCY
    if count is not None:
        per_competency = max(1, -(-count // len(competencies)))
    sections, number = [], 0
    for competency in competencies:
        candidates = [question for question in pool if question.competency == competency.id]
        fresh = [question for question in candidates if question.id not in practised]
        chosen = select_questions(fresh, per_competency, role=role, seed=seed, wanted=wanted)
        if len(chosen) < per_competency:
            rest = [question for question in candidates if question not in chosen]
            chosen += select_questions(rest, per_competency - len(chosen), role=role, seed=seed, wanted=wanted)
        if len(chosen) < per_competency:
            message = (
                f"competency {competency.title!r} has {len(chosen)} question(s) at this level, not {per_competency}"
            )
            if strict:
                raise QuestionCountError(message)
            warnings.append(message)
        items = []
        for question in chosen:
            number += 1
            items.append(
                Question(
                    number, question.id, question.question, tuple(question.strong_answer), tuple(question.follow_ups)
                )
            )
        sections.append(QuestionGroup(competency.title, tuple(items), competency.good))
    scale = tuple(ScaleLevel(item.score, item.label, item.description) for item in role.interview.rating_scale)
    return tuple(sections), scale


def kit_competencies(role: RolePack, level: str | None, pool: list[InterviewQuestion]) -> list[Competency]:
    """What a kit rates: competencies with questions at the level, the role's own first, at most six."""
    asked = {question.competency for question in pool}
    levels = question_levels(role, level)[0] if level is not None else frozenset()
    candidates = [
        item
        for item in role.interview.competencies
        if (level is None or levels & set(item.levels)) and item.id in asked
    ]
    candidates.sort(key=lambda item: role.depth("competencies", item.id))
    return candidates[:MAX_KIT_COMPETENCIES]
