"""A resume's summary: the profile's own, or, for a profile without one, sentences from its own facts.

The only new prose on a resume. It names the person's label (or the title of the job held now), the
whole years computed from their dates, the skills they list that the focus values, and the position
it aims at; nothing else. In English the role pack's phrasing says it; in any other language the
catalog's, which says the same facts in plainer sentences (no level-fitted objective: the pack's
English has none of the language's grammar).
"""

from __future__ import annotations

from datetime import date

from ..language import Language
from ..language.languages import fill
from ..matching import TextIndex
from ..models.profile import Profile
from ..models.role import RolePack
from ..placeholders import fill_placeholders
from .focus import Focus
from .levels import LevelChoice, own_title, stated_years
from .wording import join_words, years_phrase


def write_summary(
    profile: Profile,
    role: RolePack,
    level: LevelChoice,
    competencies: list[str],
    focus: Focus,
    today: date,
    language: Language,
) -> tuple[str, bool]:
    """The profile's summary; without one, a summary from its own facts, only when there is a position to aim at.

    Returns the text and whether jobkit wrote it.
    """
    if profile.basics.summary:
        return profile.basics.summary, False
    target = focus.target
    if target is None:
        return "", False
    # "Skilled in" restates only what the person lists as skills, not a term met in a course or a job title.
    listed = [TextIndex.of(text) for skill in profile.skills for text in (skill.name or "", *skill.keywords) if text]
    own = [term for term in competencies if any(index.find(term) for index in listed)][:3]
    years = stated_years(profile, level, today)
    company = focus.posting.company if focus.posting is not None else None
    if language.code != "en":
        return _in_catalog_language(profile, own, years, target, company, language), True
    templates = role.resume.summary
    strengths = fill_placeholders(templates.strengths_clause, {"strengths": join_words(own)}) if own else ""
    # Without a label, the latest job's title says what the person does ("Professional" says nothing).
    label = own_title(profile) or templates.default_label
    if phrase := years_phrase(years):
        opening = fill_placeholders(templates.with_years, {"label": label, "years": phrase, "strengths": strengths})
    else:
        opening = fill_placeholders(templates.without_years, {"label": label, "strengths": strengths})
    if focus.posting is not None:
        # The posting says what the job is; the level the profile's years point to does not.
        objective = f"Seeking the {target} position" + (f" at {company}." if company else ".")
    else:
        objective = fill_placeholders(templates.objective[level.id], {"target": target})
    return f"{opening} {objective}", True


def _in_catalog_language(
    profile: Profile, strengths: list[str], years: float | None, target: str, company: str | None, language: Language
) -> str:
    """ "Medizinische Kodiererin mit über sechs Jahren Berufserfahrung. Kenntnisse in ICD-10 und HIPAA.
    Angestrebte Position: Kodierfachkraft bei Klinikum Nord." Each sentence stands alone, so no word of the
    language must agree with the person's words (no gender or case to guess); one without its fact is left out.
    """
    sentences = []
    label = own_title(profile)
    phrase = language.years(years)
    if label and phrase:
        sentences.append(fill(language.gettext("{label} with {years} of experience."), label=label, years=phrase))
    elif label:
        sentences.append(
            fill(language.pgettext("a summary's first sentence: the person's title", "{label}."), label=label)
        )
    if strengths:
        sentences.append(fill(language.gettext("Skilled in {strengths}."), strengths=language.join(strengths)))
    if company:
        sentences.append(
            fill(language.gettext("Position sought: {position} at {company}."), position=target, company=company)
        )
    else:
        sentences.append(fill(language.gettext("Position sought: {position}."), position=target))
    return " ".join(sentences)
