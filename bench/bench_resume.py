"""Cold-start benchmark: `jobkit resume ... -o x.pdf` against a bare WeasyPrint script on the same HTML.

Runs both side by side, alternating, each in a fresh process, and prints the median wall
times and their ratio (target: jobkit / bare <= 1.2). Also times a cold `jobkit --help`
(target: <= 0.3 s) beside a bare `python -c pass`. Not a test: this machine is shared and
noisy, so only ratios measured in one run mean anything.

    python bench/bench_resume.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILE = REPO / "examples" / "profile.yaml"
ROLE = "medical-records-specialist"

BARE_SCRIPT = """
import sys
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
html_path, css_path, out = sys.argv[1:4]
fonts = FontConfiguration()
css = CSS(string=open(css_path, encoding="utf-8").read(), font_config=fonts)
HTML(string=open(html_path, encoding="utf-8").read()).write_pdf(out, stylesheets=[css], font_config=fonts,
                                                               pdf_tags=True)
"""


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    python = sys.executable
    jobkit = [python, "-m", "toolkit"]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        html = work / "resume.html"
        subprocess.run(
            [*jobkit, "resume", str(PROFILE), "--role", ROLE, "--level", "senior", "-o", str(html)],
            check=True,
            capture_output=True,
        )
        from toolkit.render.fonts import font_face_css

        css = work / "fonts.css"
        css.write_text(font_face_css(), encoding="utf-8")
        bare = work / "bare.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")

        commands = {
            "jobkit resume -o x.pdf": [
                *jobkit,
                "resume",
                str(PROFILE),
                "--role",
                ROLE,
                "--level",
                "senior",
                "-o",
                str(work / "jobkit.pdf"),
            ],
            "bare WeasyPrint, same HTML": [python, str(bare), str(html), str(css), str(work / "bare.pdf")],
            "jobkit --help": [*jobkit, "--help"],
            "python -c pass": [python, "-c", "pass"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(timed(command, work))

    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"cold runs: {runs} each, alternating; median wall time")
    for name, value in medians.items():
        print(f"  {name:<28} {value:6.3f} s")
    ratio = medians["jobkit resume -o x.pdf"] / medians["bare WeasyPrint, same HTML"]
    print(f"resume PDF ratio jobkit / bare WeasyPrint: {ratio:.2f}  (target <= 1.20)")
    help_time = medians["jobkit --help"]
    print(
        f"jobkit --help: {help_time:.3f} s, {help_time - medians['python -c pass']:.3f} s over bare Python "
        "(target <= 0.30 s)"
    )


if __name__ == "__main__":
    main()
