"""The entries of a resume section: each job or degree with the lines that name it.

Layouts differ in where an entry's facts sit, but its dates sit next to the lines that name it:
"Title, Employer, City" and the dates on one line (moderncv); the employer over the title and its dates
(Awesome-CV); the title and its dates over "Employer, City" (JSON Resume themes); the employer and title
over a line of dates and place. So each date anchors an entry, and the entry's heading is the anchor
line and the heading-like lines beside it, on the side the section's layout puts them. RenderCV
stores its right-hand column (place, dates, duration) after the bullets: there the heading is the first
line after the previous entry's dates. A date range anchors an entry; so does a single date ("Summer 2017",
"2011 / 11") set at either end of a line that names something.

A description never names an entry: the lines that carry the section's usual bullet, and the lines that
carry on a bullet's sentence, are read as the entry's text whatever their words.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import islice

from .dates import DateRange, date_points, date_ranges, has_date_point, with_wrapped_dates
from .entry_lines import (
    MOST_DATES,
    bullet_of,
    date_points_in,
    date_ranges_in,
    heading_text,
    is_attribute,
    is_bullet,
    is_heading_like,
    is_prose,
    without_bullet,
)
from .name_words import names_a_unit
from .places import is_lone_city, may_be_places
from .positions import field_count, line_fields, organisation_score, title_score
from .section_layout import past_description, side_by_titles, title_above, titled_above
from .undated_entries import FIELDS, Entry, joiners, undated_entries

_WRAPPED = 0.7  # a line this share as long as the section's longest ran to the margin and wrapped
_NEAR = 2  # heading lines looked for on each side of a date
_WRAPPED_TAIL_WORDS = 3  # the last line of a name that wrapped above its dates' line is short
_WRAPPED_NAME_WORDS = 8  # the rest of a wrapped name is short ("at Mānoa.")


def _description_lines(lines: list[str], today: date) -> set[int]:
    """The lines that are an entry's text, never its name: those with the section's usual bullet (the one
    most lines carry: "◦" under "• Google" in one layout, "•" under plain headings in another), and those that
    carry on the sentence of such a line (it ends without a full stop and the next line goes on), unless a
    line of dates alone follows: that one names the next entry ("Epic Systems, Madison, WI — QA Analyst" over
    "June 2015 - April 2019")."""
    bullets = Counter(bullet_of(line) for line in lines if is_bullet(line))
    usual = bullets.most_common(1)[0][0] if bullets else None
    longest = max((len(line) for line in lines), default=0)
    described: set[int] = set()
    for index, line in enumerate(lines):
        # "• Google\tMountain View, CA" sets two names apart; the tab right after a list's bullet sets nothing apart
        if usual is not None and bullet_of(line) == usual and "\t" not in without_bullet(line):
            described.add(index)
        elif (
            index - 1 in described
            and _goes_on(lines[index - 1], line, longest)
            and not _dates_below(lines, index, today)
        ):
            described.add(index)  # "• Wrote and reviewed code for JS using Backbone, Jade," / "Stylus and ..."
    return described


def _dates_below(lines: list[str], index: int, today: date) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return bool(following) and is_attribute(following, today) and bool(date_ranges_in(following, today))


def _goes_on(previous: str, line: str, longest: int) -> bool:
    """``line`` carries on ``previous``: that one ran to the margin without ending its sentence, and this one
    sets nothing apart (no tab, no dates at its end) and starts no list item."""
    if is_bullet(line) or "\t" in line + previous or previous.rstrip().endswith((".", "!", "?", ":")):
        return False
    if date_points_in(previous):
        return False
    return len(previous) >= _WRAPPED * longest and not date_points_in(line[:16]) and not date_points_in(line[-16:])


def _anchors(lines: list[str], today: date, described: set[int]) -> list[tuple[int, DateRange | None, int]]:
    """(line, range, lines it spans) for each line holding a date range set apart (at an end of the line, or
    on a line that names something), "February 2006–" over "current" as one; and (line, None, 1) for a line
    that names something with a single date at either end ("Intern, Obscure Tech Company   Summer 2022",
    "2008 (3 months)"). Description lines anchor nothing, unless nothing else in the section does (a list of
    "• Title, Employer (2019 – 2021)")."""
    anchors = _anchored(lines, today, described)
    if any(dates is not None for _, dates, _ in anchors) or not described:
        return anchors
    return _anchored(lines, today, set())


def _anchored(lines: list[str], today: date, described: set[int]) -> list[tuple[int, DateRange | None, int]]:
    anchors: list[tuple[int, DateRange | None, int]] = []
    index = 0
    while index < len(lines):
        found = _dated(lines[index], today)
        # "February 2006–" over "current": one range on two lines, before "2006 –" alone is read as going on
        ends = index + 1 < len(lines) and re.search(r"[-–—\u00ad]\s*$", lines[index]) and date_points_in(lines[index])
        joined = date_ranges_in(f"{lines[index]} {lines[index + 1]}", today) if ends else []
        if index in described:
            pass
        elif joined and joined[0].finish > len(lines[index]):
            anchors.append((index, joined[0], 2))
            index += 2
            continue
        elif found:
            anchors.append((index, next((item for item in found if not item.problem), found[0]), 1))
        elif _single_date(lines[index], today) is not None and (
            is_heading_like(lines[index], today) or is_attribute(lines[index], today)
        ):
            anchors.append((index, None, 1))
        index += 1
    return anchors


def _dated(line: str, today: date) -> list[DateRange]:
    """The ranges that date the line's entry: at the start or end of the line, set apart by a tab, or on a line
    that names something; not one inside a sentence ("(Worked from 2018 until 2020 every summer)Managing ...")."""
    found = list(islice(date_ranges(line, today), MOST_DATES))
    apart = []
    for item in found:
        before, after = line[: item.begin], line[item.finish :]
        if not before.strip(" ([•·-–—|") or not after.strip(" )].,;|") or "\t" in before[-3:] + after[:3]:
            apart.append(item)
    if found and not apart and not is_prose(heading_text(line, today)):
        return found
    return apart


def _single_date(line: str, today: date) -> tuple[int, int | None] | None:
    """The one date of a line that sets it at its start or end ("Data Analysis Intern\tSummer 2017",
    "2011 / 11", "2008 (3 months)"), not one inside a sentence ("Won the prize in 2014 with ...")."""
    text = without_bullet(line)
    if "\t" in text:  # the dates are set apart at one end: "Teaching Assistant, CBIO 2010 …\tFall 2022"
        head, _, tail = text.rpartition("\t")
        first = head.partition("\t")[0]
        for part in (tail, first):
            points = list(date_points(part, today))
            if points and len(heading_text(part, today).split()) <= 1:  # "expected 2027", "Summer 2012 and 2013"
                return points[0][0].year, points[0][0].month
        text = tail if has_date_point(tail) else first
    points = list(date_points(text, today))
    if len(points) > 1 and not heading_text(text, today):  # "Summer 2012 and 2013": the first
        points = points[:1]
    if len(points) != 1 or is_bullet(line):
        return None
    point, start, end = points[0]
    before, after = text[:start].rstrip(" (["), text[end:].strip(" )].")
    after = re.sub(r"^\(?[0-9]{1,2}\s*\w+\)?$", "", after)  # "2008 (3 months)": the duration after the year
    if not before.strip() or "\t" in text[end:]:
        return point.year, point.month
    # At the end, after a tab or a separator or a name, not after "in" or "since" in a sentence.
    last = before.split()[-1] if before.split() else ""
    if not after and ("\t" in text[:start] or before.endswith((",", "|", "–", "—", "-", "·")) or last[:1].isupper()):
        return point.year, point.month
    return None


def entries_of(lines: list[str], today: date, fields: int = FIELDS) -> list[Entry]:
    """The entries of one section's lines, in order: one per date, or per heading-like line after other
    content when the section gives no dates. ``fields`` is how many fields name an entry (a title and an
    employer; a degree, its subject and its school): the heading lines looked for beside a date stop there."""
    lines = _with_wrapped_names(with_wrapped_dates([line.strip() for line in lines if line.strip()], today), today)
    described = _description_lines(lines, today)
    anchors = _anchors(lines, today, described)
    if not anchors:
        return undated_entries(lines, today, described)
    # The layout: the first date's line names the entry itself, or the lines above or below it do.
    first_line, _, first_span = anchors[0]
    side = _side(lines, first_line, first_span, today, described)
    if side in {"above", "below"} and not any(
        0 <= first_line + step < len(lines) and is_heading_like(lines[first_line + step], today)
        for step in (-1, first_span)
    ):
        side = side_by_titles(lines, anchors, today, described) or side
    entries: list[Entry] = []
    used: set[int] = set()
    split = False
    for number, (line_number, dates, span) in enumerate(anchors):
        previous_end = anchors[number - 1][0] + anchors[number - 1][2] if number else 0
        next_start = anchors[number + 1][0] if number + 1 < len(anchors) else len(lines)
        entry = Entry(dates=dates)
        if dates is None:
            entry.single_date = _single_date(lines[line_number], today)
        own = heading_text(" ".join(lines[line_number : line_number + span]), today)
        if side == "above" and own and may_be_places(own) and _named_above(lines, line_number, previous_end, today):
            own = ""  # "Ikergune - INZU Group - Software Engineer" over "Recife, Pernambuco<tab>2016 – 2019"
        elif side == "above" and own and titled_above(lines, line_number, (previous_end, own), today, described):
            own = ""  # "Supervisor Técnico" / "SMC Internet. S.A.S." / "- Empresa ..." / "Vaqueros, Salta. <dates>"
        heading = [own] if own else []
        # Below: the layout names the employer on the next line, so a dash on the dates' line is inside the
        # title ("Software Engineer – Intern\tJune 2025 – July 2025" over "Vitana Pvt Ltd, Pune").
        have = (len(line_fields(own)) if side in {"below", "above"} else field_count(own)) if own else 0
        reach = (previous_end, next_start)
        entry_side = (
            "above"
            if side == "below" and not own and title_above(lines, line_number, span, reach, today, used)
            else side
        )
        # The first entry named its title above and its employer on the dates' line ("SOFTWARE INGINEERING" over
        # "seit 02/2022 t-systems MMS GmbH"): a later line of dates alone has one line above and the next below.
        split_here = split and entry_side == "above" and not own
        counts = (have, 1 if split_here else fields)
        picked = _beside(lines, line_number, span, reach, entry_side, today, (used, described), counts)
        if split_here and picked:
            picked += _beside(lines, line_number, span, reach, "below", today, (used, described), (1, fields))
        if not number and side == "above":
            employer = next(iter(line_fields(own, cities=True)), "")
            split = len(picked) == 1 and organisation_score(employer) > title_score(employer)
        if entry_side == "above" and entries:  # the lines that name this entry are not the last one's text
            entries[-1].lines = [line for line in entries[-1].lines if heading_text(line, today) not in picked]
        if entry_side == "above":
            heading = picked + heading
            entry.dated_line = len(heading) - 1 if own else None
        else:
            heading = heading + picked
            entry.dated_line = 0 if own else None
        if not heading and entry_side != "above":  # above, the lines after the last dates are its text
            heading = _first_after(lines, (previous_end, line_number), today, used, described, fields)
        used.update(range(line_number, line_number + span))
        entry.heading = heading
        first = line_number
        while first - 1 >= previous_end and heading_text(lines[first - 1], today) in heading:
            first -= 1
        entry.source = lines[first:next_start]
        entry.lines = [lines[index] for index in range(line_number + span, next_start) if index not in used]
        entries.append(entry)
    return entries


def _named_above(lines: list[str], line_number: int, lower: int, today: date) -> bool:
    """The line above the dates' line (within the entry) names two fields or more ("Employer - Title")."""
    above = line_number - 1
    if above < lower or not is_heading_like(lines[above], today):
        return False
    if field_count(heading_text(lines[above], today)) >= 2:
        return True
    # the name wrapped: "Asa Branca Rocket Design - Telemetry Engineer – Aerospace" over "Subsystems"
    return (
        above - 1 >= lower
        and len(lines[above].split()) <= _WRAPPED_TAIL_WORDS
        and is_heading_like(lines[above - 1], today)
        and not lines[above - 1].rstrip().endswith((".", ",", ";", ":"))
        and field_count(heading_text(lines[above - 1], today)) >= 2
    )


def _with_wrapped_names(lines: list[str], today: date) -> list[str]:
    """``lines`` with a dated line's name that wrapped joined again: the next line goes on when it starts in
    lower case ("…, University of Hawai‘i" / "at Mānoa.") or the dated line broke after a comma or a joining
    word ("…, Department of Computer Science," / "University of California, San Diego.")."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        last = previous.rstrip().rsplit(" ", 1)[-1].casefold()
        goes_on = line[:1].islower() or previous.rstrip().endswith(",") or last in joiners()
        if (
            goes_on
            and previous
            and "\t" not in previous + line
            and not is_bullet(line)
            and not is_bullet(previous)
            and date_ranges_in(previous, today)
            and not date_points_in(line)
            and len(line.split()) <= _WRAPPED_NAME_WORDS
        ):
            joined[-1] = f"{previous.rstrip()} {line}"
        else:
            joined.append(line)
    return joined


def _side(lines: list[str], line_number: int, span: int, today: date, described: set[int]) -> str:
    """Where the first dated entry's naming lines are: "own" when the date's line names a title and an
    employer itself, "above" when a heading-like line stands right above it, else "below"."""
    own = heading_text(" ".join(lines[line_number : line_number + span]), today)
    up = line_number - 1
    while up > 0 and up not in described and is_attribute(lines[up], today):
        up -= 1  # "Red Hat" / "DevOps Engineer" / "Denver, Colorado" / "01/2022 - Present": the place between
    above = up >= 0 and up not in described and is_heading_like(lines[up], today)
    after = line_number + span
    below = after < len(lines) and after not in described and is_heading_like(lines[after], today)
    if own and may_be_places(own) and _named_above(lines, line_number, 0, today):
        return "above"
    if own and titled_above(lines, line_number, (0, own), today, described):
        return "above"
    if own and len(line_fields(own)) >= 2:
        return "own"
    if (
        not own
        and line_number > 0
        and not above
        and any(index not in described and is_heading_like(lines[index], today) for index in range(line_number))
    ):
        return "after"  # RenderCV: name, bullets, place, dates; the name is the first line after the last entry
    pieces = re.split(r",\s|\s[|·–—-]\s|\s(?:at|@)\s", own) if own else []
    if len(pieces) == 2 and organisation_score(pieces[0]) > title_score(pieces[0]) and is_lone_city(pieces[1]):
        pieces = pieces[:1]  # "Ingenieurbüro Sommer, Bautzen": an employer and its city, the title elsewhere
    named = any(organisation_score(piece) for piece in pieces)
    # "Opencube Technologies" over "Stagiaire - Développeur<tab>dates": no piece names an organisation, so with a
    # name above, the dash is inside the title
    # "Senior Staff RN" over "Dell Seton Medical Center at UT, Austin, TX | dates": no piece names a title, so
    # with a name above, the line names the employer (and its place) and the title is above
    titled = any(title_score(piece) > organisation_score(piece) for piece in pieces)
    if len(pieces) >= 2 and (named or not (below or above)) and (titled or not above):
        return "own"
    return "above" if above else "below"


def _beside(
    lines: list[str],
    line_number: int,
    span: int,
    reach: tuple[int, int],
    side: str,
    today: date,
    skipped: tuple[set[int], set[int]],
    counts: tuple[int, int],
) -> list[str]:
    """Heading-like lines next to the date's line on ``side``, within the entry's ``reach`` (the previous
    entry's end, the next entry's start), until the entry's fields are named (``counts``: those the date's
    line names, those wanted)."""
    lower, upper = reach
    used, described = skipped
    have, fields = counts
    picked: list[str] = []
    step = -1 if side == "above" else 1
    index = line_number - 1 if side == "above" else line_number + span
    # Below a line of dates alone, the lines under it name every field ("01.02.2016 – 31.07.2016" / "Title" /
    # "Employer"); below a line that names the title with its dates, the rest.
    wanted = max(_NEAR, fields) if side == "above" else (fields - 1 if have else fields)
    if side == "above" and not have:
        index = past_description(lines, index, lower, described)
    while (
        side in {"above", "below"}
        and lower <= index < upper
        and len(picked) < wanted
        and have < fields
        and index not in used
        and index not in described
    ):
        if is_attribute(lines[index], today) or (
            names_a_unit(lines[index])
            and lower <= index + step < upper
            and index + step not in described | used
            and not is_bullet(lines[index + step])
            and is_heading_like(lines[index + step], today)
        ):
            # a line of place alone among the lines that name the entry, or by its dates; a unit's line between
            # the title and the organisation ("Department of Physics," over "University of Leeds")
            used.add(index)
            index += step
            continue
        if not is_heading_like(lines[index], today):
            break
        text = heading_text(lines[index], today)
        picked.insert(0, text) if side == "above" else picked.append(text)
        have += field_count(text)
        used.add(index)
        index += step
    return picked


def _first_after(
    lines: list[str], reach: tuple[int, int], today: date, used: set[int], described: set[int], fields: int
) -> list[str]:
    """The first heading-like lines after the previous entry, until its fields are named (RenderCV: the dates
    come after the bullets; "Acme Corp" / "Senior Analyst" / "Boston, MA" / "2019 – Present")."""
    picked: list[str] = []
    named = 0
    for index in range(*reach):
        if index in used or index in described or is_attribute(lines[index], today):
            if picked:
                break
            continue
        if not is_heading_like(lines[index], today) or named >= fields:
            break
        used.add(index)
        picked.append(heading_text(lines[index], today))
        named += field_count(picked[-1])
    return picked
