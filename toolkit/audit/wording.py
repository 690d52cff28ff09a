"""Fair wording: phrases that state a preference the law forbids in job notices, screen people out, or
hide the job in jargon, each with a plainer suggestion; and the posting's gender-coded words.

The lists are data (templates/data/audit/wording.yaml), each naming its source. Gender-coded
words are the Gaucher, Friesen and Kay (2011) stems as the MIT-licensed gender-decoder project
keeps them; as there, a stem matches a word that starts with it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..resources import data_file
from .findings import Finding

_WORD = re.compile(r"[a-z][a-z'’-]*", re.IGNORECASE)


@cache
def wording_data() -> dict[str, Any]:
    return data_file("audit", "wording.yaml")


@cache
def _compiled() -> tuple[tuple[dict[str, Any], dict[str, Any], re.Pattern[str]], ...]:
    compiled = []
    for group in wording_data()["lists"]:
        for term in group["terms"]:
            if "pattern" in term:
                pattern = re.compile(term["pattern"], re.IGNORECASE)
            else:
                words = r"[\s-]+".join(re.escape(word) for word in str(term["term"]).split())
                pattern = re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)
            compiled.append((group, term, pattern))
    return tuple(compiled)


def check_wording(lines: list[str]) -> list[Finding]:
    """A finding for each listed phrase the posting uses (once per phrase), and one note on gender coding."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        spans: list[tuple[int, int]] = []
        # Longer phrases first, so "native English" inside "native English speaker" is not said twice.
        for group, term, pattern in sorted(_compiled(), key=lambda item: -len(str(item[1].get("term", "")))):
            match = pattern.search(line)
            if match is None or any(start < match.end() and match.start() < end for start, end in spans):
                continue
            spans.append(match.span())
            label = str(term.get("label") or term.get("term"))
            if label.casefold() in seen:
                continue
            seen.add(label.casefold())
            findings.append(
                Finding(
                    rule=f"wording.{group['id']}",
                    severity=term["severity"],
                    message=f"{group['title']}: {match.group(0)!r}; write instead: {term['suggest']}",
                    source=group["source"],
                    quote=line.strip(),
                    line=number,
                    suggestion=str(term["suggest"]),
                )
            )
    coded = gender_coding(lines)
    if coded is not None:
        findings.append(coded)
    return findings


def gender_coding(lines: list[str]) -> Finding | None:
    """One note naming the masculine- and feminine-coded words used and which way the posting leans."""
    data = wording_data()["gender_coded"]
    exceptions = {word.casefold() for word in data["exceptions"]}
    masculine: dict[str, int] = {}
    feminine: dict[str, int] = {}
    first_line = 0
    for number, line in enumerate(lines, start=1):
        for word in _WORD.findall(line.casefold()):
            word = word.strip("'’-")
            if word in exceptions:
                continue
            for stems, found in ((data["masculine"], masculine), (data["feminine"], feminine)):
                if any(word.startswith(stem) for stem in stems):
                    found[word] = found.get(word, 0) + 1
                    first_line = first_line or number
    if not masculine and not feminine:
        return None
    total_masculine, total_feminine = sum(masculine.values()), sum(feminine.values())
    lean = (
        "leans masculine-coded"
        if total_masculine > total_feminine
        else "leans feminine-coded"
        if total_feminine > total_masculine
        else "is balanced"
    )
    suggestions = {
        word: suggestion
        for stem, suggestion in data.get("suggest", {}).items()
        for word in masculine
        if word.startswith(stem)
    }
    message = (
        f"Gender-coded wording: the posting {lean} ({total_masculine} masculine-coded, {total_feminine} "
        f"feminine-coded words). Masculine-coded: {_listed(masculine)}. Feminine-coded: {_listed(feminine)}."
    )
    if total_masculine > total_feminine:
        message += " Research found masculine-coded postings less appealing to women; balance them where it is true."
    if suggestions:
        message += (
            " Plainer words: " + "; ".join(f"{word} -> {text}" for word, text in sorted(suggestions.items())) + "."
        )
    return Finding(
        "wording.gender-coded",
        "note",
        message,
        data["source"],
        line=first_line,
        suggestion="; ".join(f"{word}: {text}" for word, text in sorted(suggestions.items())),
    )


def _listed(words: dict[str, int]) -> str:
    if not words:
        return "none"
    return ", ".join(f"{word} ({count})" if count > 1 else word for word, count in sorted(words.items()))
