"""What making every document shares, below the API's one call per document: the options checked before any
file is read, the profile, posting and role pack resolved, the user's Word template read, and the finished
document rendered (fitted to pages, through a Word template) with what the caller should tell the user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .documents.common import Document
from .documents.levels import LevelChoice
from .errors import JobkitError, Problem
from .inputs.loading import LoadedData
from .inputs.own_words import OwnWords, with_own_words
from .inputs.profiles import LoadedProfile, load_profile
from .inputs.role_titles import title_match
from .inputs.roles import GENERAL_ROLE, LoadedRole, resolve_role
from .inputs.themes import Theme, theme_files
from .language import check_language
from .models.posting import Posting
from .output import safe_file_stem
from .render import check_format
from .render.html import check_paper, check_theme, fill_template

if TYPE_CHECKING:
    from .inputs.word import WordTemplate
    from .models.company import Company

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


def hiring_company(
    company: str | None, company_file: str | Path | None, benefits: Sequence[str] | None
) -> tuple[Company, str | None, list[Path], list[Problem]]:
    """The company a job description names: its file (with the logo embedded) and any name or benefits given
    beside it (a batch row's own list replaces the file's); the files read and the file's warnings."""
    from .inputs.companies import load_company
    from .models.company import Company

    if company_file:
        loaded = load_company(company_file)
        details = loaded.company.model_copy(update={"name": company}) if company else loaded.company
        logo = None
        if loaded.logo_path and loaded.logo_data is not None:
            logo = data_uri(loaded.logo_path.name, loaded.logo_data)
        files = [Path(company_file), *([loaded.logo_path] if loaded.logo_path else [])]
        warnings = list(loaded.warnings)
    elif company:
        details, logo, files, warnings = Company(name=company), None, [], []
    else:
        raise JobkitError("a job description needs a company: pass --company NAME or --company-file FILE")
    if benefits is not None:
        details = details.model_copy(update={"benefits": list(benefits)})
    return details, logo, files, warnings


def data_uri(name: str, data: bytes) -> str:
    """The logo, read once by jobkit and embedded, so no renderer opens a file for it."""
    import base64
    import mimetypes

    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def validated_job_json(job: dict) -> bytes:
    import json

    from .resources import schema_validator

    if errors := [error.message for error in schema_validator("job").iter_errors(job)]:
        raise JobkitError(f"internal error: the job document does not fit the JSON Resume job schema: {errors[0]}")
    return (json.dumps(job, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def prepare(
    profile: str | Path | LoadedProfile,
    role: str | None,
    roles_dirs: RolePaths,
    theme: str,
    paper: str | None,
    fmt: str,
    job: str | Path | Posting | None,
    lang: str | None = None,
    words: OwnWords | None = None,
) -> tuple[str, LoadedProfile, str | None, LoadedRole, Posting | None]:
    """Check the cheap options first, then load the profile (with the application's own headline and summary),
    the posting and the role pack."""
    fmt = check_options(theme, paper, fmt)
    if lang is not None:
        check_language(lang)
    loaded = profile if isinstance(profile, LoadedProfile) else load_profile(profile)
    if words is not None and (words.headline or words.summary):
        loaded = replace(loaded, profile=with_own_words(loaded.profile, words))
    posting = posting_from(job)
    role, resolved = role_for(role, roles_dirs, posting)
    return fmt, loaded, role, resolved, posting


def missing_name(loaded: LoadedProfile) -> list[Problem]:
    """A warning when the profile names no one: the document is made (an anonymised CV is a real practice) but
    has no name at its top, which a person who simply forgot should hear about."""
    if (loaded.profile.basics.name or "").strip():
        return []
    return [Problem("no name: the document has none at its top", loaded.source.location_of(("basics", "name")))]


def not_yet_begun(loaded: LoadedProfile, today: date) -> list[Problem]:
    """A warning for each job or volunteer role that starts after ``today``: likely a typo for an earlier year, and
    never work done. A resume shows it as written; a letter, which writes of jobs as work done, refuses it."""
    starts = [("work", index, job.startDate) for index, job in enumerate(loaded.profile.work)]
    starts += [("volunteer", index, role.startDate) for index, role in enumerate(loaded.profile.volunteer)]
    return [
        Problem(
            f"starts after today ({start}); fix the date if it is wrong",
            loaded.source.location_of((section, index, "startDate")),
        )
        for section, index, start in starts
        if start is not None and start.first_day() > today
    ]


def require_letter_facts(loaded: LoadedProfile, today: date) -> None:
    """Refuse a letter the profile cannot truly sign or fill: it is signed with the person's name, and it writes of
    every job as work done, so a job that starts after ``today`` (likely a mistyped year) stops it."""
    if not (loaded.profile.basics.name or "").strip():
        raise JobkitError(
            "a cover letter is signed with your name, and the profile gives none: add it",
            loaded.source.location_of(("basics", "name")),
        )
    if begun := not_yet_begun(loaded, today):
        problems = [
            Problem(f"{problem.message}, or leave the job out: a letter writes of jobs as work done", problem.location)
            for problem in begun
        ]
        raise JobkitError(problems[0].message, problems[0].location, problems)


def role_or_general(role: str | None, roles_dirs: RolePaths) -> LoadedRole:
    """The role pack asked for, or the general root pack when none was."""
    return resolve_role(role or GENERAL_ROLE, roles_dirs)


def is_occupation(role: str | None) -> bool:
    """Whether a role names an occupation to tailor to: the general pack's levels are no positions to seek."""
    return role is not None and role != GENERAL_ROLE


def role_for_posting(role: str | None, posting: Posting | None) -> tuple[str | None, list[str]]:
    """The role asked for; without one, the shipped role the posting's title names (its title, a level's or
    a name it goes by), with a note saying so; when the title only comes close to roles, a note suggests them."""
    if role is not None or posting is None:
        return role, []
    match = title_match(posting.title)
    if match.role is not None:
        how = "" if match.named_by == "title" else f" (a name {match.role} goes by)"
        return match.role, [
            f"role: {match.role}, from the posting's title {posting.title!r}{how}; --role chooses another"
        ]
    suggestions = [f"--role {found} ({name})" for found, name in match.near]
    if suggestions:
        return None, [f"the posting's title {posting.title!r} is close to {' or '.join(suggestions)}; not chosen"]
    return None, []


def role_for(role: str | None, roles_dirs: RolePaths, posting: Posting | None) -> tuple[str | None, LoadedRole]:
    """``role_for_posting``'s role, loaded (the general pack when there is none), with its note.
    The role id comes back too: None means no role was chosen."""
    role, notes = role_for_posting(role, posting)
    resolved = role_or_general(role, roles_dirs)
    return role, replace(resolved, notes=[*notes, *resolved.notes]) if notes else resolved


def posting_from(job: str | Path | Posting | None) -> Posting | None:
    """The posting from its file, or as given: a caller making several documents reads it once."""
    if job is None or isinstance(job, Posting):
        return job
    from .postings import load_posting

    return load_posting(job) if job else None


def posting_paths(job: str | Path | Posting | None) -> list[Path]:
    if isinstance(job, Posting):
        return [Path(job.file)]
    return [Path(job)] if job else []


def check_options(theme: str, paper: str | None, fmt: str) -> str:
    """Theme, paper and format are checked before any file is read; returns the normalised format.
    No paper is the document language's usual one."""
    check_theme(theme)
    if paper is not None:
        check_paper(paper)
    return check_format(fmt)


def name_stem(loaded: LoadedProfile) -> str:
    return safe_file_stem(loaded.profile.basics.name or "", fallback="profile")


def render_document(
    document: Document,
    *,
    theme: str,
    paper: str | None,
    fmt: str,
    convert: Converter,
    template: WordTemplate | None = None,
    pages: int | None = None,
    fields: LoadedData | None = None,
    **result,
) -> RenderedDocument:
    """Fill and convert ``document``; ``fields`` (the profile as read) names the field of a character no font
    draws in a PDF or DOCX."""
    result["warnings"] = list(result.get("warnings", []))
    paper = paper or "letter"  # the kinds that take no language: job descriptions and interview sheets
    # The theme's own files are inputs too: no output may replace them, and --watch sees their saves.
    result["sources"] = [*result.get("sources", []), *theme_files(theme)]
    look: str | Theme = theme
    fitted_pdf = None
    if pages is not None:
        from .render.page_fit import check_fit_format, fit_document

        check_fit_format(fmt, template is not None)
        fitted = fit_document(document, theme, paper, pages, convert)
        look, result["notes"] = fitted.theme, [*result.get("notes", []), fitted.note()]
        fitted_pdf = fitted.pdf if fmt == "pdf" else None
    if template is None:
        html = fill_template(document, look, paper=paper)
        result["warnings"] += glyph_warnings(html, fmt, fields)
        return RenderedDocument(content=fitted_pdf or convert(html, fmt), fmt=fmt, **result)
    from .inputs.word import FILL

    # The template is an input like any other: no output may replace it.
    result["sources"] = [*result.get("sources", []), Path(template.path)]
    if template.mode == FILL:
        from .documents.template_context import template_context

        content = convert("", fmt, replace(template, context=template_context(document)))
        note = f"filled the Word template {template.path} (--theme and --paper do not apply to it)"
    else:
        html = fill_template(document, theme, paper=paper)
        result["warnings"] += glyph_warnings(html, fmt, fields)
        content = convert(html, fmt, template)
        from .inputs.word import WordPackage
        from .inputs.word_look import carried_text, reference_note

        package = WordPackage(template.data, template.path)
        note = reference_note(package)
        result["warnings"] += [
            Problem(
                f"the page headers and footers of {template.path} print '{text[:80]}' in this document: "
                "check that it is yours, or clear it in the template"
            )
            for text in carried_text(package)
        ]
    result["notes"] = [*result.get("notes", []), note]
    return RenderedDocument(content=content, fmt=fmt, **result)


def glyph_warnings(html: str, fmt: str, fields: LoadedData | None) -> list[Problem]:
    """Characters of a PDF or DOCX no font here draws; other formats leave the drawing to their reader."""
    if fmt not in ("pdf", "docx"):
        return []
    from .render.glyph_coverage import missing_glyph_warnings

    return missing_glyph_warnings(html, fields)


def word_template_from(
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
