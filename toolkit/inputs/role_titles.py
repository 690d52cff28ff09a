"""Which shipped role a posting's title names: by the pack's title, a level's title, or a name it goes by.

Only the job's own name counts, case and spacing aside, with the remarks and qualifier a posting adds
to it ("Cancer Registrar (ODS-C / CTR)", "Patient Access Representative - Emergency Department") set
apart: a guess from similar words could tailor every document to the wrong job. A title that only
comes close (it holds all the words of a pack's name and more: "Medical Records Specialist Lead") is
offered as a suggestion, never chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import templates_dir
from .roles import GENERAL_ROLE, _is_abstract, _pack_files, load_role

# What a posting's title adds to the job's name: remarks in parentheses ("(remote)", "(ODS-C / CTR)") and a
# qualifier after a spaced dash or bar ("- Emergency Department", "| Nights").
_TITLE_REMARK = re.compile(r"\([^()]{0,200}\)")
_TITLE_QUALIFIER = re.compile(r"\s[-–—|]\s")
_WORD = re.compile(r"[a-z0-9]+")
# A name of one word ("Coder", "CDS") is too little to suggest a role from: other words around it change the job.
MIN_NEAR_WORDS = 2
MAX_SUGGESTIONS = 3
_TOP_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_ALSO_BLOCK = re.compile(r"^also_known_as:[ \t]*\n((?:[ \t]+-[^\n]*\n|[ \t]*#[^\n]*\n)+)", re.MULTILINE)
_ABSTRACT = re.compile(r"^abstract:[ \t]*[\"']?(?:true|yes|on)\b", re.MULTILINE | re.IGNORECASE)
_ALSO_FLOW = re.compile(r"^also_known_as:[ \t]*\[([^\]\n]*)\]", re.MULTILINE)


@dataclass(frozen=True)
class TitleMatch:
    role: str | None  # the shipped role the title names, None when none does
    named_by: str = ""  # "title", or the name (as the pack writes it) the role goes by that the title is
    near: tuple[tuple[str, str], ...] = ()  # (role id, its name) the title comes close to, when no role


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def role_titled(title: str) -> str | None:
    """The shipped role whose title, one of whose level titles, or a name it alone goes by is ``title``."""
    return title_match(title).role


@lru_cache(maxsize=64)
def title_match(title: str) -> TitleMatch:
    """The role ``title`` names, or the roles it comes close to (see the module's notes)."""
    name = _TITLE_QUALIFIER.split(_TITLE_REMARK.sub(" ", title[:300]), maxsplit=1)[0]
    wanted = {_fold(text) for text in (title, name)} - {""}
    if not wanted:
        return TitleMatch(None)
    if (found := _titled(wanted)) is not None:
        return TitleMatch(found, "title")
    names = _pack_names()
    also = [(role, own) for role, own in names if _fold(own) in wanted]
    # A name one role alone goes by chooses it (its pack read to confirm); one several share is only suggested.
    if len({role for role, _ in also}) == 1 and _fold(also[0][1]) in {
        _fold(n) for n in load_role(also[0][0]).also_known_as
    }:
        return TitleMatch(also[0][0], also[0][1])
    words = set(_WORD.findall(_fold(name)))
    near = list(also)
    for role, own in names:
        own_words = _WORD.findall(_fold(own))
        if len(own_words) >= MIN_NEAR_WORDS and set(own_words) <= words and (role, own) not in near:
            near.append((role, own))
    # The longest name first (it says most about the job), one suggestion per role.
    near.sort(key=lambda pair: -len(pair[1]))
    chosen: dict[str, str] = {}
    for role, own in near:
        chosen.setdefault(role, own)
    return TitleMatch(None, near=tuple(list(chosen.items())[:MAX_SUGGESTIONS]))


def _titled(wanted: set[str]) -> str | None:
    # Related roles name other packs' titles too: the pack whose id spells the name is tried first.
    slugs = {"-".join(_WORD.findall(name)) for name in wanted}
    for path in sorted(_pack_files(templates_dir() / "roles"), key=lambda path: path.stem not in slugs):
        # Each shipped pack writes its own title and level titles (`title: ...`): one whose file has no such
        # line is not read (reading every pack took 180 ms of a `resume --job` for a barista).
        text = " ".join(path.read_text(encoding="utf-8").casefold().split())
        titled = any(f"title: {quote}{name}" in text for name in wanted for quote in ("", '"', "'"))
        if path.stem == GENERAL_ROLE or not titled or _is_abstract(path):
            continue
        pack = load_role(path.stem)
        titles = [pack.title, *(level.title for level in pack.levels)]
        if wanted & {_fold(title) for title in titles}:
            return path.stem
    return None


@lru_cache(maxsize=1)
def _pack_names() -> tuple[tuple[str, str], ...]:
    """(role id, name as written) for each shipped role's title and the names it goes by (``also_known_as``), read
    from the files' text: loading every pack to learn a dozen names would cost a barista's resume 180 ms."""
    names: list[tuple[str, str]] = []
    for path in _pack_files(templates_dir() / "roles"):
        text = path.read_text(encoding="utf-8")
        # Read for its flag only (loading the pack to learn it cost 20 ms a file).
        if path.stem == GENERAL_ROLE or _ABSTRACT.search(text):
            continue
        found = [match.group(1) for match in _TOP_TITLE.finditer(text)]
        if block := _ALSO_BLOCK.search(text):
            found += [line.strip()[1:] for line in block.group(1).splitlines() if line.strip().startswith("-")]
        if flow := _ALSO_FLOW.search(text):
            found += flow.group(1).split(",")
        written = (" ".join(item.split(" #")[0].strip().strip("'\"").split()) for item in found)
        names += [(path.stem, own) for own in dict.fromkeys(written) if own]
    return tuple(names)
