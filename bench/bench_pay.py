"""How long an OEWS pay lookup takes: a cold one (first use of an occupation in a process) and warm ones.

    python bench/bench_pay.py

Prints milliseconds; the goal is under 50 ms for a lookup (README, "Pay"). Each cold figure is
measured in a fresh interpreter, so module loading and the first block's decompression count.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = [("29-2072", "Jackson, MS"), ("53-7051", "Oak Park, IL"), ("11-9111", "Chicago, IL"), ("25-2021", None)]
COLD = """
import time, sys
sys.path.insert(0, {repo!r})
started = time.perf_counter()
from toolkit.pay import occupation_pay
imported = time.perf_counter()
occupation_pay({code!r}, {place!r})
print((time.perf_counter() - started) * 1000, (time.perf_counter() - imported) * 1000)
"""


def cold(code: str, place: str | None) -> tuple[float, float]:
    """(import and lookup, lookup alone) in milliseconds, in a fresh interpreter."""
    script = COLD.format(repo=str(REPO), code=code, place=place)
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    total, lookup = output.split()
    return float(total), float(lookup)


def main() -> None:
    sys.path.insert(0, str(REPO))
    from toolkit.inputs.roles import load_role
    from toolkit.pay import occupation_pay, search_occupations
    from toolkit.pay.bands import market_band

    print("cold lookup in a fresh interpreter, median of 5: import of toolkit.pay and lookup / the lookup alone")
    for code, place in CASES:
        runs = [cold(code, place) for _ in range(5)]
        total = statistics.median(run[0] for run in runs)
        alone = statistics.median(run[1] for run in runs)
        print(f"  {code} at {place or 'the nation'}: {total:.1f} ms / {alone:.1f} ms")
    print("warm lookups in one process, median of 200:")
    for code, place in CASES:
        occupation_pay(code, place)
        times = []
        for _ in range(200):
            started = time.perf_counter()
            occupation_pay(code, place)
            times.append((time.perf_counter() - started) * 1000)
        print(f"  {code} at {place or 'the nation'}: {statistics.median(times):.3f} ms")
    pack = load_role("medical-records-specialist")
    started = time.perf_counter()
    for level in pack.level_ids():
        market_band(pack.soc, pack.level_ids(), level, "Denver, CO")
    print(f"every level of medical-records-specialist in Denver, CO: {(time.perf_counter() - started) * 1000:.1f} ms")
    started = time.perf_counter()
    search_occupations("medical records")
    elapsed = (time.perf_counter() - started) * 1000
    print(f"pay search 'medical records' (first, loads the title list): {elapsed:.1f} ms")


if __name__ == "__main__":
    main()
