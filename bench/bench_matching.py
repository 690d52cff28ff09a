"""Terms against a profile's texts: looked up term by term (``find_keyword``, how tailoring matched before)
beside one reading of each text (``TermIndex``), measured side by side in one run, at growing sizes.

Term by term grows with terms × texts; read once it grows with terms + texts, so doubling both
should take the first about four times as long and the second about twice. Not a test: only the
ratios measured in one run on this machine mean anything.

    python bench/bench_matching.py [--terms 250] [--texts 1000] [--steps 3]
"""

from __future__ import annotations

import argparse
import random
import time

from toolkit.matching import TextIndex, find_keyword
from toolkit.models.role import Keyword
from toolkit.term_index import TermIndex


def inputs(terms: int, texts: int) -> tuple[list[Keyword], list[str]]:
    chooser = random.Random(7)
    keywords = [
        Keyword(term=f"tool{number} suite", synonyms=[f"tool{number}", f"t{number} system"], category="skills")
        for number in range(terms)
    ]
    lines = [
        " ".join(chooser.choice([f"tool{chooser.randrange(terms)}", "records", "the", "team"]) for _ in range(20))
        for _ in range(texts)
    ]
    return keywords, lines


def term_by_term(keywords: list[Keyword], lines: list[str]) -> int:
    found = 0
    for line in lines:
        index = TextIndex.of(line)
        found += sum(1 for keyword in keywords if find_keyword(index, keyword))
    return found


def read_once(keywords: list[Keyword], lines: list[str]) -> int:
    index = TermIndex(keywords)
    return sum(len(index.found(line)) for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=250)
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=3)
    arguments = parser.parse_args()
    print(f"{'terms':>7} {'texts':>7} {'term by term':>13} {'read once':>10} {'ratio':>7}")
    for step in range(arguments.steps):
        terms, texts = arguments.terms * 2**step, arguments.texts * 2**step
        keywords, lines = inputs(terms, texts)
        started = time.perf_counter()
        slow = term_by_term(keywords, lines)
        slow_seconds = time.perf_counter() - started
        started = time.perf_counter()
        fast = read_once(keywords, lines)
        fast_seconds = time.perf_counter() - started
        assert slow == fast, (slow, fast)
        ratio = slow_seconds / fast_seconds
        print(f"{terms:7,} {texts:7,} {slow_seconds:12.2f}s {fast_seconds:9.3f}s {ratio:6.0f}x")


if __name__ == "__main__":
    main()
