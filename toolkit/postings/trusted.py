"""Header facts jobkit can trust: a title that reads as a job title, an employer that reads as an organisation.

A page's first lines are often not the job: a date ("Posted 16 hours ago"), a label ("Who May Apply: US
Citizens"), a logo's alt text, a list of openings, a section name, a city, or a whole sentence. What the
header step read is kept only when it passes these checks; otherwise the title is looked for where boards
put it (a "Job Title:" field, a label above its value, a short line holding a job-title word, "The
Phlebotomist draws blood ..."), and the employer likewise. When nothing passes, the fact stays empty and
every command that would write it asks for ``--position`` / ``--company``: a wrong employer in a letter
is worse than a question.
"""

from __future__ import annotations

import re
from functools import cache

from ..resources import language_data
from .chrome import is_page_chrome_line
from .facts import run_in_field
from .lexicon import is_english_word, is_person_or_place
from .names import PARENTHESES, ends_like_a_company, has_title_head, looks_like_a_name, written_as_a_name
from .places import MAX_HEADER_LINE, city_state, ends_in_a_country
from .sections import heading_kind
from .words import CREDENTIAL_WORDS, LEAD_NOUNS, PAGE_CHROME_LINES, STATE_NAMES, TITLE_FIELDS, US_STATES

MAX_TITLE_WORDS = 12
# Sections that hold the posting's text; "LOCATION OF POSITION" and the like ("other") are a field's label.
_TEXT_SECTIONS = frozenset({"required", "preferred", "duties"})
_JOINING_WORDS = frozenset({"of", "and", "&", "the", "for", "at", "de", "la"})
_NAME_UNDER_TITLE_WORDS = 5
# A word with two seams of a lower-case letter before a capital ("HireCartpandaUnited"): blocks run together.
_GLUED_WORDS = re.compile(r"[a-z][A-Z][a-z]{1,30}[a-z][A-Z]")
# A job type, a workplace or a shift under a title: a fact, not an employer.
_FACT_WORD = re.compile(
    r"\b(?:full|part)[- ]?time\b|\b(?:remote|hybrid|on[- ]?site|contract|temporary|per diem|internship|shift)\b",
    re.IGNORECASE,
)
_LOOKED_AT = 40  # body lines searched for a title or an employer
_SENTENCES_LOOKED_AT = 5  # lines searched for a sentence naming the job
_FIELD = re.compile(r"^([A-Za-z][A-Za-z _/#&-]{0,30}?)\s*:\s*(\S.{0,200})$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–—▪◦‣●]|[0-9]{1,2}[.)])\s+")
# Bounded runs of spaces: "\s*:?\s*" would try every split of a long run of spaces (lines are cleaned to single
# spaces before this is used).
_LABEL_ONLY = re.compile(r"^([A-Za-z][A-Za-z _/#&-]{0,30}?)\s{0,3}:?\s{0,3}$")
# A sentence, not a name: a verb of being or doing, a pronoun, or the end of a sentence inside it.
_SENTENCE = re.compile(
    r"\b(?:is|are|was|were|will|would|be|been|you|your|we|our|they|this|these|has|have|must|may|can|should|"
    r"does|do|what|which|who|how|why|when)\b|[.!?]\s+\S|\?$",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"\b(?:posted|updated|ago|today|yesterday|deadline|closing|opening date|date)\b|"
    r"\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}\b|\b(?:19|20)[0-9]{2}\b(?![-–]\s?(?:19|20)?[0-9]{2}\b)",
    re.IGNORECASE,
)
# A board's rating of the employer: "3.9 ★", "4.1 out of 5 stars".
RATING = re.compile(r"^[0-5](?:\.[0-9])?\s?(?:★|☆|out of 5(?: stars?)?|stars?)(?:\s|$)", re.IGNORECASE)
# "The Phlebotomist draws blood ...", "The Manager Human Resources runs ...": a first sentence naming the job.
# "SUMMARY: The Mortgage Loan Processor plays ...", "At Magic, the Customer Success Manager is ...": a short label
# or an opening clause before it.
_THE_TITLE_DOES = re.compile(
    r"^(?:[A-Z][A-Za-z /&]{1,30}:\s{1,3}|[A-Z][^,.:;]{1,60}, )?"
    r"[Tt]?he ((?:[A-Z][\w/&'’.-]*|of|and|&|-|–)(?: (?:[A-Z][\w/&'’.-]*|of|and|&|-|–|\([^()]{1,30}\))){0,7}) "
    r"(?:[a-z]+s|is|will)\b"
)
_SUMMARY_HEADING = re.compile(
    r"^(?:general |job |position |role )?(?:summary|overview|description|purpose|definition)"
    r"(?: of (?:the )?(?:job|position|role|work))?:?$",
    re.IGNORECASE,
)
_THE_PLAIN_TITLE_DOES = re.compile(r"^(?:[A-Z][^,.:;]{1,60}, )?[Tt]he ((?:[a-z]{2,20} ){1,3}[a-z]{2,20}) (?:is|will)\b")
# "As a Senior Software Engineer on the Worker Team, you will ...": the reader addressed in the job's name.
_AS_THE_TITLE = re.compile(
    r"^As (?:an?|the|our) ((?:[A-Z][\w/&'’.-]*)(?: (?:[A-Z][\w/&'’.-]*|of|and|&|I{1,3}|IV)){0,6})"
    r"(?: (?:on|in|at|for|with|within|of) |, )"
)
# "... for the position of Planner I", "hiring a Board Secretary", "seeking an Electrician".
_ASKED_FOR = re.compile(
    r"\b(?:position of|(?:hiring|seeking|looking for) (?:an?|the)(?: (?:full|part)[- ]time| temporary| seasonal)?|"
    r"work of an?(?:\(n\))?|for (?:an?|the) (?:[a-z-]+ )?(?:\([^()]{0,40}\) )?)\s?"
    r"((?:[A-Z][\w/&'’.-]*)(?: (?:[A-Z][\w/&'’.-]*|of|and|&|I{1,3}|IV)){0,6})"
)
# "What qualifications does the Customer Service Representative 1 position require?": the job, named as such.
_THE_TITLE_POSITION = re.compile(
    r"\bthe ((?:[A-Z][\w/&'’.-]*)(?: (?:[A-Z][\w/&'’.-]*|of|and|&|[0-9]{1,2}|I{1,3}|IV|\([A-Z][\w/&.-]{0,12}\))){0,6}) "
    r"(?:position|role|job|opening)\b"
)
# "St.", "Inc.", "Dept.": a short word's full stop ends no sentence.
_ABBREVIATION = re.compile(r"\b[A-Za-z]{1,4}\.(?=\s)")
# "... find reports and information.", "... or GED required.": a line ending as a sentence ends, after a word
# longer than an abbreviation ("Inc.", "Co.", "St.", "prov.", "U.S." end names and titles); a title or a name
# ends in no full stop.
_ENDS_A_SENTENCE = re.compile(r"\b[A-Za-z][a-z]{4,30}\.$")
# "Jackson County is looking for ...", "The City of Locust Grove invites ...": an employer introducing itself.
_ORGANISATION_DOES = re.compile(
    r"^(?:[Tt]he )?([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|&|de|la)){0,6})"
    r" (?:(?:is|are) (?:currently )?(?:looking|seeking|hiring|accepting|recruiting)|invites|seeks)\b"
)
_ORGANISATION_PREFIX = re.compile(
    r"^(?:the )?(?:city|town|township|village|county|state|commonwealth|department|university|borough|port|"
    r"district|office|bureau|board|school district) of [A-Z]",
    re.IGNORECASE,
)


@cache
def _boards() -> dict:
    return language_data("job_boards")


@cache
def _organisation_words() -> frozenset[str]:
    words = language_data("job_titles")["company_name_endings"]
    return frozenset(words) | frozenset(_boards()["organisation_words"])


def is_job_title(text: str) -> bool:
    """Whether ``text`` reads as a job title: short, a job-title word in it, and not a sentence, a date, a label,
    a place or a board's link."""
    text = " ".join(text.split())
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or len(text) > 120:
        return False
    bare = PARENTHESES.sub(" ", text)
    if text.count("(") != text.count(")"):
        return False  # "Charge Bookkeeper (Remote": a line cut inside its brackets
    if not re.search(r"[A-Za-z]{2}", bare) or RATING.match(bare):
        return False  # "3.9 ★", "4.1 out of 5 stars": a rating, whatever figure reads like a level
    if words[-1].casefold().strip(".,;:") in CREDENTIAL_WORDS:
        return False  # "RN License", "CNA Certification": a credential asked for, not the job
    if (
        _SENTENCE.search(_ABBREVIATION.sub(" ", bare))
        or _ENDS_A_SENTENCE.search(bare.rstrip())
        or _DATE_LIKE.search(bare)
        or bare.rstrip().endswith((":", ";", ","))
    ):
        return False
    if is_page_chrome_line(text) or text.casefold() in PAGE_CHROME_LINES or _is_place(text):
        return False
    if len(words) <= 3 and words[-1].casefold() in _boards()["government_units"]:
        return False  # "Cook County", "Baker City": a government's name, whatever job word it holds
    if _FIELD.match(text) or text.casefold().strip() in _not_titles() or _GLUED_WORDS.search(text):
        return False  # "... First Engineering HireCartpandaUnited States": a page's blocks run together
    if {word.strip(",.:;()").casefold() for word in words} & frozenset(_boards()["not_title_words"]):
        return False  # "Driver Qualifications - Class A CDL": a section's heading; "Cook Jobs in Reno": a board's list
    core = re.split(r"\s(?:of|for)\s", re.split(r"\s[-–—]\s|\s\(|,", bare)[0])[0].split() or [""]
    if core[-1].casefold().strip(".!") in _boards()["not_title_endings"]:
        return False  # "Teacher Appreciation Week", "Driver Education Program": an event or a programme
    if len(words) > 1 and words[0].casefold() in LEAD_NOUNS and words[1].casefold() in {"of", "with", "in", "using"}:
        return False  # "Knowledge of SQL Server": a requirement, whatever job word it ends in ("Certified ..." is one)
    return has_title_head(bare)  # a head word, not a level alone: "Sunrise Senior Living" is an employer


def is_employer_name(text: str) -> bool:
    """Whether ``text`` reads as an organisation's name: capitalised words, not a board's link or label, not a
    place, a job category ("Accounting/Finance") or a section's name ("Employment Opportunities")."""
    text = " ".join(text.split()).strip(" ,;:|")
    folded = text.casefold()
    if not text or len(text.split()) > 10 or len(text) > 100 or not text[:1].isupper():
        return False
    if folded in PAGE_CHROME_LINES or is_page_chrome_line(text) or folded in _not_employers():
        return False
    if any(folded.startswith(prefix) for prefix in _boards()["not_employer_prefixes"]):
        return False
    if any(folded.endswith(" " + ending) for ending in _boards()["board_name_endings"]):
        return False  # "North Texas Job Board": the site's own name
    if re.search(r"\s[·|•]\s", text):
        return False  # "Agency · Department", "Company | City": parts of a line, each read on its own
    if "#" in text or folded.split()[-1] in _JOINING_WORDS:
        return False  # "Reference #", "Recruitment #23-0023": a numbered label; "City of": a name cut short
    if _is_place(text) or _SENTENCE.search(_ABBREVIATION.sub(" ", text)) or _ENDS_A_SENTENCE.search(text):
        return False
    if is_job_title(text) and not ends_like_a_company(text):
        return False  # "Software Engineer"; but "Pilot Company", "Designer Brands Inc" are employers
    if folded in _not_titles() or re.search(r"\s(?:>>?|›|»)\s", text):
        return False  # a label ("POSITION TITLE") or a site's navigation trail
    if "/" in text and not has_organisation_word(text):
        return False  # "Accounting/Finance": a board's category
    if ":" in text or set(re.findall(r"[a-z]+", folded)) & _boards_words():
        return False  # "LOCATION: ...", "Full Jobs List Full Exams List": a label or a board's link
    if all(word.rstrip("s") in _boards()["page_label_words"] for word in re.findall(r"[a-z]+", folded)):
        return False  # "Job opening", "Position Detail", "Company Overview": a page's own labels
    if run_in_field(text) or _is_a_unit(text):
        return False  # a unit ("Nutrition Services"), or a label run into its value ("Department Planning & Ops")
    words = re.findall(r"[A-Za-z]+", text)
    if all(word.casefold() in _categories() or word.casefold() in _JOINING_WORDS for word in words):
        return False  # "Accounting & Finance", "Parks & Recreation", "Hospitality": a board's category
    return looks_like_a_name(text) and len({character for character in folded if character.isalpha()}) >= 2


def _is_a_unit(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    return (
        not _ORGANISATION_PREFIX.match(text)  # "Department of Veterans Services" is a government's department
        and len(words) >= 2
        and words[-1].casefold() in _boards()["unit_words"]
        and all(is_english_word(word) and not is_person_or_place(word) for word in words)
    )


def has_organisation_word(text: str) -> bool:
    words = [word.strip(",.()").casefold() for word in text.split()]
    return any(word in _organisation_words() for word in words) or bool(_ORGANISATION_PREFIX.match(text))


@cache
def _categories() -> frozenset[str]:
    return frozenset(_boards()["board_categories"])


@cache
def _boards_words() -> frozenset[str]:
    return frozenset(_boards()["board_words"])


@cache
def _not_employers() -> frozenset[str]:
    return frozenset(phrase.casefold() for phrase in _boards()["not_employers"])


@cache
def _not_titles() -> frozenset[str]:
    return frozenset(phrase.casefold() for phrase in _boards()["not_titles"])


def _is_place(text: str) -> bool:
    bare = text.strip(" ,.()")
    folded = bare.casefold()
    if folded in STATE_NAMES or bare in US_STATES or folded in {"usa", "united states", "remote", "us"}:
        return True
    if ends_in_a_country(bare):
        return True  # "Cork, County Cork, Ireland": an address
    found = city_state(bare)
    if found and len(found) >= len(bare) - 12:
        return True
    # "Oklahoma, Oklahoma City", "Portland, OR, USA": a state and a city in either order.
    parts = [part.strip() for part in bare.split(",")]
    return (
        len(parts) in {2, 3}
        and any(part.casefold() in STATE_NAMES or part in US_STATES for part in parts)
        and all(len(part.split()) <= 3 and part[:1].isupper() for part in parts)
    )


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip(" -–—|•·*#:")


def find_title(header_lines: list[str], body_lines: list[str]) -> str:
    """A job title from where boards put one, or "" when nothing reads as one."""
    lines = [_clean(line[:MAX_HEADER_LINE]) for line in [*header_lines, *body_lines[:_LOOKED_AT]]]
    for index, line in enumerate(lines):
        field = _FIELD.match(line)
        label = _LABEL_ONLY.match(line)
        if field and field.group(1).strip().casefold() in _title_labels():
            value = _clean(re.split(r"\s{3,}|\t", field.group(2))[0])
            if is_job_title(value):
                return value
        elif label and label.group(1).strip().casefold() in _title_labels():
            following = next((later for later in lines[index + 1 : index + 3] if later), "")
            if is_job_title(following):
                return following
    # A line on its own that reads as a title: in the header, or in the body before its first section and never
    # a list item ("- ServSafe Food Handler" asks for a card, it names no job).
    standalone = list(header_lines)
    for line in body_lines[:12]:
        if heading_kind(line) in {"required", "preferred", "benefits", "process"}:
            break
        standalone.append("" if _LIST_ITEM.match(line) else line)
    for line in (_clean(line[:MAX_HEADER_LINE]) for line in standalone):
        if run_in := run_in_field(line):  # "Post Name Senior Manager (HR)": a table's row gives its title's value
            line = run_in[1] if run_in[0] in _title_labels() else ""
        if line and is_job_title(line) and not heading_kind(line) is not None:
            return line
    plain = [line for line in lines if line]
    # The opening lines, and the first line under the job's summary ("Summary" over "Reporting to the Coordinator,
    # the Cook/Cashier gives ..."): where a posting's first sentence names the job.
    summaries = [plain[index + 1] for index, line in enumerate(plain[:-1]) if _SUMMARY_HEADING.match(line)][:2]
    for line in [*plain[:_SENTENCES_LOOKED_AT], *summaries]:
        for pattern in (_THE_TITLE_DOES, _AS_THE_TITLE, _ASKED_FOR, _THE_TITLE_POSITION):
            found = pattern.search(line)
            if found and is_job_title(found.group(1)):
                return found.group(1)
    # "GENERAL DEFINITION OF WORK" over "Working under the principal's direction, the school counselor is charged
    # with ...": a class specification names its job in lower case; two words or more, one of them a title's.
    for line in summaries:
        found = _THE_PLAIN_TITLE_DOES.search(line)
        if found and len(found.group(1).split()) >= 2 and is_job_title(found.group(1)):
            return " ".join(word[:1].upper() + word[1:] for word in found.group(1).split())
    return ""


def employer_in_fields(header_lines: list[str], body_lines: list[str]) -> str:
    """An employer a field names ("Employer: Wilson County", "Agency" over its value), else ""."""
    lines = _looked_at(header_lines, body_lines)
    for index, line in enumerate(lines):
        field = _FIELD.match(line)
        label = _LABEL_ONLY.match(line)
        value = ""
        if field and field.group(1).strip().casefold() in _employer_labels():
            value = _clean(field.group(2))
        elif label and label.group(1).strip().casefold() in _employer_labels():
            value = next((later for later in lines[index + 1 : index + 3] if later), "")
        elif (run_in := run_in_field(line)) and run_in[0] in _employer_labels():
            value = run_in[1]  # "Organization Name Mumbai Metro Rail Corporation Limited": a table's row
        if value and is_employer_name(value):
            return value
    return ""


def employer_in_header_lines(header_lines: list[str], body_lines: list[str], title: str) -> str:
    """An employer a short line of the header names: one that reads as an organisation's name ("Wilson County
    Government", "City of Locust Grove - Community Development"), or the name on the line under the title
    ("Senior Backend Engineer" over "Cartpanda"); "" when nothing does."""
    lines = _looked_at(header_lines, body_lines)
    # As printed: cleaning takes the colon off a label that stands over its value ("Category:").
    printed = [" ".join(line[:MAX_HEADER_LINE].split()) for line in [*header_lines, *body_lines[:_LOOKED_AT]]]
    # The body's lines before its first section: under "Responsibilities" a line such as "Food and Guest Services"
    # is a sub-heading of the duties, and under "Requirements" an item, never the employer.
    before_sections = next(
        (index for index, line in enumerate(body_lines[:10]) if heading_kind(line.strip()) in _TEXT_SECTIONS), 10
    )
    looked_at = lines[: len(header_lines) + before_sections]
    # The organisation on the line under the title is the employer's; one above it may be the site's own name
    # ("Georgia Jobs Marketplace" over "Plumber" over "Coweta County").
    under_title = _under(looked_at, title)
    if under_title is not None and not _FIELD.match(looked_at[under_title]):
        name = _organisation_in(looked_at[under_title])
        if name and not is_value_of_a_label(printed, under_title):
            return name
    for index, line in enumerate(looked_at):
        if _FIELD.match(line) or is_value_of_a_label(printed, index):
            # "LOCATION: Leavenworth County Courthouse", "Location:" over "Special Services Department": a place
            # of work; a field was read above
            continue
        name = _organisation_in(line)
        if name and name.casefold() != title.casefold():
            return name
    for line in lines[: len(header_lines) + 10]:
        found = _ORGANISATION_DOES.match(line)
        if found and is_employer_name(employer_as_named(found.group(1))):
            return employer_as_named(found.group(1))
    return _name_under_the_title([_clean(line[:MAX_HEADER_LINE]) for line in header_lines], title)


def _under(lines: list[str], title: str) -> int | None:
    """The index of the first line with text under the title's own line, else None."""
    if not title:
        return None
    folded = title.casefold()
    for index, line in enumerate(lines):
        if line.casefold() == folded:
            return next((later for later in range(index + 1, min(len(lines), index + 3)) if lines[later]), None)
    return None


def _proper_name(text: str) -> bool:
    """A name no dictionary spells whole ("Cartpanda", "Fieldnote Labs"), or one with an organisation's word."""
    words = re.findall(r"[A-Za-z]+", text)
    return has_organisation_word(text) or any(not is_english_word(word) for word in words)


def _looked_at(header_lines: list[str], body_lines: list[str]) -> list[str]:
    return [_clean(line[:MAX_HEADER_LINE]) for line in [*header_lines, *body_lines[:_LOOKED_AT]]]


def _name_under_the_title(lines: list[str], title: str) -> str:
    """The line under the title's line when it is only a name (LinkedIn's and careers pages' "Title" over
    "Company"): not a place, a job type, a date or a board's link."""
    if not title:
        return ""
    for index, line in enumerate(lines):
        if line.casefold() != title.casefold():
            continue
        following = next((later for later in lines[index + 1 : index + 3] if later), "")
        if following and len(following.split()) <= _NAME_UNDER_TITLE_WORDS and is_employer_name(following):
            if heading_kind(following) is not None or not _proper_name(following):
                return ""  # "Position Announcement Position Details": a board's words, not a name
            if not _DATE_LIKE.search(following) and not _FACT_WORD.search(following):
                return following
    return ""


def employer_as_named(name: str) -> str:
    """ "The town of Northborough", "The City of Amarillo" -> "Town of Northborough", "City of Amarillo": a
    sentence's article is not a government's name ("The University of Chicago" keeps its own)."""
    name = _ARTICLE_BEFORE_GOVERNMENT.sub("", name.strip())
    return re.sub(r"^[Tt]he ([a-z])", lambda match: match.group(1).upper(), name)


_ARTICLE_BEFORE_GOVERNMENT = re.compile(
    r"^[Tt]he (?=(?:City|Town|Township|Village|County|Borough|Parish|State|Commonwealth) of [A-Z])"
)


def is_value_of_a_label(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the value of a "Label:" line above it (Workday and school boards put each
    field's label on a line of its own)."""
    above = next((line for line in reversed(lines[max(0, index - 2) : index]) if line), "")
    return above.endswith(":") and bool(_LABEL_ONLY.match(above))


def _organisation_in(line: str) -> str:
    """The organisation a header line names: the whole line, or its first part before " - " or "," ("Deer's
    Head Hospital Center,Salisbury Md."), when it has an organisation's word ("County", "Schools", "Inc") or
    opens "City of ..."."""
    parts = [part.strip() for part in re.split(r"\s[-–—|·•]\s", line)]
    if len(parts) > 1 and any(_is_a_unit(part) for part in parts):
        # "Finance Department - City of Aurora": the unit's organisation, not the unit
        parts = [part for part in parts if not _is_a_unit(part)]
        return next((employer_as_named(part) for part in parts if _names_an_organisation(part)), "")
    for part in [line, *re.split(r"\s[-–—|·•]\s|,\s?", line)[:1]]:
        part = part.strip()
        if _names_an_organisation(part):
            return employer_as_named(part)
    return ""


def _names_an_organisation(part: str) -> bool:
    return bool(part) and has_organisation_word(part) and is_employer_name(part) and written_as_a_name(part)


@cache
def _title_labels() -> frozenset[str]:
    return frozenset(TITLE_FIELDS) | frozenset(_boards()["title_labels"])


@cache
def _employer_labels() -> frozenset[str]:
    return frozenset(_boards()["company_fields"]) | frozenset(_boards()["employer_labels"])


def title_without_employer(title: str, company: str) -> str:
    """``title`` without the employer's name before or after it ("Lakeside Hospital - Registered Nurse",
    "Registered Nurse (Lakeside Hospital)", "Careers at Lakeside Hospital: Registered Nurse"); unchanged when
    what is left reads as no title."""
    if not title or not company or title.casefold() == company.casefold():
        return title
    name = re.escape(company)
    for pattern in (
        rf"^(?:(?:careers|jobs) at\s)?(?:the\s)?{name}(?:\s(?:is\s)?(?:hiring|looking for|seeking))?"
        rf"\s?[:|,–—-]\s*(.+)$",
        rf"^(.+?)\s?(?:[|,–—-]|\sat)\s(?:the\s)?{name}(?:\s\([^()]{{1,40}}\))?$",
        rf"^(.+?)\s\({name}\)$",
    ):
        found = re.match(pattern, title.strip(), re.IGNORECASE)
        if found and is_job_title(found.group(1).strip()):
            return found.group(1).strip()
    return title
