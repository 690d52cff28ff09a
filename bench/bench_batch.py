"""Batch throughput and worker memory: 200 one-page job-description PDFs with --jobs 1 and --jobs 2.

Prints documents per second for each (goal: >= 8 per second with --jobs 2) and their ratio
(goal >= 1.7 on two cores), the peak memory of a worker for 50 and 200 rows (rows stream
through workers, so it should stay flat), and the per-document time in a warm worker beside
WeasyPrint's own time for the same page in a warm process. Not a test: only ratios from one
run mean anything here.

    python bench/bench_batch.py [--rows 200]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROLE = "medical-records-specialist"
LEVELS = ["junior", "mid", "senior", "supervisor", "manager", "director"]

RUN_BATCH = """
import json, resource, sys, time
from toolkit.batch import run_batch
started = time.perf_counter()
summary = run_batch(sys.argv[1], out_dir=sys.argv[2], fmt="pdf", jobs=int(sys.argv[3]))
elapsed = time.perf_counter() - started
# Workers are children of this process: after the pool is joined, RUSAGE_CHILDREN holds the largest one's peak.
print(json.dumps({"made": summary.made, "failed": summary.failed, "seconds": elapsed,
                  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

WARM_COSTS = """
import json, statistics, time
from toolkit.api import render_job_description
from toolkit.render.pdf import html_to_pdf
options = dict(role="medical-records-specialist", level="mid", company="Acme")
html = render_job_description(fmt="html", **options).content.decode()
render_job_description(fmt="pdf", **options)  # warm up
jobkit, bare = [], []
for _ in range(10):
    start = time.perf_counter()
    render_job_description(fmt="pdf", **options)
    jobkit.append(time.perf_counter() - start)
    start = time.perf_counter()
    html_to_pdf(html)
    bare.append(time.perf_counter() - start)
print(json.dumps({"jobkit": statistics.median(jobkit), "weasyprint": statistics.median(bare)}))
"""


def write_csv(path: Path, rows: int) -> None:
    lines = ["role,level,company,location,output"]
    lines += [f'{ROLE},{LEVELS[row % len(LEVELS)]},Company {row},"Chicago, IL",posting-{row}' for row in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(csv_path: Path, out_dir: Path, jobs: int) -> dict:
    output = subprocess.run(
        [sys.executable, "-c", RUN_BATCH, str(csv_path), str(out_dir), str(jobs)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        big, small = work / "big.csv", work / "small.csv"
        write_csv(big, rows)
        write_csv(small, max(rows // 4, 1))
        one = run(big, work / "one", 1)
        two = run(big, work / "two", 2)
        small_run = run(small, work / "small", 2)
    warm = json.loads(
        subprocess.run([sys.executable, "-c", WARM_COSTS], check=True, capture_output=True, text=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    rate_one, rate_two = one["made"] / one["seconds"], two["made"] / two["seconds"]
    print(f"{rows} one-page job-description PDFs (load average {os.getloadavg()[0]:.2f})")
    print(f"  --jobs 1: {rate_one:6.2f} documents/s ({one['seconds']:.1f} s)")
    print(f"  --jobs 2: {rate_two:6.2f} documents/s ({two['seconds']:.1f} s)  (goal >= 8)")
    print(f"  speed-up --jobs 2 / --jobs 1: {rate_two / rate_one:.2f}  (goal >= 1.70 on two cores)")
    print(
        f"peak worker memory: {small_run['worker_peak_mb']:.0f} MB for {max(rows // 4, 1)} rows, "
        f"{two['worker_peak_mb']:.0f} MB for {rows} rows "
        f"(ratio {two['worker_peak_mb'] / small_run['worker_peak_mb']:.2f}; flat is 1.0)"
    )
    print(
        f"warm per-document time: jobkit {warm['jobkit'] * 1000:.0f} ms, WeasyPrint alone on the same HTML "
        f"{warm['weasyprint'] * 1000:.0f} ms (ratio {warm['jobkit'] / warm['weasyprint']:.2f})"
    )


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"(benchmark took {time.perf_counter() - start:.0f} s)")
