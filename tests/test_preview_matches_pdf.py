"""The preview and the -f html page look like the PDF in a real browser: the same font, page width and margins.

Headless Chromium takes a screenshot at 96 pixels an inch; pdftoppm draws the PDF's first page at
the same scale. The white sheet the screen shows must be the PDF page's size, and every line of
text must sit where the PDF puts it and end where the PDF's line ends (a line in another font ends
tens of pixels away, and wraps elsewhere).
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

import toolkit.preview
import toolkit.watch
from toolkit.cli import cli
from toolkit.preview import PreviewServer

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)), None)
needs_browser = pytest.mark.skipif(
    CHROMIUM is None or shutil.which("pdftoppm") is None,
    reason="needs Chromium and pdftoppm (Debian: apt-get install chromium poppler-utils; .ci/run installs both)",
)
DPI = 96  # a CSS pixel is 1/96 inch; with a device scale of 1 the screenshot's pixels are CSS pixels
SHEET_GAP = 24  # the 0.25 in of grey around the sheet (toolkit/render/screen.py)
PAGE_PIXELS = {"letter": (816, 1056), "a4": (794, 1123)}
INK = 150  # darker than this (0-255) is text or a rule
LINE_TOLERANCE = 3  # pixels: how far a line's top and right end may be from the PDF's
MARKER_TOLERANCE = 7  # pixels: a list's bullet sits 6 px further left in Chromium than in WeasyPrint


def _screenshot(url: str, paper: str, folder: Path) -> Image.Image:
    width, height = PAGE_PIXELS[paper]
    shot = folder / "screen.png"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",  # as root in a container Chromium's own sandbox cannot start
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--font-render-hinting=none",
        f"--user-data-dir={folder / 'chromium'}",
        f"--window-size={width + 2 * SHEET_GAP},{height + 2 * SHEET_GAP}",
        f"--screenshot={shot}",
        url,
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return Image.open(shot).convert("L")


def _pdf_page(pdf: Path, folder: Path) -> Image.Image:
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", str(pdf), str(folder / "page")], check=True
    )
    return Image.open(next(folder.glob("page*.png"))).convert("L")


def _sheet(screen: Image.Image) -> Image.Image:
    """The white sheet in the screenshot (the grey around it cut off)."""
    white = screen.point(lambda value: 255 if value == 255 else 0)
    return screen.crop(white.getbbox())


def _lines(image: Image.Image) -> list[tuple[int, int, int]]:
    """Each run of rows holding ink, as (top, left, right): the lines of text and the rules."""
    ink = image.point(lambda value: 255 if value < INK else 0)
    lines: list[tuple[int, int, int]] = []
    top = left = right = None
    for y in range(image.height + 1):
        box = ink.crop((0, y, image.width, y + 1)).getbbox() if y < image.height else None
        if box and top is None:
            top, left, right = y, box[0], box[2] - 1
        elif box:
            left, right = min(left, box[0]), max(right, box[2] - 1)
        elif top is not None:
            lines.append((top, left, right))
            top = None
    return lines


def assert_looks_like_the_pdf(screen: Image.Image, page: Image.Image) -> None:
    sheet = _sheet(screen)
    assert abs(sheet.width - page.width) <= 1 and abs(sheet.height - page.height) <= 1, (sheet.size, page.size)
    on_screen, in_pdf = _lines(sheet), _lines(page)
    assert len(on_screen) == len(in_pdf), f"{len(on_screen)} lines on screen, {len(in_pdf)} in the PDF"
    for (top, left, right), (pdf_top, pdf_left, pdf_right) in zip(on_screen, in_pdf, strict=True):
        line = f"line at {pdf_top} px: screen {(top, left, right)}, PDF {(pdf_top, pdf_left, pdf_right)}"
        assert abs(top - pdf_top) <= LINE_TOLERANCE, line
        assert abs(right - pdf_right) <= LINE_TOLERANCE, line
        assert abs(left - pdf_left) <= MARKER_TOLERANCE, line


@pytest.mark.slow
@needs_browser
@pytest.mark.parametrize(("theme", "paper"), [("classic", "letter"), ("modern", "a4")])
def test_the_html_page_shows_the_pdf_font_page_and_margins_in_a_browser(
    runner, example_profile, tmp_path, theme, paper
):
    for fmt in ("pdf", "html"):
        result = runner.invoke(
            cli,
            ["resume", str(example_profile), "--theme", theme, "--paper", paper, "-o", str(tmp_path / f"r.{fmt}")],
        )
        assert result.exit_code == 0, result.output
    screen = _screenshot((tmp_path / "r.html").as_uri(), paper, tmp_path)
    assert_looks_like_the_pdf(screen, _pdf_page(tmp_path / "r.pdf", tmp_path))


@pytest.mark.slow
@needs_browser
def test_the_preview_shows_the_pdf_font_page_and_margins_in_a_browser(runner, example_profile, tmp_path, monkeypatch):
    servers: list[PreviewServer] = []
    screens: list[Image.Image] = []

    class RecordedServer(PreviewServer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            servers.append(self)

    monkeypatch.setattr(toolkit.preview, "PreviewServer", RecordedServer)
    real_loop = toolkit.watch.watch_and_render

    def look(_seconds: float) -> None:
        screens.append(_screenshot(servers[0].url, "letter", tmp_path))

    monkeypatch.setattr(
        toolkit.watch, "watch_and_render", lambda *args, **kwargs: real_loop(*args, **kwargs, sleep=look, max_polls=1)
    )
    result = runner.invoke(cli, ["preview", str(example_profile), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["resume", str(example_profile), "-o", str(tmp_path / "r.pdf")]).exit_code == 0
    assert_looks_like_the_pdf(screens[0], _pdf_page(tmp_path / "r.pdf", tmp_path))


def test_the_html_file_carries_the_font_for_every_character_it_shows(runner, write_profile, tmp_path):
    from fontTools.ttLib import TTFont

    from toolkit.render.fonts import font_dir

    profile = write_profile({"basics": {"name": "Zoë Nguyễn-Ólafsdóttir", "label": "Æsthetic “quotes” — façade"}})
    out = tmp_path / "r.html"
    assert runner.invoke(cli, ["resume", str(profile), "-o", str(out)]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    faces = re.findall(r'src: url\("data:font/ttf;base64,([A-Za-z0-9+/=]+)"\)', html)
    assert len(faces) == 4  # regular, bold, italic, bold italic
    regular = TTFont(io.BytesIO(base64.b64decode(faces[0])))
    shown = set(map(ord, "Zoë Nguyễn-Ólafsdóttir “quotes” — façade"))
    lato = set(TTFont(str(font_dir() / "Lato-Regular.ttf")).getBestCmap())
    assert shown - lato == {ord("ễ")}  # Lato lacks it; the page's font stack goes on to Carlito for it
    assert shown & lato <= set(regular.getBestCmap())
    assert len(html) < 250_000  # cut down to what the page uses, not the whole faces (about 400 KB)


def test_the_preview_lists_a_render_s_warnings_at_the_top_of_the_page(tmp_path):
    from toolkit.preview import PreviewPage

    page = PreviewPage()
    warning = "p.yaml:30:5: work[0].hightlights: unknown field 'hightlights' (did you mean 'highlights'?)"
    page.show('<!DOCTYPE html><html><head></head><body class="resume"><h1>Maya</h1></body></html>', [warning, "<b>"])
    html = page.snapshot()[1]
    assert html.index("hightlights") < html.index("<h1>Maya</h1>")
    assert "2 warnings" in html and "&lt;b&gt;" in html and "<b>" not in html
    page.show("<!DOCTYPE html><html><body><h1>Maya</h1></body></html>")
    assert "warning" not in page.snapshot()[1]
