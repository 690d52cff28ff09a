"""Sentences and labels of a posting's lines, read the same way by every rule."""

from __future__ import annotations

import re

from .words import ABBREVIATIONS

# Every pattern runs on untrusted text: linear, and on one line cut to MAX_LINE characters.
MAX_LINE = 2_000

CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u2011": "-", "\u2010": "-"})

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9(\"])")

LABEL = re.compile(r"^([A-Za-z][A-Za-z /&'-]{0,40}?):\s+(?=\S)")


def split_sentences(text: str) -> list[str]:
    """Sentences of a line; a period after an initial or a short abbreviation ("St.", "B.S.") ends none."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1] if before else ""
        if len(last.strip("(").replace(".", "")) <= 2 or last.lower().strip("(") in ABBREVIATIONS:
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [sentence.rstrip(".!? ") for sentence in sentences if sentence.strip(".!? ")]
