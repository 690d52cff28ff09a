"""What an applicant tracking system reads from a resume's text: the fields it would fill.

Name, e-mail and phone from the top; each section's heading and kind; each job with its title,
employer, start and end; each degree with its level, school, end and whether it is finished; the
skills; and the years of work the jobs' dates cover. Read from the text alone, as an ATS reads a file
made by any tool: nothing here knows the profile.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..models.dates import PartialDate, experience_years
from ..resources import language_data
from .chrome import chrome_lines, document_date
from .dates import date_points, date_ranges
from .degrees import ReadDegree, has_school_word, level_of, read_degrees
from .entries import Entry, entries_of
from .entry_lines import is_attribute, is_bullet, is_prose, without_bullet
from .positions import (
    is_place,
    labelled,
    line_fields,
    organisation_score,
    title_and_employer,
    title_score,
    title_words,
)
from .sections import heading_of, read_sections, section_kind

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# A phone number: 7 to 15 digits with the usual separators (any dash a PDF stores), optionally "+CC" or "(+CC)"
# first, or "(0)" in it. Every repeat is bounded.
_DASH = "\u2010-\u2015-"
_PHONE = re.compile(
    rf"(?<![\w/.{_DASH}])(?:\(?\+\s?[0-9]{{1,3}}\)?[\s.{_DASH}]?)?(?:\(?[0-9]{{1,4}}\)?[\s./{_DASH}]?){{2,5}}"
    rf"[0-9]{{2,4}}(?![\w/{_DASH}])"
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u0132": "IJ",
        "\u0133": "ij",
    }
)
_CAPITALS_BUT_I = re.compile(r"[A-Z]i|i[A-Z]")
# A spacing accent drawn before its letter inside a word, as pdfTeX's older font encodings store "é", "ñ",
# "ü" ("Formaci´on", "Espa˜na", "Universit¨at"): the accent, as a combining mark, and the letter it sits on.
# A macron, caron, ring or breve so drawn ("M¯anoa", "Dvoˇr´ak", "˚Arhus") sits on any letter that takes it; an
# acute or grave only on a vowel or n (elsewhere it is an apostrophe typed so: "Mary´s").
_SPACING_ACCENTS = {
    "\u00b4": "\u0301",
    "`": "\u0300",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
    "\u00a8": "\u0308",
    "\u00af": "\u0304",
    "\u02c7": "\u030c",
    "\u02da": "\u030a",
    "\u02d8": "\u0306",
}
_DRAWN_ACCENT = re.compile(
    r"(?<=[^\W\d_])([\u00b4`\u02c6\u02dc\u00a8])([aeiouyAEIOUY\u0131nN])"
    r"|(?<![\d_])([\u00af\u02c7\u02da\u02d8])([^\W\d_])"
)
_HEADER_LINES = 8  # the name sits among the first lines
_LABELLED_LINES = 6  # lines under an entry's heading looked through for a labelled field


@dataclass
class ReadJob:
    title: str = ""
    employer: str = ""
    start: str | None = None  # "YYYY-MM", "YYYY"
    end: str | None = None  # "YYYY-MM", "YYYY", "present"
    problem: str = ""  # a date range that cannot be a span of work

    def to_json(self) -> dict:
        return {"title": self.title, "employer": self.employer, "start": self.start, "end": self.end}


@dataclass
class ResumeReading:
    """What an ATS reads from the resume: contact, sections, jobs, education, skills, years of work."""

    name: str = ""
    email: str = ""
    phone: str = ""
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading, kind)
    jobs: list[ReadJob] = field(default_factory=list)
    education: list[ReadDegree] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    years_of_work: float | None = None
    language: str | None = None  # of the headings, when recognised

    def to_json(self) -> dict:
        return {
            "name": self.name or None,
            "email": self.email or None,
            "phone": self.phone or None,
            "sections": [{"heading": heading, "kind": kind} for heading, kind in self.sections],
            "jobs": [job.to_json() for job in self.jobs],
            "education": [degree.to_json() for degree in self.education],
            "skills": self.skills,
            "years_of_work": None if self.years_of_work is None else round(self.years_of_work, 1),
        }


@cache
def _words() -> dict:
    return language_data("resume_words")


def read_resume(text: str, today: date) -> ResumeReading:
    """The fields an ATS would fill from ``text`` (the resume's text as extracted)."""
    reading = ResumeReading()
    text = _as_drawn(text)
    whole = text  # a footer may be where the contact details are
    text = without_page_chrome(text)
    lines, names = read_sections(text)
    by_section: dict[str, list[str]] = {}
    for section, line in lines:
        by_section.setdefault(section, []).append(line)
    reading.sections = [(name, section_kind(name) or "other") for name in names]
    languages = [found.language for name in names if (found := heading_of(name)) and found.language]
    reading.language = max(set(languages), key=languages.count) if languages else None
    _read_contact(reading, whole, by_section.get("header", []))
    # A degree that ends after the day the resume is dated was not finished when it was written.
    dated = document_date(whole.splitlines(), today)
    as_of = min(today, date(dated.year, dated.month or 12, 28)) if dated else today
    for name, section_lines in by_section.items():
        kind = section_kind(name)
        if kind == "work":
            entries = [entry for entry in entries_of(section_lines, today) if entry.heading]
            jobs = _under_the_same_employer(entries, _as_the_layout_goes(entries, [_job(entry) for entry in entries]))
            reading.jobs += _dated_from_a_column(jobs, [line for _, line in lines], today)
        elif kind == "education":
            reading.education += read_degrees(entries_of(section_lines, today, fields=3), as_of)
        if kind != "work" and "work" in _stacked_over(name, names, by_section):
            entries = [entry for entry in entries_of(section_lines, today) if entry.heading and not _of_school(entry)]
            reading.jobs += [_job(entry) for entry in entries if entry.dates or entry.single_date]
        elif kind == "skills":
            reading.skills += _skills(section_lines)
        if kind in _words()["sidebar_kinds"] and any(kind == "work" for _, kind in reading.sections):
            reading.jobs += _strayed_jobs(section_lines, today)
    reading.jobs = [job for job in reading.jobs if job.title or job.employer]
    spans: list[tuple[PartialDate | None, PartialDate | None]] = []
    for job in reading.jobs:
        if job.start and not job.problem:
            start = PartialDate.parse(job.start)
            end = None if job.end in {None, "present"} else PartialDate.parse(job.end)
            spans.append((start, end))
    reading.years_of_work = experience_years(spans, today) if spans else None
    return reading


def _stacked_over(name: str, names: list[str], by_section: dict[str, list[str]]) -> set[str | None]:
    """The kinds of the headings set right above section ``name`` with no line of their own (a design tool that
    writes its column headings first: "BERUFSERFAHRUNG" / "PRAKTIKA" / "BILDUNGSWEG", then all entries)."""
    kinds: set[str | None] = set()
    if name not in names:  # the lines above the first heading
        return kinds
    at = names.index(name)
    while at > 0 and names[at - 1] not in by_section:
        at -= 1
        kinds.add(section_kind(names[at]))
    return kinds


def _of_school(entry: Entry) -> bool:
    """An entry naming a degree or a school, among entries set under stacked headings."""
    return any(level_of(line) or has_school_word(line) for line in [*entry.heading, *entry.lines])


def _as_drawn(text: str) -> str:
    """``text`` as the page shows it: a soft hyphen inside a line is one a PDF drew ("Co\u00adfounder", "Mar. 2010
    \u00ad Aug. 2017" from LuaTeX), so a hyphen; a control character stands for a glyph with no text, not a line
    break (Python would split the line there)."""
    text = re.sub(r"\u00ad(?=[^\n])", "-", text)
    text = text.translate(_LIGATURES)  # "Beĳing", "ﬁeld": one glyph for two letters
    text = _DRAWN_ACCENT.sub(_accented, text)
    text = "\n".join("\t".join(map(_without_small_caps_i, line.split("\t"))) for line in text.split("\n"))
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x85\u2028\u2029]", "\ufffd", text)


def _accented(match: re.Match[str]) -> str:
    """The letter of ``match`` with its accent on it ("´ı" -> "í"), or the two as they were when no single
    letter is both (a tilde on a vowel, "˜a", stays: it is no Spanish or German letter drawn so)."""
    accent = match.group(1) or match.group(3)
    letter = (match.group(2) or match.group(4)).replace("\u0131", "i")  # a dotless i takes the accent
    if accent == "\u02dc" and letter not in "nN":
        return match.group()
    composed = unicodedata.normalize("NFC", letter + _SPACING_ACCENTS[accent])
    return composed if len(composed) == 1 else match.group()


def _without_small_caps_i(line: str) -> str:
    """A line (or a part of one set apart by a tab) in capitals whose only small letter is "i" ("SiTE
    RELiABiLiTY ENGiNEER"): a small-caps font whose "i" maps to the small letter; read in capitals as shown."""
    if "i" not in line or not _CAPITALS_BUT_I.search(line):
        return line
    letters = [character for character in line if character.isalpha()]
    if len(letters) < 4 or any(character.islower() and character != "i" for character in letters):
        return line
    return line.replace("i", "I")


def without_page_chrome(text: str) -> str:
    """``text`` without its page furniture (footers, page numbers, "last updated" lines): an ATS that took a
    footer for content would put its date and name into the entry the page broke."""
    lines = text.splitlines()
    dropped = chrome_lines(lines)
    return "\n".join(line for number, line in enumerate(lines) if number not in dropped)


def _read_contact(reading: ResumeReading, text: str, header: list[str]) -> None:
    email = _EMAIL.search(text)
    reading.email = email.group() if email else ""
    lines = text.splitlines()
    # The top first; then the lines that hold the e-mail address and the page's last lines, where a footer
    # or a closing contact line puts them.
    mailed = [line for line in lines if email and email.group() in line]
    for line in header[:_HEADER_LINES] + lines[:40] + mailed + lines[-10:]:
        phone = next((found for found in _PHONE.finditer(line) if _is_phone(found.group())), None)
        if phone:
            reading.phone = phone.group().strip()
            break
    for line in header[:_HEADER_LINES] or text.splitlines()[:_HEADER_LINES]:
        name = _name_in(line)
        if name:
            reading.name = name
            break


def _is_phone(text: str) -> bool:
    """7 to 15 digits that are not a range of years ("2019 - 2021") nor a date ("24/07/1994")."""
    digits = sum(character.isdigit() for character in text)
    if not 7 <= digits <= 15:
        return False
    if re.search(r"(?<![0-9])(?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}(?![0-9])", text):
        return False  # "2019 - 2021", and "1<tab>2011–2012" (a page number before a range of years)
    return not re.fullmatch(r"\s*[0-9]{1,2}[/.][0-9]{1,2}[/.](?:19|20)[0-9]{2}\s*", text)


def _name_in(line: str) -> str:
    """A person's name: two to five capitalised words (initials allowed), the first piece of its line."""
    piece = re.split(r"\s+[|·•,–—]\s+|\s{3,}|\t", line.strip())[0].strip()
    words = piece.split()
    while len(words) > 2 and words[-1].casefold() in _words()["document_words"]:
        words = words[:-1]  # "JAN KÜSTER RESUME": the name, then what the page is
    piece = " ".join(words)
    if not 2 <= len(words) <= 5 or "@" in piece or any(character.isdigit() for character in piece):
        return ""
    if heading_of(piece) or not all(_NAME_WORD.match(word) for word in words):
        return ""
    if not all(word[0].isupper() for word in words if word.casefold() not in _words()["name_particles"]):
        return ""
    if any(word.casefold().strip(".,") in title_words() for word in words):
        return ""  # "Software Engineer" under the name is the headline, not the name
    return piece


def _job(entry: Entry) -> ReadJob:
    job = ReadJob()
    if entry.dates is not None:
        job.start = str(entry.dates.start)
        job.end = "present" if entry.dates.ongoing else (str(entry.dates.end) if entry.dates.end else None)
        job.problem = entry.dates.problem
    elif entry.single_date is not None:
        year, month = entry.single_date
        job.start = job.end = str(PartialDate(year, month))
    job.title, job.employer = title_and_employer(entry.heading, entry.dated_line)
    for line in entry.lines[:_LABELLED_LINES]:  # Europass: the employer's label a few lines under the title's
        field = labelled(line)
        if field and field[1] and field[0] in {"title", "employer"} and not getattr(job, field[0]):
            setattr(job, field[0], next(iter(line_fields(field[1], cities=True)), field[1]))
    return job


def _as_the_layout_goes(entries: list[Entry], jobs: list[ReadJob]) -> list[ReadJob]:
    """``jobs`` whose title and employer stand one to a line, the words naming neither ("Ingenieurbüro Teichmann"
    over "freiberufliche Tätigkeit"), read as the section's other entries set them: a section keeps one layout,
    so when most of its two-line entries whose words tell put the title on the same line, so do these."""
    lines_of = [[fields[0] for fields in map(line_fields, entry.heading) if len(fields) == 1] for entry in entries]
    told: list[int | None] = []
    for lines in lines_of:
        scores = [title_score(line) - organisation_score(line) for line in lines]
        told.append(None if len(lines) != 2 or scores[0] == scores[1] else int(scores[1] > scores[0]))
    decided = [line for line in told if line is not None]
    firsts, seconds = decided.count(0), decided.count(1)
    if len(decided) < 2 or max(firsts, seconds) * 3 < len(decided) * 2:
        return jobs  # too few entries tell, or they disagree
    title_line = 0 if firsts > seconds else 1
    for job, lines, line in zip(jobs, lines_of, told, strict=True):
        if line is None and len(lines) == 2 and job.title and job.employer and job.title in lines[1 - title_line]:
            job.title, job.employer = job.employer, job.title
    return jobs


def _under_the_same_employer(entries: list[Entry], jobs: list[ReadJob]) -> list[ReadJob]:
    """``jobs`` where a layout names the employer once over several positions: in a section whose entries name
    an employer and a title on lines of their own, an entry that names only a title ("Stagiaire -
    Développeur" right under the previous position's text) is a second position at the previous employer."""
    two_lines = [len(entry.heading) >= 2 for entry in entries]
    if sum(two_lines) * 2 <= len(entries):
        return jobs
    for number in range(1, len(entries)):
        heading, before = entries[number].heading, jobs[number - 1]
        fields = line_fields(heading[0]) if len(heading) == 1 else []
        if len(fields) == 1 and two_lines[number - 1] and before.employer and _names_only_a_title(fields[0]):
            jobs[number].title, jobs[number].employer = fields[0], before.employer
    return jobs


def _names_only_a_title(text: str) -> bool:
    pieces = [text, *re.split(r"\s[-–—]\s", text)]
    return title_score(text) > 0 and not any(organisation_score(piece) for piece in pieces)


def _dated_from_a_column(jobs: list[ReadJob], lines: list[str], today: date) -> list[ReadJob]:
    """``jobs`` dated from a column of dates read apart from them, when none has dates of its own: a layout that
    sets the dates in a column of their own may give them all first ("Since 2013", "2009-2012", "2008 (3
    months)"), before the entries they date. The first run of lines that are only dates, one for each job,
    dates the jobs in order; with no such run the jobs stay undated."""
    if len(jobs) < 2 or any(job.start for job in jobs):
        return jobs
    run: list[tuple[PartialDate, PartialDate | None, bool]] = []
    for line in [*lines, ""]:
        dated = _only_dates(line, today)
        if dated is not None:
            run.append(dated)
            continue
        if len(run) == len(jobs):
            for job, (start, end, ongoing) in zip(jobs, run, strict=True):
                job.start, job.end = str(start), "present" if ongoing else (str(end) if end else None)
            return jobs
        run = []
    return jobs


def _only_dates(line: str, today: date) -> tuple[PartialDate, PartialDate | None, bool] | None:
    """(start, end, going on) of a line that holds one range or one date and nothing else but a duration."""
    if not line.strip() or not is_attribute(line, today) or is_place(line):
        return None
    ranges = list(date_ranges(line, today))
    if len(ranges) == 1 and not ranges[0].problem:
        return ranges[0].start, ranges[0].end, ranges[0].ongoing
    points = list(date_points(line, today))
    return (points[0][0], points[0][0], False) if not ranges and len(points) == 1 else None


def _strayed_jobs(lines: list[str], today: date) -> list[ReadJob]:
    """Jobs a two-column layout's reading order put under a sidebar's heading ("Skills" read between two of the
    main column's entries): an entry with a range of dates, a title, an employer and sentences under it."""
    found = []
    for entry in entries_of(lines, today):
        if entry.dates is None or not entry.heading or not any(is_prose(line) for line in entry.lines):
            continue
        job = _job(entry)
        if job.employer and title_score(job.title) == 2:
            found.append(job)
    return found


def _skills(lines: list[str]) -> list[str]:
    skills: list[str] = []
    for line in lines:
        text = without_bullet(line)
        label, colon, rest = text.partition(":")
        if colon and len(label.split()) <= 4:
            text = rest
        for item in re.split(r"\s*[,;|•·]\s*|\s{3,}|\t", text):
            item = item.strip(" .")
            if item and len(item.split()) <= 5 and not is_bullet(item):
                skills.append(item)
    return list(dict.fromkeys(skills))[:60]


def bullet_lines(lines: list[str]) -> list[str]:
    """The lines of a section that are bullets (used to tell items from headings)."""
    return [line for line in lines if is_bullet(line)]
