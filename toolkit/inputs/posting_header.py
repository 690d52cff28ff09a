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
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..resources import language_data

# Every pattern runs on untrusted text: linear (no two unbounded repeats that can match the same
# characters side by side), and applied to one line, cut to MAX_HEADER_LINE characters.
MAX_HEADER_LINE = 1_000

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip

# "Milwaukee, WI", "Baton Rouge, LA 70808", "Columbus, OH 43215-2208": a city of capitalised words, a state.
_CITY_STATE = re.compile(
    r"\b([A-Z][a-z.'-]{1,30}(?: [A-Z][a-z.'-]{1,30}){0,3}), ([A-Z]{2})\b(?: [0-9]{5}(?:-[0-9]{4})?)?"
)
# "EL PASO, TX" on a header line written in capitals.
_CITY_STATE_CAPITALS = re.compile(r"\b([A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,3}), ([A-Z]{2})\b")
# Workday writes "SD - Sioux Falls - Site name".
_STATE_DASH_CITY = re.compile(r"^([A-Z]{2}) - ([A-Z][A-Za-z.' ]{1,40}?)(?: - |$)")
_FIELD = re.compile(r"^([A-Za-z][A-Za-z /#&-]{0,30}):\s+(\S.*)$")
_PARENTHESES = re.compile(r"\(([^()]{0,200})\)")
# Separators between the parts of a header line: "·", "|", "•", a spaced dash, or a run of spaces.
_PARTS = re.compile(r"\s+[·|•]\s+|\s[-–—]\s|\s{3,}|\t")
# An e-mail's subject line ("Subject: Fwd: Opening - Welder") and the ad words before the title.
_HIRING_PREFIX = re.compile(
    r"^(?:(?:subject|fwd?|re):\s{0,3}){0,8}"
    r"(?:(?:now hiring|we(?:'re| are) hiring|urgently hiring|hiring|help wanted|(?:job |new )?opening|vacancy)"
    r"\s*[:!–—-]\s*)?",
    re.IGNORECASE,
)
# Bounded on both sides: a long run of spaces cannot make it try every split.
_WANTED = re.compile(r"^(.{2,80}?)\s{1,3}(?:needed|wanted)\b(.{0,200})$", re.IGNORECASE)
# "Acme Logistics is a ...": the first lines of an ad that names its employer nowhere else.
_INTRODUCED = re.compile(r"^([A-Z][\w&'.-]{0,30}(?: [A-Z][\w&'.-]{0,30}){0,5}) (?:is|are) (?:a|an)\s")
_NOT_INTRODUCED = {"This", "The", "It", "We", "Our", "Your", "You", "There", "What", "Who", "Each", "Every"}
_INTRO_LINES = 5
# "Our client, a leading regional distributor, ...": a staffing agency hiring for an employer it does not name.
# "our client facilities" (an agency's own customers) is not one.
_HIDDEN_CLIENT = re.compile(r"\b(?:our|my|a) client(?:,|\.|\s(?:is|has|seeks|needs)\b)", re.IGNORECASE)
# "My client, Piedmont Regional Health, is hiring ...", "with my client, SunState Insurance Group, a leading
# insurer": a recruiter naming the employer it hires for.
_NAMED_CLIENT = re.compile(
    r"\b(?:[Mm]y|[Oo]ur) client, ?([A-Z][\w&'.-]{0,30}(?: [A-Z&][\w&'.-]{0,30}){0,5}), ?"
    r"(?:is|has|seeks|needs|a|an|the|one)\b"
)
# An e-mail's own header lines and greeting: who sent it and when, never the job's title or company. The
# subject ("Subject: Opening - Welder") is the one that may name the job.
_EMAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|sent|date|reply-to):\s", re.IGNORECASE)
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:subject|fwd?|re):", re.IGNORECASE)
# "Health Data Analyst opportunity": the word a subject puts after the title.
_SUBJECT_NOUN = re.compile(r"\s(?:opportunity|opening|position|role|vacancy)$", re.IGNORECASE)
_IS_HIRING = re.compile(r"^(.{2,80}?) is (?:hiring|looking for|seeking)\b", re.IGNORECASE)
_EMPLOYER_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][^.!?]{1,80}?) (?:is|are) (?:proud to be )?an? "
    r"(?:equal opportunity|equal employment opportunity|EEO|"
    r"affirmative action|AA/EOE|AA/EEO|EOE)",
    re.IGNORECASE,
)

_EMPLOYMENT = [
    ("full-time", re.compile(r"\bfull[- ]?time\b|\b1\.0 FTE\b", re.IGNORECASE)),
    ("part-time", re.compile(r"\bpart[- ]?time\b", re.IGNORECASE)),
    ("per-diem", re.compile(r"\bper[- ]diem\b|\bPRN\b", re.IGNORECASE)),
    ("temporary", re.compile(r"\btemporary\b|\btemp\b|\bseasonal\b", re.IGNORECASE)),
    ("contract", re.compile(r"\bcontract(?:or|-to-hire)?\b", re.IGNORECASE)),
    ("internship", re.compile(r"\bintern(?:ship)?\b", re.IGNORECASE)),
]
_WORKPLACE = [
    ("hybrid", re.compile(r"\bhybrid\b", re.IGNORECASE)),
    ("remote", re.compile(r"\bremote\b|\bwork from home\b|\btelecommute\b", re.IGNORECASE)),
    ("onsite", re.compile(r"\bon[- ]?site\b|\bin[- ]person\b|\bin[- ]office\b", re.IGNORECASE)),
]
# The same facts said in a sentence of the body; stricter, so "we certify on site" says nothing.
_BODY_HYBRID = re.compile(
    r"\b(?:from home|remote(?:ly)?)\b[^.]{0,80}\b(?:in the office|in office|on[- ]site)\b|"
    r"\b(?:in the office|on[- ]site)\b[^.]{0,80}\bfrom home\b|\bdays? a week in (?:the|our) [a-z ]{0,30}office\b|"
    r"\bhybrid (?:position|role|schedule)\b",
    re.IGNORECASE,
)
_BODY_REMOTE = re.compile(
    r"\b(?:fully|100%) remote\b|\b(?:position|role|job) is remote\b|\bremote (?:position|role)\b", re.IGNORECASE
)
_BODY_ONSITE = re.compile(
    r"\b(?:an |this )?on[- ]?site (?:position|role|job)\b|\bperformed on[- ]site\b|\bon[- ]site at\b|"
    r"\bin[- ]person (?:position|role)\b",
    re.IGNORECASE,
)
_BODY_EMPLOYMENT = re.compile(
    r"\b(full|part)[- ]time,? (?:[a-z-]{1,20} )?(?:position|role|job|opportunity|schedule)\b|"
    r"\b(temporary|contract|per diem) "
    r"(?:assignment|position|role)\b",
    re.IGNORECASE,
)
_PART_TIME_FTE = re.compile(r"\b0?\.[0-9]{1,2} FTE\b")
# Header parts that are not a title or a company: pay, shifts, counts, seniority, dates.
_NOT_A_NAME = re.compile(
    r"[$0-9]|\b(?:shift|nights?|days|evenings?|weekends?|bonus|sign-on|hourly|per hour|an hour|salary|"
    r"applicants?|reposted|posted|ago|level|monday|friday|schedule|overtime)\b",
    re.IGNORECASE,
)
_SHIFT_OR_PAY = re.compile(
    r"[$]|\b(?:[0-9]+(?:st|nd|rd|th) shift|nights?|days|evenings?|weekends?|sign-on|bonus|[0-9]+ months?|"
    r"school year)\b|\b[0-9]{4}\b",
    re.IGNORECASE,
)

# A state or university posting's "Working Title" names the job; its "Class Title" names the pay class.
WORKING_TITLE_FIELDS = {"working title"}
TITLE_FIELDS = {"job title", "title", "position", "position title", "role", "job", "class title", *WORKING_TITLE_FIELDS}
COMPANY_FIELDS = {"company", "employer", "organization", "organisation", "hiring company", "company name"}
LOCATION_FIELDS = {"location", "locations", "work location", "job location", "city", "office", "primary location"}
EMPLOYMENT_FIELDS = {
    "job type", "employment type", "time type", "type", "employment", "schedule", "job schedule", "work schedule",
}  # fmt: skip
# "Remote job: No", "Telework eligible: No" (USAJOBS) say the work is on site.
_YES_NO_WORKPLACE_FIELDS = {"remote", "remote job", "telework eligible", "telework"}
WORKPLACE_FIELDS = {
    "workplace", "workplace type", "work arrangement", "work model", "work mode", *_YES_NO_WORKPLACE_FIELDS,
}  # fmt: skip
KNOWN_FIELDS = TITLE_FIELDS | COMPANY_FIELDS | LOCATION_FIELDS | EMPLOYMENT_FIELDS | WORKPLACE_FIELDS
# Labels that Workday, USAJOBS and Indeed print on a line of their own, the value on the next line. Section
# headings ("Benefits", "Salary") are not among them: the lines after a heading are its section.
BOARD_LABELS = {
    "locations", "time type", "posted on", "job requisition id", "job type", "remote job", "telework eligible",
    "travel required", "relocation expenses reimbursed", "appointment type", "work schedule", "service",
    "promotion potential", "job family (series)", "supervisory status", "security clearance", "drug test",
    "announcement number", "control number", "open & closing dates", "pay scale & grade", "shift and schedule",
}  # fmt: skip
# A job board's own page, pasted above the posting: links, buttons and the site's name are never the title or
# the company ("Skip to main content", "LinkedIn", "Easy Apply", "Meet the hiring team").
PAGE_CHROME_LINES = {
    "skip to main content", "skip to content", "skip navigation", "main content", "menu", "home", "search",
    "sign in", "log in", "login", "sign up", "join now", "join", "register", "apply", "apply now", "easy apply",
    "quick apply", "apply for this job", "apply on company site", "i'm interested", "save", "saved", "save job",
    "share", "report job", "report this job", "show more", "show less", "see more", "see less",
    "meet the hiring team", "back to jobs", "back to search", "view all jobs", "all jobs", "jobs", "careers",
    "open positions", "current openings", "promoted", "actively recruiting", "be an early applicant",
    "linkedin", "indeed", "glassdoor", "ziprecruiter", "monster", "dice", "careerbuilder", "simplyhired",
    "handshake", "wellfound", "angellist", "greenhouse", "lever", "workday", "workable", "bamboohr", "jobvite",
    "smartrecruiters", "icims", "built in", "builtin", "craigslist", "idealist", "usajobs",
    "find jobs", "search jobs", "search for jobs", "job search", "company reviews", "find salaries", "salaries",
    "upload your resume", "post a job", "employers", "for employers", "candidate home", "my jobs", "saved jobs",
    "job alerts", "messages", "notifications", "not interested", "follow", "follow us",
    # LinkedIn's bar, Indeed's employer link, Workday's careers-site links.
    "my network", "messaging", "me", "for business", "try premium", "try premium for $0", "post job",
    "back to job posting", "back to job search", "back to search results", "careers home", "job search home",
    "view profile", "settings", "help", "help center", "promoted by hirer", "responses managed off linkedin",
}  # fmt: skip
# The most words a PAGE_CHROME_LINES phrase has: bounds the search for a line covered by such phrases.
_CHROME_PHRASE_WORDS = max(len(phrase.split()) for phrase in PAGE_CHROME_LINES)
# What joins the links of a navigation bar pasted as one line: spaces, tabs, bullets, pipes, arrows.
_CHROME_JOINERS = re.compile(r"[\s·•|›»>/]+")
# "Careers at Buckeye Home & Garden", "Jobs at Fieldnote": a careers site's heading, naming the company.
# Case-sensitive name: "Work at home ..." is no heading.
_SITE_HEADING = re.compile(r"^(?i:careers|jobs|working|life|job openings|open positions) at ([A-Z].{0,80})$")
# "Fieldnote | Careers | Open Positions", "Home › Jobs › Nurse": a site's navigation trail.
# "·" and "•" are left out: "Full-time · Save" holds a fact before the button.
# One space each side (parts are stripped after): "\s+" each side rescans a long run of spaces from every start.
_NAVIGATION_SEPARATORS = re.compile(r"\s[|›»>/]\s")
# A level in a title ("Software Engineer II", "Sr. Accountant"): a header line holding one reads as the title.
_TITLE_LEVEL = re.compile(r"\b(?:I{1,3}|IV|[1-4]|Sr\.?|Jr\.?|Senior|Junior|Entry[- ]Level)\b")


@dataclass
class Header:
    """What the top of a posting (and, failing that, its body) says about the job."""

    title: str = ""
    company: str = ""
    location: str = ""
    workplace: str | None = None
    employment: str | None = None


def field_of(line: str) -> tuple[str, str] | None:
    """``(label, value)`` for a ``Label: value`` line whose label a job board uses for header facts."""
    match = _FIELD.match(line[:MAX_HEADER_LINE])
    if not match:
        return None
    label = match.group(1).strip().lower()
    return (label, match.group(2).strip()) if label in KNOWN_FIELDS else None


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
        if (kept := _without_page_chrome(line, site_names)) is not None
    ]
    _put_title_first(lines, body_text)
    for index, line in enumerate(lines):
        if not line:
            continue
        field = field_of(line)
        if field:
            _apply_field(header, *field)
            continue
        if not title_line and not header.title:
            hiring = _IS_HIRING.match(line)
            if hiring and len(hiring.group(1).split()) <= 8:
                company_candidates.insert(0, hiring.group(1).strip())
                continue
            title_line = line.lstrip("#").strip()
            continue
        _read_fact_line(header, line, company_candidates, right_after_title=index <= 2)
    company_candidates += site_names
    if title_line:
        _read_title_line(header, title_line, company_candidates, body_text)
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
        header.company = _employer_from_body(body_text, company_candidates)
    if not header.company and company_candidates:
        header.company = company_candidates[0]
    if not header.company:
        header.company = _company_introduced(body_lines[:_INTRO_LINES])
    if not header.company:
        header.company = _company_about(body_lines, header_lines)
    client = next(filter(None, (_NAMED_CLIENT.search(line[:MAX_HEADER_LINE]) for line in body_lines)), None)
    if client and _looks_like_a_name(client.group(1)):
        header.company = client.group(1)  # a recruiter names the employer: the client, not the agency (C1)
    elif any(_HIDDEN_CLIENT.search(line[:MAX_HEADER_LINE]) for line in body_lines):
        header.company = ""  # a staffing agency's post: the agency is not the employer (C1)
    # Bidi overrides and other invisible format characters would reverse or hide text in every document
    # and file name the title and company go into.
    header.title, header.company = _visible(header.title), _visible(header.company)
    if header.title and header.title.casefold() == header.company.casefold():
        header.title = ""  # the company's name read as the title: no title beats a wrong one (the CLI asks)
    if not header.location and header.workplace != "remote":
        header.location = _city_state(body_text) or ""
    if header.workplace is None:
        header.workplace = _workplace_from_body(body_text)
    if header.employment is None:
        header.employment = next(filter(None, (employment_of(line) for line in intro or [])), None)
    if header.employment is None:
        header.employment = _employment_from_body(body_text)
    return header


def is_page_chrome_line(line: str) -> bool:
    """True for a line made only of a job board's links and buttons, however they are joined: "Apply now",
    "Find jobs  Company reviews  Find salaries" (Indeed's navigation bar pasted as one line), "Sign in • Join"."""
    words = [word for word in _CHROME_JOINERS.split(line[:MAX_HEADER_LINE].casefold()) if word]
    if not words:
        return False
    # covered[i]: the first i words are a run of whole chrome phrases (linear: each end tries a few lengths)
    covered = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        covered[end] = any(
            covered[start] and " ".join(words[start:end]) in PAGE_CHROME_LINES
            for start in range(max(0, end - _CHROME_PHRASE_WORDS), end)
        )
    return covered[-1]


@cache
def _title_words() -> frozenset[str]:
    """Head words of job titles on any board (templates/language/job_titles.yaml): a header line holding
    one reads as the title, a line without one as the company, when the two must be told apart."""
    return frozenset(language_data("job_titles")["title_words"])


@cache
def _company_name_endings() -> frozenset[str]:
    """Last words of organisations' names (templates/language/job_titles.yaml): a "Title - X" part ending
    in one is the company even when the body never names it again."""
    return frozenset(language_data("job_titles")["company_name_endings"])


def _visible(text: str) -> str:
    """``text`` without Unicode format characters (bidi overrides, zero-width joiners and marks)."""
    return "".join(character for character in text if unicodedata.category(character) != "Cf").strip()


def _without_page_chrome(line: str, site_names: list[str]) -> str | None:
    """``line`` without a job board's links, buttons or name; None when nothing else is left.

    The name at the head of a navigation trail ("Fieldnote | Careers | Open Positions") or of
    a heading ("Careers at Fieldnote") goes to ``site_names``; a title before a button or the
    board's name ("Warehouse Associate | Apply", "Software Engineer - Acme | LinkedIn") stays.
    """
    key = line.casefold().strip(" :|›»>")
    if key in PAGE_CHROME_LINES or is_page_chrome_line(line):
        return None
    heading = _SITE_HEADING.match(line)
    if heading and _looks_like_a_name(heading.group(1).strip()):
        site_names.append(heading.group(1).strip())
        return None
    parts = [part.strip() for part in _NAVIGATION_SEPARATORS.split(line)]
    if len(parts) < 2:
        return line
    navigation = [part.casefold() in PAGE_CHROME_LINES for part in parts]
    if all(navigation):
        return None
    if all(navigation[1:]):
        if _is_title_like(parts[0]):
            return parts[0]
        if _looks_like_a_name(parts[0]):
            site_names.append(parts[0])
        return None
    return line


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
        _is_plain_name_line(second) or (_is_title_like(title_part) and _is_plain_name_line(title_part))
    ):
        return
    # "Pilot Company", "Designer Brands Inc": a name that ends like an organisation's is no title.
    first_title = _is_title_like(first) and not _ends_like_a_company(first)
    second_title = _is_title_like(second) and not _ends_like_a_company(second)
    if first_title == second_title:
        first_named = _named_as_employer(first, body_text)
        second_named = _named_as_employer(_PARENTHESES.sub("", second).strip(), body_text)
        if not first_named or second_named:
            return
    elif first_title:
        return
    lines[plain[0]], lines[plain[1]] = second, first


def _is_plain_name_line(line: str) -> bool:
    """A header line that is only a title or a name: no field, location, pay or job-type fact."""
    text = _PARENTHESES.sub(" ", line).strip()
    return (
        not field_of(line)
        and not _city_state(line)
        and not _IS_HIRING.match(line)
        and not _PARTS.search(text)
        and not _is_only_a_fact(text)
        and _looks_like_a_name(text)
    )


def _is_title_like(text: str) -> bool:
    """True when ``text`` holds a job-title word or a level ("Software Engineer I", "Shift Lead")."""
    words = [word.strip(",.()/").casefold() for word in re.split(r"[\s/-]+", text)]
    return any(word in _title_words() for word in words) or bool(_TITLE_LEVEL.search(text.split(" (")[0] + " "))


def _is_company_like(text: str) -> bool:
    """True when ``text`` is a name that ends like an organisation's ("Brazos Apps", "Inland Freight Co")."""
    return _looks_like_a_name(text) and not _is_title_like(text) and _ends_like_a_company(text)


def _ends_like_a_company(text: str) -> bool:
    words = _PARENTHESES.sub(" ", text).split()
    return bool(words) and words[-1].casefold().rstrip(",") in _company_name_endings()


def _named_as_employer(name: str, body_text: str) -> bool:
    """True when the body names ``name`` as the employer: "About X", "Join X", "at X", "X is ...", "X helps ..."."""
    if not name or len(name) > 80:
        return False
    quoted = re.escape(name)
    pattern = re.compile(
        rf"(?:^(?:about|join|life at|working at|why)\s+{quoted}\s*$|\b(?:at|join|joining)\s+{quoted}(?![\w-])|"
        rf"(?:^|[.!?]\s+){quoted}(?:'s)?\s+(?:is|are|was|has|helps|builds|makes|serves|provides|offers)\b)",
        re.IGNORECASE,
    )
    return any(pattern.search(line[:MAX_HEADER_LINE]) for line in body_text.splitlines())


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
            header.location = _city_state(value) or ""
        header.workplace = header.workplace or _first_of(_WORKPLACE, value)
    elif label in EMPLOYMENT_FIELDS:
        header.employment = header.employment or _first_of(_EMPLOYMENT, value)
    elif label in WORKPLACE_FIELDS:
        workplace = _first_of(_WORKPLACE, value)
        if workplace is None and label in _YES_NO_WORKPLACE_FIELDS:
            answer = value.split()[0].strip(".,;").casefold()
            workplace = "onsite" if answer == "no" else "remote" if answer == "yes" and "remote" in label else None
        header.workplace = header.workplace or workplace


def _read_fact_line(header: Header, line: str, company_candidates: list[str], right_after_title: bool) -> None:
    """A header line other than the title: "Company · City, ST (Remote)", "Full-time · On-site", ..."""
    location = _city_state(line)
    rest = line
    if location and not header.location:
        header.location = location
    if location:
        rest = _CITY_STATE.sub(" | ", line, count=1)
    _read_facts_in(header, rest)  # the first of "Hybrid (2 days on site each week)" is what it is
    rest = _PARENTHESES.sub(" ", rest)
    at_company = _AT_COMPANY.match(rest.strip())
    if right_after_title and at_company and _looks_like_a_name(at_company.group(1)):
        company_candidates.insert(0, at_company.group(1).strip())  # Greenhouse: "Title" over "at Company"
        return
    for part in _parts(rest):
        if _read_facts_in(header, part):
            continue
        if (location or right_after_title) and _looks_like_a_name(part):
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
    pipe_parts = [part.strip() for part in line.split(" | ")]
    title_text = pipe_parts[0]
    for part in pipe_parts[1:]:
        location = _city_state(part)
        if location:
            header.location = header.location or location
        elif not _read_facts_in(header, part) and _looks_like_a_name(part) and part in body_text:
            company_candidates.insert(0, part)
    title, facts = _clean_title(title_text)
    for fact in facts:
        _read_facts_in(header, fact)
        location = _city_state(fact)
        if location:
            header.location = header.location or location
    # "Title - Company": a dash part that the body names again, or that ends like an organisation's name
    # after a title-like part, when no other line named the company.
    dash_parts = _DASH_SPLIT.split(title)
    if len(dash_parts) > 1 and not company_candidates and not header.company:
        last = dash_parts[-1].strip()
        named_again = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", body_text)
        company_like = _is_company_like(last) and _is_title_like(title[: title.rfind(last)])
        if _looks_like_a_name(last) and (named_again or company_like):
            company_candidates.insert(0, last)
            title = title[: title.rfind(last)].rstrip(" -–—").strip()
    if subject:
        # A subject says the title first; a dash part after it that is no company named again is a remark
        # ("Health Data Analyst opportunity - Duke-area health system").
        title = _SUBJECT_NOUN.sub("", _DASH_SPLIT.split(title)[0].strip())
    header.title = header.title or title


_DASH_SPLIT = re.compile(r"\s[-–—]\s")
_AT_COMPANY = re.compile(r"^at\s+([A-Z].{0,80})$")
_LIST_MARK = re.compile(r"^[-*•]\s+")


def _clean_title(text: str) -> tuple[str, list[str]]:
    """The title without pay, shift, employment type, location or ad words; and the parts taken out (T1)."""
    taken: list[str] = []

    def drop_parenthesis(match: re.Match) -> str:
        inside = match.group(1)
        if _SHIFT_OR_PAY.search(inside) or _first_of(_EMPLOYMENT, inside) or _first_of(_WORKPLACE, inside):
            taken.append(inside)
            return ""
        if _city_state(inside):
            taken.append(inside)
            return ""
        return match.group(0)

    text = _PARENTHESES.sub(drop_parenthesis, text[:MAX_HEADER_LINE])
    kept: list[str] = []
    separators = _DASH_SPLIT.findall(text)
    pieces = _DASH_SPLIT.split(text)
    for index, piece in enumerate(pieces):
        stripped = piece.strip()
        if index > 0 and (
            _SHIFT_OR_PAY.search(stripped) or _is_only_a_fact(stripped) or _city_state(stripped) or not stripped
        ):
            taken.append(stripped)
            continue
        if index > 0 and kept:
            kept.append(separators[index - 1])
        kept.append(stripped)
    title = "".join(kept).strip(" -–—,")
    return re.sub(r"\s{2,}", " ", title), taken


def _is_only_a_fact(part: str) -> bool:
    """A part that is nothing but an employment type or workplace ("Contract", "Per Diem", "Remote")."""
    words = part.split()
    return len(words) <= 3 and bool(_first_of(_EMPLOYMENT, part) or _first_of(_WORKPLACE, part))


def _read_facts_in(header: Header, text: str) -> bool:
    """Take the employment type and workplace from ``text``; True if it said nothing else (a pure fact)."""
    employment = _first_of(_EMPLOYMENT, text)
    workplace = _first_of(_WORKPLACE, text)
    if employment:
        header.employment = header.employment or employment
    if workplace:
        header.workplace = header.workplace or workplace
    return bool(employment or workplace or _NOT_A_NAME.search(text))


def _parts(line: str) -> list[str]:
    parts = []
    for part in _PARTS.split(line):
        parts += [piece.strip(" ,;") for piece in part.split(", ")]
    return [part for part in parts if part and part != "|"]


def _looks_like_a_name(text: str) -> bool:
    """Capitalised words, no digits, not too long: "Blue Heron Health System", "Fieldnote Labs"."""
    words = text.split()
    if not 1 <= len(words) <= 8 or _NOT_A_NAME.search(text) or ":" in text or text.endswith("!"):
        return False
    capitalised = [word for word in words if word[:1].isupper()]
    return len(capitalised) >= max(1, len(words) - 2) and words[0][:1].isupper()


def employment_of(text: str) -> str | None:
    """The employment type ``text`` names first ("Full time", "Per Diem", "Contract, W-2"), else None."""
    return _first_of(_EMPLOYMENT, text)


def _first_of(patterns: list[tuple[str, re.Pattern]], text: str) -> str | None:
    """The value whose pattern occurs first in ``text`` ("Hybrid (2 days on site)" is hybrid)."""
    best: tuple[int, str] | None = None
    for value, pattern in patterns:
        match = pattern.search(text[:MAX_HEADER_LINE])
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), value)
    return best[1] if best else None


def _city_state(text: str) -> str | None:
    """'City, ST' from text that holds one (with a real state code), else None."""
    text = text[:MAX_HEADER_LINE]
    workday = _STATE_DASH_CITY.match(text)
    if workday and workday.group(1) in US_STATES:
        return f"{workday.group(2).strip()}, {workday.group(1)}"
    for match in _CITY_STATE.finditer(text):
        if match.group(2) in US_STATES:
            return f"{match.group(1)}, {match.group(2)}"
    if text.isupper():
        for match in _CITY_STATE_CAPITALS.finditer(text):
            if match.group(2) in US_STATES:
                return f"{match.group(1).title()}, {match.group(2)}"
    return None


def _employer_from_body(body: str, candidates: list[str]) -> str:
    """The employer named by an "X is an equal opportunity employer" sentence, else "".

    A header line naming the same employer more fully wins ("St. Brigid Regional Medical Center" over the
    "Brigid Regional Medical Center" a sentence split after "St." leaves).
    """
    for line in body.splitlines():
        match = _EMPLOYER_SENTENCE.search(line[:MAX_HEADER_LINE])
        if not match:
            continue
        name = match.group(1).strip()
        if name.casefold() in {"we", "our company", "the company", "this company"} or not name[:1].isupper():
            continue
        for candidate in candidates:
            if re.sub(r"^[Tt]he ", "", name) == candidate:
                return candidate  # "The Department of X is an equal opportunity employer" under "Department of X"
            if name in candidate or candidate in name:
                return max(candidate, name, key=len)
        return name
    return ""


def _company_introduced(lines: list[str]) -> str:
    """The name an opening "Second Chance Threads is a nonprofit thrift shop ..." sentence introduces, else ""."""
    for line in lines:
        match = _INTRODUCED.match(line[:MAX_HEADER_LINE])
        if match and _looks_like_a_name(match.group(1)) and match.group(1).split()[0] not in _NOT_INTRODUCED:
            return match.group(1)
    return ""


def _company_about(lines: list[str], header_lines: list[str]) -> str:
    """The X of an "About X" heading in the body ("About Fieldnote") that the posting names again
    ("Fieldnote builds..."), else "": "About Compensation" is a heading, not an employer. Only the
    first few such headings are weighed: each costs a pass over the posting."""
    whole = "\n".join(line[:MAX_HEADER_LINE] for line in [*header_lines, *lines])
    weighed = 0
    for line in lines:
        match = _ABOUT_NAME.match(line[:MAX_HEADER_LINE].strip())
        name = match.group(1) if match else ""
        if name and _looks_like_a_name(name) and not set(name.casefold().split()) & _ABOUT_NOT_A_NAME:
            named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            if sum(1 for _ in zip(range(2), named.finditer(whole), strict=False)) >= 2:  # the heading and once more
                return name
            weighed += 1
            if weighed >= _ABOUT_HEADINGS_WEIGHED:
                break
    return ""


_ABOUT_HEADINGS_WEIGHED = 3


_ABOUT_NAME = re.compile(r"^(?:#{1,4}\s*)?About\s+([A-Z][\w&'.-]{0,30}(?: [A-Z][\w&'.-]{0,30}){0,5}):?$")
# "About the Role", "About Our Team", "About You": a heading about the job, not a name.
_ABOUT_NOT_A_NAME = {
    "the", "this", "our", "your", "us", "you", "we", "me", "job", "role", "position", "team", "company",
    "opportunity", "department", "program", "unit", "work", "benefits", "organization", "organisation",
}  # fmt: skip


def _workplace_from_body(body: str) -> str | None:
    for line in body.splitlines():
        line = line[:MAX_HEADER_LINE]
        if _BODY_HYBRID.search(line):
            return "hybrid"
        if _BODY_REMOTE.search(line):
            return "remote"
        if _BODY_ONSITE.search(line):
            return "onsite"
    return None


def _employment_from_body(body: str) -> str | None:
    for line in body.splitlines():
        match = _BODY_EMPLOYMENT.search(line[:MAX_HEADER_LINE])
        if match:
            return _first_of(_EMPLOYMENT, match.group(0))
    for line in body.splitlines():
        # "Monday through Friday, 2:00 PM to 10:30 PM. Full-time. $19.75 per hour": a sentence of its own.
        for sentence in re.split(r"[.;]\s+", line[:MAX_HEADER_LINE]):
            if len(sentence.split()) <= 2 and (employment := employment_of(sentence)):
                return employment
    for line in body.splitlines():
        if re.search(r"\b1\.0 FTE\b", line[:MAX_HEADER_LINE]):
            return "full-time"
        if _PART_TIME_FTE.search(line[:MAX_HEADER_LINE]):
            return "part-time"
    return None
