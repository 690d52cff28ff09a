"""jobkit: role-tailored resumes and other job-application documents from one profile.

The public API is small:

- ``load_profile(path)``: validate a JSON Resume profile (YAML or JSON).
- ``load_role(role_id)`` and ``builtin_role_ids()``: role packs.
- ``render_resume(profile, role=..., level=..., job=..., theme=..., paper=..., fmt=...)``: a document's bytes.
- ``render_cover_letter(profile, role=..., company=..., job=..., ...)``: a letter for one application.
- ``render_job_description(role=..., level=..., company_file=..., salary=..., fmt=...)``: a posting.
- ``render_interview(role=..., level=..., kit=..., answers=..., job=..., profile=...)``: practice sheets, kits.
  The render functions share their keywords, in one order: ``role``, ``level``, ``roles_dirs``, then the
  document's own, then ``theme``, ``paper``, ``fmt``, ``today``, and for ``fmt="docx"`` ``docx_template=``
  (a Word document lending its styles, page, headers and footers) or ``word_template=`` (a docxtpl
  template filled instead).
- ``run_batch(csv_path, out_dir=..., fmt=..., jobs=...)``: one document per CSV row, in worker processes.
- ``check_resume_file(resume, role=..., job=..., profile=...)``: what an ATS reads, and the match.
- ``apply_for_job(profile, job=..., out_dir=..., formats=...)``: resume, cover letter, interview practice
  and check report for one posting, written into one folder.
- ``write_atomically(path, data)``: replace a file without ever leaving half of it.

Every error caused by input is a ``JobkitError`` carrying file, line and field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.2.0"

if TYPE_CHECKING:  # the same names, typed for users' type checkers; at run time they load on first use
    from .api import check_resume_file, render_cover_letter, render_interview, render_job_description, render_resume
    from .apply import apply_for_job
    from .batch import run_batch
    from .errors import JobkitError
    from .inputs.profiles import load_profile
    from .inputs.roles import builtin_role_ids, load_role
    from .output import write_atomically

__all__ = [
    "__version__",
    "JobkitError",
    "load_profile",
    "load_role",
    "builtin_role_ids",
    "render_resume",
    "render_cover_letter",
    "render_job_description",
    "render_interview",
    "run_batch",
    "check_resume_file",
    "apply_for_job",
    "write_atomically",
]


def __getattr__(name: str) -> object:
    # Imported on first use so that `jobkit --help` stays fast.
    if name == "JobkitError":
        from .errors import JobkitError

        return JobkitError
    if name == "load_profile":
        from .inputs.profiles import load_profile

        return load_profile
    if name in {"load_role", "builtin_role_ids"}:
        from .inputs import roles

        return getattr(roles, name)
    if name in {
        "render_resume",
        "render_cover_letter",
        "render_job_description",
        "render_interview",
        "check_resume_file",
    }:
        from . import api

        return getattr(api, name)
    if name == "apply_for_job":
        from .apply import apply_for_job

        return apply_for_job
    if name == "run_batch":
        from .batch import run_batch

        return run_batch
    if name == "write_atomically":
        from .output import write_atomically

        return write_atomically
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
