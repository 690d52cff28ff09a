"""The facts at the top of a job posting: title, company, location, workplace and employment type.

Job boards write these many ways: one line ("Health Information Specialist II - Riverbend Medical
Group (Milwaukee, WI, hybrid)"), a company line under the title ("Keystone Record Partners ·
Harrisburg, PA (Remote)"), form fields ("Job Title:", "Location: SD - Sioux Falls - ...", "Time
Type: Full time"), pipes, or nothing but sentences ("This is an on-site position"). The header is
read first; what it does not say is looked for in the body (an "X is an equal opportunity
employer" sentence names the company, "fully remote" the workplace). Nothing here knows an
occupation: the words are those of job boards (remote, full-time, per diem, sign-on bonus).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import language_data
from .chrome import without_page_chrome
from .employer import INTRO_LINES, company_about, company_introduced, employer_from_body, settled_employer
from .facts import EMPLOYMENT, WORKPLACE, employment_from_body, employment_in, field_of, first_of, workplace_from_body
from .names import (
    NOT_A_NAME,
    PARENTHESES,
    ends_like_a_company,
    is_company_like,
    is_title_like,
    looks_like_a_name,
    named_as_employer,
    visible,
)
from .places import CITY_STATE, MAX_HEADER_LINE, city_state, city_state_name_line, ends_in_a_country
from .trusted import RATING, find_title, is_job_title, title_without_employer
from .words import (
    COMPANY_FIELDS,
    EMPLOYMENT_FIELDS,
    LOCATION_FIELDS,
    START_FIELDS,
    TITLE_AD_PHRASES,
    TITLE_FIELDS,
    WORKING_TITLE_FIELDS,
    WORKPLACE_FIELDS,
    YES_NO_WORKPLACE_FIELDS,
)

# Separators between the parts of a header line: "·", "|", "•", a spaced dash, or a run of spaces.
_PARTS = re.compile(r"\s+[·|•]\s+|\s[-–—]\s|\s{3,}|\t")

# An e-mail's subject line ("Subject: Fwd: Opening - Welder") and the ad words before the title.
_HIRING_PREFIX = re.compile(
    r"^(?:(?:subject|fwd?|re):\s{0,3}){0,8}"
    r"(?:(?:now hiring|we(?:'re| are) hiring|urgently hiring|hiring|help wanted|(?:job |new )?opening|vacancy)"
    r"\s*[:!–—-]\s*|apply (?:now|today) for (?:the |an? )?(?:position of )?)?",
    re.IGNORECASE,
)

# Bounded on both sides: a long run of spaces cannot make it try every split.
_WANTED = re.compile(r"^(.{2,80}?)\s{1,3}(?:needed|wanted)\b(.{0,200})$", re.IGNORECASE)

# An e-mail's own header lines and greeting: who sent it and when, never the job's title or company. The
# subject ("Subject: Opening - Welder") is the one that may name the job.
_EMAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|sent|date|reply-to):\s", re.IGNORECASE)

_GREETING = re.compile(r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b", re.IGNORECASE)

_SUBJECT = re.compile(r"^(?:subject|fwd?|re):", re.IGNORECASE)

# "Health Data Analyst opportunity": the word a subject puts after the title.
_SUBJECT_NOUN = re.compile(r"\s(?:opportunity|opening|position|role|vacancy)$", re.IGNORECASE)

_IS_HIRING = re.compile(r"^(.{2,80}?) is (?:hiring|looking for|seeking)\b", re.IGNORECASE)

_SHIFT_OR_PAY = re.compile("|".join(language_data("job_boards")["title_shift_or_pay"]), re.IGNORECASE)
_TRAILING_SHIFT = re.compile("|".join(language_data("job_boards")["title_trailing_shift"]), re.IGNORECASE)


@dataclass
class Header:
    """What the top of a posting (and, failing that, its body) says about the job."""

    title: str = ""
    company: str = ""
    location: str = ""
    workplace: str | None = None
    employment: str | None = None
    start_date: str = ""  # as the posting writes it


def read_header(header_lines: list[str], body_lines: list[str], intro: list[str] | None = None) -> Header:
    """The header facts from the lines above the first section (``header_lines``), then from the body.

    ``intro`` are the body lines before the first heading, where an ad often says "Full-time, 40 hours".
    """
    header = Header()
    body_text = "\n".join(body_lines)
    title_line = ""
    company_candidates: list[str] = []  # Title-case parts next to the title or a location, most likely first
    site_names: list[str] = []  # "Fieldnote" of "Fieldnote | Careers | Open Positions"
    lines = [
        kept
        for line in (raw[:MAX_HEADER_LINE].strip() for raw in header_lines)
        if not _EMAIL_HEADER.match(line) and not _GREETING.match(line)
        if (kept := without_page_chrome(line, site_names)) is not None
    ]
    _put_title_first(lines, body_text)
    for index, line in enumerate(lines):
        if not re.search(r"\w", line):
            continue  # "|", "* * *": a rule between blocks, not the title's line
        field = field_of(line)
        if field:
            _apply_field(header, *field)
            continue
        if RATING.match(line):
            # "Brightway Dental" over "3.9 ★": boards rate the employer, under its name
            above = next((earlier for earlier in reversed(lines[:index]) if earlier), "")
            if above and looks_like_a_name(above) and not is_job_title(above):
                company_candidates.insert(0, above)
            continue
        logo = _LOGO.match(line)
        if logo:  # under the title the employer's logo; above it the board's own, unless the page names it again
            if is_job_title(header.title or _TITLE_AT_COMPANY.sub(r"\1", title_line)):
                company_candidates.insert(0, logo.group(1))
            elif sum(other.strip() == logo.group(1) for other in header_lines) >= 1:
                company_candidates.append(logo.group(1))  # LinkedIn: "Acme logo" over "Acme" over the title
            continue
        if not title_line and not header.title:
            hiring = _IS_HIRING.match(line)
            if hiring and len(hiring.group(1).split()) <= 8:
                company_candidates.insert(0, hiring.group(1).strip())
                continue
            title_line = line.lstrip("#").strip()
            continue
        # Only a line next to a title names its employer: under "Open until 8:00 PM" a line is the page's, not a name
        beside_a_title = index <= 2 and (bool(header.title) or _reads_as_a_title(title_line))
        _read_fact_line(header, line, company_candidates, right_after_title=beside_a_title)
    company_candidates += site_names
    if title_line:
        _read_title_line(header, title_line, company_candidates, body_text)
    # "Nurse Manager" over "Nurse Manager": a page that prints its title twice names no employer with it
    said_as_title = {said.casefold() for said in (header.title, title_line) if said and is_job_title(said)}
    company_candidates = [name for name in company_candidates if name.casefold() not in said_as_title]
    from_subject = bool(title_line) and bool(_SUBJECT.match(title_line))
    for line in body_lines:  # "Work Location: In person" at the end of an Indeed posting
        field = field_of(_LIST_MARK.sub("", line, count=1))
        if field and field[0] in TITLE_FIELDS and from_subject:
            # A recruiter's "Position: Bilingual Customer Service Representative" says it whole; the
            # subject line ("Bilingual Customer Service Rep opportunity") only named it in passing.
            header.title = _clean_title(field[1])[0] or header.title
            from_subject = False
        elif field and field[0] not in TITLE_FIELDS | COMPANY_FIELDS:
            _apply_field(header, *field)
    if not header.company:
        header.company = employer_from_body(body_text, company_candidates)
    if not header.company and company_candidates:
        header.company = company_candidates[0]
    if not header.company:
        # Above the first heading or below it: a page without headings keeps its opening paragraph in the header.
        header.company = company_introduced([*header_lines[:INTRO_LINES], *body_lines[:INTRO_LINES]])
    if not header.company:
        header.company = company_about(body_lines, header_lines)
    # Bidi overrides and other invisible format characters would reverse or hide text in every document
    # and file name the title and company go into.
    header.title, header.company = visible(header.title), visible(header.company)
    # What was read stands only when it reads as a title or an organisation's name; else it is looked for
    # where boards put it, and failing that left empty for the user to give (--position, --company).
    if header.title and not is_job_title(header.title):
        header.title = ""
    if not header.title:
        header.title = find_title(header_lines, body_lines)
    header.company = settled_employer(header.company, header_lines, body_lines, header.title)
    # Bidi overrides and other invisible format characters would reverse or hide text in every document
    # and file name the title and company go into.
    header.title, header.company = visible(header.title), visible(header.company)
    if header.company:
        # "Lakeside Hospital - Registered Nurse", "Registered Nurse (Lakeside Hospital)", "Careers at Lakeside
        # Hospital: Registered Nurse": the employer's name beside the title is no part of it
        header.title = title_without_employer(header.title, header.company)
        if not header.title and title_line:
            left = title_without_employer(title_line, header.company)
            if left != title_line and is_job_title(_clean_title(left)[0]):
                header.title = _clean_title(left)[0]
    if header.title and header.title.casefold() == header.company.casefold():
        header.title = ""  # the company's name read as the title: no title beats a wrong one (the CLI asks)
    if not header.location and header.workplace != "remote":
        # "City of Norwich, CT" above the first heading: a header line that was no title or company still places it.
        header.location = city_state("\n".join(header_lines)) or city_state(body_text) or ""
    if header.workplace is None:
        header.workplace = workplace_from_body(body_text)
    if header.employment is None:
        header.employment = employment_in(intro or [])
    if header.employment is None:
        header.employment = employment_from_body(body_text)
    return header


def _put_title_first(lines: list[str], body_text: str) -> None:
    """Swap the first two header lines when the first is the company and the second the title.

    LinkedIn and careers pages often print "Company" above "Title"; nothing in the lines' order says so,
    so the evidence is in the words: job-title words ("Engineer", "Designer", "II") on one line and not the
    other, or the body naming one of them as the employer ("About X", "X is an equal opportunity employer",
    "Join X", "at X"). Without evidence the order stays: title first is the common layout.
    """
    plain = [index for index, line in enumerate(lines) if line][:2]
    if len(plain) < 2:
        return
    first, second = (lines[index] for index in plain)
    # A title may carry its specialty after a dash ("Coding Specialist II - Outpatient Professional Fee").
    title_part = _DASH_SPLIT.split(second)[0]
    if not _is_plain_name_line(first) or not (
        _is_plain_name_line(second) or (is_title_like(title_part) and _is_plain_name_line(title_part))
    ):
        return
    # "Pilot Company", "Designer Brands Inc": a name that ends like an organisation's is no title.
    first_title = is_title_like(first) and not ends_like_a_company(first)
    second_title = is_title_like(second) and not ends_like_a_company(second)
    if first_title == second_title:
        first_named = named_as_employer(first, body_text)
        second_named = named_as_employer(PARENTHESES.sub("", second).strip(), body_text)
        if not first_named or second_named:
            return
    elif first_title:
        return
    lines[plain[0]], lines[plain[1]] = second, first


def _reads_as_a_title(line: str) -> bool:
    """Whether the title's line starts with what reads as a job title ("Line Cook | Harbor Grill" does)."""
    first = _PARTS.split(_HIRING_PREFIX.sub("", line).strip())[0]
    return is_title_like(_clean_title(first)[0])


def _is_plain_name_line(line: str) -> bool:
    """A header line that is only a title or a name: no field, location, pay or job-type fact."""
    text = PARENTHESES.sub(" ", line).strip()
    return (
        not field_of(line)
        and not city_state(line)
        and not _IS_HIRING.match(line)
        and not _PARTS.search(text)
        and not _is_only_a_fact(text)
        and looks_like_a_name(text)
    )


def _apply_field(header: Header, label: str, value: str) -> None:
    """Fill the header from one ``Label: value`` field; a fact already read wins."""
    if label in WORKING_TITLE_FIELDS:
        header.title = _clean_title(value)[0]
    elif label in TITLE_FIELDS:
        header.title = header.title or _clean_title(value)[0]
    elif label in COMPANY_FIELDS:
        header.company = header.company or value.strip()
    elif label in LOCATION_FIELDS:
        if not header.location:
            header.location = city_state(value) or ""
        header.workplace = header.workplace or first_of(WORKPLACE, value)
    elif label in EMPLOYMENT_FIELDS:
        header.employment = header.employment or first_of(EMPLOYMENT, value)
    elif label in START_FIELDS:
        header.start_date = header.start_date or " ".join(value.split())
    elif label in WORKPLACE_FIELDS:
        workplace = first_of(WORKPLACE, value)
        if workplace is None and label in YES_NO_WORKPLACE_FIELDS:
            answer = value.split()[0].strip(".,;").casefold()
            workplace = "onsite" if answer == "no" else "remote" if answer == "yes" and "remote" in label else None
        header.workplace = header.workplace or workplace


def _read_fact_line(header: Header, line: str, company_candidates: list[str], right_after_title: bool) -> None:
    """A header line other than the title: "Company · City, ST (Remote)", "Full-time · On-site", ..."""
    if _OTHER_LABEL.match(line):
        # "Posted by: Jane Smith, Talent Acquisition": a label no board uses for the employer names a person or a team
        right_after_title = False
    whole_place = city_state_name_line(line)
    if whole_place:  # "Athens, Georgia, United States": a place, never a company
        header.location = header.location or whole_place
        return
    location = city_state(line)
    rest = line
    if location and not header.location:
        header.location = location
    if location:
        rest = CITY_STATE.sub(" | ", line, count=1)
    _read_facts_in(header, rest)  # the first of "Hybrid (2 days on site each week)" is what it is
    rest = PARENTHESES.sub(" ", rest)
    at_company = _AT_COMPANY.match(rest.strip())
    if right_after_title and at_company and looks_like_a_name(at_company.group(1)):
        company_candidates.insert(0, at_company.group(1).strip())  # Greenhouse: "Title" over "at Company"
        return
    if ends_in_a_country(line) and not is_company_like(line.split(",")[0]):
        return  # "Cork, County Cork, Ireland": an address, each part a place
    for part in _parts(rest):
        if _read_facts_in(header, part):
            continue
        if (location or right_after_title) and looks_like_a_name(part):
            company_candidates.append(part)


def _read_title_line(header: Header, line: str, company_candidates: list[str], body_text: str) -> None:
    """The first line: the title, and whatever company, location or job type it carries."""
    subject = bool(_SUBJECT.match(line))
    line = _HIRING_PREFIX.sub("", line).strip().rstrip("!").strip()
    wanted = _WANTED.match(line)
    if wanted and wanted.group(1).strip().casefold() != "help":  # not "Help wanted: ..."
        # "Store Manager needed - thrift store (Tucson)": the ad says what it wants, then describes the place.
        _read_facts_in(header, wanted.group(2))
        line = wanted.group(1)
    if _TRAIL.search(line):
        line = _TRAIL.split(line)[-1].strip()
    job_in = _JOB_IN.match(line)
    if job_in and is_title_like(job_in.group(1)):
        if job_in.group(2) and looks_like_a_name(job_in.group(2)):
            company_candidates.insert(0, job_in.group(2).strip())
        header.location = header.location or city_state(job_in.group(3)) or ""
        line = job_in.group(1)
    line = _LEADING_OTHER_SCRIPT.sub("", line)
    # "Bookkeeper (Remote | U.S. Accounting Required)": a pipe inside brackets parts no title from its company
    pipe_parts = [part.strip() for part in _OUTSIDE_BRACKETS_PIPE.split(line)]
    title_text = pipe_parts[0]
    at_company = _TITLE_AT_COMPANY.match(title_text)
    if at_company and is_title_like(at_company.group(1)) and looks_like_a_name(at_company.group(2)):
        # "Assistant Store Manager at Dollar Tree": a board's heading names the job, then its employer.
        title_text = at_company.group(1)
        company_candidates.insert(0, at_company.group(2))
    for part in pipe_parts[1:]:
        location = city_state(part)
        if location:
            header.location = header.location or location
        elif not _read_facts_in(header, part) and looks_like_a_name(part) and part in body_text:
            company_candidates.insert(0, part)
    title, facts = _clean_title(title_text)
    for fact in facts:
        _read_facts_in(header, fact)
        location = city_state(fact)
        if location:
            header.location = header.location or location
    # "Title - Company": a dash part that the body names again, or that ends like an organisation's name after a
    # title-like part, when no other line named the company. Initials alone are no name: "Registered Nurse -
    # PACU" names the unit, which the body names again too.
    dash_parts = _DASH_SPLIT.split(title)
    if len(dash_parts) > 1 and not company_candidates and not header.company:
        last = dash_parts[-1].strip()
        named_again = not last.isupper() and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", body_text)
        company_like = is_company_like(last) and is_title_like(title[: title.rfind(last)])
        if looks_like_a_name(last) and (named_again or company_like):
            company_candidates.insert(0, last)
            title = title[: title.rfind(last)].rstrip(" -–—").strip()
    if subject:
        # A subject says the title first; a dash part after it that is no company named again is a remark
        # ("Health Data Analyst opportunity - Duke-area health system").
        title = _SUBJECT_NOUN.sub("", _DASH_SPLIT.split(title)[0].strip())
    header.title = header.title or title


_DASH_SPLIT = re.compile(r"\s[-–—]\s")

_OTHER_LABEL = re.compile(r"^[A-Za-z][A-Za-z /&-]{0,30}:\s")

_OUTSIDE_BRACKETS_PIPE = re.compile(r" \| (?![^()]{0,200}\))")

# "职位一 Customer Support Agent": words with no Latin letter before a Latin-script title label or number it
# ("Position one") in another script; the title is what follows.
_LEADING_OTHER_SCRIPT = re.compile(r"^(?:[^\sA-Za-z]+\s+)+(?=[A-Z][A-Za-z])")

_AT_COMPANY = re.compile(r"^at\s+([A-Z].{0,80})$")

_TITLE_AT_COMPANY = re.compile(r"^([A-Z][^@]{1,80}?) at ([A-Z][\w&'’.-]{0,30}(?: (?:[A-Z&][\w&'’.-]{0,30}|of)){0,5})$")

# "Dollar Tree Logo": a logo's alt text under a title names the employer; above the title, the board.
_LOGO = re.compile(r"^([A-Z][\w&'’.-]{0,30}(?: [A-Z&][\w&'’.-]{0,30}){0,4}) [Ll]ogo$")

_LIST_MARK = re.compile(r"^[-*•]\s+")


# "Req 12345", "Req ID: R-0042", "Job #7781": the board's number for the opening, after its title.
_REQUISITION = re.compile(
    r"(?:req(?:uisition)?\.?(?: id)?|job (?:id|#|no\.?)|posting #?|#)\s?:?\s?#?\s?[A-Z0-9][\w-]{0,15}", re.IGNORECASE
)

# "Payroll Specialist Job in Reno, NV", "Payroll Specialist job at Sierra Foods in Reno, NV": a board's heading.
_JOB_IN = re.compile(r"^(.{2,80}?) [Jj]ob (?:at ([A-Z][^,]{1,60}?) )?in ([A-Z].{1,60})$")

# "Jobs > Healthcare > Medical Biller": a board's trail of links, its last step the job.
_TRAIL = re.compile(r"\s(?:>>?|›|»)\s")


def _clean_title(text: str) -> tuple[str, list[str]]:
    """The title without pay, shift, employment type, location or ad words; and the parts taken out (T1)."""
    taken: list[str] = []

    def drop_parenthesis(match: re.Match) -> str:
        inside = match.group(1)
        if _SHIFT_OR_PAY.search(inside) or first_of(EMPLOYMENT, inside) or first_of(WORKPLACE, inside):
            taken.append(inside)
            return ""
        if city_state(inside):
            taken.append(inside)
            return ""
        return match.group(0)

    text = PARENTHESES.sub(drop_parenthesis, text[:MAX_HEADER_LINE])
    kept: list[str] = []
    separators = _DASH_SPLIT.findall(text)
    pieces = _DASH_SPLIT.split(text)
    for index, piece in enumerate(pieces):
        stripped = piece.strip()
        if index > 0 and (
            _SHIFT_OR_PAY.search(stripped)
            or _is_only_a_fact(stripped)
            or city_state(stripped)
            or not stripped
            or _REQUISITION.fullmatch(stripped)
            or stripped.casefold().rstrip("!. ") in TITLE_AD_PHRASES
        ):
            taken.append(stripped)
            continue
        if index > 0 and kept:
            kept.append(separators[index - 1])
        kept.append(stripped)
    title = "".join(kept).strip(" -–—,")
    shift = _TRAILING_SHIFT.search(title)
    if shift and is_title_like(title[: shift.start()]):
        title, taken = title[: shift.start()], [*taken, shift.group(0).strip()]
    return re.sub(r"\s{2,}", " ", title), taken


def _is_only_a_fact(part: str) -> bool:
    """A part that is nothing but an employment type or workplace ("Contract", "Per Diem", "Remote")."""
    words = part.split()
    return len(words) <= 3 and bool(first_of(EMPLOYMENT, part) or first_of(WORKPLACE, part))


def _read_facts_in(header: Header, text: str) -> bool:
    """Take the employment type and workplace from ``text``; True if it said nothing else (a pure fact)."""
    employment = first_of(EMPLOYMENT, text)
    workplace = first_of(WORKPLACE, text)
    if employment:
        header.employment = header.employment or employment
    if workplace:
        header.workplace = header.workplace or workplace
    return bool(employment or workplace or NOT_A_NAME.search(text))


def _parts(line: str) -> list[str]:
    parts = []
    for part in _PARTS.split(line):
        parts += [piece.strip(" ,;") for piece in part.split(", ")]
    return [part for part in parts if part and part != "|"]
