"""Reading a job posting: plain text or Markdown as people paste it, or a JSON Resume job document.

The reading goes in named steps, each a module: ``layout`` (hard wraps, page chrome, pasted tables),
``header`` (title, company, location, workplace, employment type, with ``chrome``, ``names``,
``employer``, ``facts`` and ``places``), ``sections`` (the role of each line), ``clauses`` (what a
requirement line asks for: ``years``, ``education``, and ``terms`` from ``tokens``, ``lists`` and
``term_items``), then ``merging`` and ``assembly``. The English words they use are data
(``templates/language/``, read by ``words``).
"""

from __future__ import annotations

from .assembly import MAX_REQUIREMENTS
from .reading import load_posting, posting_from_text

__all__ = ["MAX_REQUIREMENTS", "load_posting", "posting_from_text"]
