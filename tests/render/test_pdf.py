"""PDF output read back with pypdf: content in order, metadata, fonts, paper, and a closed fetcher."""

from __future__ import annotations

import io
import socket
import threading

import pytest
from pypdf import PdfReader

from toolkit.api import render_resume
from toolkit.inputs.profiles import load_profile
from toolkit.render.pdf import html_to_pdf

ROLE = "medical-records-specialist"


@pytest.fixture(scope="module")
def example_pdf():
    from support.paths import EXAMPLES

    return PdfReader(io.BytesIO(render_resume(EXAMPLES / "profile.yaml", role=ROLE, fmt="pdf").content))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_text_has_name_positions_and_employers_in_order(example_pdf):
    from support.paths import EXAMPLES

    profile = load_profile(EXAMPLES / "profile.yaml").profile
    text = " ".join(_text(example_pdf).split())
    expected = [profile.basics.name]
    for job in profile.work:
        expected += [job.position, job.name]
    positions = [text.find(item) for item in expected]
    assert -1 not in positions, dict(zip(expected, positions, strict=True))
    assert positions == sorted(positions)


def test_pdf_text_has_no_ligature_glyphs(example_pdf):
    text = _text(example_pdf)
    assert "Certified Coding Associate" in text
    assert not any("\ufb00" <= character <= "\ufb06" for character in text)


def test_pdf_metadata_language_and_tags(example_pdf):
    metadata = example_pdf.metadata
    assert metadata.title == "Maya Robinson – Resume"
    assert metadata.author == "Maya Robinson"
    assert metadata.subject.startswith("Resume for ")
    assert "ICD-10-CM" in metadata["/Keywords"]
    root = example_pdf.trailer["/Root"]
    # A screen reader and a PDF/UA checker read the language with its region, as Word spell-checks it.
    assert root["/Lang"] == "en-US"
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]


def test_pdf_embeds_the_shipped_font_only(example_pdf):
    fonts = set()
    for page in example_pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts and all(name.startswith("Lato") for name in fonts), fonts


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_sizes(paper, size):
    from support.paths import EXAMPLES

    content = render_resume(EXAMPLES / "profile.yaml", role=ROLE, paper=paper, fmt="pdf").content
    box = PdfReader(io.BytesIO(content)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_fetcher_reads_no_file_outside_the_templates(tmp_path):
    secret_css = tmp_path / "leak.css"
    secret_css.write_text('body::before { content: "LEAKED-CSS"; }')
    html = (
        "<html><head><title>t</title>"
        f'<link rel="stylesheet" href="{secret_css.as_uri()}">'
        f"<style>@import url('{secret_css.as_uri()}');</style></head>"
        '<body><p>visible</p><img src="file:///etc/passwd" alt="">'
        f'<link rel="attachment" href="{secret_css.as_uri()}"></body></html>'
    )
    reader = PdfReader(io.BytesIO(html_to_pdf(html)))
    text = _text(reader)
    assert "visible" in text and "LEAKED" not in text
    assert "/EmbeddedFiles" not in reader.trailer["/Root"].get("/Names", {})


@pytest.mark.slow
def test_fetcher_makes_no_network_connection():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    connections = []

    def accept():
        for _ in range(10):
            try:
                connection, _ = server.accept()
                connections.append(connection)
            except OSError:
                pass

    thread = threading.Thread(target=accept)
    thread.start()
    url = f"http://127.0.0.1:{port}/x"
    html = (
        f"<html><head><style>@import url('{url}.css'); body {{ background: url('{url}.png'); }}</style>"
        f'</head><body><img src="{url}.jpg"><p>hi</p></body></html>'
    )
    html_to_pdf(html)
    thread.join()
    server.close()
    assert connections == []


# Renders the example resume to the file named in argv[1] as on a machine without HarfBuzz-Subset (given "absent":
# its library never loads and no file of it is found), and says whether fontTools' subsetter was loaded.
HARFBUZZ_SUBSET_PROBE = """
import sys
if sys.argv[2] == "absent":
    import cffi.api, ctypes.util
    real_load, real_search = cffi.api._load_backend_lib, ctypes.util.find_library
    def load(backend, name, flags):
        if "harfbuzz-subset" in str(name):
            raise OSError(f"{name}: cannot open shared object file (simulated)")
        return real_load(backend, name, flags)
    cffi.api._load_backend_lib = load
    ctypes.util.find_library = lambda name: None if "harfbuzz-subset" in name else real_search(name)
    import toolkit.render.weasyprint_import as shortcut
    shortcut.library_files = lambda prefix, *rest: []
from toolkit.api import render_resume
from support.paths import EXAMPLES
with open(sys.argv[1], "wb") as file:
    file.write(render_resume(sys.argv[3] if len(sys.argv) > 3 else EXAMPLES / "profile.yaml", fmt="pdf").content)
print("SUBSETTER LOADED", "fontTools.ttLib.tables.otTables" in sys.modules)
"""


def _embedded_faces(pdf: PdfReader) -> dict[str, int]:
    """Each embedded face's name (without its subset tag) and the size of its font program."""
    faces = {}
    for font in pdf.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        faces[str(font["/BaseFont"]).split("+")[-1]] = len(descriptor["/FontFile2"].get_object().get_data())
    return faces


@pytest.mark.slow
def test_without_harfbuzz_subset_the_pdf_embeds_whole_faces_and_draws_the_same_page(tmp_path):
    """Without libharfbuzz-subset0 the faces are embedded whole rather than cut down with fontTools, whose subsetter
    takes longer to load than a page takes to render: the same text and the same drawing, a larger file."""
    import os
    import subprocess
    import sys

    from support.paths import REPO

    from toolkit.render.fonts import font_dir

    made = {}
    for library in ("present", "absent"):
        output = tmp_path / f"{library}.pdf"
        result = subprocess.run(
            [sys.executable, "-c", HARFBUZZ_SUBSET_PROBE, str(output), library],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(REPO / "tests"), "SOURCE_DATE_EPOCH": "1700000000"},
        )
        assert "SUBSETTER LOADED False" in result.stdout, result.stdout + result.stderr
        made[library] = PdfReader(output)
    present, absent = made["present"], made["absent"]
    assert absent.pages[0].extract_text() == present.pages[0].extract_text()
    assert absent.pages[0].get_contents().get_data() == present.pages[0].get_contents().get_data()
    whole = {path.stem: path.stat().st_size for path in font_dir().glob("Lato-*.ttf")}
    subsets, faces = _embedded_faces(present), _embedded_faces(absent)
    assert faces.keys() == subsets.keys() and len(faces) == 3  # regular, bold, italic
    for name, size in faces.items():
        assert size == whole[name if name.startswith("Lato-") else "Lato-Regular"]
        assert subsets[name] < size / 4


@pytest.mark.slow
def test_without_harfbuzz_subset_a_fallback_font_is_still_cut_down(tmp_path):
    """Only the shipped faces are embedded whole: a name in another script, drawn by a system font that can weigh
    megabytes (WenQuanYi Zen Hei: 16 MB), is cut down as before, so the PDF stays small."""
    import os
    import subprocess
    import sys

    from support.paths import REPO

    from toolkit.render import glyph_coverage

    profile = tmp_path / "profile.yaml"
    profile.write_text("basics:\n  name: 王小明 Wang Xiaoming\n  label: Records Clerk\n", encoding="utf-8")
    if glyph_coverage.undrawable("王小明"):
        pytest.skip("no font here draws Chinese")
    output = tmp_path / "resume.pdf"
    subprocess.run(
        [sys.executable, "-c", HARFBUZZ_SUBSET_PROBE, str(output), "absent", str(profile)],
        capture_output=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO / "tests")},
    )
    pdf = PdfReader(output)
    assert pdf.pages[0].extract_text().startswith("王小明 Wang Xiaoming")
    assert output.stat().st_size < 100_000
