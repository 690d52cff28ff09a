"""Cold-start benchmark: one-page resume PDF and DOCX, `jobkit --help`, against RenderCV and bare WeasyPrint.

Every command runs in a fresh process, all of them alternating in one loop, so they share
whatever else the machine is doing; the medians and their ratios are printed. Goals:

- resume PDF cold <= 0.6 x RenderCV 2.8 on the same person (``rendercv_peer.py`` writes
  RenderCV's YAML from examples/profile.yaml); skipped, saying why, without RenderCV; and the same
  as on a machine without HarfBuzz-Subset (``without_harfbuzz_subset.py``), beside the ordinary
  WeasyPrint import there (``JOBKIT_PLAIN_WEASYPRINT_IMPORT=1``, what jobkit did before it knew the
  library was simply absent);
- resume DOCX cold <= 0.35 s;
- `jobkit --help` <= 0.15 s;
- and, for reference, jobkit's PDF against a bare WeasyPrint script on the same HTML.

Not a test: this machine is shared and noisy, so only numbers measured side by side in
one run mean anything (see the ratios, and the load average printed with them). jobkit
gains its wall time by loading WeasyPrint in a second process while the first validates,
so it needs a second free core; the CPU times show the work done whatever the load.

    python bench/bench_resume.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rendercv_peer import find_rendercv, rendercv_command, write_rendercv_input  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PROFILE = REPO / "examples" / "profile.yaml"

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


def timed(command: list[str], cwd: Path, cpu: list[float] | None = None) -> float:
    """Wall time of ``command``; its CPU time (all its processes, user + system) is appended to ``cpu``."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    python = sys.executable
    jobkit = [python, "-m", "toolkit"]
    # An installed jobkit has its bytecode compiled (pip does it at install); a source checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would compile every toolkit module again on each run (~50 ms that no
    # installed user pays), so compile it once here.
    import compileall

    compileall.compile_dir(REPO / "toolkit", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        html = work / "resume.html"
        subprocess.run([*jobkit, "resume", str(PROFILE), "-o", str(html)], check=True, capture_output=True)
        from toolkit.render.fonts import font_face_css

        css = work / "fonts.css"
        css.write_text(font_face_css(), encoding="utf-8")
        bare = work / "bare.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")

        commands = {
            "jobkit resume -o x.pdf": [*jobkit, "resume", str(PROFILE), "-o", str(work / "jobkit.pdf")],
            "jobkit resume -o x.pdf, no HarfBuzz-Subset": [
                python,
                str(HERE / "without_harfbuzz_subset.py"),
                "resume",
                str(PROFILE),
                "-o",
                str(work / "nohb.pdf"),
            ],
            "  the same, ordinary WeasyPrint import": [
                "env",
                "JOBKIT_PLAIN_WEASYPRINT_IMPORT=1",
                python,
                str(HERE / "without_harfbuzz_subset.py"),
                "resume",
                str(PROFILE),
                "-o",
                str(work / "plain.pdf"),
            ],
            "jobkit resume -o x.docx": [*jobkit, "resume", str(PROFILE), "-o", str(work / "jobkit.docx")],
            "bare WeasyPrint, same HTML": [python, str(bare), str(html), str(css), str(work / "bare.pdf")],
            "jobkit --help": [*jobkit, "--help"],
            "python -c pass": [python, "-c", "pass"],
        }
        rendercv, rendercv_note = find_rendercv()
        if rendercv is not None:
            peer_input = write_rendercv_input(PROFILE, work)
            peer_pdf = work / "rendercv.pdf"
            commands[f"RenderCV ({rendercv_note})"] = rendercv_command(rendercv, peer_input, peer_pdf)
            try:
                timed(commands[f"RenderCV ({rendercv_note})"], work)  # first run may fetch its Typst packages
            except subprocess.CalledProcessError as error:
                rendercv_note = f"RenderCV failed: {error.stderr.decode(errors='replace').strip()[-300:]}"
                rendercv = None
                del commands[next(name for name in commands if name.startswith("RenderCV ("))]
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(timed(command, work, cpu[name]))
        jobkit_pages = pages(work / "jobkit.pdf")
        peer_pages = pages(work / "rendercv.pdf") if rendercv is not None else 0

    medians = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"cold runs: {runs} each, alternating; median wall time and CPU time "
        f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)"
    )
    for name, value in medians.items():
        print(f"  {name:<42} {value:6.3f} s wall  {statistics.median(cpu[name]):6.3f} s CPU")
    pdf = medians["jobkit resume -o x.pdf"]
    peer = next((value for name, value in medians.items() if name.startswith("RenderCV (")), None)
    if peer is not None:
        peer_name = next(name for name in medians if name.startswith("RenderCV ("))
        print(
            f"resume PDF, jobkit / RenderCV: {pdf / peer:.2f} wall (goal <= 0.60), "
            f"{statistics.median(cpu['jobkit resume -o x.pdf']) / statistics.median(cpu[peer_name]):.2f} CPU; "
            f"jobkit {jobkit_pages} page(s), RenderCV {peer_pages} page(s) for the same person"
        )
        without = medians["jobkit resume -o x.pdf, no HarfBuzz-Subset"]
        print(
            f"resume PDF without HarfBuzz-Subset, jobkit / RenderCV: {without / peer:.2f} wall (goal <= 0.60); "
            f"with the ordinary import there: {medians['  the same, ordinary WeasyPrint import'] / peer:.2f}"
        )
    else:
        print(f"resume PDF, jobkit / RenderCV: not measured: {rendercv_note}")
    print(f"resume PDF, jobkit / bare WeasyPrint on the same HTML: {pdf / medians['bare WeasyPrint, same HTML']:.2f}")
    print(f"resume DOCX cold: {medians['jobkit resume -o x.docx']:.3f} s  (goal <= 0.35 s)")
    help_time = medians["jobkit --help"]
    print(
        f"jobkit --help: {help_time:.3f} s, {help_time - medians['python -c pass']:.3f} s over bare Python "
        "(goal <= 0.15 s)"
    )


if __name__ == "__main__":
    main()
