"""The library API behind every command: one call per document, no printing, no exiting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .documents.common import Document
from .documents.levels import LevelChoice
from .documents.resume import build_resume_context
from .errors import JobkitError, Problem
from .inputs.profiles import LoadedProfile, load_profile
from .inputs.roles import GENERAL_ROLE, LoadedRole, resolve_role, role_titled
from .inputs.themes import Theme, theme_files
from .language import check_language, document_language
from .models.posting import Posting
from .output import safe_file_stem
from .posting_facts import corrected, require, require_title
from .render import check_format, convert_html
from .render.html import check_paper, check_theme, fill_template

if TYPE_CHECKING:  # check and its readers are loaded only by the check command
    from .check import CheckReport
    from .inputs.word import WordTemplate
    from .models.role import Keyword

RolePaths = Sequence[str | Path]
# convert(html, fmt) -> bytes, or convert(html, fmt, word_template) when a Word template is given
Converter = Callable[..., bytes]


@dataclass
class RenderedDocument:
    """A finished document: its bytes, its format, and what the caller should tell the user.

    ``sources`` lists every file that was read to make it (profile, role pack, posting,
    company file, logo), so a caller can refuse to write the document over one of them.
    """

    content: bytes
    fmt: str
    suggested_name: str
    level: LevelChoice | None = None
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)
    findings: list = field(default_factory=list)  # a job description's own audit (toolkit.audit.Finding)


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

    ``pages`` fits the document on that many pages by tightening the theme within its ``fit`` tokens (see
    ``render.page_fit``), measured on the PDF; a DOCX takes the settings that fit the PDF. It never drops
    content: ``PageFitError`` says how many pages are needed instead.

    >>> document = render_resume("examples/profile.yaml", role="medical-records-specialist", fmt="md")
    """
    from .documents.focus import focus_for
    from .documents.levels import choose_level

    fmt, loaded, role, resolved, posting = _prepare(profile, role, roles_dirs, theme, paper, fmt, job, lang)
    language = document_language(lang, loaded.profile.meta.language)
    paper = paper or language.paper
    template, template_warnings = _word_template(docx_template, word_template, fmt)
    pack = resolved.pack
    if posting is not None:
        posting = corrected(posting, company=company, position=position)
        if not loaded.profile.basics.summary:
            # Without a summary of the profile's own, the resume writes one that names the position it seeks.
            require_title(posting, "a resume tailored to a posting")
    chosen = choose_level(loaded.profile, pack, level, today or date.today())
    focus = focus_for(pack, role_given=_is_occupation(role), posting=posting, level_title=chosen.title)
    context = build_resume_context(loaded.profile, pack, focus=focus, level=level, today=today, language=language)
    return _render(
        context.document,
        theme=theme,
        paper=paper,
        fmt=fmt,
        convert=convert,
        suggested_name=f"{_name_stem(loaded)}-resume.{fmt}",
        pages=pages,
        template=template,
        level=context.level if role is not None or level is not None else None,
        warnings=[*loaded.warnings, *resolved.warnings, *template_warnings],
        notes=[*resolved.notes, *context.notes],
        sources=[loaded.path, *resolved.files, *_paths(job)],
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
    pages: int | None = None,
) -> RenderedDocument:
    """Render a cover letter for one application: the profile's best evidence for the posting or role.

    ``job`` is a posting file (text, Markdown or JSON Resume job) or a loaded ``Posting``; ``company``, ``position``
    and ``address`` given here win over what it says. ``seed`` varies the phrasing;
    without it the same input always gives the same letter. ``explanation`` on the result
    says which profile item was chosen for which requirement. ``lang`` and ``paper`` as for ``render_resume``.
    """
    from .documents.cover_letter import build_cover_letter_context

    fmt, loaded, role, resolved, posting = _prepare(profile, role, roles_dirs, theme, paper, fmt, job, lang)
    language = document_language(lang, loaded.profile.meta.language)
    paper = paper or language.paper
    template, template_warnings = _word_template(docx_template, word_template, fmt)
    pack = resolved.pack
    if posting is not None:
        posting = corrected(posting, company=company, position=position)
        require(posting, "a cover letter", title=not (role is not None and pack.title), company=True)
        company, position = posting.company, posting.title or pack.title
    if not company:
        # Like the position's message below: the posting is the usual way to give both.
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
        role_given=_is_occupation(role),
        language=language,
    )
    return _render(
        context.document,
        theme=theme,
        paper=paper,
        fmt=fmt,
        convert=convert,
        suggested_name=f"{_name_stem(loaded)}-cover-letter-{safe_file_stem(company, fallback='company')}.{fmt}",
        pages=pages,
        template=template,
        level=context.level,
        warnings=[*loaded.warnings, *resolved.warnings, *template_warnings],
        notes=resolved.notes,
        explanation=context.explanation,
        sources=[loaded.path, *resolved.files, *_paths(job)],
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
    from .documents.job_audit import audit_job_description
    from .documents.job_description import build_job_description_context
    from .documents.pay import parse_salary
    from .inputs.companies import load_company
    from .models.company import Company

    fmt = "json" if fmt.lower() == "json" else _check_options(theme, paper, fmt)
    template, template_warnings = _word_template(docx_template, word_template, fmt)
    pay = parse_salary(salary)
    resolved = resolve_role(role, roles_dirs)
    pack = resolved.pack
    if pack.id == GENERAL_ROLE:
        raise JobkitError(
            "a job description needs a role that describes the job; the general pack describes none: "
            'pick one with `jobkit roles list`, or start your own with `jobkit roles new ID --title "Job Title"`'
        )
    warnings: list[Problem] = [*resolved.warnings, *template_warnings]
    logo = None
    sources = list(resolved.files)
    if company_file:
        loaded = load_company(company_file)
        sources += [Path(company_file), *([loaded.logo_path] if loaded.logo_path else [])]
        details, warnings = loaded.company, [*warnings, *loaded.warnings]
        if company:
            details = details.model_copy(update={"name": company})
        if loaded.logo_path and loaded.logo_data is not None:
            logo = _data_uri(loaded.logo_path.name, loaded.logo_data)
    elif company:
        details = Company(name=company)
    else:
        raise JobkitError("a job description needs a company: pass --company NAME or --company-file FILE")
    if benefits is not None:  # a batch row's own list replaces the company file's
        details = details.model_copy(update={"benefits": list(benefits)})
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
            content=_validated_job_json(context.job),
            fmt="json",
            suggested_name=f"{stem}.json",
            warnings=warnings,
            notes=[*resolved.notes, *context.notes],
            sources=sources,
            findings=findings,
        )
    return _render(
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
) -> RenderedDocument:
    """Render an interview practice sheet, or with ``kit=True`` a structured interviewer kit.

    ``answers`` is None, ``"inline"`` (strong-answer points under each question) or ``"key"``
    (an answer key on separate pages). ``job`` pulls the posting's requirements to the
    front; ``profile`` adds a "your evidence" prompt quoting the closest work highlight.
    Without ``level`` and with a profile, the level is inferred from the profile.
    """
    from .documents.interview import build_interview_context
    from .documents.levels import choose_level

    fmt = _check_options(theme, paper, fmt)
    template, template_warnings = _word_template(docx_template, word_template, fmt)
    posting = _posting(job)
    role, resolved = _role_for(role, roles_dirs, posting)
    pack = resolved.pack
    loaded = profile if isinstance(profile, LoadedProfile) or profile is None else load_profile(profile)
    chosen = None
    if level is None and loaded is not None:
        chosen = choose_level(loaded.profile, pack, None, today or date.today())
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
    )
    stem = "interviewer-kit" if kit else "interview-practice"
    stem += f"-{safe_file_stem(pack.id)}" + (f"-{safe_file_stem(level)}" if level else "")
    return _render(
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
        sources=[*resolved.files, *_paths(job), *([loaded.path] if loaded else [])],
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

    resolved = _role(role, roles_dirs)
    pack = resolved.pack
    if level is not None:
        check_level(pack, level)
    categories = [
        (category.id, category.title, len(eligible_questions(pack, level=level, categories=[category.id])))
        for category in pack.interview.categories
    ]
    return CategoryListing(pack.title if role else "any job", categories, list(resolved.warnings))


def _data_uri(name: str, data: bytes) -> str:
    """The logo, read once by jobkit and embedded, so no renderer opens a file for it."""
    import base64
    import mimetypes

    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _validated_job_json(job: dict) -> bytes:
    import json

    from .resources import schema_validator

    if errors := [error.message for error in schema_validator("job").iter_errors(job)]:
        raise JobkitError(f"internal error: the job document does not fit the JSON Resume job schema: {errors[0]}")
    return (json.dumps(job, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _prepare(
    profile: str | Path | LoadedProfile,
    role: str | None,
    roles_dirs: RolePaths,
    theme: str,
    paper: str | None,
    fmt: str,
    job: str | Path | Posting | None,
    lang: str | None = None,
) -> tuple[str, LoadedProfile, str | None, LoadedRole, Posting | None]:
    """Check the cheap options first, then load the profile, the posting and the role pack."""
    fmt = _check_options(theme, paper, fmt)
    if lang is not None:
        check_language(lang)
    loaded = profile if isinstance(profile, LoadedProfile) else load_profile(profile)
    posting = _posting(job)
    role, resolved = _role_for(role, roles_dirs, posting)
    return fmt, loaded, role, resolved, posting


def _role(role: str | None, roles_dirs: RolePaths) -> LoadedRole:
    """The role pack asked for, or the general root pack when none was."""
    return resolve_role(role or GENERAL_ROLE, roles_dirs)


def _is_occupation(role: str | None) -> bool:
    """Whether a role names an occupation to tailor to: the general pack's levels are no positions to seek."""
    return role is not None and role != GENERAL_ROLE


def role_for_posting(role: str | None, posting: Posting | None) -> tuple[str | None, list[str]]:
    """The role asked for; without one, the shipped role the posting's title names, with a note saying so."""
    if role is None and posting is not None and (found := role_titled(posting.title)) is not None:
        return found, [f"role: {found}, from the posting's title {posting.title!r}; --role chooses another"]
    return role, []


def _role_for(role: str | None, roles_dirs: RolePaths, posting: Posting | None) -> tuple[str | None, LoadedRole]:
    """``role_for_posting``'s role, loaded (the general pack when there is none), with its note.
    The role id comes back too: None means no role was chosen."""
    role, notes = role_for_posting(role, posting)
    resolved = _role(role, roles_dirs)
    return role, replace(resolved, notes=[*notes, *resolved.notes]) if notes else resolved


def _posting(job: str | Path | Posting | None) -> Posting | None:
    """The posting from its file, or as given: a caller making several documents reads it once."""
    if job is None or isinstance(job, Posting):
        return job
    from .postings import load_posting

    return load_posting(job) if job else None


def _paths(job: str | Path | Posting | None) -> list[Path]:
    if isinstance(job, Posting):
        return [Path(job.file)]
    return [Path(job)] if job else []


def _check_options(theme: str, paper: str | None, fmt: str) -> str:
    """Theme, paper and format are checked before any file is read; returns the normalised format.
    No paper is the document language's usual one."""
    check_theme(theme)
    if paper is not None:
        check_paper(paper)
    return check_format(fmt)


def _name_stem(loaded: LoadedProfile) -> str:
    return safe_file_stem(loaded.profile.basics.name or "", fallback="profile")


def _render(
    document: Document,
    *,
    theme: str,
    paper: str | None,
    fmt: str,
    convert: Converter,
    template: WordTemplate | None = None,
    pages: int | None = None,
    **result,
) -> RenderedDocument:
    result["warnings"] = list(result.get("warnings", []))
    paper = paper or "letter"  # the kinds that take no language: job descriptions and interview sheets
    # The theme's own files are inputs too: no output may replace them, and --watch sees their saves.
    result["sources"] = [*result.get("sources", []), *theme_files(theme)]
    look: str | Theme = theme
    if pages is not None:
        from .render.page_fit import check_fit_format, fit_document

        check_fit_format(fmt, template is not None)
        fitted = fit_document(document, theme, paper, pages, convert)
        look, result["notes"] = fitted.theme, [*result.get("notes", []), fitted.note()]
    if template is None:
        html = fill_template(document, look, paper=paper)
        return RenderedDocument(content=convert(html, fmt), fmt=fmt, **result)
    from .inputs.word import FILL

    # The template is an input like any other: no output may replace it.
    result["sources"] = [*result.get("sources", []), Path(template.path)]
    if template.mode == FILL:
        from .documents.template_context import template_context

        content = convert("", fmt, replace(template, context=template_context(document)))
        note = f"filled the Word template {template.path} (--theme and --paper do not apply to it)"
    else:
        content = convert(fill_template(document, theme, paper=paper), fmt, template)
        note = f"styles, page setup, headers and footers from {template.path}"
    result["notes"] = [*result.get("notes", []), note]
    return RenderedDocument(content=content, fmt=fmt, **result)


def _word_template(
    docx_template: str | Path | None, word_template: str | Path | None, fmt: str
) -> tuple[WordTemplate | None, list[Problem]]:
    """The user's Word template, read and checked, with its warnings; (None, []) when none was given."""
    from .inputs.word import FILL, OPTION_NAMES, REFERENCE, load_word_template

    if docx_template and word_template:
        raise JobkitError(
            "give a docx_template (its look for jobkit's document) or a word_template (filled instead of "
            "jobkit's layout), not both"
        )
    path, mode = (docx_template, REFERENCE) if docx_template else (word_template, FILL)
    if not path:
        return None, []
    if fmt != "docx":
        raise JobkitError(f"{OPTION_NAMES[mode]} makes a Word document; the format asked for is {fmt} (use docx)")
    return load_word_template(path, mode=mode)


def builtin_vocabulary() -> list[Keyword]:
    """Every shipped role pack's terms, each once (the first pack to name a term spells it): what a posting
    is read with when no role is given."""
    from .inputs.roles import builtin_role_ids, load_role

    by_term: dict[str, Keyword] = {}
    for role_id in builtin_role_ids():
        for keyword in load_role(role_id).all_keywords():
            by_term.setdefault(keyword.term.casefold(), keyword)
    return list(by_term.values())


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
    from .check import check_resume

    pack = resolve_role(role, roles_dirs).pack if role else None
    posting = _posting(job)
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
