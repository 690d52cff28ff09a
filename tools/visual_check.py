"""Render every document kind in each theme as PDF and DOCX, and put them side by side as PNG.

For each kind x theme x paper: the PDF (WeasyPrint) and the DOCX laid out by LibreOffice,
pages as PNG in two rows (PDF above, DOCX below) in one sheet per case, and a table of
page counts. Look at the sheets: the two rows should match, line for line.

    python tools/visual_check.py OUT_DIR [--theme NAME_OR_FOLDER ...] [--kind KIND ...] [--dpi 60]

Needs LibreOffice (soffice) and poppler (pdftoppm) on the PATH. A development aid, not a test.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pypdf import PdfReader  # noqa: E402

from toolkit import api  # noqa: E402

EXAMPLES = REPO / "examples"
ROLE = "medical-records-specialist"
TODAY = date(2025, 3, 3)
KINDS = {
    "resume": lambda **o: api.render_resume(EXAMPLES / "profile.yaml", role=ROLE, today=TODAY, **o),
    "cover-letter": lambda **o: api.render_cover_letter(
        EXAMPLES / "profile.yaml", role=ROLE, job=EXAMPLES / "posting.txt", today=TODAY, **o
    ),
    "job-description": lambda **o: api.render_job_description(
        role=ROLE, level="senior", company_file=EXAMPLES / "company.yaml", today=TODAY, **o
    ),
    "practice-sheet": lambda **o: api.render_interview(role=ROLE, level="mid", today=TODAY, **o),
    "practice-with-answers": lambda **o: api.render_interview(
        role=ROLE, level="mid", answers="inline", today=TODAY, **o
    ),
    "practice-with-key": lambda **o: api.render_interview(role=ROLE, level="mid", answers="key", today=TODAY, **o),
    "interviewer-kit": lambda **o: api.render_interview(role=ROLE, level="supervisor", kit=True, today=TODAY, **o),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", action="append", help="default: classic, modern and examples/themes/slate")
    parser.add_argument("--kind", action="append", choices=list(KINDS), help="default: every kind")
    parser.add_argument("--paper", action="append", choices=["letter", "a4"], help="default: both")
    parser.add_argument("--dpi", default="60")
    options = parser.parse_args()
    themes = options.theme or ["classic", "modern", str(EXAMPLES / "themes" / "slate")]
    cases = [
        (kind, theme, paper)
        for kind in options.kind or list(KINDS)
        for theme in themes
        for paper in options.paper or ["letter", "a4"]
    ]
    out: Path = options.out
    (out / "docx-in-libreoffice").mkdir(parents=True, exist_ok=True)
    stems = []
    for kind, theme, paper in cases:
        stem = f"{kind}-{Path(theme).name}-{paper}"
        for fmt in ("pdf", "docx"):
            (out / f"{stem}.{fmt}").write_bytes(KINDS[kind](theme=theme, paper=paper, fmt=fmt).content)
        stems.append(stem)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf"]
            + ["--outdir", str(out / "docx-in-libreoffice"), *(str(out / f"{stem}.docx") for stem in stems)],
            check=True,
            capture_output=True,
        )
    print("| kind | theme | paper | PDF pages | DOCX pages (LibreOffice) |")
    print("| --- | --- | --- | --- | --- |")
    for (kind, theme, paper), stem in zip(cases, stems, strict=True):
        pdf, converted = out / f"{stem}.pdf", out / "docx-in-libreoffice" / f"{stem}.pdf"
        counts = [len(PdfReader(io.BytesIO(path.read_bytes())).pages) for path in (pdf, converted)]
        mark = "" if counts[0] == counts[1] else " (differs)"
        print(f"| {kind} | {Path(theme).name} | {paper} | {counts[0]} | {counts[1]}{mark} |")
        _sheet([pdf, converted], out / f"side-by-side-{stem}.png", options.dpi)


def _sheet(pdfs: list[Path], target: Path, dpi: str) -> None:
    """One row of page images per PDF, on a grey ground."""
    from PIL import Image

    rows = []
    for pdf in pdfs:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["pdftoppm", "-png", "-r", dpi, str(pdf), f"{folder}/page"], check=True)
            rows.append([Image.open(path).convert("RGB") for path in sorted(Path(folder).glob("page*.png"))])
    gap = 8
    width = max(sum(image.width + gap for image in row) for row in rows)
    height = sum(max(image.height for image in row) + gap for row in rows)
    sheet = Image.new("RGB", (width, height), (120, 120, 120))
    top = 0
    for row in rows:
        left = 0
        for image in row:
            sheet.paste(image, (left, top))
            left += image.width + gap
        top += max(image.height for image in row) + gap
    sheet.save(target)


if __name__ == "__main__":
    main()
