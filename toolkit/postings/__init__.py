"""Reading a job posting: plain text or Markdown as people paste it, or a JSON Resume job document.

The reading goes in named steps, each a module: ``layout`` (hard wraps, page chrome, pasted tables, a
scraped page's seams), ``header`` (title, company, location, workplace, employment type, with ``chrome``,
``names``, ``trusted``, ``employer``, ``facts`` and ``places``), ``sections`` (the role of each line),
``clauses`` (what a requirement line asks for: ``years``, ``education``, ``paths`` (ways in of different
kinds), ``labels``, and ``terms`` from ``tokens``, ``lists`` and ``term_items``, kept by ``found_terms``,
``named`` and ``qualities``; the skills lexicon's by ``lexicon_asks``), ``duties`` (hard skills named in
the duties, by ``named_things``), then ``merging`` and ``assembly``. ``cut_words`` knows a word a page cut
in half. The English words they use are data (``templates/language/``, read by ``words``).
"""

from __future__ import annotations

from .assembly import MAX_REQUIREMENTS
from .reading import load_posting, posting_from_text

__all__ = ["MAX_REQUIREMENTS", "load_posting", "posting_from_text"]
