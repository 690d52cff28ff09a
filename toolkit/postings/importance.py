"""Whether a clause asks for something as required or preferred, from its own words.

The section a line sits in gives its clauses their importance; a clause that qualifies itself ("... a
plus", "... required", "within 12 months of hire") says otherwise. A credential that may be earned
after hire is preferred: a resume without it still meets the posting.
"""

from __future__ import annotations

import re

from ..resources import language_data

QUALIFIED_REMARK = re.compile(r"\(([^()]{0,300})\)")


def _words(name: str) -> re.Pattern[str]:
    """One entry of ``templates/language/importance_words.yaml``: its alternatives as one case-blind expression."""
    return re.compile("|".join(language_data("importance_words")[name]), re.IGNORECASE)


# "within 12 months of hire", "we will certify you": a credential that may be earned after hire.
OF_HIRE = _words("of_hire")
# "Eligible to hold a teaching certificate": not held yet, in the sentence that says so.
NOT_HELD_YET = _words("not_held_yet")
# ", or the ability to pass our weld test", "CPA required or actively pursuing": shown after hire.
EARNED_LATER = _words("earned_later")
# "... at time of hire": asked on the first day, whatever another sentence of the line allows later.
AT_HIRE = _words("at_hire")
CONTINUING = _words("continuing_openers")
PREFERRED = _words("preferred")
REQUIRED = _words("required")
# Qualifier words removed before terms are read ("Epic experience a plus" -> "Epic experience").
QUALIFIERS = _words("qualifiers")
PREFERRED_LABEL = _words("preferred_label")
REQUIRED_LABEL = _words("required_label")
PREFERRED_INSIDE_ALTERNATIVES = _words("preferred_inside_alternatives")
# "(preferred, not always required)": a remark that is a qualifier first qualifies the line it ends.
_QUALIFIER_FIRST = _words("qualifier_first")


def clause_importance(text: str, section_importance: str, hire_later: bool = False) -> str:
    """The section's importance, unless the clause qualifies itself ("... a plus", "... required")."""
    text = PREFERRED_INSIDE_ALTERNATIVES.sub("", text)
    # A remark in parentheses with its own qualifier ("(Epic HIM certification is a plus)") is its own clause.
    text = QUALIFIED_REMARK.sub(
        lambda match: (
            " "
            if QUALIFIERS.sub("", match.group(1)).strip(" :,") and not _QUALIFIER_FIRST.match(match.group(1))
            else match.group(0)
        ),
        text,
    )
    if hire_later or PREFERRED.search(text):
        return "preferred"
    if REQUIRED.search(text):
        return "required"
    return "preferred" if section_importance == "preferred" else "required"


# "Written Exam (Weighted 100%): Held to assess the applicant's knowledge of A; B; C": what a civil-service exam
# tests is asked of every candidate, though the line stands under the exam's schedule.
EXAM_COVERS = _words("exam_covers")
