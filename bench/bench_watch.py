"""Live-preview latency: from saving the profile to a new one-page resume PDF, jobkit --watch beside RenderCV --watch.

Each tool watches its own copy of the same person (``rendercv_peer.py`` writes RenderCV's
YAML); the bench edits a highlight, saves, and polls the output PDF every 5 ms until it
changes, several times, and prints the median and worst latency. Goal: jobkit <= 0.5 s.
Without RenderCV it says so and measures jobkit alone. Not a test: ratios from one run only.

    python bench/bench_watch.py [--edits 8]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rendercv_peer import find_rendercv, write_rendercv_input  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PROFILE = REPO / "examples" / "profile.yaml"
MARKER = "Trained four new hires"


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _pdf_says(path: Path, text: str | None) -> bool:
    """Whether the PDF is whole and holds ``text`` (None: just whole)."""
    from pypdf import PdfReader

    try:
        content = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    except Exception:
        return False
    return text is None or text in content


def _wait_for_change(path: Path, before: tuple[int, int] | None, says: str | None = None, timeout: float = 30) -> float:
    """Seconds until ``path`` differs from ``before`` and is a whole PDF that says ``says``.

    The time is taken when the change is first seen; reading the PDF back (to be sure it
    is the new document, not a file being written) is not counted.
    """
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        now = _stamp(path)
        if now is not None and now != before:
            seen = time.perf_counter() - started
            if _pdf_says(path, says):
                return seen
            before = now  # a partial or older write: wait for the next change
        time.sleep(0.005)
    raise TimeoutError(f"{path} did not change within {timeout} s")


def measure(command: list[str], source: Path, output: Path, edits: int, cwd: Path) -> list[float]:
    """Start ``command`` (a watcher), then edit ``source`` ``edits`` times and time each new ``output``."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_change(output, None, timeout=60)  # the first render
        time.sleep(1.0)  # let the watcher settle into its loop
        original = source.read_text(encoding="utf-8")
        latencies = []
        for number in range(edits):
            before = _stamp(output)
            edited = f"{MARKER} (edit {number})"
            source.write_text(original.replace(MARKER, edited), encoding="utf-8")
            latencies.append(_wait_for_change(output, before, says=f"(edit {number})"))
            time.sleep(0.5)
        return latencies
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=8)
    edits = parser.parse_args().edits
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        profile = work / "profile.yaml"
        profile.write_text(PROFILE.read_text(encoding="utf-8"), encoding="utf-8")
        jobkit_pdf = work / "jobkit.pdf"
        results = {
            "jobkit resume --watch": measure(
                [sys.executable, "-m", "toolkit", "resume", str(profile), "-o", str(jobkit_pdf), "--watch"],
                profile,
                jobkit_pdf,
                edits,
                work,
            )
        }
        rendercv, note = find_rendercv()
        if rendercv is not None:
            peer_input = write_rendercv_input(PROFILE, work)
            peer_pdf = work / "rendercv.pdf"
            command = [str(rendercv), "render", str(peer_input), "--pdf-path", str(peer_pdf)]
            results[f"RenderCV --watch ({note})"] = measure(
                [*command, "-nomd", "-nohtml", "-nopng", "--watch"], peer_input, peer_pdf, edits, work
            )
    print(f"save -> new PDF, {edits} edits each (load average {os.getloadavg()[0]:.2f})")
    for name, values in results.items():
        print(f"  {name:<40} median {statistics.median(values):.3f} s, worst {max(values):.3f} s")
    jobkit = statistics.median(results["jobkit resume --watch"])
    print(f"jobkit median {jobkit:.3f} s (goal <= 0.5 s)")
    peer = next((values for name, values in results.items() if name.startswith("RenderCV")), None)
    if peer is not None:
        print(f"jobkit / RenderCV: {jobkit / statistics.median(peer):.2f}")
    else:
        print(f"RenderCV: not measured: {note}")


if __name__ == "__main__":
    main()
