"""What a posting's text shows for the audit: pay statements (closed or open-ended), benefits, a closing
date, pay behind a link, and the employer's size as the posting states it. Words from posting-signals.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..resources import data_file

# An amount as postings write it: "$22", "$22.50", "$52,000", "$52k", "$ 52K".
_AMOUNT = r"\$\s?[0-9][0-9,]*(?:\.[0-9]{1,2})?\s?[kK]?\b"
_RANGE = re.compile(rf"({_AMOUNT})\s*(?:-|–|—|to|and)\s*({_AMOUNT})", re.IGNORECASE)
_SINGLE = re.compile(_AMOUNT)
_URL = re.compile(r"(https?://\S+|www\.\S+)", re.IGNORECASE)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE = re.compile(
    rf"\b((?:{_MONTHS}|[a-z]{{3}}\.?)\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}"
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4})",
    re.IGNORECASE,
)
# Words that make a dollar amount pay rather than a tuition cap or a bonus for referrals.
_PAY_CONTEXT = re.compile(
    r"\b(pay|paid|salary|salaries|wage|wages|compensation|rate|hourly|hour|hr|annual|annually|year|yr|base|range)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PayStatement:
    text: str
    line: int
    closed: bool  # a range with both ends, or one fixed amount


@dataclass
class PostingFacts:
    """What the audit read from a posting, each with the line it is on."""

    lines: list[str]
    pay: list[PayStatement] = field(default_factory=list)
    benefits: list[tuple[int, str]] = field(default_factory=list)  # (line, benefit word)
    deadline: tuple[int, str] | None = None
    pay_link: tuple[int, str] | None = None
    stated_size: tuple[int, int] | None = None  # (line, employees)

    @property
    def closed_pay(self) -> list[PayStatement]:
        return [item for item in self.pay if item.closed]

    @property
    def open_pay(self) -> list[PayStatement]:
        return [item for item in self.pay if not item.closed]


@cache
def signals() -> dict[str, Any]:
    return data_file("audit", "posting-signals.yaml")


@cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w]){'(?:' + alternatives + ')'}(?![\w])", re.IGNORECASE)


MAX_AUDIT_LINE = 5_000  # characters of one line read: a posting's longest paragraph is far shorter


def read_posting_text(text: str) -> PostingFacts:
    """The audit's reading of ``text``: one pass over its lines, nothing guessed beyond what they say."""
    data = signals()
    lines = text.splitlines()
    facts = PostingFacts(lines)
    benefit_words = _word_pattern(tuple(data["benefits"]))
    before = _word_pattern(tuple(data["open_ended_before"]))
    after_words = tuple(word for word in data["open_ended_after"] if word != "+")
    after = _word_pattern(after_words)
    deadline = _word_pattern(tuple(data["deadline_words"]))
    pay_words = _word_pattern(tuple(data["pay_words"]))
    sizes = [re.compile(pattern, re.IGNORECASE) for pattern in data["size_patterns"]]
    headings = {heading.casefold() for heading in data["benefit_headings"]}
    # Whether any later line is a heading of something else (a benefits heading counts only when the posting goes
    # on past it): worked out once, from the end, not by rescanning the rest of the posting for every heading.
    other_heading_after = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        plain = _plain_heading(lines[index][:MAX_AUDIT_LINE])
        other_heading_after[index] = other_heading_after[index + 1] or bool(plain and plain not in headings)
    for number, line in enumerate(lines, start=1):
        line = line[:MAX_AUDIT_LINE]
        facts.pay += _pay_statements(line, number, before, after)
        facts.benefits += [(number, match.group(0)) for match in benefit_words.finditer(line)]
        if _plain_heading(line) in headings and other_heading_after[number]:
            facts.benefits.append((number, line.strip()))
        if facts.deadline is None and (found := deadline.search(line)):
            date = _DATE.search(line, found.end())
            if date and date.start() - found.end() < 40:
                facts.deadline = (number, line[found.start() : date.end()].strip())
        if facts.pay_link is None and pay_words.search(line) and (url := _URL.search(line)):
            facts.pay_link = (number, url.group(0))
        if facts.stated_size is None:
            for pattern in sizes:
                if (match := pattern.search(line)) and len(digits := match.group(1).replace(",", "")) <= 9:
                    facts.stated_size = (number, int(digits))
                    break
    return facts


def _plain_heading(line: str) -> str:
    """A line as a heading reads: ``## Benefits:`` -> ``benefits``."""
    return " ".join(re.sub(r"[#*_:|=-]+", " ", line).split()).casefold()


def _pay_statements(line: str, number: int, before: re.Pattern[str], after: re.Pattern[str]) -> list[PayStatement]:
    if "$" not in line or not _PAY_CONTEXT.search(line):
        return []
    found: list[PayStatement] = []
    taken: list[tuple[int, int]] = []
    for match in _RANGE.finditer(line):
        found.append(PayStatement(match.group(0).strip(), number, True))
        taken.append(match.span())
    for match in _SINGLE.finditer(line):
        if any(start <= match.start() < end for start, end in taken):
            continue
        ahead = line[max(0, match.start() - 25) : match.start()]
        behind = line[match.end() : match.end() + 12]
        opened = bool(before.search(ahead)) or behind.lstrip().startswith("+") or bool(after.match(behind.lstrip()))
        shown = (ahead[ahead.rfind(" ", 0, max(0, len(ahead) - 12)) + 1 :] if opened else "") + match.group(0)
        if opened and (tail := after.match(behind.lstrip()) or re.match(r"\+", behind.lstrip())):
            shown += ("" if tail.group(0) == "+" else " ") + tail.group(0)
        found.append(PayStatement(shown.strip(), number, not opened))
    return found
