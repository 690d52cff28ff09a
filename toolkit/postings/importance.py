"""Whether a clause asks for something as required or preferred, from its own words.

The section a line sits in gives its clauses their importance; a clause that qualifies itself ("... a
plus", "... required", "within 12 months of hire") says otherwise. A credential that may be earned
after hire is preferred: a resume without it still meets the posting.
"""

from __future__ import annotations

import re

QUALIFIED_REMARK = re.compile(r"\(([^()]{0,300})\)")

OF_HIRE = re.compile(
    r"\bwithin (?:the first )?(?:[0-9]{1,3}|one|two|three|four|six|twelve|eighteen) (?:days?|weeks?|months?|years?) "
    r"of (?:hire|hiring|start|employment)\b|\beligible for the exam\b|\bnot required to start\b|"
    r"\b(?:certify|certified|licensed|obtain|earn) (?:it |one )?within\b|\b(?:we will|we'll) (?:certify|train) you\b",
    re.IGNORECASE,
)

# "Eligible to hold a teaching certificate", "Being able to acquire and keep certification": not held yet, in
# the sentence that says so.
NOT_HELD_YET = re.compile(
    r"\beligible (?:to hold|to obtain|for)\b|\b(?:able|ability) to (?:acquire|obtain|earn)\b", re.IGNORECASE
)

# ", or the ability to pass our weld test": the credential may be shown by a test after hire. ("or eligibility
# to obtain one" keeps the line as it is: the credential stays its one term.)
# "CPA required or actively pursuing" likewise: a candidate still working toward it meets the posting.
EARNED_LATER = re.compile(
    r",?\s(?:or|and/or)\s(?:(?:the\s)?ability\sto\spass\s|(?:(?:actively|currently)\s)?"
    r"(?:pursuing|working\stoward)\b)",
    re.IGNORECASE,
)

PREFERRED = re.compile(
    r"\bpreferred\b|\bdesired\b|\bdesirable\b|\bhelpful\b|\bnice to have\b|"
    r"\ba (?:(?:real|big|definite|huge|strong) )?(?:plus|bonus)\b|\ban? (?:asset|advantage)\b|"
    r"\bwill set you apart\b|\bis a bonus\b|"
    r"\b(?:is|are) welcome\b(?! to apply)|\bnot required\b|"
    # "Preference may be given to applicants with ...", "required for some positions": not asked of everyone.
    r"\bpreference (?:may|will|shall|is) (?:be )?given\b|\bfor some positions\b",
    re.IGNORECASE,
)

REQUIRED = re.compile(r"\brequired\b|\bmust\b|\bis essential\b|\bare essential\b|\bmandatory\b", re.IGNORECASE)

# Qualifier words removed before terms are read ("Epic experience a plus" -> "Epic experience").
QUALIFIERS = re.compile(
    r"\(?\b(?:(?:(?:is|are)\s)?(?:(?:strongly|highly|very)\s)?(?:preferred|required|desired|desirable|helpful|"
    r"essential|mandatory)\b:?\)?|(?:(?:is|are|would be)\s)?an?\s(?:(?:real|big|definite|huge|strong)\s)?"
    r"(?:plus|bonus|asset|advantage)\b|will set you apart\b|"
    r"nice to have\b|(?:is|are)\s(?:not\s)?welcome(?:\sto\sapply)?\b|at hire\b|to start\b|is not\b)",
    re.IGNORECASE,
)

PREFERRED_LABEL = re.compile(r"(?:bonus(?: points)?|pluses|nice[- ]to[- ]haves?|ideally)", re.IGNORECASE)

REQUIRED_LABEL = re.compile(r"(?:must[- ]haves?|requirements?|minimum)", re.IGNORECASE)

PREFERRED_INSIDE_ALTERNATIVES = re.compile(r"\((?:preferred|required)\)(?=\s+or\b)", re.IGNORECASE)


# "(preferred, not always required)": a remark that is a qualifier first qualifies the line it ends.
_QUALIFIER_FIRST = re.compile(
    r"^\W{0,3}(?:(?:strongly|highly)\s)?(?:preferred|required|desired|optional|a plus)\b", re.IGNORECASE
)


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
EXAM_COVERS = re.compile(
    r"\b(?:exam|examination|test)\b[^.]{0,80}?\b(?:assess|assesses|tests?|measures?|covers?|evaluates?)\b[^.]{0,40}?"
    r"(?P<asked>\bknowledge (?:of|in)\b)",
    re.IGNORECASE,
)
