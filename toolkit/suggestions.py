"""Did-you-mean hints for misspelt names and keys."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'company'?)`` when a choice is close, else an empty string."""
    choices = list(choices)
    lowered = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean {lowered[close[0]]!r}?)" if close else ""


def unknown_name_message(kind: str, name: str, choices: Iterable[str]) -> str:
    """``unknown theme 'modrn' (did you mean 'modern'?); choose from: classic, modern`` (choices in the order given)."""
    choices = list(choices)
    return f"unknown {kind} {name!r}{did_you_mean(name, choices)}; choose from: {', '.join(choices)}"
