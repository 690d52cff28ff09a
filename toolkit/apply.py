"""`jobkit apply`: everything for one application from one reading of the posting.

One call makes, into one folder: the resume tailored to the posting, the cover letter,
an interview practice sheet (the posting's requirements first, the profile's closest
evidence under each question), and the `check` report of that very resume against the
posting, as Markdown and JSON. The profile and the posting are read once and handed to
the library calls each document already has (``render_resume``, ``render_cover_letter``,
``render_interview``, ``check_resume_file``).

Nothing is written until everything is made and checked: a bad input or a refused
render leaves the folder as it was. Files are named on one pattern,
``Name - Company - Title - Resume.pdf``, never replace an input, and replace the same
application's earlier files (that is how an edited profile is applied again).

The gaps are the posting's requirements the resume does not show, in two lists: those
the profile itself states (true to fill: the profile says so) and those it does not
(add only if true). Nothing is ever added for the person.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .api import (
    check_resume_file,
    render_cover_letter,
    render_interview,
    render_resume,
)
from .document_steps import RenderedDocument, role_for_posting
from .documents.levels import LevelChoice
from .errors import JobkitError, OutputPathError, Problem
from .gaps import Gap, find_gaps
from .inputs.own_words import own_words
from .inputs.profiles import LoadedProfile, load_profile
from .inputs.roles import builtin_vocabulary
from .language import check_language, document_language
from .models.posting import Posting
from .output import check_output_path, readable_file_part, write_atomically
from .posting_facts import as_read, corrected, require
from .render import check_format, convert_html
from .render.html import check_paper, check_theme

if TYPE_CHECKING:
    from .check import CheckReport
    from .models.role import Keyword

_T = TypeVar("_T")
CHECKABLE = ("pdf", "docx")  # what `check` reads back, in the order it is preferred
_DOCUMENTS = (("resume", "Resume"), ("cover letter", "Cover Letter"), ("interview practice", "Interview Practice"))


@dataclass
class MadeFile:
    """One file of the application: what it is, where it was written, its format and size."""

    what: str  # "resume", "cover letter", "interview practice" or "check report"
    path: Path
    fmt: str
    size: int


@dataclass
class Application:
    """What ``apply_for_job`` made and found."""

    folder: Path
    name: str
    company: str
    title: str
    files: list[MadeFile]
    report: CheckReport | None
    gaps: list[Gap]
    level: LevelChoice | None = None
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    check_note: str = ""  # why there is no check report, when there is none

    @property
    def true_to_fill(self) -> list[Gap]:
        return [gap for gap in self.gaps if gap.in_profile]

    @property
    def only_if_true(self) -> list[Gap]:
        return [gap for gap in self.gaps if not gap.in_profile]


def apply_for_job(
    profile: str | Path | LoadedProfile,
    *,
    job: str | Path | Posting,
    out_dir: str | Path = ".",
    role: str | None = None,
    level: str | None = None,
    roles_dirs: Sequence[str | Path] = (),
    company: str | None = None,
    position: str | None = None,
    hiring_manager: str | None = None,
    formats: Sequence[str] = ("pdf",),
    theme: str = "classic",
    paper: str | None = None,
    today: date | None = None,
    within_budget: bool = False,
    lang: str | None = None,
    why: str | Path | None = None,
    headline: str | None = None,
    summary: str | Path | None = None,
    salutation: str | None = None,
    sign_off: str | None = None,
) -> Application:
    """Make the resume, cover letter, interview practice sheet and check report for one posting into ``out_dir``.

    ``formats`` lists the document formats (``("pdf", "docx")`` makes each document in
    both); the check reads the PDF, else the DOCX, and is left out (``check_note`` says
    why) when neither is made. ``company`` and ``position`` win over what the posting says.
    With ``within_budget`` (the CLI sets it) each document is read, tailored and rendered,
    and the check and its gaps found, in a child process under the time and memory budget,
    forked from this process once it has loaded the renderers. ``lang`` is the resume's and letter's
    language (else the profile's ``meta.language``); without ``paper``, every document is on its usual paper.
    ``why``, ``headline``, ``summary``, ``salutation`` and ``sign_off`` are the applicant's own words, as
    ``render_cover_letter`` takes them.

    >>> application = apply_for_job("examples/profile.yaml", job="examples/posting.txt", out_dir="out")
    """
    today = today or date.today()  # read from the clock once, here at the edge, for every step below
    formats = _check_formats(formats)
    check_theme(theme)
    if paper is not None:
        check_paper(paper)
    if lang is not None:
        check_language(lang)
    own_words(why=why, headline=headline, summary=summary)  # a missing file stops the run before anything is made
    own: dict[str, Any] = {"headline": headline, "summary": summary}
    if within_budget:
        from .budget import run_within_budget

        loaded, posting = run_within_budget(partial(_read, profile, job), task="reading the profile and posting")
    else:
        loaded, posting = _read(profile, job)
    language = document_language(lang, loaded.profile.meta.language)
    paper = paper or language.paper
    # What the user says wins over what the posting was read to say, in every document (the resume's
    # aim, the sheet's heading, the role found from the title), not only in the letter.
    read = as_read(posting, "the application", company=company, position=position)
    posting = corrected(posting, company=company, position=position)
    # The letter and the file names say both: ask now, before anything is made, when the posting's are not trusted.
    require(posting, "an application", title=True, company=True)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise OutputPathError(f"output {folder} is a file; apply writes into a folder")

    role, notes = role_for_posting(role, posting)
    notes = [*read, *notes]

    make = _in_this_process
    if within_budget:
        from .document_budget import make_within_budget, warm_for_documents

        for fmt in formats:
            warm_for_documents(fmt, role)
        make = make_within_budget  # each document read, tailored and rendered in a child forked from this warm one

    common: dict[str, Any] = {
        "role": role,
        "level": level,
        "roles_dirs": roles_dirs,
        "theme": theme,
        "paper": paper,
        "today": today,
    }
    documents = {}
    for fmt in formats:
        documents["resume", fmt] = make(
            partial(render_resume, loaded, job=posting, fmt=fmt, lang=language.code, **own, **common)
        )
        documents["cover letter", fmt] = make(
            partial(
                render_cover_letter,
                loaded,
                job=posting,
                company=company,
                position=position,
                hiring_manager=hiring_manager,
                fmt=fmt,
                lang=language.code,
                why=why,
                salutation=salutation,
                sign_off=sign_off,
                **own,
                **common,
            )
        )
        documents["interview practice", fmt] = make(
            partial(render_interview, job=posting, profile=loaded, fmt=fmt, **common)
        )
    company_name = company or posting.company
    title = position or posting.title or _role_title(role, roles_dirs)
    stem = " - ".join(
        [
            readable_file_part(loaded.profile.basics.name or "", "Applicant", 50),
            readable_file_part(company_name, "Company", 50),
            readable_file_part(title, "Position", 60),
        ]
    )
    sources = sorted({source for document in documents.values() for source in document.sources})
    labels = dict(_DOCUMENTS)
    planned = {(what, fmt): folder / f"{stem} - {labels[what]}.{fmt}" for what, fmt in documents}
    check_paths = {fmt: folder / f"{stem} - Check.{fmt}" for fmt in ("md", "json")}
    if folder.exists():  # a folder apply creates holds no input
        for path in [*planned.values(), *check_paths.values()]:
            check_output_path(path, sources)

    checked_fmt = next((fmt for fmt in CHECKABLE if fmt in formats), None)
    report = None
    gaps: list[Gap] = []
    check_note = ""
    if checked_fmt is not None:
        resume_path = planned["resume", checked_fmt]
        report, gaps = _check(
            documents["resume", checked_fmt].content,
            resume_path,
            role=role,
            roles_dirs=roles_dirs,
            posting=posting,
            profile=loaded,
            today=today,
            within_budget=within_budget,
        )
    else:
        check_note = "the check reads a PDF or DOCX resume; add -f pdf or -f docx to get it"

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for (what, fmt), path in planned.items():
        content = documents[what, fmt].content
        write_atomically(path, content)
        made.append(MadeFile(what, path, fmt, len(content)))
    if report is not None:
        import json

        markdown = check_report_markdown(report).encode("utf-8")
        as_json = (json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        for fmt, content in (("md", markdown), ("json", as_json)):
            write_atomically(check_paths[fmt], content)
            made.append(MadeFile("check report", check_paths[fmt], fmt, len(content)))

    warnings = _unique(problem for document in documents.values() for problem in document.warnings)
    notes = _unique([*notes, *(note for document in documents.values() for note in document.notes)])
    resume = documents["resume", formats[0]]
    return Application(
        folder=folder,
        name=loaded.profile.basics.name or "",
        company=company_name,
        title=title,
        files=made,
        report=report,
        gaps=gaps,
        level=resume.level or documents["interview practice", formats[0]].level,
        warnings=warnings,
        notes=notes,
        check_note=check_note,
    )


def _check_formats(formats: Sequence[str]) -> list[str]:
    checked: list[str] = []
    for fmt in formats:
        normalised = check_format(fmt)
        if normalised not in checked:
            checked.append(normalised)
    if not checked:
        raise JobkitError("apply needs at least one format: -f pdf, -f docx, ...")
    return checked


def _role_title(role: str | None, roles_dirs: Sequence[str | Path]) -> str:
    if role is None:
        return ""
    from .inputs.roles import resolve_role

    return resolve_role(role, roles_dirs).pack.title


def _check(
    content: bytes,
    final_path: Path,
    *,
    role: str | None,
    roles_dirs: Sequence[str | Path],
    posting: Posting,
    profile: LoadedProfile,
    today: date,
    within_budget: bool,
) -> tuple[CheckReport, list[Gap]]:
    """Check the resume as made, from a temporary copy (nothing is written yet); the report names the real file.
    The gaps are found with the check, in its child under the budget: they grow with the profile too."""
    descriptor, temporary = tempfile.mkstemp(prefix="jobkit-check-", suffix=final_path.suffix)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        call = partial(
            _check_and_find_gaps,
            temporary,
            role=role,
            roles_dirs=roles_dirs,
            posting=posting,
            profile=profile,
            today=today,
        )
        if within_budget:
            from .budget import run_within_budget

            report, gaps = run_within_budget(call, task="the check")
        else:
            report, gaps = call()
    finally:
        Path(temporary).unlink(missing_ok=True)
    report.file = str(final_path)
    return report, gaps


def _check_and_find_gaps(
    resume: str,
    *,
    role: str | None,
    roles_dirs: Sequence[str | Path],
    posting: Posting,
    profile: LoadedProfile,
    today: date,
) -> tuple[CheckReport, list[Gap]]:
    report = check_resume_file(resume, role=role, roles_dirs=roles_dirs, job=posting, profile=profile, today=today)
    return report, find_gaps(report, profile.profile, _vocabulary(role, roles_dirs), today)


def _read(profile: str | Path | LoadedProfile, job: str | Path | Posting) -> tuple[LoadedProfile, Posting]:
    from .postings import load_posting

    loaded = profile if isinstance(profile, LoadedProfile) else load_profile(profile)
    return loaded, job if isinstance(job, Posting) else load_posting(job)


def _in_this_process(make: Callable[..., RenderedDocument]) -> RenderedDocument:
    return make(convert=convert_html)


def _vocabulary(role: str | None, roles_dirs: Sequence[str | Path]) -> list[Keyword]:
    """The terms with their synonyms that the check matched the posting with, to find them in the profile."""
    from .inputs.roles import resolve_role

    if role is not None:
        return resolve_role(role, roles_dirs).pack.all_keywords()
    return builtin_vocabulary()


def check_report_markdown(report: CheckReport) -> str:
    """The check report as Markdown: the same facts as the JSON, for reading; text from files stays text.

    It is written as HTML (every value escaped) and converted by the Markdown writer the
    documents use, so a term or snippet that holds Markdown or HTML shows as itself.
    """
    from html import escape

    from .check import SCORE_FORMULA
    from .render.text import html_to_markdown

    parts = [f"<h1>Check of {escape(Path(report.file).name)}</h1>"]
    parts.append(
        f"<p>{escape(report.kind.upper())}, {escape(report.pages_read())}, "
        f"{len(report.text):,} characters read. Against {escape(report.against or 'nothing')}.</p>"
    )
    if report.score is None:
        parts.append(f"<p><strong>Score: {escape(report.score_note)}</strong></p>")
    else:
        parts.append(f"<p><strong>Score: {report.score}/100</strong> ({escape(report.score_note)})</p>")
    parts.append("<h2>Parse-back</h2>")
    if report.problems:
        items = "".join(f"<li>{escape(problem.code)}: {escape(problem.message)}</li>" for problem in report.problems)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append("<p>No problems found.</p>")
    if report.facts is not None:
        parts.append("<h2>Key facts from the profile</h2>")
        wrong = [fact for fact in report.facts if fact.status != "found"]
        if wrong:
            items = "".join(
                f"<li>{escape(fact.fact)}: {escape(fact.value)} ({escape(fact.status)})</li>" for fact in wrong
            )
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>All {len(report.facts)} found, whole and in order.</p>")
    if report.requirements:
        parts.append("<h2>Requirements</h2>")
        lines = []
        for requirement in sorted(report.requirements, key=lambda item: (item.found, item.importance != "required")):
            if requirement.found:
                detail = f"found: {escape(requirement.where)}"
            else:
                detail = f"missing; if true for you: {escape(requirement.suggestion)}"
            lines.append(
                f"<li><strong>{escape(requirement.term)}</strong> ({escape(requirement.importance)}, "
                f"{escape(requirement.kind)}): {detail}</li>"
            )
        parts.append(f"<ul>{''.join(lines)}</ul>")
        parts.append(f"<p>{escape(SCORE_FORMULA)}</p>")
    parts.append("<p>jobkit suggests; it never changes your resume. Add only what is true.</p>")
    return html_to_markdown(f"<!DOCTYPE html><html><body>{''.join(parts)}</body></html>")


def _unique(items: Iterable[_T]) -> list[_T]:
    """Each item once (by its text), in order: three documents from one profile repeat its warnings."""
    seen: set[str] = set()
    unique: list[_T] = []
    for item in items:
        if str(item) not in seen:
            seen.add(str(item))
            unique.append(item)
    return unique
