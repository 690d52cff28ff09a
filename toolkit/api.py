"""The library API behind every command: one call per document, no printing, no exiting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import document_steps as steps
from .document_steps import Converter, RenderedDocument, RolePaths
from .documents.resume import build_resume_context
from .errors import JobkitError, Problem
from .inputs.cleaning import clean_given_text
from .inputs.own_words import own_words, own_words_files
from .inputs.profiles import LoadedProfile, load_profile
from .inputs.roles import GENERAL_ROLE, builtin_vocabulary, resolve_role
from .language import document_language
from .models.posting import Posting
from .output import safe_file_stem
from .posting_facts import as_read, corrected, require, require_title
from .render import convert_html

if TYPE_CHECKING:  # check and its readers are loaded only by the check command
    from .check import CheckReport


def render_resume(
    profile: str | Path | LoadedProfile,
    *,
    role: str | None = None,
    level: str | None = None,
    roles_dirs: RolePaths = (),
    job: str | Path | Posting | None = None,
    company: str | None = None,
    position: str | None = None,
    theme: str = "classic",
    paper: str | None = None,
    fmt: str = "pdf",
    today: date | None = None,
    docx_template: str | Path | None = None,
    word_template: str | Path | None = None,
    convert: Converter = convert_html,
    lang: str | None = None,
    headline: str | None = None,
    summary: str | Path | None = None,
    pages: int | None = None,
) -> RenderedDocument:
    """Render a resume from a JSON Resume profile (a path or a loaded profile).

    ``job`` (a posting) and ``role`` (a role pack id or file) tailor it; with neither it is the
    profile as written. ``company`` and ``position`` win over what the posting says; a posting whose title
    cannot be read raises ``JobkitError`` asking for ``position``. ``convert`` turns the filled HTML into the
    format's bytes; the CLI
    passes a budgeted renderer running in a child process (see ``toolkit.budget``).

    Every render function takes, for ``fmt="docx"`` only, ``docx_template`` (a Word document
    whose styles, page setup, headers and footers the DOCX takes, as pandoc's reference
    document) or ``word_template`` (a docxtpl template filled with the document's values
    instead of jobkit's layout; see ``documents.template_context`` for the names).

    ``lang`` (``"de"``, ``"fr"``, ``"es"``, ``"en"``; else the profile's ``meta.language``, else English) is the
    language of jobkit's own words: headings, dates, labels, a written summary, a letter's sentences. Without
    ``paper`` the language's usual paper is used (A4 for German, French and Spanish, Letter for English).

    ``headline`` (text) and ``summary`` (text, ``"@FILE"`` or a path) stand in for the profile's ``basics.label`` and
    ``basics.summary`` in this document only, so one application can say "Data Analyst" where the profile says
    "Software Developer"; ``render_cover_letter`` and ``apply_for_job`` take them too.

    ``pages`` fits the document on that many pages by tightening the theme within its ``fit`` tokens (see
    ``render.page_fit``), measured on the PDF; a DOCX takes the settings that fit the PDF. It never drops
    content: ``PageFitError`` says how many pages are needed instead.

    >>> document = render_resume("examples/profile.yaml", role="medical-records-specialist", fmt="md")
    """
    today = today or date.today()  # read from the clock once, here at the edge, for every step below
    from .documents.focus import focus_for
    from .documents.levels import choose_level

    words = own_words(headline=headline, summary=summary)
    fmt, loaded, role, resolved, posting = steps.prepare(profile, role, roles_dirs, theme, paper, fmt, job, lang, words)
    language = document_language(lang, loaded.profile.meta.language)
    paper = paper or language.paper
    template, template_warnings = steps.word_template_from(docx_template, word_template, fmt)
    pack = resolved.pack
    if posting is not None:
        posting = corrected(posting, company=company, position=position)
        if not loaded.profile.basics.summary:
            # Without a summary of the profile's own, the resume writes one that names the position it seeks.
            require_title(posting, "a resume tailored to a posting")
    chosen = choose_level(loaded.profile, pack, level, today)
    focus = focus_for(pack, role_given=steps.is_occupation(role), posting=posting, level_title=chosen.title)
    context = build_resume_context(loaded.profile, pack, focus=focus, level=level, today=today, language=language)
    return steps.render_document(
        context.document,
        theme=theme,
        paper=paper,
        fmt=fmt,
        convert=convert,
        suggested_name=f"{steps.name_stem(loaded)}-resume.{fmt}",
        pages=pages,
        template=template,
        level=context.level if role is not None or level is not None else None,
        warnings=[
            *loaded.warnings,
            *steps.missing_name(loaded),
            *steps.not_yet_begun(loaded, today),
            *resolved.warnings,
            *template_warnings,
            *words.warnings,
        ],
        notes=[*resolved.notes, *context.notes],
        sources=[loaded.path, *resolved.files, *steps.posting_paths(job), *own_words_files(summary)],
        fields=loaded.source,
    )


def render_cover_letter(
    profile: str | Path | LoadedProfile,
    *,
    role: str | None = None,
    level: str | None = None,
    roles_dirs: RolePaths = (),
    company: str | None = None,
    position: str | None = None,
    job: str | Path | Posting | None = None,
    hiring_manager: str | None = None,
    address: str | None = None,
    seed: int | None = None,
    theme: str = "classic",
    paper: str | None = None,
    fmt: str = "pdf",
    today: date | None = None,
    docx_template: str | Path | None = None,
    word_template: str | Path | None = None,
    convert: Converter = convert_html,
    lang: str | None = None,
    why: str | Path | None = None,
    headline: str | None = None,
    summary: str | Path | None = None,
    pages: int | None = None,
    salutation: str | None = None,
    sign_off: str | None = None,
) -> RenderedDocument:
    """Render a cover letter for one application: the profile's best evidence for the posting or role.

    ``job`` is a posting file (text, Markdown or JSON Resume job) or a loaded ``Posting``; ``company``, ``position``
    and ``address`` given here win over what it says. ``seed`` varies the phrasing;
    without it the same input always gives the same letter. ``explanation`` on the result
    says which profile item was chosen for which requirement. ``lang``, ``paper``, ``headline`` and ``summary``
    as for ``render_resume``. ``why`` (text, ``"@FILE"`` or a path) is the applicant's own paragraph (why this
    employer, why this change), placed before the closing as written; paragraphs split at blank lines.
    jobkit never writes that paragraph itself. ``salutation`` and ``sign_off`` replace the language's own, verbatim.
    """
    today = today or date.today()  # read from the clock once, here at the edge, for every step below
    from .documents.cover_letter import build_cover_letter_context

    words = own_words(why=why, headline=headline, summary=summary)
    # Text typed as options is cleaned as a file's is: a control character would stop the DOCX writer.
    (company, position, hiring_manager, address, salutation, sign_off), cleaned = clean_given_text(
        company=company, position=position, hiring_manager=hiring_manager, address=address,
        salutation=salutation, sign_off=sign_off,
    )  # fmt: skip
    fmt, loaded, role, resolved, posting = steps.prepare(profile, role, roles_dirs, theme, paper, fmt, job, lang, words)
    steps.require_letter_facts(loaded, today)
    language = document_language(lang, loaded.profile.meta.language)
    paper = paper or language.paper
    template, template_warnings = steps.word_template_from(docx_template, word_template, fmt)
    pack = resolved.pack
    read = as_read(posting, "the letter", company=company, position=position) if posting is not None else []
    if posting is not None:
        posting = corrected(posting, company=company, position=position)
        require(posting, "a cover letter", title=not (role is not None and pack.title), company=True)
        company, position = posting.company, posting.title or pack.title
    if not company:  # the posting is the usual way to give both
        raise JobkitError("a cover letter needs a company: pass --job POSTING (it names one) or --company NAME")
    position = position or (pack.title if role is not None else "")
    if not position:
        raise JobkitError("a cover letter needs a position: pass --position TITLE, --job POSTING or --role ROLE")
    context = build_cover_letter_context(
        loaded.profile,
        pack,
        company=company,
        position=position,
        posting=posting,
        hiring_manager=hiring_manager,
        address=address or (posting.location if posting else None),
        level=level,
        today=today,
        seed=seed,
        role_given=steps.is_occupation(role),
        language=language,
        why=words.why,
        salutation=salutation,
        sign_off=sign_off,
    )
    return steps.render_document(
        context.document,
        theme=theme,
        paper=paper,
        fmt=fmt,
        convert=convert,
        suggested_name=f"{steps.name_stem(loaded)}-cover-letter-{safe_file_stem(company, fallback='company')}.{fmt}",
        pages=pages,
        template=template,
        level=context.level,
        warnings=[*loaded.warnings, *resolved.warnings, *template_warnings, *words.warnings, *cleaned],
        notes=[*read, *resolved.notes],
        explanation=context.explanation,
        sources=[loaded.path, *resolved.files, *steps.posting_paths(job), *own_words_files(why, summary)],
        fields=loaded.source,
    )


def render_job_description(
    *,
    role: str,
    level: str,
    roles_dirs: RolePaths = (),
    company: str | None = None,
    company_file: str | Path | None = None,
    location: str | None = None,
    remote: str = "onsite",
    employment: str = "full-time",
    salary: str = "auto",
    apply_by: date | None = None,
    employees: int | None = None,
    benefits: list[str] | None = None,
    theme: str = "classic",
    paper: str = "letter",
    fmt: str = "pdf",
    today: date | None = None,
    docx_template: str | Path | None = None,
    word_template: str | Path | None = None,
    convert: Converter = convert_html,
) -> RenderedDocument:
    """Render a ready-to-post job description for a role and level.

    ``company_file`` (YAML or JSON) gives the about-us, benefits, EEO statement, how to apply
    and an optional logo; ``company`` alone gives just the name. ``salary`` is ``"MIN-MAX"``,
    ``"auto"`` (the role pack's figures for the level, noted with their source) or ``"none"``.
    ``fmt="json"`` gives a JSON Resume job document, validated against the job schema.
    ``apply_by`` is the date applications close (Colorado asks for it); the result's ``findings``
    are the posting's own audit for its place (``employees``, else the company file's, sets the
    employer's size for the laws' thresholds). ``benefits`` replaces the company file's list.
    """
    today = today or date.today()  # read from the clock once, here at the edge, for every step below
    from .documents.job_audit import audit_job_description
    from .documents.job_description import build_job_description_context
    from .documents.pay import parse_salary

    fmt = "json" if fmt.lower() == "json" else steps.check_options(theme, paper, fmt)
    template, template_warnings = steps.word_template_from(docx_template, word_template, fmt)
    pay = parse_salary(salary)
    resolved = resolve_role(role, roles_dirs)
    pack = resolved.pack
    if pack.id == GENERAL_ROLE:
        raise JobkitError(
            "a job description needs a role that describes the job; the general pack describes none: "
            'pick one with `jobkit roles list`, or start your own with `jobkit roles new ID --title "Job Title"`'
        )
    warnings: list[Problem] = [*resolved.warnings, *template_warnings]
    # Text given outside any file (options, batch cells) is cleaned as a file's is.
    (company, location, benefits), cleaned = clean_given_text(company=company, location=location, benefits=benefits)
    warnings += cleaned
    details, logo, company_files, company_warnings = steps.hiring_company(company, company_file, benefits)
    sources = [*resolved.files, *company_files]
    warnings += company_warnings
    context = build_job_description_context(
        pack,
        level=level,
        company=details,
        location=location,
        remote=remote,
        employment=employment,
        salary=pay,
        apply_by=apply_by,
        logo_data_uri=logo,
        today=today,
    )
    warnings += [Problem(message) for message in context.warnings]
    findings = audit_job_description(
        context.document, location=context.location, employees=employees or details.employees, today=today
    )
    stem = f"{safe_file_stem(details.name, fallback='company')}-{safe_file_stem(pack.level(level).title)}"
    if fmt == "json":
        return RenderedDocument(
            content=steps.validated_job_json(context.job),
            fmt="json",
            suggested_name=f"{stem}.json",
            warnings=warnings,
            notes=[*resolved.notes, *context.notes],
            sources=sources,
            findings=findings,
        )
    return steps.render_document(
        context.document,
        theme=theme,
        paper=paper,
        fmt=fmt,
        convert=convert,
        suggested_name=f"{stem}.{fmt}",
        template=template,
        warnings=warnings,
        notes=[*resolved.notes, *context.notes],
        sources=sources,
        findings=findings,
    )


def render_interview(
    *,
    role: str | None = None,
    level: str | None = None,
    roles_dirs: RolePaths = (),
    categories: list[str] | None = None,
    count: int | None = None,
    seed: int | None = None,
    answers: str | None = None,
    kit: bool = False,
    job: str | Path | Posting | None = None,
    profile: str | Path | LoadedProfile | None = None,
    strict: bool = False,
    company: str | None = None,
    theme: str = "classic",
    paper: str = "letter",
    fmt: str = "pdf",
    today: date | None = None,
    docx_template: str | Path | None = None,
    word_template: str | Path | None = None,
    convert: Converter = convert_html,
    same_as_practice: bool = False,
) -> RenderedDocument:
    """Render an interview practice sheet, or with ``kit=True`` a structured interviewer kit.

    ``answers`` is None, ``"inline"`` (strong-answer points under each question) or ``"key"``
    (an answer key on separate pages). ``job`` opens a practice sheet with questions about
    the posting's own terms and pulls the bank's matching questions to the front; ``profile``
    adds a "your evidence" prompt quoting the closest work highlight.
    Without ``level`` and with a profile, the level is inferred from the profile. A kit asks other questions than
    the practice sheet for the same inputs where the bank has others, unless ``same_as_practice``.
    """
    today = today or date.today()  # read from the clock once, here at the edge, for every step below
    from .documents.interview import build_interview_context
    from .documents.levels import choose_level

    fmt = steps.check_options(theme, paper, fmt)
    template, template_warnings = steps.word_template_from(docx_template, word_template, fmt)
    posting = steps.posting_from(job)
    role, resolved = steps.role_for(role, roles_dirs, posting)
    pack = resolved.pack
    loaded = profile if isinstance(profile, LoadedProfile) or profile is None else load_profile(profile)
    chosen = None
    if level is None and loaded is not None:
        chosen = choose_level(loaded.profile, pack, None, today)
        level = chosen.id
    context = build_interview_context(
        pack,
        level=level,
        categories=categories,
        count=count,
        seed=seed,
        answers=answers,
        kit=kit,
        posting=posting,
        profile=loaded.profile if loaded else None,
        strict=strict,
        today=today,
        company=company or "",
        same_as_practice=same_as_practice,
    )
    stem = "interviewer-kit" if kit else "interview-practice"
    stem += f"-{safe_file_stem(pack.id)}" + (f"-{safe_file_stem(level)}" if level else "")
    return steps.render_document(
        context.document,
        theme=theme,
        paper=paper,
        fmt=fmt,
        convert=convert,
        suggested_name=f"{stem}.{fmt}",
        template=template,
        level=chosen,
        warnings=[
            *template_warnings,
            *resolved.warnings,
            *(loaded.warnings if loaded else []),
            *(Problem(message) for message in context.warnings),
        ],
        notes=resolved.notes,
        sources=[*resolved.files, *steps.posting_paths(job), *([loaded.path] if loaded else [])],
        fields=loaded.source if loaded else None,
    )


@dataclass
class CategoryListing:
    """The question categories of a role's interview bank, with how many questions each holds."""

    title: str
    categories: list[tuple[str, str, int]]
    warnings: list[Problem] = field(default_factory=list)


def interview_categories(
    *, role: str | None = None, level: str | None = None, roles_dirs: RolePaths = ()
) -> CategoryListing:
    """The categories ``--category`` takes for a role (all levels, or one), with their question counts."""
    from .documents.interview import eligible_questions
    from .documents.levels import check_level

    resolved = steps.role_or_general(role, roles_dirs)
    pack = resolved.pack
    if level is not None:
        check_level(pack, level)
    categories = [
        (category.id, category.title, len(eligible_questions(pack, level=level, categories=[category.id])))
        for category in pack.interview.categories
    ]
    return CategoryListing(pack.title if role else "any job", categories, list(resolved.warnings))


def check_resume_file(
    resume: str | Path,
    *,
    role: str | None = None,
    roles_dirs: RolePaths = (),
    job: str | Path | Posting | None = None,
    profile: str | Path | LoadedProfile | None = None,
    today: date | None = None,
) -> CheckReport:
    """Parse a resume back as an ATS would and match it against a role pack or a job posting.

    With ``job`` and no ``role``, the vocabulary of every built-in role pack is used to find
    the posting's requirements.
    """
    today = today or date.today()  # read from the clock once, here at the edge, for every step below
    from .check import check_resume

    pack = resolve_role(role, roles_dirs).pack if role else None
    posting = steps.posting_from(job)
    vocabulary = builtin_vocabulary() if posting is not None and pack is None else None
    loaded = profile if isinstance(profile, LoadedProfile) or profile is None else load_profile(profile)
    return check_resume(
        resume,
        role=pack,
        posting=posting,
        profile=loaded.profile if loaded else None,
        vocabulary=vocabulary,
        today=today,
    )
