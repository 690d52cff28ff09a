#!/usr/bin/env python3
"""Rebuild templates/data/english_words.txt.gz and english_names.txt.gz: common English words and names, from SCOWL.

The posting reader asks one question of it: is a capitalised word an ordinary English word ("Completion",
"Supervisor"), a person's or a place's name ("Haley", "Atlanta"), or the name of a tool ("Kubernetes")? SCOWL
(Spell Checker Oriented Word Lists, Kevin Atkinson) ships in Debian's ``scowl`` package; its size levels 10
to 50 are the common words. Licence: templates/data/english_words.LICENSE.txt (permissive, notice kept).

    sudo apt-get install scowl && python tools/build_english_words.py
"""

from __future__ import annotations

import gzip
import pathlib
import sys

SOURCE = pathlib.Path("/usr/share/dict/scowl")
DATA = pathlib.Path(__file__).resolve().parent.parent / "templates" / "data"
# (output, SCOWL lists and levels): common words; capitalised words and proper names (people, places, months).
LISTS = {
    "english_words.txt.gz": [
        f"{kind}-words.{level}" for kind in ("english", "american") for level in (10, 20, 35, 40, 50)
    ],
    "english_names.txt.gz": [
        f"english-{kind}.{level}"
        for kind in ("upper", "proper-names", "abbreviations")
        for level in (10, 20, 35, 40, 50)
    ],
}


def main() -> int:
    for target, lists in LISTS.items():
        words: set[str] = set()
        for name in lists:
            path = SOURCE / name
            if not path.exists():
                if "words" not in name:
                    continue  # SCOWL has no such level for names and abbreviations
                print(f"{path} is missing: install Debian's scowl package", file=sys.stderr)
                return 1
            for line in path.read_text(encoding="latin-1").splitlines():
                word = line.strip()
                if word and word.isascii() and "'" not in word:
                    words.add(word.casefold())
        data = "\n".join(sorted(words)).encode("ascii") + b"\n"
        # mtime=0: the same words give the same bytes
        (DATA / target).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        print(f"{len(words):,} words -> {DATA / target} ({(DATA / target).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
